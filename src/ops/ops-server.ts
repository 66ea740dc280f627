// /healthz and /metrics on PORT when no adapter listens there (Slack over Socket Mode, Discord only).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpsRoutes } from './ops-routes.ts';

export interface OpsServer {
  url: string;
  stop(): Promise<void>;
}

export async function startOpsServer(routes: OpsRoutes, port: number, host: string): Promise<OpsServer> {
  const server: Server = createServer((request, response) => routes.handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'EADDRINUSE' ? `Cannot serve /healthz on ${host}:${port}: the port is in use. Stop the other program, or set PORT to a free port.` : `Cannot serve /healthz on ${host}:${port}: ${err.message}. Check HOST and PORT.`)),
    );
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${bound}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

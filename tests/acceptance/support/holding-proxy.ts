// A Web API proxy in front of the Slack stand-in that passes every call through except chat.postMessage,
// which it holds open and never forwards: a bot posting through it is stuck between claiming a slot and
// posting it, the moment a test kills it in. Slack (the stand-in) never sees the held post.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HoldingProxy {
  /** SLACK_API_URL for the bot: http://127.0.0.1:PORT/api/ */
  apiUrl: string;
  /** Resolves when the first chat.postMessage arrives (and is held). */
  firstHeldPost: Promise<void>;
  close(): Promise<void>;
}

export async function startHoldingProxy(targetApiUrl: string): Promise<HoldingProxy> {
  const target = new URL(targetApiUrl);
  const held: ServerResponse[] = [];
  let onHeld: () => void = () => undefined;
  const firstHeldPost = new Promise<void>((resolve) => (onHeld = resolve));

  const forward = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    if (request.url?.endsWith('/chat.postMessage')) {
      held.push(response);
      onHeld();
      return;
    }
    const headers: Record<string, string> = {};
    for (const name of ['content-type', 'authorization']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(new URL(request.url ?? '/', target.origin), { method: request.method, headers, body: chunks.length > 0 ? Buffer.concat(chunks) : undefined });
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' });
    response.end(Buffer.from(await answer.arrayBuffer()));
  };

  const server: Server = createServer((request, response) => {
    forward(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}${target.pathname}`,
    firstHeldPost,
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of held) response.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

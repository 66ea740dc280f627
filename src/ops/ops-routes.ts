// GET /healthz and GET /metrics, served on PORT in every mode: by Slack's HTTP receiver or the playground
// when one of them listens there, else by a small server of their own (ops-server.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StoreHealth } from '../store/store.ts';
import type { Metrics } from './metrics.ts';

export interface OpsRoutes {
  readonly paths: readonly string[];
  /** Answer a request for one of `paths`; anything else gets 404 or 405. */
  handle(request: IncomingMessage, response: ServerResponse): void;
}

export interface OpsDeps {
  metrics: Metrics;
  /** Does the store answer? Never throws. */
  checkStore: () => Promise<StoreHealth>;
  storeKind: string;
  now?: () => Date;
}

export function createOpsRoutes(deps: OpsDeps): OpsRoutes {
  const now = deps.now ?? (() => new Date());
  const startedAt = now();

  async function health(response: ServerResponse, isHead: boolean): Promise<void> {
    const store = await deps.checkStore();
    const uptimeSeconds = Math.round((now().getTime() - startedAt.getTime()) / 1000);
    const body = store.ok
      ? { status: 'ok', store: deps.storeKind, uptimeSeconds }
      : { status: 'unavailable', store: deps.storeKind, problem: store.problem, uptimeSeconds };
    send(response, store.ok ? 200 : 503, 'application/json; charset=utf-8', JSON.stringify(body), isHead);
  }

  async function metrics(response: ServerResponse, isHead: boolean): Promise<void> {
    send(response, 200, deps.metrics.registry.contentType, await deps.metrics.registry.metrics(), isHead);
  }

  return {
    paths: ['/healthz', '/metrics'],
    handle(request, response) {
      const { pathname } = new URL(request.url ?? '/', 'http://ops.invalid');
      const method = request.method ?? 'GET';
      if (pathname !== '/healthz' && pathname !== '/metrics') return send(response, 404, 'text/plain; charset=utf-8', 'Not found: this port serves /healthz and /metrics.\n', false);
      if (method !== 'GET' && method !== 'HEAD') {
        response.setHeader('Allow', 'GET, HEAD');
        return send(response, 405, 'text/plain; charset=utf-8', `${method} is not allowed on ${pathname}.\n`, false);
      }
      const work = pathname === '/healthz' ? health(response, method === 'HEAD') : metrics(response, method === 'HEAD');
      work.catch(() => {
        if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'The health check failed to answer.\n', false);
        else response.end();
      });
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string, isHead: boolean): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(isHead ? undefined : body);
}

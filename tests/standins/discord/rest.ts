// REST half of the stand-in: parses and records every request, applies injected faults,
// checks `Authorization: Bot <token>`, and dispatches to the route table.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DiscordRateLimiter } from './rate-limits.ts';
import type { RecordedFile, RecordedRequest, RequestMatcher, StandinFault } from './types.ts';
import type { Changes } from './util.ts';

export interface RestContext {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  files: RecordedFile[];
  headers: Record<string, string>;
  params: string[];
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  pattern: RegExp;
  /** Needs `Authorization: Bot <token>` (interaction/webhook-token routes do not). */
  auth: boolean;
  handle: (ctx: RestContext) => Reply;
}

interface PendingFault {
  matcher: RequestMatcher;
  fault: StandinFault;
  remaining: number;
}

export function json(status: number, body: unknown): Reply {
  return { status, body };
}

export function discordError(status: number, code: number, message: string): Reply {
  return { status, body: { message, code } };
}

export const noContent: Reply = { status: 204 };

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable' };

export function matches(matcher: RequestMatcher, method: string, path: string): boolean {
  if (matcher.method && matcher.method.toUpperCase() !== method) return false;
  return typeof matcher.path === 'string' ? matcher.path === path : matcher.path.test(path);
}

/** Bucket hash per route template (Discord shares a hash across major parameters; discord.js adds the major id itself). */
function bucketFor(method: string, path: string): string {
  let hash = 0;
  for (const ch of `${method}${path.replace(/\d{15,21}/g, ':id')}`) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `standin${hash.toString(16)}`;
}

export class RestServer {
  readonly requests: RecordedRequest[] = [];
  private readonly faults: PendingFault[] = [];
  /** Set: Discord's REST limits are enforced (rate-limits.ts). */
  limiter: DiscordRateLimiter | undefined;

  constructor(
    private readonly routes: Route[],
    private readonly changes: Changes,
    private readonly acceptsToken: (token: string) => boolean,
  ) {}

  failNext(matcher: RequestMatcher, fault: StandinFault, times = 1): void {
    this.faults.push({ matcher, fault, remaining: times });
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = {};
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const raw = await readBody(req);
    const query: Record<string, string> = {};
    url.searchParams.forEach((value, key) => {
      query[key] = value;
    });
    const prefix = /^\/api(?:\/v(\d+))?(?=\/|$)/.exec(url.pathname);
    const version = prefix?.[1] ? Number(prefix[1]) : null;
    // discord.js percent-encodes route segments (`@original` arrives as `%40original`); record decoded.
    const path = decodePath(prefix ? url.pathname.slice(prefix[0].length) || '/' : url.pathname);

    let body: unknown = null;
    let files: RecordedFile[] = [];
    let reply: Reply | null = null;
    try {
      ({ body, files } = await parseBody(raw, headers['content-type'] ?? ''));
    } catch {
      reply = discordError(400, 50109, 'The request body contains invalid JSON.');
    }
    if (reply === null && this.limiter) reply = this.limiter.check(method, path, Date.now()) ?? null;
    reply ??= prefix ? this.route(method, path, { method, path, query, body, files, headers, params: [] }) : discordError(404, 0, '404: Not Found');
    const bucket = reply.status < 300 ? this.limiter?.headersFor(method, path, Date.now()) : undefined;

    const outHeaders: Record<string, string> = { 'content-type': 'application/json', 'x-ratelimit-bucket': bucketFor(method, path), 'x-ratelimit-limit': '50', 'x-ratelimit-remaining': '49', 'x-ratelimit-reset-after': '1', 'x-ratelimit-reset': ((Date.now() + 1000) / 1000).toFixed(3), 'x-ratelimit-scope': 'user', ...bucket, ...reply.headers };
    const response = reply.status === 204 ? null : (reply.body ?? null);
    this.requests.push({ method, path, version, query, body, files, headers, status: reply.status, response, at: Date.now() });
    this.changes.notify();
    if (reply.status === 204) {
      delete outHeaders['content-type'];
      res.writeHead(204, outHeaders).end();
    } else {
      res.writeHead(reply.status, outHeaders).end(JSON.stringify(response));
    }
  }

  private route(method: string, path: string, ctx: RestContext): Reply {
    const fault = this.takeFault(method, path);
    if (fault) return fault;
    let pathMatched = false;
    for (const route of this.routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      if (route.auth) {
        const auth = ctx.headers.authorization ?? '';
        const token = /^Bot\s+(.+)$/i.exec(auth)?.[1] ?? '';
        if (!token || !this.acceptsToken(token)) return discordError(401, 0, '401: Unauthorized');
      }
      return route.handle({ ...ctx, params: match.slice(1).map((p) => p ?? '') });
    }
    return pathMatched ? discordError(405, 0, '405: Method Not Allowed') : discordError(404, 0, '404: Not Found');
  }

  private takeFault(method: string, path: string): Reply | null {
    const index = this.faults.findIndex((f) => f.remaining > 0 && matches(f.matcher, method, path));
    const pending = index >= 0 ? this.faults[index] : undefined;
    if (!pending) return null;
    pending.remaining -= 1;
    if (pending.remaining <= 0) this.faults.splice(index, 1);
    const fault = pending.fault;
    if (fault.status === 429 && !('code' in fault) && !('body' in fault)) {
      const retryAfter = 'retryAfter' in fault && typeof fault.retryAfter === 'number' ? fault.retryAfter : 1;
      const global = 'global' in fault && fault.global === true;
      const headers: Record<string, string> = global
        ? { 'retry-after': String(retryAfter), 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' }
        : {
            'retry-after': String(retryAfter),
            'x-ratelimit-limit': '5',
            'x-ratelimit-remaining': '0',
            'x-ratelimit-reset': ((Date.now() + retryAfter * 1000) / 1000).toFixed(3),
            'x-ratelimit-reset-after': String(retryAfter),
            'x-ratelimit-scope': 'user',
          };
      return { status: 429, headers, body: { message: 'You are being rate limited.', retry_after: retryAfter, global } };
    }
    if ('body' in fault && fault.body !== undefined) return { status: fault.status, body: fault.body };
    const code = 'code' in fault && typeof fault.code === 'number' ? fault.code : 0;
    const message = 'message' in fault && typeof fault.message === 'string' ? fault.message : `${fault.status}: ${STATUS_TEXT[fault.status] ?? 'Error'}`;
    return discordError(fault.status, code, message);
  }
}

function decodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

async function parseBody(raw: Buffer, contentType: string): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.length === 0) return { body: null, files: [] };
  if (contentType.startsWith('multipart/form-data')) {
    const form = await new Response(new Uint8Array(raw), { headers: { 'content-type': contentType } }).formData();
    const files: RecordedFile[] = [];
    let body: unknown = null;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as unknown;
      } else {
        files.push({ field, name: value.name, contentType: value.type, size: value.size });
      }
    }
    return { body, files };
  }
  const text = raw.toString('utf8');
  if (contentType.includes('json') || /^\s*[[{]/.test(text)) return { body: JSON.parse(text) as unknown, files: [] };
  return { body: text, files: [] };
}

// Fetch one untrusted URL as a careful client does: public addresses only (checked on every redirect hop
// and on the resolved address), at most 5 redirects, one deadline for the whole request including the
// body, a byte cap counted after decompression, conditional GET, and the charset the document declares.
// Every failure comes back as a value with a sentence saying what went wrong.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { anyAddress, guardedLookup, isPublicAddress, refusalFor, RefusedAddressError, systemResolver, type AddressPolicy, type Resolver } from './address-guard.ts';
import { decodeText } from './charset.ts';
import { createHostLimit } from './host-limit.ts';

export const FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;
/** Requests at once to one host. */
const PER_HOST = 2;

export interface FetchRequest {
  url: string;
  accept: string;
  /** Cap on the decompressed body. */
  maxBytes: number;
  /** Validators from the last successful fetch, for a conditional GET. */
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'fetched'; url: string; text: string; contentType: string; etag?: string; lastModified?: string }
  | { kind: 'not-modified'; url: string }
  /** `isRefused`: the address guard refused the URL, and no request was sent to it. */
  | { kind: 'failed'; problem: string; status?: number; retryAfterMs?: number; isRefused?: boolean };

export interface Fetcher {
  fetch(request: FetchRequest): Promise<FetchResult>;
}

export interface FetcherOptions {
  /** BRIEFING_ALLOW_PRIVATE_URLS: loopback, private and link-local addresses may be fetched. */
  allowPrivate: boolean;
  /** Overrides allowPrivate with a finer rule (tests use it to tell two loopback addresses apart). */
  addressPolicy?: AddressPolicy;
  userAgent: string;
  /** The whole request, redirects and body included. */
  timeoutMs?: number;
  resolver?: Resolver;
  now?: () => Date;
}

/** A failure that ends the fetch; its message is the sentence the operator sees. */
class FetchProblem extends Error {
  constructor(message: string, readonly status?: number, readonly retryAfterMs?: number) {
    super(message);
  }
}

export function createFetcher(options: FetcherOptions): Fetcher {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const isAllowed = options.addressPolicy ?? (options.allowPrivate ? anyAddress : isPublicAddress);
  const lookup = guardedLookup(options.resolver ?? systemResolver, isAllowed);
  const hosts = createHostLimit(PER_HOST);
  const now = options.now ?? (() => new Date());

  async function fetchOnce(request: FetchRequest): Promise<FetchResult> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const visited = new Set<string>();
    let url = request.url;
    try {
      for (let hop = 0; ; hop++) {
        const target = checkUrl(url, isAllowed);
        visited.add(target.href);
        const response = await send(target, request, hop === 0, controller.signal);
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
          response.destroy();
          const next = new URL(location, target).href;
          if (visited.has(next)) throw new FetchProblem(`redirect loop: ${target.href} redirects back to ${next}`);
          if (hop + 1 > MAX_REDIRECTS) throw new FetchProblem(`more than ${MAX_REDIRECTS} redirects (the last one to ${next})`);
          url = next;
          continue;
        }
        if (status === 304) {
          response.destroy();
          return { kind: 'not-modified', url: target.href };
        }
        if (status < 200 || status >= 300) {
          response.destroy();
          const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
          throw new FetchProblem(`HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''} from ${target.href}`, status, retryAfterMs);
        }
        const bytes = await readBody(response, request.maxBytes, target.href);
        const contentType = response.headers['content-type'] ?? '';
        return {
          kind: 'fetched',
          url: target.href,
          text: decodeText(bytes, contentType),
          contentType,
          etag: response.headers.etag,
          lastModified: response.headers['last-modified'],
        };
      }
    } catch (err) {
      if (controller.signal.aborted) return { kind: 'failed', problem: `no complete answer from ${url} within ${timeoutMs / 1000} s (the server is too slow); try again later` };
      if (err instanceof FetchProblem) return { kind: 'failed', problem: err.message, status: err.status, retryAfterMs: err.retryAfterMs };
      if (err instanceof RefusedAddressError) return { kind: 'failed', problem: err.message, isRefused: true };
      return { kind: 'failed', problem: describeNetworkError(err, url) };
    } finally {
      clearTimeout(timer);
    }
  }

  function send(target: URL, request: FetchRequest, isFirst: boolean, signal: AbortSignal): Promise<IncomingMessage> {
    const headers: Record<string, string> = {
      'User-Agent': options.userAgent,
      Accept: request.accept,
      'Accept-Encoding': 'gzip, deflate, br',
    };
    // Validators belong to the URL they came from; a redirected request asks afresh.
    if (isFirst && request.etag) headers['If-None-Match'] = request.etag;
    if (isFirst && request.lastModified) headers['If-Modified-Since'] = request.lastModified;
    const requestFn = target.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise((resolve, reject) => {
      // agent: false — no pooled socket from another fetch; every connection goes through the guarded lookup.
      const outgoing = requestFn(target, { method: 'GET', headers, lookup, agent: false, signal }, resolve);
      outgoing.on('error', reject);
      outgoing.end();
    });
  }

  return {
    fetch: (request) => hosts.run(hostKey(request.url), () => fetchOnce(request)),
  };
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

/** The URL, if it is http(s) and not a literal address the policy refuses (net.connect skips lookup for literals). */
function checkUrl(url: string, isAllowed: AddressPolicy): URL {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    throw new FetchProblem(`"${url.slice(0, 200)}" is not a URL`);
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new FetchProblem(`${target.href} is not an http or https URL`);
  if (target.username || target.password) throw new FetchProblem(`${target.origin} carries a user name or password in the URL; feeds are fetched without credentials`);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !isAllowed(host)) throw new RefusedAddressError(refusalFor(target.hostname, host));
  return target;
}

/** The body, decompressed and counted as it arrives, stopping at the cap (a gzip bomb stops there too). */
function readBody(response: IncomingMessage, maxBytes: number, url: string): Promise<Buffer> {
  const tooLarge = (): FetchProblem => new FetchProblem(`${url} is larger than ${formatBytes(maxBytes)} (after decompression); stopped reading there`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes && !response.headers['content-encoding']) {
    response.destroy();
    return Promise.reject(tooLarge());
  }
  const decoder = decompressorFor(response.headers['content-encoding']);
  if (decoder === null) {
    response.destroy();
    return Promise.reject(new FetchProblem(`${url} is sent with an encoding this bot cannot read (${response.headers['content-encoding']})`));
  }
  const source = decoder ? response.pipe(decoder) : response;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let settled = false;
    // The first problem is the one reported: destroying the response then fires 'aborted' as well.
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      reject(err);
      response.destroy();
      decoder?.destroy();
    };
    source.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) return fail(tooLarge());
      chunks.push(chunk);
    });
    source.on('end', () => {
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    source.on('error', (err) => fail(decoder && err !== undefined && (err as NodeJS.ErrnoException).code?.startsWith('Z_') ? new FetchProblem(`${url} is not validly compressed (${err.message})`) : err));
    // The server closing mid-body ends the response without 'end' on the decoder.
    response.on('aborted', () => fail(new FetchProblem(`${url} closed the connection before the whole document arrived`)));
    response.on('error', fail);
  });
}

/** undefined: no decompression needed; null: an encoding we cannot read. */
function decompressorFor(encoding: string | undefined): Transform | undefined | null {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === '' || name === 'identity') return undefined;
  if (name === 'gzip' || name === 'x-gzip') return createGunzip();
  if (name === 'deflate') return createInflate();
  if (name === 'br') return createBrotliDecompress();
  return null;
}

/** Retry-After in seconds or as an HTTP date, as milliseconds from now. */
export function parseRetryAfter(value: string | undefined, now: Date): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

function describeNetworkError(err: unknown, url: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  const host = hostKey(url);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `${host} could not be found (DNS); check the URL`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection; is the server up?`;
  if (code === 'ECONNRESET' || code === 'EPIPE') return `${host} closed the connection; try again later`;
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT')) return `${host} has a TLS certificate problem (${(err as Error).message})`;
  return `fetching ${url} failed: ${(err as Error).message}`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

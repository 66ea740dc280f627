// What stands between the Internet and Bolt on /slack/events: the signature headers and their timestamp
// are checked before a byte of the body is read, the body is capped at what Slack sends, its signature is
// checked, and only a JSON object (or a form whose `payload` is one) goes on to Bolt. Bolt reads the body
// it is handed (`rawBody`) instead of the stream, so nothing is read twice.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Slack's requests are small: a message is at most 40,000 characters and 50 blocks, so no event or
 * interaction comes near this. Unsigned bodies past it are refused unread (100 held open cost 50 MB, not 400).
 */
export const MAX_SLACK_BODY_BYTES = 512 * 1024;
/** Slack's own rule (https://docs.slack.dev/authentication/verifying-requests-from-slack): five minutes, either way. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface GuardOptions {
  signingSecret: string;
  now: () => Date;
  maxBytes?: number;
}

/** Request with the body Bolt reuses: `bufferIncomingMessage` skips reading when rawBody is a Buffer. */
type BufferedRequest = IncomingMessage & { rawBody?: Buffer };

/** Resolve true when the request may go on to Bolt (its body is in `rawBody`); otherwise it was answered. */
export async function guardSlackRequest(request: BufferedRequest, response: ServerResponse, options: GuardOptions): Promise<boolean> {
  if (request.method !== 'POST') return true; // Bolt answers 404 without reading a body
  const maxBytes = options.maxBytes ?? MAX_SLACK_BODY_BYTES;
  const signature = header(request, 'x-slack-signature');
  const timestamp = Number(header(request, 'x-slack-request-timestamp'));
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return refuse(response, 413, 'request body too large');
  const unsigned = signature === undefined || !Number.isSafeInteger(timestamp);
  // ssl_check is Slack's one unsigned request; it is tiny, read below and answered here.
  const isForm = (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
  if (unsigned && !isForm) return refuse(response, 401, 'missing signature');
  if (!unsigned && Math.abs(options.now().getTime() / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) return refuse(response, 401, 'stale or future timestamp');

  const body = await readCapped(request, unsigned ? 1024 : maxBytes);
  if (body === undefined) return refuse(response, 413, 'request body too large', true);
  if (unsigned) {
    if (new URLSearchParams(body.toString('utf8')).get('ssl_check') === '1') return refuse(response, 200, '');
    return refuse(response, 401, 'missing signature');
  }
  if (!hasValidSignature(options.signingSecret, timestamp, body, signature!)) return refuse(response, 401, 'bad signature');
  if (!isObjectPayload(body.toString('utf8'), isForm)) return refuse(response, 400, 'body is not a Slack payload');
  request.rawBody = body;
  return true;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function hasValidSignature(secret: string, timestamp: number, body: Buffer, signature: string): boolean {
  const expected = Buffer.from(`v0=${createHmac('sha256', secret).update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Bolt reads `body.type`, `body.event`…: a signed `null`, array or number crashed it inside a promise. */
function isObjectPayload(text: string, isForm: boolean): boolean {
  let value: unknown;
  try {
    if (isForm) {
      const payload = new URLSearchParams(text).get('payload');
      if (payload === null) return true; // a slash command: the form itself is the payload
      value = JSON.parse(payload);
    } else {
      value = JSON.parse(text);
    }
  } catch {
    return false;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The body, or undefined once it passes `limit` (the rest is not read; the connection is closed). */
function readCapped(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', () => resolve(undefined));
    request.on('close', () => resolve(size > limit || !request.complete ? undefined : Buffer.concat(chunks)));
  });
}

function refuse(response: ServerResponse, status: number, reason: string, close = false): false {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...(close ? { Connection: 'close' } : {}) });
  response.end(reason);
  return false;
}

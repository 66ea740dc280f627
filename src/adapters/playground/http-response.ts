// Every response of the playground carries the same security headers; JSON answers share one shape.
import type { ServerResponse } from 'node:http';

/** No inline script or style, nothing from another origin, no framing. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};

export function sendJson(response: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extra,
  });
  response.end(text);
}

/** A problem the user (or the page) can fix, in a sentence: `{ "error": "…" }`. */
export function sendProblem(response: ServerResponse, status: number, problem: string, extra: Record<string, string> = {}): void {
  sendJson(response, status, { error: problem }, extra);
}

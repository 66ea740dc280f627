// The page's own files, served from public/ by a fixed list: no path from the request ever reaches the
// file system, so there is nothing to traverse.
import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from './http-response.ts';

const PUBLIC_DIR = new URL('./public/', import.meta.url);

const ASSETS: ReadonlyMap<string, { file: string; type: string }> = new Map([
  ['/', { file: 'index.html', type: 'text/html; charset=utf-8' }],
  ['/index.html', { file: 'index.html', type: 'text/html; charset=utf-8' }],
  ['/app.js', { file: 'app.js', type: 'text/javascript; charset=utf-8' }],
  ['/element.js', { file: 'element.js', type: 'text/javascript; charset=utf-8' }],
  ['/sources-panel.js', { file: 'sources-panel.js', type: 'text/javascript; charset=utf-8' }],
  ['/style.css', { file: 'style.css', type: 'text/css; charset=utf-8' }],
  ['/favicon.svg', { file: 'favicon.svg', type: 'image/svg+xml' }],
]);

export function isAsset(path: string): boolean {
  return ASSETS.has(path);
}

/** Serve a listed asset (Node leaves the body out for HEAD); read on each request, so an edited page shows on reload. */
export async function sendAsset(path: string, response: ServerResponse): Promise<void> {
  const asset = ASSETS.get(path);
  if (!asset) throw new Error(`not an asset: ${path}`);
  const body = await readFile(new URL(asset.file, PUBLIC_DIR));
  response.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': asset.type, 'Content-Length': String(body.length), 'Cache-Control': 'no-cache' });
  response.end(body);
}

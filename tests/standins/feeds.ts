// A local news site for tests: RSS (full content:encoded), Atom (summary-only entries whose article pages
// carry real-site furniture), JSON Feed, ISO-8859-1, gzip, ETag/Last-Modified with 304, and every bad
// case a feed reader meets (404, 500, 503 with Retry-After, an HTML page, malformed XML, too large, too
// slow, redirect loop and chain, gzip bomb, no dates, relative links). It records every request.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';
import { articlePage, BRIDGE, CONVOY, GRAIN, type StandinItem } from './feeds/articles.ts';

export interface RecordedFeedRequest {
  path: string;
  headers: IncomingHttpHeaders;
}

export interface FeedStandin {
  /** http://127.0.0.1:PORT */
  origin: string;
  url(path: string): string;
  requests: RecordedFeedRequest[];
  /** Add an item to /rss.xml (its ETag and Last-Modified change) and serve its article page. */
  publish(item: StandinItem): void;
  /** Replace the body of an item already in /rss.xml (same GUID, changed text). */
  revise(guid: string, paragraphs: string[]): void;
  stop(): Promise<void>;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const html = (item: StandinItem): string => item.paragraphs.map((p) => `<p>${p}</p>`).join('');

interface RssOptions {
  title: string;
  origin: string;
  fullContent: boolean;
  dated?: boolean;
  relativeLinks?: boolean;
  encoding?: string;
}

export function rssFeed(items: StandinItem[], options: RssOptions): string {
  const link = (item: StandinItem): string => (options.relativeLinks ? item.path : `${options.origin}${item.path}`);
  const entries = items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${link(item)}</link>
      <guid isPermaLink="false">${escapeXml(item.guid)}</guid>
      ${options.dated === false || !item.pubDate ? '' : `<pubDate>${item.pubDate}</pubDate>`}
      <description>${escapeXml(item.summary)}</description>
      ${item.source ? `<source url="${options.origin}/">${escapeXml(item.source)}</source>` : ''}
      ${options.fullContent ? `<content:encoded><![CDATA[${html(item)}]]></content:encoded>` : ''}
    </item>`,
  );
  return `<?xml version="1.0" encoding="${options.encoding ?? 'UTF-8'}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>${escapeXml(options.title)}</title>
    <link>${options.origin}/</link>
    <description>Test feed</description>
${entries.join('\n')}
  </channel>
</rss>
`;
}

function atomFeed(items: StandinItem[], origin: string): string {
  const entries = items.map(
    (item) => `  <entry>
    <id>tag:standin,2025:${item.path}</id>
    <title>${escapeXml(item.title)}</title>
    <link rel="alternate" type="text/html" href="${origin}${item.path}"/>
    <published>${new Date(item.pubDate!).toISOString()}</published>
    <updated>${new Date(item.pubDate!).toISOString()}</updated>
    <summary>${escapeXml(item.summary)}</summary>
    <author><name>Standin Staff</name></author>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Standin Wire</title>
  <link rel="alternate" href="${origin}/"/>
  <link rel="self" href="${origin}/atom.xml"/>
  <id>tag:standin,2025:wire</id>
  <updated>2025-05-24T10:00:00Z</updated>
${entries.join('\n')}
</feed>
`;
}

function jsonFeed(origin: string): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Standin JSON',
    home_page_url: `${origin}/`,
    feed_url: `${origin}/feed.json`,
    items: [
      { id: 'json-1', url: `${origin}/json/power-grid`, title: 'Power grid repaired in Zaporizhzhia', date_published: '2025-05-21T12:00:00Z', content_html: '<p>Engineers restored power to 86,000 homes in Zaporizhzhia on Wednesday, the energy ministry said.</p>' },
      { id: 'json-2', url: `${origin}/json/schools`, title: 'Schools reopen in Sumy', date_published: '2025-05-20T07:00:00+03:00', content_text: 'Thirty-one schools reopened in Sumy on Tuesday after air-raid shelters were built in each of them.\n\nParents said the shelters had been finished over the winter.' },
    ],
  });
}

const LATIN1_FEED = (origin: string): Buffer =>
  Buffer.from(
    rssFeed(
      [{ guid: 'latin1-1', path: '/news/cafe.html', title: 'Café owners in Zürich protest rent rises', summary: '', pubDate: 'Mon, 19 May 2025 10:00:00 GMT', paragraphs: ['Café owners in Zürich said on Monday that rents had risen by 18 per cent in a year, the city’s trade association reported.'.replace('’', "'")] }],
      { title: 'Standin Français: Actualités', origin, fullContent: true, encoding: 'ISO-8859-1' },
    ),
    'latin1',
  );

const MALFORMED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</title><link>http://example.invalid/x</link></channel></rss>`;

const HTML_PAGE = (origin: string): string =>
  `<!DOCTYPE html><html><head><title>Standin News</title><link rel="alternate" type="application/rss+xml" title="RSS" href="${origin}/rss.xml"></head><body><h1>Standin News</h1><p>Welcome.</p></body></html>`;

let bomb: Buffer | undefined;
/** 20 MB of zeros, gzipped to about 20 KB: four times the 5 MB feed limit once decompressed. */
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
  return bomb;
}

export async function startFeedStandin(): Promise<FeedStandin> {
  const requests: RecordedFeedRequest[] = [];
  const rssItems: StandinItem[] = [CONVOY, GRAIN];
  const articles = new Map<string, StandinItem>([CONVOY, GRAIN, BRIDGE].map((item) => [item.path, item]));
  let rssVersion = 1;
  let rssModified = new Date('2025-05-24T10:00:00Z');
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let origin = '';

  const send = (response: ServerResponse, status: number, body: string | Buffer, headers: Record<string, string> = {}): void => {
    response.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
    response.end(body);
  };

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://standin.invalid').pathname;
    requests.push({ path, headers: request.headers });
    const xml = { 'Content-Type': 'application/rss+xml; charset=utf-8' };
    switch (path) {
      case '/rss.xml':
      case '/gzip.xml': {
        const etag = `"rss-${rssVersion}"`;
        const lastModified = rssModified.toUTCString();
        const validators = { ETag: etag, 'Last-Modified': lastModified };
        if (request.headers['if-none-match'] === etag || (!request.headers['if-none-match'] && request.headers['if-modified-since'] === lastModified)) {
          response.writeHead(304, validators);
          return response.end();
        }
        const body = rssFeed(rssItems, { title: 'Standin News', origin, fullContent: true });
        if (path === '/gzip.xml') return send(response, 200, gzipSync(body), { ...xml, 'Content-Encoding': 'gzip', ...validators });
        return send(response, 200, body, { ...xml, ...validators });
      }
      case '/atom.xml':
        return send(response, 200, atomFeed([BRIDGE, GRAIN], origin), { 'Content-Type': 'application/atom+xml' });
      case '/feed.json':
        return send(response, 200, jsonFeed(origin), { 'Content-Type': 'application/feed+json' });
      case '/latin1.xml':
        // No charset in the header: the XML declaration says ISO-8859-1.
        return send(response, 200, LATIN1_FEED(origin), { 'Content-Type': 'application/rss+xml' });
      case '/nodates.xml':
        return send(response, 200, rssFeed([CONVOY], { title: 'Undated', origin, fullContent: true, dated: false }), xml);
      case '/relative.xml':
        return send(response, 200, rssFeed([BRIDGE], { title: 'Relative', origin, fullContent: false, relativeLinks: true }), xml);
      case '/redirect.xml':
        response.writeHead(302, { Location: '/rss.xml' });
        return response.end();
      case '/missing.xml':
        return send(response, 404, 'Not Found', { 'Content-Type': 'text/plain' });
      case '/broken.xml':
        return send(response, 500, 'Internal Server Error', { 'Content-Type': 'text/plain' });
      case '/busy.xml':
        return send(response, 503, 'Busy', { 'Content-Type': 'text/plain', 'Retry-After': '120' });
      case '/page.html':
        return send(response, 200, HTML_PAGE(origin), { 'Content-Type': 'text/html; charset=utf-8' });
      case '/malformed.xml':
        return send(response, 200, MALFORMED, xml);
      case '/huge.xml': {
        // 6 MB, declared honestly; the fetcher refuses on the header.
        const filler = `<!-- ${'x'.repeat(1000)} -->\n`.repeat(6 * 1024);
        return send(response, 200, `<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title>${filler}</channel></rss>`, xml);
      }
      case '/huge-chunked.xml': {
        // 6 MB with no Content-Length: the cap is met while reading.
        response.writeHead(200, xml);
        const chunk = `<!-- ${'y'.repeat(64 * 1024)} -->\n`;
        for (let i = 0; i < 100; i++) response.write(chunk);
        return response.end('</channel></rss>');
      }
      case '/bomb.xml':
        return send(response, 200, gzipBomb(), { ...xml, 'Content-Encoding': 'gzip' });
      case '/slow.xml': {
        // Headers at once, then a byte a second, for ever: only a whole-request deadline stops it.
        response.writeHead(200, xml);
        response.write('<?xml version="1.0"?>');
        const timer = setInterval(() => response.write(' '), 1000);
        timers.add(timer);
        response.on('close', () => clearInterval(timer));
        return;
      }
      case '/redirect-to': {
        response.writeHead(302, { Location: new URL(request.url ?? '/', origin).searchParams.get('url') ?? '/' });
        return response.end();
      }
      case '/loop-a':
        response.writeHead(302, { Location: '/loop-b' });
        return response.end();
      case '/loop-b':
        response.writeHead(301, { Location: '/loop-a' });
        return response.end();
      case '/big-article.html':
        return send(response, 200, `<!DOCTYPE html><html><body><article>${'<p>Too much text here. </p>'.repeat(100_000)}</article></body></html>`, { 'Content-Type': 'text/html' });
      default: {
        const chain = /^\/chain\/(\d+)$/.exec(path);
        if (chain) {
          const left = Number(chain[1]);
          response.writeHead(302, { Location: left === 0 ? '/rss.xml' : `/chain/${left - 1}` });
          return response.end();
        }
        const article = articles.get(path);
        if (article) return send(response, 200, articlePage(article), { 'Content-Type': 'text/html; charset=utf-8' });
        return send(response, 404, 'Not Found', { 'Content-Type': 'text/plain' });
      }
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const bump = (): void => {
    rssVersion += 1;
    rssModified = new Date(rssModified.getTime() + 60_000);
  };
  return {
    origin,
    url: (path) => `${origin}${path}`,
    requests,
    publish(item) {
      rssItems.unshift(item);
      articles.set(item.path, item);
      bump();
    },
    revise(guid, paragraphs) {
      const index = rssItems.findIndex((item) => item.guid === guid);
      if (index < 0) throw new Error(`no item ${guid} in /rss.xml`);
      rssItems[index] = { ...rssItems[index]!, paragraphs };
      bump();
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

// The fetcher against the local feed stand-in: limits, decoding, conditional GET and the address guard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resolver } from '../../src/feeds/address-guard.ts';
import { createFetcher, type FetcherOptions, type FetchResult } from '../../src/feeds/safe-fetch.ts';
import { startFeedStandin, type FeedStandin } from '../standins/feeds.ts';

const FEED_CAP = 5 * 1024 * 1024;
const USER_AGENT = 'news-briefing-bot/0.1 (+https://github.com/example/news-briefing-bot)';
let standin: FeedStandin;

beforeAll(async () => {
  standin = await startFeedStandin();
});
afterAll(() => standin.stop());

function fetcher(options: Partial<FetcherOptions> = {}) {
  return createFetcher({ allowPrivate: true, userAgent: USER_AGENT, ...options });
}

function get(path: string, options: Partial<FetcherOptions> = {}, extra: { etag?: string; lastModified?: string } = {}): Promise<FetchResult> {
  return fetcher(options).fetch({ url: standin.url(path), accept: 'application/rss+xml', maxBytes: FEED_CAP, ...extra });
}

function requestsTo(path: string): number {
  return standin.requests.filter((r) => r.path === path).length;
}

function fetched(result: FetchResult): Extract<FetchResult, { kind: 'fetched' }> {
  if (result.kind !== 'fetched') throw new Error(`expected a document, got ${JSON.stringify(result)}`);
  return result;
}

function problem(result: FetchResult): string {
  if (result.kind !== 'failed') throw new Error(`expected a failure, got ${result.kind}`);
  return result.problem;
}

describe('createFetcher', () => {
  it('sends a User-Agent naming the bot and its repository', async () => {
    await get('/rss.xml');
    expect(standin.requests.at(-1)?.headers['user-agent']).toBe(USER_AGENT);
  });

  it('decompresses a gzip body', async () => {
    expect(fetched(await get('/gzip.xml')).text).toContain('Aid convoy reaches Kharkiv');
  });

  it('decodes ISO-8859-1 declared only in the XML declaration', async () => {
    expect(fetched(await get('/latin1.xml')).text).toContain('Café owners in Zürich');
  });

  it('asks with If-None-Match and gets not-modified when the feed has not changed', async () => {
    const first = fetched(await get('/rss.xml'));
    const second = await get('/rss.xml', {}, { etag: first.etag, lastModified: first.lastModified });
    expect(second.kind).toBe('not-modified');
    expect(standin.requests.at(-1)?.headers['if-none-match']).toBe(first.etag);
  });

  it('sends If-Modified-Since from the last Last-Modified', async () => {
    const first = fetched(await get('/rss.xml'));
    await get('/rss.xml', {}, { lastModified: first.lastModified });
    expect(standin.requests.at(-1)?.headers['if-modified-since']).toBe(first.lastModified);
  });

  it.each([
    ['/missing.xml', /HTTP 404 Not Found/],
    ['/broken.xml', /HTTP 500 Internal Server Error/],
    ['/huge.xml', /larger than 5 MB/],
    ['/huge-chunked.xml', /larger than 5 MB/],
    ['/bomb.xml', /larger than 5 MB \(after decompression\)/],
    ['/loop-a', /redirect loop/],
    ['/chain/6', /more than 5 redirects/],
  ])('fails %s with a sentence saying why', async (path, expected) => {
    expect(problem(await get(path))).toMatch(expected);
  });

  it('stops an article page at its own, smaller cap', async () => {
    const result = await fetcher().fetch({ url: standin.url('/big-article.html'), accept: 'text/html', maxBytes: 2 * 1024 * 1024 });
    expect(problem(result)).toMatch(/larger than 2 MB/);
  });

  it('follows up to 5 redirects', async () => {
    expect(fetched(await get('/chain/4')).url).toBe(standin.url('/rss.xml'));
  });

  it('reads the delay of a Retry-After header', async () => {
    const result = await get('/busy.xml');
    expect(result).toMatchObject({ kind: 'failed', status: 503, retryAfterMs: 120_000 });
  });

  it('gives up on a server that trickles its body, with one deadline for the whole request', async () => {
    expect(problem(await get('/slow.xml', { timeoutMs: 1500 }))).toMatch(/no complete answer .* within 1.5 s/);
  });
});

describe('the address guard', () => {
  const toLoopback: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];

  it('refuses a loopback address and sends no request', async () => {
    const before = requestsTo('/rss.xml');
    const result = await get('/rss.xml', { allowPrivate: false });
    expect(result).toMatchObject({ kind: 'failed', isRefused: true, problem: expect.stringMatching(/refused 127\.0\.0\.1: it is a private or local address.*BRIEFING_ALLOW_PRIVATE_URLS=true/) });
    expect(requestsTo('/rss.xml')).toBe(before);
  });

  it('refuses a host name that resolves to a loopback address, checking the resolved address', async () => {
    const before = standin.requests.length;
    const port = new URL(standin.origin).port;
    const result = await fetcher({ allowPrivate: false, resolver: toLoopback }).fetch({ url: `http://news.test:${port}/rss.xml`, accept: '*/*', maxBytes: FEED_CAP });
    expect(problem(result)).toMatch(/refused news\.test resolves to 127\.0\.0\.1/);
    expect(standin.requests.length).toBe(before);
  });

  it('connects to the address it resolved and checked, not to one the system would look up', async () => {
    const port = new URL(standin.origin).port;
    const result = await fetcher({ allowPrivate: true, resolver: toLoopback }).fetch({ url: `http://news.test:${port}/rss.xml`, accept: '*/*', maxBytes: FEED_CAP });
    expect(fetched(result).text).toContain('<rss');
    expect(standin.requests.at(-1)?.headers.host).toBe(`news.test:${port}`);
  });

  it('checks every redirect hop', async () => {
    const onlyFirstLoopback = (address: string): boolean => address === '127.0.0.1';
    const result = await get(`/redirect-to?url=${encodeURIComponent('http://127.0.0.2/internal')}`, { addressPolicy: onlyFirstLoopback });
    expect(problem(result)).toMatch(/refused 127\.0\.0\.2/);
  });

  it('refuses a URL that is not http or https', async () => {
    expect(problem(await fetcher().fetch({ url: 'file:///etc/passwd', accept: '*/*', maxBytes: FEED_CAP }))).toMatch(/not an http or https URL/);
  });
});

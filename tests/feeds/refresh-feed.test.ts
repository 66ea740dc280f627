// One feed fetched into the store: new, unchanged and updated items, summary-only items' articles, the
// same link in two feeds, 304s, bad feeds recorded and backed off with nothing stored lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFetcher } from '../../src/feeds/safe-fetch.ts';
import { backoffMs, refreshFeed, type FeedOutcome, type RefreshDeps } from '../../src/feeds/refresh-feed.ts';
import { silentLogger } from '../../src/log.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { syncFeedStories } from '../../src/store/feed-story-sync.ts';
import { createFeedStore, type FeedStore } from '../../src/store/feeds.ts';
import { openStoryIndex } from '../../src/store/story-index.ts';
import { BRIDGE, CONVOY, FURNITURE, GRAIN } from '../standins/feeds/articles.ts';
import { startFeedStandin, type FeedStandin } from '../standins/feeds.ts';
import { storedStories } from '../support/feed-stories.ts';

const NOW = new Date('2025-05-24T12:00:00Z');
let standin: FeedStandin;
let db: Database;
let store: FeedStore;
let deps: RefreshDeps;

// A fresh stand-in for each test: some tests publish or revise items.
beforeEach(async () => {
  standin = await startFeedStandin();
  db = openDatabase(':memory:');
  store = createFeedStore(db);
  deps = { fetcher: createFetcher({ allowPrivate: true, userAgent: 'test' }), store, now: () => NOW, log: silentLogger };
});
afterEach(async () => {
  db.close();
  await standin.stop();
});

const refresh = (path: string): Promise<FeedOutcome> => refreshFeed(standin.url(path), deps);
const storedText = async (): Promise<string> => (await storedStories(store)).map((s) => s.paragraphs.join('\n')).join('\n');

describe('refreshFeed', () => {
  it('stores every item of a new RSS feed with its full content, link, outlet and date', async () => {
    expect(await refresh('/rss.xml')).toEqual({ url: standin.url('/rss.xml'), ok: true, new: 2, updated: 0, unchanged: 0, error: null, status: 'ok' });
    const convoy = (await storedStories(store)).find((s) => s.title === CONVOY.title);
    expect(convoy).toMatchObject({ url: standin.url(CONVOY.path), outlet: 'Standin News', date: '2025-05-24', paragraphs: CONVOY.paragraphs });
  });

  it('counts items seen with the same text as unchanged', async () => {
    await refresh('/rss.xml');
    standin.publish({ ...BRIDGE, guid: 'urn:standin:bridge-rss' }); // a new ETag, so the feed is read again
    expect(await refresh('/rss.xml')).toMatchObject({ new: 1, updated: 0, unchanged: 2 });
  });

  it('replaces the story of an item whose text changed, so the old text no longer answers', async () => {
    await refresh('/rss.xml');
    standin.revise(CONVOY.guid, ['A convoy of 45 trucks reached Kharkiv on Saturday, the governor said in a corrected statement.']);
    expect(await refresh('/rss.xml')).toMatchObject({ new: 0, updated: 1 });
    expect(await storedText()).toContain('45 trucks');
    expect(await storedText()).not.toContain('42 trucks');
  });

  it('adds nothing on a 304 and sends the stored ETag', async () => {
    await refresh('/rss.xml');
    const outcome = await refresh('/rss.xml');
    expect(outcome).toMatchObject({ ok: true, new: 0, updated: 0, status: 'not_modified' });
    expect(standin.requests.at(-1)?.headers['if-none-match']).toMatch(/^"rss-\d+"$/);
  });

  it('fetches the article page of a summary-only Atom entry and keeps its main text without the furniture', async () => {
    await refresh('/atom.xml');
    const bridge = (await storedStories(store)).find((s) => s.title === BRIDGE.title);
    expect(bridge?.paragraphs).toEqual(expect.arrayContaining(BRIDGE.paragraphs));
    for (const line of FURNITURE) expect(await storedText()).not.toContain(line);
  });

  it('stores an article carried by two feeds once', async () => {
    await refresh('/rss.xml');
    await refresh('/atom.xml');
    expect((await storedStories(store)).filter((s) => s.url === standin.url(GRAIN.path))).toHaveLength(1);
  });

  it('resolves relative item links and fetches the article there', async () => {
    await refresh('/relative.xml');
    expect((await storedStories(store))[0]).toMatchObject({ url: standin.url(BRIDGE.path), paragraphs: expect.arrayContaining(BRIDGE.paragraphs) });
  });

  it('stores undated items with an empty date', async () => {
    expect(await refresh('/nodates.xml')).toMatchObject({ ok: true, new: 1 });
    expect((await storedStories(store))[0]?.date).toBe('');
  });

  it.each([
    ['/feed.json', 2],
    ['/latin1.xml', 1],
    ['/gzip.xml', 2],
  ])('reads %s', async (path, count) => {
    expect(await refresh(path)).toMatchObject({ ok: true, new: count });
  });

  it('decodes ISO-8859-1 text into the stored story', async () => {
    await refresh('/latin1.xml');
    expect((await storedStories(store))[0]?.title).toBe('Café owners in Zürich protest rent rises');
  });

  it.each([
    ['/missing.xml', /HTTP 404/],
    ['/broken.xml', /HTTP 500/],
    ['/page.html', /HTML page, not a feed; the page names its feed at http:\/\/127\.0\.0\.1:\d+\/rss\.xml/],
    ['/malformed.xml', /XML is malformed/],
    ['/huge.xml', /larger than 5 MB/],
    ['/bomb.xml', /larger than 5 MB/],
    ['/loop-a', /redirect loop/],
  ])('gives %s ok:false with its error and keeps what was stored before', async (path, expected) => {
    await refresh('/rss.xml');
    const outcome = await refresh(path);
    expect(outcome).toMatchObject({ ok: false, new: 0, status: 'error', error: expect.stringMatching(expected) });
    expect((await storedStories(store))).toHaveLength(2);
    expect((await store.state(standin.url(path)))?.lastError).toMatch(expected);
  });

  it('backs off a failing feed exponentially, up to a cap', () => {
    expect([1, 2, 3, 4, 20].map(backoffMs)).toEqual([60_000, 120_000, 240_000, 480_000, 6 * 3600_000]);
  });

  it('waits at least as long as Retry-After asks before the next attempt', async () => {
    await refresh('/busy.xml');
    expect((await store.state(standin.url('/busy.xml')))?.nextAttemptAt).toBe(new Date(NOW.getTime() + 120_000).toISOString());
  });

  it('reports each fetch to the outcome hook (for metrics)', async () => {
    const statuses: string[] = [];
    deps.onOutcome = (o) => statuses.push(o.status);
    await refresh('/rss.xml');
    await refresh('/rss.xml');
    await refresh('/missing.xml');
    expect(statuses).toEqual(['ok', 'not_modified', 'error']);
  });
});

describe('feed stories in the story index', () => {
  it('answers from stored items, with their url, outlet and date', async () => {
    await refresh('/rss.xml');
    const index = openStoryIndex(db);
    await syncFeedStories(index, store, { now: NOW });
    const convoy = index.library.search(CONVOY.paragraphs[0]!, 1)[0]?.sentence;
    expect(convoy?.text).toBe(CONVOY.paragraphs[0]);
    expect(index.library.storyById(convoy!.storyId)).toMatchObject({ title: CONVOY.title, url: standin.url(CONVOY.path), outlet: 'Standin News', date: '2025-05-24' });
  });
});

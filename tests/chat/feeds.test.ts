// /brief feeds, /brief feeds add URL, /brief feeds remove URL through handleEvent, with a real store and
// the feed stand-in behind the fetcher.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/chat/context.ts';
import { handleEvent } from '../../src/chat/handle-event.ts';
import { ThreadMemory } from '../../src/chat/thread-context.ts';
import type { ChatEvent, Reply } from '../../src/chat/types.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';
import { createFeedPoller } from '../../src/feeds/feed-directory.ts';
import { refreshFeed } from '../../src/feeds/refresh-feed.ts';
import { createFetcher } from '../../src/feeds/safe-fetch.ts';
import { silentLogger } from '../../src/log.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createFeedStore, type FeedStore } from '../../src/store/feeds.ts';
import { createIndexedBriefing } from '../../src/store/indexed-briefing.ts';
import { startFeedStandin, type FeedStandin } from '../standins/feeds.ts';
import { storedStories } from '../support/feed-stories.ts';

const NOW = new Date('2025-05-24T12:00:00Z');
let standin: FeedStandin;
let db: Database;
let store: FeedStore;
let context: ChatContext;
let reloads: number;

beforeEach(async () => {
  standin = await startFeedStandin();
  db = openDatabase(':memory:');
  store = createFeedStore(db);
  reloads = 0;
  const fetcher = createFetcher({ allowPrivate: true, userAgent: 'test' });
  const indexed = createIndexedBriefing({ db, seedsDir: '/nonexistent', engine: createOfflineEngine(), now: () => NOW, retentionDays: 0, feedStories: store });
  const feeds = createFeedPoller({
    configured: [standin.url('/rss.xml')],
    store,
    refresh: (url) => refreshFeed(url, { fetcher, store, now: () => NOW, log: silentLogger }),
    now: () => NOW,
    log: silentLogger,
    onStoriesChanged: async () => {
      reloads += 1;
      await indexed.syncFeeds();
    },
  });
  const briefing = indexed.briefing;
  context = { briefing, threads: new ThreadMemory(), log: silentLogger, now: () => NOW, feeds };
});
afterEach(async () => {
  db.close();
  await standin.stop();
});

async function brief(text: string, canManageChannel?: boolean): Promise<string> {
  const event: ChatEvent = { kind: 'command', name: 'brief', text, platform: 'discord', channelId: 'C1', userId: 'U1', canManageChannel };
  const reply: Reply = await handleEvent(event, context);
  if (reply.kind !== 'notice') throw new Error(`expected a notice, got ${reply.kind}`);
  return reply.text;
}

describe('/brief feeds', () => {
  it('says how to add a feed when there is none', async () => {
    context.feeds = createFeedPoller({ configured: [], store, refresh: async () => Promise.reject(new Error('unused')), now: () => NOW, log: silentLogger, onStoriesChanged: () => {} });
    expect(await brief('feeds')).toMatch(/reads no feeds yet\. Add one with \/brief feeds add/);
  });

  it('lists each feed with its last fetch, item count and last error', async () => {
    await brief(`feeds add ${standin.url('/missing.xml')}`);
    await refreshFeed(standin.url('/rss.xml'), { fetcher: createFetcher({ allowPrivate: true, userAgent: 'test' }), store, now: () => NOW, log: silentLogger });
    const text = await brief('feeds');
    expect(text).toContain(`• Standin News — ${standin.url('/rss.xml')} (BRIEFING_FEEDS): last fetched 2025-05-24 12:00 UTC, 2 items`);
    expect(text).toContain(`• ${standin.url('/missing.xml')}: last fetched 2025-05-24 12:00 UTC, 0 items. Last error: HTTP 404 Not Found from ${standin.url('/missing.xml')}. Next try 2025-05-24 12:01 UTC.`);
  });

  it('adds a feed, fetches it at once and tells the briefing its stories changed', async () => {
    expect(await brief(`feeds add ${standin.url('/feed.json')}`)).toBe(`Added ${standin.url('/feed.json')}: 2 stories stored, polled from now on.`);
    expect((await store.chatFeeds())).toEqual([standin.url('/feed.json')]);
    expect(reloads).toBe(1);
    expect(context.briefing.library().size().stories).toBe(2);
  });

  it('takes a link as Slack wraps it (<url|label>)', async () => {
    expect(await brief(`feeds add <${standin.url('/feed.json')}|feed.json>`)).toMatch(/^Added /);
    expect((await store.chatFeeds())).toEqual([standin.url('/feed.json')]);
  });

  it('refuses to add a feed for someone who may not manage the channel, storing nothing', async () => {
    expect(await brief(`feeds add ${standin.url('/feed.json')}`, false)).toMatch(/^Only members who can manage this channel \(Manage Channels\)/);
    expect((await store.chatFeeds())).toEqual([]);
    expect(standin.requests).toHaveLength(0);
  });

  it.each([
    ['feeds add', /^The feed address is empty/],
    ['feeds add example.com/rss', /^"example\.com\/rss" is not a URL/],
    ['feeds add javascript:alert(1)', /uses javascript:, but feeds are fetched over http or https only/],
    ['feeds refresh', /^"refresh" is not a feeds command/],
  ])('answers %j with what to type instead', async (text, expected) => {
    expect(await brief(text)).toMatch(expected);
    expect((await store.chatFeeds())).toEqual([]);
  });

  it('removes a feed added in chat, and its stories with it', async () => {
    await brief(`feeds add ${standin.url('/feed.json')}`);
    expect(await brief(`feeds remove ${standin.url('/feed.json')}`)).toMatch(/^Removed .*: its stories no longer answer questions\.$/);
    expect((await storedStories(store))).toEqual([]);
    expect(context.briefing.library().size().stories).toBe(0);
  });

  it('does not keep a feed whose address is private, and sends it no request', async () => {
    const guarded = createFetcher({ allowPrivate: false, userAgent: 'test' });
    context.feeds = createFeedPoller({
      configured: [],
      store,
      refresh: (url) => refreshFeed(url, { fetcher: guarded, store, now: () => NOW, log: silentLogger }),
      now: () => NOW,
      log: silentLogger,
      onStoriesChanged: () => {},
    });
    expect(await brief(`feeds add ${standin.url('/rss.xml')}`)).toMatch(/^Not added: refused 127\.0\.0\.1: it is a private or local address/);
    expect((await store.chatFeeds())).toEqual([]);
    expect(standin.requests).toEqual([]);
  });

  it('leaves a BRIEFING_FEEDS feed alone, saying where it is set', async () => {
    expect(await brief(`feeds remove ${standin.url('/rss.xml')}`)).toMatch(/is set in BRIEFING_FEEDS, so it can only be removed there/);
  });
});

// Feed state on SQLite and on PostgreSQL: fetches recorded with their validators and errors, chat-added
// feeds, items and their fingerprints, and the change sequence of the feed stories.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FeedStore, StoredStory } from '../../src/store/feeds.ts';
import { storedStories } from '../support/feed-stories.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';

const NOW = new Date('2025-05-24T12:00:00Z');
const LATER = new Date('2025-05-24T12:15:00Z');
const FEED = 'https://news.example/rss';
const STORY: StoredStory = { key: 'https://news.example/ferry', url: 'https://news.example/ferry', title: 'Ferries sink', outlet: 'Harbour Wire', date: '2025-05-23', byline: 'By A. Reporter', paragraphs: ['Two ferries sank.', 'All were rescued.'] };

describe.each(BACKENDS)('feeds on $name', (backend) => {
  let db: StoreUnderTest;
  let store: FeedStore;
  beforeEach(async () => {
    if (!backend.available) return;
    db = await backend.create();
    store = db.store.feeds;
  });
  afterEach(async () => db?.remove());

  it.skipIf(!backend.available)('records a good fetch with its title and validators', async () => {
    await store.recordFetch(FEED, { ok: true, title: 'Harbour Wire', etag: '"v1"', lastModified: 'Sat, 24 May 2025 11:00:00 GMT' }, NOW);
    expect(await store.state(FEED)).toEqual({
      url: FEED, addedInChat: false, title: 'Harbour Wire', etag: '"v1"', lastModified: 'Sat, 24 May 2025 11:00:00 GMT',
      lastFetchAt: NOW.toISOString(), lastOkAt: NOW.toISOString(), lastError: undefined, failures: 0, nextAttemptAt: undefined, itemCount: 0,
    });
  });

  it.skipIf(!backend.available)('records a failure with its error and backoff, keeping the validators and title', async () => {
    await store.recordFetch(FEED, { ok: true, title: 'Harbour Wire', etag: '"v1"' }, NOW);
    await store.recordFetch(FEED, { ok: false, error: 'HTTP 500', failures: 2, nextAttemptAt: '2025-05-24T12:17:00.000Z' }, LATER);
    expect(await store.state(FEED)).toMatchObject({ title: 'Harbour Wire', etag: '"v1"', lastFetchAt: LATER.toISOString(), lastOkAt: NOW.toISOString(), lastError: 'HTTP 500', failures: 2, nextAttemptAt: '2025-05-24T12:17:00.000Z' });
  });

  it.skipIf(!backend.available)('clears the error and backoff at the next good fetch', async () => {
    await store.recordFetch(FEED, { ok: false, error: 'HTTP 500', failures: 1, nextAttemptAt: '2025-05-24T12:01:00.000Z' }, NOW);
    await store.recordFetch(FEED, { ok: true }, LATER);
    expect(await store.state(FEED)).toMatchObject({ lastError: undefined, failures: 0, nextAttemptAt: undefined });
  });

  it.skipIf(!backend.available)('adds a chat feed once, lists chat feeds oldest first, and removes only those', async () => {
    expect(await store.addChatFeed('https://b.example/rss', 'slack:U1', NOW)).toBe(true);
    expect(await store.addChatFeed('https://b.example/rss', 'slack:U2', LATER)).toBe(false);
    await store.recordFetch(FEED, { ok: true }, NOW);
    expect(await store.addChatFeed('https://a.example/rss', 'slack:U1', LATER)).toBe(true);
    expect(await store.chatFeeds()).toEqual(['https://b.example/rss', 'https://a.example/rss']);
    expect(await store.removeChatFeed(FEED, LATER)).toBe(false);
    expect(await store.removeChatFeed('https://b.example/rss', LATER)).toBe(true);
    expect(await store.chatFeeds()).toEqual(['https://a.example/rss']);
  });

  it.skipIf(!backend.available)('remembers each item’s fingerprint and counts a feed’s items', async () => {
    await store.saveItem(FEED, 'ferry', 'f1', STORY, NOW);
    await store.recordFetch(FEED, { ok: true }, NOW);
    expect(await store.fingerprintOf(FEED, 'ferry')).toBe('f1');
    expect(await store.fingerprintOf(FEED, 'other')).toBeUndefined();
    expect((await store.state(FEED))?.itemCount).toBe(1);
  });

  it.skipIf(!backend.available)('stores an article carried by two feeds once, with its text as given', async () => {
    await store.saveItem(FEED, 'ferry', 'f1', STORY, NOW);
    await store.saveItem('https://b.example/rss', 'b-ferry', 'f1', STORY, NOW);
    expect(await storedStories(store)).toEqual([STORY]);
  });

  it.skipIf(!backend.available)('numbers every change apart, in the order made, and a story’s latest change replaces its earlier one', async () => {
    await store.saveItem(FEED, 'ferry', 'f1', STORY, NOW);
    await store.saveItem(FEED, 'storm', 'f1', { ...STORY, key: 'https://news.example/storm' }, NOW);
    await store.saveItem(FEED, 'ferry', 'f2', { ...STORY, title: 'Ferries sink near Marlow' }, LATER);
    const changes = await store.storyChanges(0, 10);
    expect(changes.map((c) => [c.key, c.story?.title])).toEqual([
      ['https://news.example/storm', 'Ferries sink'],
      ['https://news.example/ferry', 'Ferries sink near Marlow'],
    ]);
    expect(changes[0]!.seq).toBeLessThan(changes[1]!.seq);
    expect(await store.storyChanges(changes[0]!.seq, 10)).toEqual([changes[1]]);
    expect(await store.storyChanges(0, 1)).toEqual([changes[0]]);
  });

  it.skipIf(!backend.available)('keeps a removed feed’s stories as removals, each with a number of its own', async () => {
    await store.addChatFeed(FEED, 'slack:U1', NOW);
    await store.saveItem(FEED, 'ferry', 'f1', STORY, NOW);
    await store.saveItem(FEED, 'storm', 'f1', { ...STORY, key: 'https://news.example/storm' }, NOW);
    const before = (await store.storyChanges(0, 10)).at(-1)!.seq;
    await store.removeChatFeed(FEED, LATER);
    const removals = await store.storyChanges(before, 10);
    expect(removals.map((c) => ({ key: c.key, story: c.story })).sort((x, y) => x.key.localeCompare(y.key))).toEqual([
      { key: 'https://news.example/ferry', story: undefined },
      { key: 'https://news.example/storm', story: undefined },
    ]);
    expect(new Set(removals.map((c) => c.seq)).size).toBe(2);
    expect(await store.fingerprintOf(FEED, 'ferry')).toBeUndefined();
  });
});

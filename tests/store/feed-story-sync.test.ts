// Feed stories reach a process's story index through the change sequence, on SQLite and on PostgreSQL:
// new, replaced and removed stories, a story two feeds carry, an index rebuilt from nothing, and two
// processes on one database, each with an index of its own.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { syncFeedStories } from '../../src/store/feed-story-sync.ts';
import type { FeedStore, StoredStory } from '../../src/store/feeds.ts';
import { openStoryIndex, type OpenedStoryIndex } from '../../src/store/story-index.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';

const NOW = new Date('2025-05-24T12:00:00Z');
const OPTIONS = { now: NOW };
const FERRY: StoredStory = {
  key: 'https://news.example/ferry',
  url: 'https://news.example/ferry',
  title: 'Ferries sink near Marlow',
  outlet: 'Harbour Wire',
  date: '2025-05-23',
  byline: '',
  paragraphs: ['Two ferries sank near the port of Marlow on Friday.', 'All 30 passengers were rescued by fishermen.'],
};
const STORM: StoredStory = { ...FERRY, key: 'https://a.example/storm', url: 'https://a.example/storm', title: 'Storm closes Lisport', paragraphs: ['A storm closed the harbour of Lisport on Friday.'] };

/** A process's own index: SQLite in memory, as each bot process keeps one in its BRIEFING_DB. */
const localIndex = (): OpenedStoryIndex => openStoryIndex(openDatabase(':memory:'));
const texts = (index: OpenedStoryIndex, query: string): string[] => index.library.search(query, 5).map((hit) => hit.sentence.text);

describe.each(BACKENDS)('feed stories in the story index, on $name', (backend) => {
  let db: StoreUnderTest;
  let store: FeedStore;
  let index: OpenedStoryIndex;
  const sync = () => syncFeedStories(index, store, OPTIONS);
  beforeEach(async () => {
    if (!backend.available) return;
    db = await backend.create();
    store = db.store.feeds;
    index = localIndex();
  });
  afterEach(async () => db?.remove());

  it.skipIf(!backend.available)('indexes a stored feed story with its link, outlet and date', async () => {
    await store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    expect(await sync()).toEqual({ stored: 1, removed: 0, warnings: [] });
    expect(index.library.storyById('feed:https://news.example/ferry#1')).toMatchObject({ title: FERRY.title, url: FERRY.url, outlet: 'Harbour Wire', date: '2025-05-23' });
  });

  it.skipIf(!backend.available)('replaces a changed item’s story, so its old text no longer answers', async () => {
    await store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await sync();
    await store.saveItem('https://news.example/rss', 'ferry', 'v2', { ...FERRY, paragraphs: ['Three barges ran aground near the port of Marlow on Friday.'] }, NOW);
    await sync();
    expect(texts(index, 'barges aground Marlow')).toEqual(['Three barges ran aground near the port of Marlow on Friday.']);
    expect(texts(index, 'ferries sank passengers rescued')).toEqual([]);
  });

  it.skipIf(!backend.available)('drops the old story of an item whose link changed', async () => {
    await store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await sync();
    await store.saveItem('https://news.example/rss', 'ferry', 'v2', { ...FERRY, key: 'https://news.example/ferry-2', url: 'https://news.example/ferry-2' }, NOW);
    expect(await sync()).toEqual({ stored: 1, removed: 1, warnings: [] });
    expect(index.library.size().stories).toBe(1);
  });

  it.skipIf(!backend.available)('drops the stories of a removed feed, but keeps one another feed also carries', async () => {
    await store.addChatFeed('https://a.example/rss', 'U1', NOW);
    await store.saveItem('https://a.example/rss', 'ferry', 'v1', FERRY, NOW);
    await store.saveItem('https://b.example/rss', 'ferry-b', 'v1', FERRY, NOW);
    await store.saveItem('https://a.example/rss', 'storm', 'v1', STORM, NOW);
    await sync();
    await store.removeChatFeed('https://a.example/rss', NOW);
    expect(await sync()).toMatchObject({ removed: 1 });
    expect(texts(index, 'storm harbour Lisport')).toEqual([]);
    expect(texts(index, 'ferries sank Marlow')).toEqual([FERRY.paragraphs[0]]);
    expect(index.library.size().stories).toBe(1);
  });

  it.skipIf(!backend.available)('applies nothing twice: a second sync with no new changes stores nothing', async () => {
    await store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await sync();
    expect(await sync()).toEqual({ stored: 0, removed: 0, warnings: [] });
  });

  it.skipIf(!backend.available)('takes every feed story back into an index rebuilt from nothing', async () => {
    await store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await store.saveItem('https://a.example/rss', 'storm', 'v1', STORM, NOW);
    await sync();
    const rebuilt = localIndex();
    expect(await syncFeedStories(rebuilt, store, OPTIONS)).toMatchObject({ stored: 2 });
    expect(texts(rebuilt, 'ferries sank Marlow')).toEqual([FERRY.paragraphs[0]]);
  });

  it.skipIf(!backend.available)('says which item had no news text, naming it', async () => {
    await store.saveItem('https://news.example/rss', 'share', 'v1', { ...FERRY, key: 'https://news.example/share', paragraphs: ['Share', 'Follow'] }, NOW);
    expect((await sync()).warnings).toEqual(['feed:https://news.example/share: skipped, no sentences of news text were found in it']);
  });

  it.skipIf(!backend.available)('lets a second process answer an item the first one stored, and forget it when the first removes its feed', async () => {
    const other = await db.connect();
    const otherIndex = localIndex();
    await store.addChatFeed('https://a.example/rss', 'U1', NOW);
    await store.saveItem('https://a.example/rss', 'storm', 'v1', STORM, NOW);
    await syncFeedStories(otherIndex, other.feeds, OPTIONS);
    expect(texts(otherIndex, 'storm harbour Lisport')).toEqual([STORM.paragraphs[0]]);
    await store.removeChatFeed('https://a.example/rss', NOW);
    await syncFeedStories(otherIndex, other.feeds, OPTIONS);
    expect(texts(otherIndex, 'storm harbour Lisport')).toEqual([]);
  });

  it.skipIf(!backend.available)('misses no change while two processes write and a third keeps applying', async () => {
    const [a, b] = [await db.connect(), await db.connect()];
    const reader = localIndex();
    let writing = true;
    const story = (n: number): StoredStory => ({ ...FERRY, key: `https://news.example/item-${n}`, url: `https://news.example/item-${n}`, paragraphs: [`Rescuers counted ${n} boats near the port of Marlow on Friday.`] });
    const write = async (from: FeedStore, first: number) => {
      for (let n = first; n < first + 40; n++) await from.saveItem('https://news.example/rss', `item-${n}`, 'v1', story(n), NOW);
    };
    const applying = (async () => {
      while (writing) await syncFeedStories(reader, store, OPTIONS);
    })();
    await Promise.all([write(a.feeds, 0), write(b.feeds, 1000)]);
    writing = false;
    await applying;
    await syncFeedStories(reader, store, OPTIONS);
    expect(reader.library.size().stories).toBe(80);
  });
});

// Feed stories reach the story index through the change sequence: new, replaced and removed stories,
// a story two feeds carry, and an index rebuilt from nothing.
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';
import { syncFeedStories } from '../../src/store/feed-story-sync.ts';
import { createFeedStore, type StoredStory } from '../../src/store/feeds.ts';
import { openStoryIndex } from '../../src/store/story-index.ts';

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

function setup() {
  const db = openDatabase(':memory:');
  const store = createFeedStore(db);
  const index = openStoryIndex(db);
  const texts = (query: string): string[] => index.library.search(query, 5).map((hit) => hit.sentence.text);
  return { db, store, index, texts, sync: () => syncFeedStories(index, store, OPTIONS) };
}

describe('syncFeedStories', () => {
  it('indexes a stored feed story with its link, outlet and date', async () => {
    const { store, index, sync } = setup();
    store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    expect(await sync()).toEqual({ stored: 1, removed: 0, warnings: [] });
    expect(index.library.storyById('feed:https://news.example/ferry#1')).toMatchObject({ title: FERRY.title, url: FERRY.url, outlet: 'Harbour Wire', date: '2025-05-23' });
  });

  it('replaces a changed item’s story, so its old text no longer answers', async () => {
    const { store, texts, sync } = setup();
    store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await sync();
    store.saveItem('https://news.example/rss', 'ferry', 'v2', { ...FERRY, paragraphs: ['Three barges ran aground near the port of Marlow on Friday.'] }, NOW);
    await sync();
    expect(texts('barges aground Marlow')).toEqual(['Three barges ran aground near the port of Marlow on Friday.']);
    expect(texts('ferries sank passengers rescued')).toEqual([]);
  });

  it('drops the stories of a removed feed, but keeps one another feed also carries', async () => {
    const { store, index, texts, sync } = setup();
    store.addChatFeed('https://a.example/rss', 'U1', NOW);
    store.saveItem('https://a.example/rss', 'ferry', 'v1', FERRY, NOW);
    store.saveItem('https://b.example/rss', 'ferry-b', 'v1', FERRY, NOW);
    store.saveItem('https://a.example/rss', 'storm', 'v1', { ...FERRY, key: 'https://a.example/storm', url: 'https://a.example/storm', paragraphs: ['A storm closed the harbour of Lisport on Friday.'] }, NOW);
    await sync();
    store.removeChatFeed('https://a.example/rss', NOW);
    expect(await sync()).toMatchObject({ removed: 1 });
    expect(texts('storm harbour Lisport')).toEqual([]);
    expect(texts('ferries sank Marlow')).toEqual([FERRY.paragraphs[0]]);
    expect(index.library.size().stories).toBe(1);
  });

  it('applies nothing twice: a second sync with no new changes stores nothing', async () => {
    const { store, sync } = setup();
    store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await sync();
    expect(await sync()).toEqual({ stored: 0, removed: 0, warnings: [] });
  });

  it('takes every feed story back into an index rebuilt from nothing', async () => {
    const { db, store, sync } = setup();
    store.saveItem('https://news.example/rss', 'ferry', 'v1', FERRY, NOW);
    await sync();
    // What a rebuild leaves (the index's tables emptied, its applied position with them).
    db.exec('DELETE FROM sentence_terms; DELETE FROM stories; DELETE FROM story_sources; DELETE FROM story_index_meta;');
    const rebuilt = openStoryIndex(db);
    await syncFeedStories(rebuilt, store, OPTIONS);
    expect(rebuilt.library.search('ferries sank Marlow', 1)[0]?.sentence.text).toBe(FERRY.paragraphs[0]);
  });

  it('says which item had no news text, naming it', async () => {
    const { store, sync } = setup();
    store.saveItem('https://news.example/rss', 'share', 'v1', { ...FERRY, key: 'https://news.example/share', paragraphs: ['Share', 'Follow'] }, NOW);
    expect((await sync()).warnings).toEqual(['feed:https://news.example/share: skipped, no sentences of news text were found in it']);
  });
});

// The playground's sources panel data: feed stories with their links, and the feeds' health.
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedHealth, SourceStory } from '../../../src/adapters/playground/source-list.ts';
import { createOfflineEngine } from '../../../src/engines/offline.ts';
import type { FeedDirectory } from '../../../src/feeds/feed-directory.ts';
import { openDatabase } from '../../../src/store/db.ts';
import type { FeedStoryChange } from '../../../src/store/feeds.ts';
import { createIndexedBriefing } from '../../../src/store/indexed-briefing.ts';
import { SEEDS_DIR, startPlayground, type StartedPlayground } from './start-playground.ts';

let playground: StartedPlayground | undefined;
afterEach(async () => {
  await playground?.adapter.stop();
  playground = undefined;
});

const FEED_STORY: FeedStoryChange = {
  seq: 1,
  key: 'https://news.example/convoy',
  story: {
    key: 'https://news.example/convoy',
    title: 'Aid convoy reaches Kharkiv',
    outlet: 'Standin News',
    date: '2025-05-24',
    byline: '',
    paragraphs: ['A convoy of 42 trucks reached Kharkiv on Saturday, the governor said.'],
    url: 'https://news.example/convoy',
  },
};

const feeds: FeedDirectory = {
  list: async () => [
    { url: 'https://news.example/rss.xml', isConfigured: true, state: { url: 'https://news.example/rss.xml', addedInChat: false, title: 'Standin News', lastFetchAt: '2025-05-24T12:00:00.000Z', failures: 0, itemCount: 1 } },
    { url: 'https://broken.example/feed', isConfigured: false, state: { url: 'https://broken.example/feed', addedInChat: true, lastFetchAt: '2025-05-24T12:00:00.000Z', lastError: 'HTTP 500 Internal Server Error from https://broken.example/feed', failures: 1, nextAttemptAt: '2025-05-24T12:01:00.000Z', itemCount: 0 } },
    { url: 'https://new.example/atom', isConfigured: false },
  ],
  add: async () => ({ isNew: false }),
  remove: async () => 'unknown',
};

async function sources(): Promise<{ stories: SourceStory[]; feeds: FeedHealth[] }> {
  return (await (await fetch(`${playground!.url}/api/sources`)).json()) as { stories: SourceStory[]; feeds: FeedHealth[] };
}

describe('playground GET /api/sources with feeds', () => {
  it('lists a feed story with its link beside the story files', async () => {
    const feedStories = { storyChanges: (after: number) => (after < FEED_STORY.seq ? [FEED_STORY] : []) };
    const { briefing } = createIndexedBriefing({ db: openDatabase(':memory:'), seedsDir: SEEDS_DIR, engine: createOfflineEngine(), now: () => new Date(), retentionDays: 0, feedStories });
    await briefing.reload();
    playground = await startPlayground({ briefing, feeds });
    const { stories } = await sources();
    expect(stories.find((s) => s.storyId === 'feed:https://news.example/convoy#1')).toMatchObject({ url: 'https://news.example/convoy', outlet: 'Standin News', title: 'Aid convoy reaches Kharkiv' });
    expect(stories.filter((s) => s.url === null)).toHaveLength(6);
  });

  it('gives each feed’s health: ok, failing with its error and next try, or not fetched yet', async () => {
    playground = await startPlayground({ feeds });
    expect((await sources()).feeds).toEqual([
      { url: 'https://news.example/rss.xml', title: 'Standin News', isConfigured: true, ok: true, lastFetchAt: '2025-05-24T12:00:00.000Z', itemCount: 1, lastError: null, nextAttemptAt: null },
      { url: 'https://broken.example/feed', title: null, isConfigured: false, ok: false, lastFetchAt: '2025-05-24T12:00:00.000Z', itemCount: 0, lastError: 'HTTP 500 Internal Server Error from https://broken.example/feed', nextAttemptAt: '2025-05-24T12:01:00.000Z' },
      { url: 'https://new.example/atom', title: null, isConfigured: false, ok: null, lastFetchAt: null, itemCount: 0, lastError: null, nextAttemptAt: null },
    ]);
  });
});

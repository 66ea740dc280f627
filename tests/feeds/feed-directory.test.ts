// The poller: which feeds a round fetches, and when the briefing is told to re-read.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedPoller } from '../../src/feeds/feed-directory.ts';
import type { FeedOutcome } from '../../src/feeds/refresh-feed.ts';
import { silentLogger } from '../../src/log.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createFeedStore, type FeedStore } from '../../src/store/feeds.ts';

const NOW = new Date('2025-05-24T12:00:00Z');
let db: Database;
let store: FeedStore;
let fetched: string[];
let roundsSeen: number;

beforeEach(() => {
  db = openDatabase(':memory:');
  store = createFeedStore(db);
  fetched = [];
  roundsSeen = 0;
});
afterEach(() => db.close());

function poller(configured: string[], skipFetchedWithinMs?: number) {
  return createFeedPoller({
    skipFetchedWithinMs,
    configured,
    store,
    refresh: async (url): Promise<FeedOutcome> => {
      fetched.push(url);
      return { url, ok: true, new: 0, updated: 0, unchanged: 0, error: null, status: 'ok' };
    },
    now: () => NOW,
    log: silentLogger,
    onStoriesChanged: () => void (roundsSeen += 1),
  });
}

describe('createFeedPoller', () => {
  it('fetches the configured feeds and those added in chat, each once', async () => {
    await store.addChatFeed('https://b.example/feed', 'slack:U1', NOW);
    await store.addChatFeed('https://a.example/feed', 'slack:U1', NOW);
    await poller(['https://a.example/feed']).pollDue();
    expect(fetched.sort()).toEqual(['https://a.example/feed', 'https://b.example/feed']);
  });

  it('leaves a feed alone until its backoff has passed', async () => {
    await store.recordFetch('https://a.example/feed', { ok: false, error: 'HTTP 500', failures: 1, nextAttemptAt: '2025-05-24T12:01:00.000Z' }, NOW);
    await store.recordFetch('https://b.example/feed', { ok: false, error: 'HTTP 500', failures: 1, nextAttemptAt: '2025-05-24T11:59:00.000Z' }, NOW);
    await poller(['https://a.example/feed', 'https://b.example/feed']).pollDue();
    expect(fetched).toEqual(['https://b.example/feed']);
  });

  it('asks the briefing to re-read once per round, for stories another process may have stored', async () => {
    await poller(['https://a.example/feed', 'https://b.example/feed']).pollDue();
    expect(roundsSeen).toBe(1);
  });

  it('leaves a feed to the process that fetched it less than the given time ago (several processes on one database)', async () => {
    await store.recordFetch('https://a.example/feed', { ok: true }, new Date(NOW.getTime() - 60_000));
    await store.recordFetch('https://b.example/feed', { ok: true }, new Date(NOW.getTime() - 600_000));
    await poller(['https://a.example/feed', 'https://b.example/feed'], 450_000).pollDue();
    expect(fetched).toEqual(['https://b.example/feed']);
  });
});

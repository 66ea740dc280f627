// Feeds in SQLite: each feed's fetch state (validators, last fetch, last error, backoff), which items each
// feed has shown (with a fingerprint of their text, to tell unchanged from updated), and the stories they
// became, keyed by link so an article carried by two feeds is stored once. Every change to a story gets the
// next sequence number, so a story index can apply the changes it has not seen (feed-story-sync.ts).
import type { Database } from './db.ts';

export interface FeedState {
  url: string;
  addedInChat: boolean;
  title?: string;
  etag?: string;
  lastModified?: string;
  lastFetchAt?: string;
  lastOkAt?: string;
  lastError?: string;
  /** Failed fetches in a row. */
  failures: number;
  /** The poller leaves the feed alone until then (backoff, Retry-After). */
  nextAttemptAt?: string;
  itemCount: number;
}

export interface StoredStory {
  key: string;
  url?: string;
  title: string;
  outlet: string;
  date: string;
  byline: string;
  paragraphs: string[];
}

export type FetchRecord =
  | { ok: true; title?: string; etag?: string; lastModified?: string }
  | { ok: false; error: string; failures: number; nextAttemptAt: string };

/** Feed state and feed stories, on SQLite or PostgreSQL (postgres-feeds.ts); the same tests run on both. */
export interface FeedStore {
  state(url: string): Promise<FeedState | undefined>;
  /** Feeds added with /brief feeds add, oldest first. */
  chatFeeds(): Promise<string[]>;
  /** True when the feed was not in the chat list before. */
  addChatFeed(url: string, addedBy: string, now: Date): Promise<boolean>;
  /** Take a chat-added feed off the list and forget its items; stories no other feed carries go too. */
  removeChatFeed(url: string, now: Date): Promise<boolean>;
  recordFetch(url: string, record: FetchRecord, now: Date): Promise<void>;
  fingerprintOf(feedUrl: string, itemId: string): Promise<string | undefined>;
  /** Store (or replace) an item's story and remember the item under its feed. */
  saveItem(feedUrl: string, itemId: string, fingerprint: string, story: StoredStory, now: Date): Promise<void>;
  /** Stories added, replaced or removed after change `afterSeq`, oldest change first. */
  storyChanges(afterSeq: number, limit: number): Promise<FeedStoryChange[]>;
}

/** A story's latest change: its text (`story`), or its removal (no feed carries it any more). */
export type FeedStoryChange = { seq: number; key: string; story?: StoredStory };

interface FeedRow {
  url: string;
  added_in_chat: number;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: string | null;
  last_ok_at: string | null;
  last_error: string | null;
  failures: number;
  next_attempt_at: string | null;
  item_count: number;
}

export interface StoryRow {
  seq: number;
  key: string;
  url: string | null;
  title: string;
  outlet: string;
  date: string;
  byline: string;
  body: string | null;
}

export function createFeedStore(db: Database): FeedStore {
  const ensure = db.prepare(`INSERT INTO feeds (url, created_at) VALUES (?, ?) ON CONFLICT (url) DO NOTHING`);
  const nextSeq = (): number => (db.prepare(`SELECT coalesce(max(seq), 0) + 1 AS seq FROM feed_stories`).get() as { seq: number }).seq;
  // A story no item points at any more is kept as a removal (no body), so every index drops it too. Each
  // removal has a number of its own: an index reads the changes in batches cut at a number.
  const removeOrphans = (at: string): void => {
    const orphans = db.prepare(`SELECT key FROM feed_stories WHERE body IS NOT NULL AND key NOT IN (SELECT story_key FROM feed_items)`).pluck().all() as string[];
    const remove = db.prepare(`UPDATE feed_stories SET body = NULL, seq = ?, updated_at = ? WHERE key = ?`);
    for (const key of orphans) remove.run(nextSeq(), at, key);
  };
  return {
    async state(url) {
      const row = db
        .prepare(`SELECT f.*, (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url) AS item_count FROM feeds f WHERE f.url = ?`)
        .get(url) as FeedRow | undefined;
      return row ? toState(row) : undefined;
    },
    async chatFeeds() {
      return (db.prepare(`SELECT url FROM feeds WHERE added_in_chat = 1 ORDER BY created_at, url`).all() as Array<{ url: string }>).map((r) => r.url);
    },
    async addChatFeed(url, addedBy, now) {
      return db.transaction(() => {
        ensure.run(url, now.toISOString());
        return db.prepare(`UPDATE feeds SET added_in_chat = 1, added_by = ? WHERE url = ? AND added_in_chat = 0`).run(addedBy, url).changes === 1;
      }).immediate();
    },
    async removeChatFeed(url, now) {
      return db.transaction(() => {
        const removed = db.prepare(`DELETE FROM feeds WHERE url = ? AND added_in_chat = 1`).run(url).changes === 1;
        if (removed) {
          db.prepare(`DELETE FROM feed_items WHERE feed_url = ?`).run(url);
          removeOrphans(now.toISOString());
        }
        return removed;
      }).immediate();
    },
    async recordFetch(url, record, now) {
      const at = now.toISOString();
      db.transaction(() => {
        ensure.run(url, at);
        if (record.ok) {
          db.prepare(
            `UPDATE feeds SET title = coalesce(?, title), etag = ?, last_modified = ?, last_fetch_at = ?, last_ok_at = ?,
               last_error = NULL, failures = 0, next_attempt_at = NULL WHERE url = ?`,
          ).run(record.title ?? null, record.etag ?? null, record.lastModified ?? null, at, at, url);
        } else {
          // Validators are kept: the next success can still be a 304.
          db.prepare(`UPDATE feeds SET last_fetch_at = ?, last_error = ?, failures = ?, next_attempt_at = ? WHERE url = ?`).run(at, record.error, record.failures, record.nextAttemptAt, url);
        }
      }).immediate();
    },
    async fingerprintOf(feedUrl, itemId) {
      const row = db.prepare(`SELECT fingerprint FROM feed_items WHERE feed_url = ? AND item_id = ?`).get(feedUrl, itemId) as { fingerprint: string } | undefined;
      return row?.fingerprint;
    },
    async saveItem(feedUrl, itemId, fingerprint, story, now) {
      const at = now.toISOString();
      db.transaction(() => {
        db.prepare(
          `INSERT INTO feed_stories (key, url, title, outlet, date, byline, body, seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (key) DO UPDATE SET url = excluded.url, title = excluded.title, outlet = excluded.outlet, date = excluded.date,
             byline = excluded.byline, body = excluded.body, seq = excluded.seq, updated_at = excluded.updated_at`,
        ).run(story.key, story.url ?? null, story.title, story.outlet, story.date, story.byline, story.paragraphs.join('\n\n'), nextSeq(), at);
        db.prepare(
          `INSERT INTO feed_items (feed_url, item_id, story_key, fingerprint, seen_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (feed_url, item_id) DO UPDATE SET story_key = excluded.story_key, fingerprint = excluded.fingerprint, seen_at = excluded.seen_at`,
        ).run(feedUrl, itemId, story.key, fingerprint, at);
        // An item whose link changed leaves its old story behind: nothing else carries it.
        removeOrphans(at);
        // Immediate: the write lock is taken before the next number is read, so numbers follow commits.
      }).immediate();
    },
    async storyChanges(afterSeq, limit) {
      const rows = db.prepare(`SELECT seq, key, url, title, outlet, date, byline, body FROM feed_stories WHERE seq > ? ORDER BY seq LIMIT ?`).all(afterSeq, limit) as StoryRow[];
      return rows.map(toChange);
    },
  };
}

export function toChange(row: StoryRow): FeedStoryChange {
  const { seq, key } = row;
  if (row.body === null) return { seq: Number(seq), key };
  return {
    seq: Number(seq),
    key,
    story: { key, url: row.url ?? undefined, title: row.title, outlet: row.outlet, date: row.date, byline: row.byline, paragraphs: row.body.split('\n\n') },
  };
}

function toState(row: FeedRow): FeedState {
  return {
    url: row.url,
    addedInChat: row.added_in_chat === 1,
    title: row.title ?? undefined,
    etag: row.etag ?? undefined,
    lastModified: row.last_modified ?? undefined,
    lastFetchAt: row.last_fetch_at ?? undefined,
    lastOkAt: row.last_ok_at ?? undefined,
    lastError: row.last_error ?? undefined,
    failures: row.failures,
    nextAttemptAt: row.next_attempt_at ?? undefined,
    itemCount: row.item_count,
  };
}

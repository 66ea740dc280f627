// Feed state and feed stories on PostgreSQL, shared by every bot process (DATABASE_URL), statement for
// statement the SQLite store in feeds.ts. Every change to a story takes the next number of a sequence
// while holding a transaction-scoped advisory lock, so numbers become visible in the order they were
// taken: a process that has applied the changes up to n never later finds an uncommitted n - 1 appear.
import type pg from 'pg';
import { toChange, type FeedState, type FeedStore, type StoryRow } from './feeds.ts';

/** Names "writes to feed_stories" among advisory locks; any constant apart from the migrations' will do. */
const FEED_STORY_LOCK = 4_242_014;

interface FeedRow {
  url: string;
  added_in_chat: boolean;
  title: string | null;
  etag: string | null;
  last_modified: string | null;
  last_fetch_at: Date | null;
  last_ok_at: Date | null;
  last_error: string | null;
  failures: number;
  next_attempt_at: Date | null;
  item_count: string;
}

/** The migration that adds the feeds' tables (appended to postgres.ts's list). */
export const POSTGRES_FEEDS_MIGRATION = `
  CREATE TABLE feeds (
    url             text PRIMARY KEY,
    added_in_chat   boolean NOT NULL DEFAULT false,
    added_by        text,
    title           text,
    etag            text,
    last_modified   text,
    last_fetch_at   timestamptz,
    last_ok_at      timestamptz,
    last_error      text,
    failures        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    created_at      timestamptz NOT NULL
  );
  CREATE SEQUENCE feed_story_changes AS bigint;
  CREATE TABLE feed_stories (
    key        text PRIMARY KEY,
    url        text,
    title      text NOT NULL,
    outlet     text NOT NULL,
    date       text NOT NULL,
    byline     text NOT NULL,
    body       text,
    seq        bigint NOT NULL,
    updated_at timestamptz NOT NULL
  );
  CREATE INDEX feed_stories_by_seq ON feed_stories (seq);
  CREATE TABLE feed_items (
    feed_url    text NOT NULL,
    item_id     text NOT NULL,
    story_key   text NOT NULL REFERENCES feed_stories (key),
    fingerprint text NOT NULL,
    seen_at     timestamptz NOT NULL,
    PRIMARY KEY (feed_url, item_id)
  );
  CREATE INDEX feed_items_by_story ON feed_items (story_key);
`;

/** A story no item points at any more becomes a removal (no body) with a number of its own. */
const REMOVE_ORPHANS = `
  UPDATE feed_stories s SET body = NULL, seq = nextval('feed_story_changes'), updated_at = $1
  WHERE s.body IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feed_items i WHERE i.story_key = s.key)`;

export function createPostgresFeedStore(pool: pg.Pool): FeedStore {
  /** Run `work` in a transaction that holds the feed-story lock, so change numbers follow commits. */
  async function changingStories<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [FEED_STORY_LOCK]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  return {
    async state(url) {
      const { rows } = await pool.query<FeedRow>(
        'SELECT f.*, (SELECT count(*) FROM feed_items i WHERE i.feed_url = f.url) AS item_count FROM feeds f WHERE f.url = $1',
        [url],
      );
      return rows[0] ? toState(rows[0]) : undefined;
    },
    async chatFeeds() {
      const { rows } = await pool.query<{ url: string }>('SELECT url FROM feeds WHERE added_in_chat ORDER BY created_at, url');
      return rows.map((r) => r.url);
    },
    async addChatFeed(url, addedBy, now) {
      const { rows } = await pool.query(
        `INSERT INTO feeds (url, added_in_chat, added_by, created_at) VALUES ($1, true, $2, $3)
         ON CONFLICT (url) DO UPDATE SET added_in_chat = true, added_by = excluded.added_by WHERE NOT feeds.added_in_chat
         RETURNING url`,
        [url, addedBy, now],
      );
      return rows.length === 1;
    },
    async removeChatFeed(url, now) {
      return changingStories(async (client) => {
        const { rowCount } = await client.query('DELETE FROM feeds WHERE url = $1 AND added_in_chat', [url]);
        if (rowCount !== 1) return false;
        await client.query('DELETE FROM feed_items WHERE feed_url = $1', [url]);
        await client.query(REMOVE_ORPHANS, [now]);
        return true;
      });
    },
    async recordFetch(url, record, now) {
      if (record.ok) {
        await pool.query(
          `INSERT INTO feeds AS f (url, created_at, title, etag, last_modified, last_fetch_at, last_ok_at) VALUES ($1, $2, $3, $4, $5, $2, $2)
           ON CONFLICT (url) DO UPDATE SET title = coalesce(excluded.title, f.title), etag = excluded.etag, last_modified = excluded.last_modified,
             last_fetch_at = excluded.last_fetch_at, last_ok_at = excluded.last_ok_at, last_error = NULL, failures = 0, next_attempt_at = NULL`,
          [url, now, record.title ?? null, record.etag ?? null, record.lastModified ?? null],
        );
      } else {
        // Validators are kept: the next success can still be a 304.
        await pool.query(
          `INSERT INTO feeds (url, created_at, last_fetch_at, last_error, failures, next_attempt_at) VALUES ($1, $2, $2, $3, $4, $5)
           ON CONFLICT (url) DO UPDATE SET last_fetch_at = excluded.last_fetch_at, last_error = excluded.last_error,
             failures = excluded.failures, next_attempt_at = excluded.next_attempt_at`,
          [url, now, record.error, record.failures, record.nextAttemptAt],
        );
      }
    },
    async fingerprintOf(feedUrl, itemId) {
      const { rows } = await pool.query<{ fingerprint: string }>('SELECT fingerprint FROM feed_items WHERE feed_url = $1 AND item_id = $2', [feedUrl, itemId]);
      return rows[0]?.fingerprint;
    },
    async saveItem(feedUrl, itemId, fingerprint, story, now) {
      await changingStories(async (client) => {
        await client.query(
          `INSERT INTO feed_stories (key, url, title, outlet, date, byline, body, seq, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, nextval('feed_story_changes'), $8)
           ON CONFLICT (key) DO UPDATE SET url = excluded.url, title = excluded.title, outlet = excluded.outlet, date = excluded.date,
             byline = excluded.byline, body = excluded.body, seq = excluded.seq, updated_at = excluded.updated_at`,
          [story.key, story.url ?? null, story.title, story.outlet, story.date, story.byline, story.paragraphs.join('\n\n'), now],
        );
        await client.query(
          `INSERT INTO feed_items (feed_url, item_id, story_key, fingerprint, seen_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (feed_url, item_id) DO UPDATE SET story_key = excluded.story_key, fingerprint = excluded.fingerprint, seen_at = excluded.seen_at`,
          [feedUrl, itemId, story.key, fingerprint, now],
        );
        // An item whose link changed leaves its old story behind: nothing else carries it.
        await client.query(REMOVE_ORPHANS, [now]);
      });
    },
    async storyChanges(afterSeq, limit) {
      const { rows } = await pool.query<StoryRow>(
        'SELECT seq, key, url, title, outlet, date, byline, body FROM feed_stories WHERE seq > $1 ORDER BY seq LIMIT $2',
        [afterSeq, limit],
      );
      return rows.map(toChange);
    },
  };
}

function toState(row: FeedRow): FeedState {
  return {
    url: row.url,
    addedInChat: row.added_in_chat,
    title: row.title ?? undefined,
    etag: row.etag ?? undefined,
    lastModified: row.last_modified ?? undefined,
    lastFetchAt: row.last_fetch_at?.toISOString(),
    lastOkAt: row.last_ok_at?.toISOString(),
    lastError: row.last_error ?? undefined,
    failures: row.failures,
    nextAttemptAt: row.next_attempt_at?.toISOString(),
    itemCount: Number(row.item_count),
  };
}

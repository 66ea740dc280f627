// Open the bot's SQLite file: WAL and a busy timeout so several processes can share it, foreign keys on,
// and the schema brought up to date by numbered migrations recorded in PRAGMA user_version.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { isBusy, REQUEST_BUSY_TIMEOUT_MS } from './busy.ts';

export type Database = BetterSqlite3.Database;
export type Statement<Parameters extends unknown[] = unknown[]> = BetterSqlite3.Statement<Parameters>;

/** A database the bot cannot use, with a message that says what to do; main.ts prints it without a stack. */
export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/** Migration n (from 1) is MIGRATIONS[n - 1]. Append only: a released migration never changes. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE subscriptions (
    id           INTEGER PRIMARY KEY,
    platform     TEXT    NOT NULL,
    channel_id   TEXT    NOT NULL,
    channel_name TEXT,
    hour         INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    minute       INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 59),
    zone         TEXT    NOT NULL,
    days         TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    UNIQUE (platform, channel_id, hour, minute, zone, days)
  );
  CREATE TABLE deliveries (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    slot            TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    claimed_at      TEXT    NOT NULL,
    finished_at     TEXT,
    PRIMARY KEY (subscription_id, slot)
  );
  CREATE TABLE channel_digests (
    platform     TEXT NOT NULL,
    channel_id   TEXT NOT NULL,
    delivered_at TEXT NOT NULL,
    snapshot     TEXT NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );
  `,
  // The answers the bot gave, so a feedback click (even after a restart) knows what it is about; and the
  // votes, one per user per answer, each a self-contained copy that outlives the answer it rates.
  `
  CREATE TABLE answers (
    id         TEXT PRIMARY KEY,
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL,
    citations  TEXT NOT NULL,
    engine     TEXT NOT NULL,
    platform   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  CREATE INDEX answers_by_age ON answers (created_at);
  CREATE TABLE feedback (
    answer_id  TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    verdict    TEXT NOT NULL CHECK (verdict IN ('up', 'down')),
    question   TEXT NOT NULL,
    answer     TEXT NOT NULL,
    citations  TEXT NOT NULL,
    engine     TEXT NOT NULL,
    platform   TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    at         TEXT NOT NULL,
    PRIMARY KEY (answer_id, user_id)
  );
  CREATE INDEX feedback_by_time ON feedback (at);
  `,
  // The story index (src/store/story-index.ts): sources by key with their fingerprint, stories, their
  // sentences, a contentless FTS5 index of each sentence's search terms, and sampled word 5-gram hashes
  // that find near-duplicate candidates.
  `
  CREATE TABLE story_sources (
    key        TEXT PRIMARY KEY,
    kind       TEXT    NOT NULL CHECK (kind IN ('file', 'item')),
    size       INTEGER NOT NULL,
    mtime_ms   REAL    NOT NULL,
    hash       TEXT    NOT NULL,
    warning    TEXT,
    indexed_at TEXT    NOT NULL
  );
  CREATE TABLE stories (
    id        INTEGER PRIMARY KEY,
    source    TEXT    NOT NULL REFERENCES story_sources (key) ON DELETE CASCADE,
    story_id  TEXT    NOT NULL UNIQUE,
    position  INTEGER NOT NULL,
    title     TEXT    NOT NULL,
    outlet    TEXT    NOT NULL,
    date      TEXT    NOT NULL,
    byline    TEXT    NOT NULL,
    url       TEXT,
    body      TEXT    NOT NULL,
    reported  TEXT    NOT NULL,
    group_id  TEXT    NOT NULL,
    -- Search terms in all its sentences: the index's average sentence length is kept from these.
    terms     INTEGER NOT NULL
  );
  CREATE INDEX stories_by_source ON stories (source, position);
  CREATE INDEX stories_by_reported ON stories (reported);
  CREATE INDEX stories_by_group ON stories (group_id);
  CREATE TABLE sentences (
    id       INTEGER PRIMARY KEY,
    story    INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT    NOT NULL
  );
  CREATE INDEX sentences_by_story ON sentences (story, position);
  CREATE VIRTUAL TABLE sentence_terms USING fts5 (terms, content = '', contentless_delete = 1, tokenize = "ascii tokenchars '_'");
  CREATE VIRTUAL TABLE sentence_vocab USING fts5vocab (sentence_terms, row);
  CREATE TABLE story_shingles (
    hash  INTEGER NOT NULL,
    story INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    PRIMARY KEY (hash, story)
  ) WITHOUT ROWID;
  CREATE INDEX story_shingles_by_story ON story_shingles (story);
  CREATE TABLE story_index_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  // Claims became leases: who holds the claim and until when; a NULL lease (an older claim) counts as ended.
  `
  ALTER TABLE deliveries ADD COLUMN lease_until TEXT;
  ALTER TABLE deliveries ADD COLUMN owner TEXT;
  ALTER TABLE deliveries ADD COLUMN takeovers INTEGER NOT NULL DEFAULT 0;
  CREATE INDEX deliveries_by_slot ON deliveries (slot);
  `,
  // Feeds (issue 14): each feed's fetch state, the items seen in it, and the stories they became. A story
  // is keyed by its link, so the same article in two feeds is stored once. The stories are the source the
  // story index takes them from: each change (a new or replaced text, a removal, kept as a row without a
  // body) gets the next \`seq\`, and an index applies the changes after the last one it applied.
  `
  CREATE TABLE feeds (
    url             TEXT    PRIMARY KEY,
    added_in_chat   INTEGER NOT NULL DEFAULT 0,
    added_by        TEXT,
    title           TEXT,
    etag            TEXT,
    last_modified   TEXT,
    last_fetch_at   TEXT,
    last_ok_at      TEXT,
    last_error      TEXT,
    failures        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    created_at      TEXT    NOT NULL
  );
  CREATE TABLE feed_stories (
    key        TEXT    PRIMARY KEY,
    url        TEXT,
    title      TEXT    NOT NULL,
    outlet     TEXT    NOT NULL,
    date       TEXT    NOT NULL,
    byline     TEXT    NOT NULL,
    body       TEXT,
    seq        INTEGER NOT NULL,
    updated_at TEXT    NOT NULL
  );
  CREATE INDEX feed_stories_by_seq ON feed_stories (seq);
  CREATE TABLE feed_items (
    feed_url    TEXT NOT NULL,
    item_id     TEXT NOT NULL,
    story_key   TEXT NOT NULL REFERENCES feed_stories (key),
    fingerprint TEXT NOT NULL,
    seen_at     TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_id)
  );
  CREATE INDEX feed_items_by_story ON feed_items (story_key);
  `,
  // Each sentence's search terms as FTS5 tokens (what sentence_terms indexed), so ranking a search's
  // candidates needs no tokenising; NULL for sentences stored before, which are tokenised as then.
  `
  ALTER TABLE sentences ADD COLUMN terms TEXT;
  `,
];

/** The migration that created the story index (tests simulate a database written before it). */
export const STORY_INDEX_MIGRATION = 3;

export const SCHEMA_VERSION = MIGRATIONS.length;

/** How much of the database file SQLite reads through a memory map. */
const MMAP_BYTES = 256 * 1024 * 1024;

/**
 * The memory map while the story folder is synced. A build reads pages all over the file once, and every
 * mapped page it read stayed resident: a 100,000-story build peaked at 944 MB of the 1 GB it may use (a
 * 30,000-story build at 845 MB, 700 MB with this map, no slower). Questions read the same pages again and
 * again, so they keep the larger map.
 */
const SYNC_MMAP_BYTES = 64 * 1024 * 1024;

/** Run a sync of the story index with the smaller memory map, and give questions the larger one back. */
export async function withSyncMemoryMap<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.memory) return work();
  db.pragma(`mmap_size = ${SYNC_MMAP_BYTES}`);
  try {
    return await work();
  } finally {
    if (db.open) db.pragma(`mmap_size = ${MMAP_BYTES}`);
  }
}

/** PRAGMA application_id of the bot's databases ("NBrf"), so another program's SQLite file is never taken for ours. */
export const APPLICATION_ID = 0x4e427266;

export function openDatabase(path: string): Database {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) {
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (err) {
      throw new DatabaseError(`Cannot create the folder for the database "${path}" (${(err as Error).message}). Set BRIEFING_DB to a path in a folder the bot may write to, e.g. data/briefing.sqlite.`);
    }
  }
  let db: Database;
  try {
    db = new BetterSqlite3(path);
  } catch (err) {
    throw new DatabaseError(`Cannot open the database "${path}" (${(err as Error).message}). Set BRIEFING_DB to a file the bot may read and write, e.g. data/briefing.sqlite.`);
  }
  try {
    // The timeout comes first: switching to WAL itself waits for other processes' locks.
    db.pragma(`busy_timeout = ${STARTUP_LOCK_WAIT_MS}`);
    if (!inMemory) whileAnotherStarts(() => db.pragma('journal_mode = WAL'));
    db.pragma('foreign_keys = ON');
    // Pages read through a memory map cost a page fault the first time instead of a read call every
    // time SQLite's own small cache lets them go: questions on a 10,000-story index answered in 7.5 ms at
    // the median instead of 9.2. Bounded, so a library of any size maps at most this much.
    if (!inMemory) db.pragma(`mmap_size = ${MMAP_BYTES}`);
    whileAnotherStarts(() => migrate(db, path));
    // Start-up may wait for a lock; from here on a statement waits only briefly (retried off the event loop, busy.ts).
    db.pragma(`busy_timeout = ${REQUEST_BUSY_TIMEOUT_MS}`);
  } catch (err) {
    db.close();
    throw explain(err, path);
  }
  return db;
}

/** How long start-up waits for another process's lock on the file. */
const STARTUP_LOCK_WAIT_MS = 5000;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/**
 * Two processes opening a new file at the same moment (two replicas starting together) may each hold a lock the
 * other needs to switch it to WAL; SQLite answers such a deadlock at once with SQLITE_BUSY rather than waiting out
 * busy_timeout. Start-up tries again, a few milliseconds apart, until the same deadline.
 */
function whileAnotherStarts(work: () => unknown): void {
  const deadline = Date.now() + STARTUP_LOCK_WAIT_MS;
  for (;;) {
    try {
      work();
      return;
    } catch (err) {
      if (!isBusy(err) || Date.now() >= deadline) throw err;
      // (Start-up blocks anyway: nothing else runs until the database is open.)
      Atomics.wait(PAUSE, 0, 0, 20 + Math.floor(Math.random() * 30));
    }
  }
}

function migrate(db: Database, path: string): void {
  // IMMEDIATE takes the write lock before reading the version, so two processes starting together
  // cannot both apply the same migration.
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    const applicationId = db.pragma('application_id', { simple: true }) as number;
    const tableCount = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n;
    // Another program's file: its own application id, or tables without our schema version.
    if ((applicationId !== 0 && applicationId !== APPLICATION_ID) || (current === 0 && tableCount > 0)) {
      throw new DatabaseError(`"${path}" is a SQLite database of another program, not the bot's; it was left unchanged. Set BRIEFING_DB to another file, e.g. data/briefing.sqlite.`);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    if (current > MIGRATIONS.length) {
      throw new DatabaseError(`The database was written by a newer version of the bot (schema ${current}; this one knows ${MIGRATIONS.length}). Update the bot, or set BRIEFING_DB to another file.`);
    }
    for (const sql of MIGRATIONS.slice(current)) db.exec(sql);
    db.pragma(`user_version = ${MIGRATIONS.length}`);
  }).immediate();
}

function explain(err: unknown, path: string): unknown {
  if (err instanceof DatabaseError) return err;
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseError(`"${path}" is not a SQLite database the bot can read (${(err as Error).message}). Set BRIEFING_DB to another file, or move this one away and the bot will create a new database there.`);
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new DatabaseError(`The database "${path}" cannot be written (${(err as Error).message}). Give the bot write access to the file and its folder, or set BRIEFING_DB to another path.`);
  }
  if (code === 'SQLITE_BUSY') {
    return new DatabaseError(`The database "${path}" stayed locked by another process for 5 seconds. Stop the other process or wait for it, then start again.`);
  }
  return err;
}

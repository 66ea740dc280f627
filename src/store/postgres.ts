// PostgreSQL for several bot processes on one database (DATABASE_URL): a connection pool, versioned
// migrations applied under an advisory lock (so processes starting together apply each once), and the
// same store interface as SQLite. Timestamps are timestamptz; the stores turn them into ISO strings.
import type pg from 'pg';
import { DatabaseError } from './db.ts';
import { createPostgresFeedbackStore } from './postgres-feedback.ts';
import { createPostgresFeedStore, POSTGRES_FEEDS_MIGRATION } from './postgres-feeds.ts';
import { createPostgresDeliveryStore, createPostgresSnapshotStore, createPostgresSubscriptionStore } from './postgres-stores.ts';
import type { Store } from './store.ts';

/** Migration n (from 1) is MIGRATIONS[n - 1]. Append only: a released migration never changes. */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE subscriptions (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    platform     text     NOT NULL,
    channel_id   text     NOT NULL,
    channel_name text,
    hour         smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    minute       smallint NOT NULL CHECK (minute BETWEEN 0 AND 59),
    zone         text     NOT NULL,
    days         text     NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (platform, channel_id, hour, minute, zone, days)
  );
  CREATE TABLE deliveries (
    subscription_id integer NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    slot            timestamptz NOT NULL,
    status          text    NOT NULL CHECK (status IN ('claimed', 'posted', 'failed', 'skipped')),
    attempts        integer NOT NULL DEFAULT 0,
    error           text,
    claimed_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    lease_until     timestamptz,
    owner           text,
    takeovers       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (subscription_id, slot)
  );
  CREATE INDEX deliveries_by_slot ON deliveries (slot);
  CREATE TABLE channel_digests (
    platform     text NOT NULL,
    channel_id   text NOT NULL,
    delivered_at timestamptz NOT NULL,
    snapshot     jsonb NOT NULL,
    PRIMARY KEY (platform, channel_id)
  );
  `,
  // Feeds (issue 14): fetch state, items, and the feed stories with their change sequence.
  POSTGRES_FEEDS_MIGRATION,
  // The answers the bot gave and the votes on them (src/store/feedback.ts), shared by every process: the
  // process that handles a click is often not the one that gave the answer. seq orders votes cast in the
  // same instant, as rowid does in SQLite.
  `
  CREATE TABLE answers (
    id         text PRIMARY KEY,
    question   text  NOT NULL,
    answer     text  NOT NULL,
    citations  jsonb NOT NULL,
    engine     text  NOT NULL,
    platform   text  NOT NULL,
    channel_id text  NOT NULL,
    created_at timestamptz NOT NULL
  );
  CREATE INDEX answers_by_age ON answers (created_at);
  CREATE TABLE feedback (
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    answer_id  text  NOT NULL,
    user_id    text  NOT NULL,
    verdict    text  NOT NULL CHECK (verdict IN ('up', 'down')),
    question   text  NOT NULL,
    answer     text  NOT NULL,
    citations  jsonb NOT NULL,
    engine     text  NOT NULL,
    platform   text  NOT NULL,
    channel_id text  NOT NULL,
    at         timestamptz NOT NULL,
    PRIMARY KEY (answer_id, user_id)
  );
  CREATE INDEX feedback_by_time ON feedback (at);
  `,
];

export const POSTGRES_SCHEMA_VERSION = MIGRATIONS.length;

/** Any number fits: an arbitrary constant that names "this bot's migrations" among advisory locks. */
const MIGRATION_LOCK = 4_242_015;
const CONNECT_TIMEOUT_MS = 10_000;

export interface PostgresOptions {
  /** Connections per process (default 10). */
  maxConnections?: number;
  /** Told when an idle connection fails (the server restarted, a failover); the pool opens a new one. */
  onConnectionError?: (err: Error) => void;
}

export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  // Loaded here, not at start: a bot or CLI run without DATABASE_URL never needs the driver.
  const { default: driver } = await import('pg');
  const pool = new driver.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // A query that hangs (a lock held by a stuck process) fails instead of holding a connection forever.
    statement_timeout: 15_000,
    application_name: 'news-briefing-bot',
  });
  // An idle connection dropped by the server (restart, failover) is reported here; the pool opens a new one.
  pool.on('error', (err) => options.onConnectionError?.(err));
  try {
    await migrate(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw explain(err, url);
  }
  return {
    kind: 'postgres',
    subscriptions: createPostgresSubscriptionStore(pool),
    deliveries: createPostgresDeliveryStore(pool),
    snapshots: createPostgresSnapshotStore(pool),
    feeds: createPostgresFeedStore(pool),
    feedback: createPostgresFeedbackStore(pool),
    async check() {
      try {
        await pool.query({ text: 'SELECT 1', query_timeout: 2000 } as pg.QueryConfig);
        return { ok: true };
      } catch (err) {
        return { ok: false, problem: `PostgreSQL does not answer (${(err as Error).message})` };
      }
    },
    async close() {
      await pool.end();
    },
  };
}

async function migrate(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS briefing_schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM briefing_schema_migrations');
    const current = rows[0]?.version ?? 0;
    if (current > MIGRATIONS.length) {
      throw new DatabaseError(`The PostgreSQL database was written by a newer version of the bot (schema ${current}; this one knows ${MIGRATIONS.length}). Update the bot, or point DATABASE_URL at another database.`);
    }
    for (const [index, sql] of MIGRATIONS.entries()) {
      if (index < current) continue;
      await client.query(sql);
      await client.query('INSERT INTO briefing_schema_migrations (version) VALUES ($1)', [index + 1]);
    }
    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/** One line for a database the bot cannot use, naming the server without the password. */
function explain(err: unknown, url: string): Error {
  if (err instanceof DatabaseError) return err;
  const where = describeServer(url);
  const message = (err as Error).message || String(err);
  const code = (err as { code?: unknown }).code;
  switch (code) {
    case '28P01':
    case '28000':
      return new DatabaseError(`PostgreSQL at ${where} refused the login (${message}). Check the user and password in DATABASE_URL.`);
    case '3D000':
      return new DatabaseError(`PostgreSQL at ${where} has no such database (${message}). Create it (createdb) or fix the database name in DATABASE_URL.`);
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return new DatabaseError(`Cannot reach PostgreSQL at ${where} (${code}). Start the database, or fix the host and port in DATABASE_URL.`);
    case '42501':
      return new DatabaseError(`PostgreSQL at ${where} does not let this user create the bot's tables (${message}). Grant it CREATE on the database's schema, or use the database's owner in DATABASE_URL.`);
    default:
      if (/timeout/i.test(message)) return new DatabaseError(`PostgreSQL at ${where} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s. Check that it is running and reachable, and the host and port in DATABASE_URL.`);
      return new DatabaseError(`Cannot use PostgreSQL at ${where} (${message}). Check DATABASE_URL and the server's log.`);
  }
}

/** `user@host:port/db`, never the password. */
export function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    const user = parsed.username ? `${decodeURIComponent(parsed.username)}@` : '';
    const host = parsed.hostname || parsed.searchParams.get('host') || 'localhost';
    return `${user}${host}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

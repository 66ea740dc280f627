// The bot's one store interface, with two implementations behind it: SQLite (one process, or several on one
// machine, at BRIEFING_DB) and PostgreSQL (any number of processes, DATABASE_URL). Callers see only this.
import { createDeliveryStore, type DeliveryStore } from './claims.ts';
import { trackDatabaseFile, type DatabaseFile } from './database-file.ts';
import { openDatabase, type Database } from './db.ts';
import { createSnapshotStore, type SnapshotStore } from './digest-snapshots.ts';
import { createFeedStore, type FeedStore } from './feeds.ts';
import { createFeedbackStore, type FeedbackStore } from './feedback.ts';
import { createSubscriptionStore, type SubscriptionStore } from './subscriptions.ts';

export type StoreHealth = { ok: true } | { ok: false; problem: string };

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly subscriptions: SubscriptionStore;
  readonly deliveries: DeliveryStore;
  readonly snapshots: SnapshotStore;
  /** Feed state and the feed stories the story index is derived from (feed-story-sync.ts). */
  readonly feeds: FeedStore;
  /** The answers the bot gave (for their feedback buttons and reply chains) and the votes on them. */
  readonly feedback: FeedbackStore;
  /** SQLite only: the open file, to notice it deleted or replaced under the running bot. */
  readonly file?: DatabaseFile;
  /** SQLite only: the open database, which also holds this process's story index. */
  readonly sqlite?: Database;
  /** Does the database answer right now (and, for SQLite, is its file still the one opened)? For /healthz: never throws, and says what is wrong. */
  check(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** The SQLite store over an open database (the caller may keep using `db` for tables of its own). */
export function sqliteStore(db: Database): Store {
  const file = trackDatabaseFile(db);
  return {
    kind: 'sqlite',
    subscriptions: createSubscriptionStore(db),
    deliveries: createDeliveryStore(db),
    snapshots: createSnapshotStore(db),
    feeds: createFeedStore(db),
    feedback: createFeedbackStore(db),
    file,
    sqlite: db,
    async check() {
      const status = file.checkDatabaseFile();
      if (status.kind === 'missing' || status.kind === 'replaced') return { ok: false, problem: status.problem };
      try {
        db.prepare('SELECT 1').get();
        return { ok: true };
      } catch (err) {
        return { ok: false, problem: `the SQLite database does not answer (${(err as Error).message})` };
      }
    },
    async close() {
      if (db.open) db.close();
    },
  };
}

export function openSqliteStore(path: string): Store {
  return sqliteStore(openDatabase(path));
}

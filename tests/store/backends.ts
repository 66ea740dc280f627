// The store tests run against both implementations: SQLite in a temporary file, and PostgreSQL in a database
// of its own on the run's throwaway cluster (skipped, saying why, when PostgreSQL is not installed).
import { openDatabase } from '../../src/store/db.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { sqliteStore, type Store } from '../../src/store/store.ts';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON } from '../support/postgres.ts';
import { makeTempFolder } from './temp-db.ts';

export interface StoreUnderTest {
  store: Store;
  /** What a child process opens: the SQLite file's path or the postgres:// URL. */
  location: string;
  /** Another connection to the same database, as a second process would open (closed by remove()). */
  connect(): Promise<Store>;
  /** Close every connection and delete the database. */
  remove(): Promise<void>;
}

export interface Backend {
  name: string;
  available: boolean;
  create(): Promise<StoreUnderTest>;
}

async function track(location: string, open: () => Promise<Store>, cleanup: () => Promise<void> | void): Promise<StoreUnderTest> {
  const opened: Store[] = [];
  const connect = async (): Promise<Store> => {
    const store = await open();
    opened.push(store);
    return store;
  };
  return {
    store: await connect(),
    location,
    connect,
    async remove() {
      for (const store of opened) await store.close();
      await cleanup();
    },
  };
}

const postgresAvailable = hasPostgres();

export const BACKENDS: Backend[] = [
  {
    name: 'SQLite',
    available: true,
    create() {
      const folder = makeTempFolder();
      return track(folder.dbPath, async () => sqliteStore(openDatabase(folder.dbPath)), () => folder.remove());
    },
  },
  {
    name: postgresAvailable ? 'PostgreSQL' : `PostgreSQL (skipped: ${POSTGRES_SKIP_REASON})`,
    available: postgresAvailable,
    async create() {
      const database = await createTestDatabase();
      return track(database.url, () => openPostgresStore(database.url, { maxConnections: 4 }), () => database.drop());
    },
  },
];

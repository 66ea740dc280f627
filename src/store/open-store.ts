// Which store the bot runs on: PostgreSQL when DATABASE_URL is set, else the SQLite file at BRIEFING_DB.
import { openPostgresStore, type PostgresOptions } from './postgres.ts';
import { openSqliteStore, type Store } from './store.ts';

export async function openStore(settings: { databaseUrl?: string; dbPath: string }, options: PostgresOptions = {}): Promise<Store> {
  return settings.databaseUrl ? openPostgresStore(settings.databaseUrl, options) : openSqliteStore(settings.dbPath);
}

// Which store the bot runs on: PostgreSQL when DATABASE_URL is set, else the SQLite file at BRIEFING_DB.
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore, type Store } from './store.ts';

export async function openStore(settings: { databaseUrl?: string; dbPath: string }): Promise<Store> {
  return settings.databaseUrl ? openPostgresStore(settings.databaseUrl) : openSqliteStore(settings.dbPath);
}

// Each test file gets its own PostgreSQL database on the run's cluster (see postgres-global-setup.ts).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

export const POSTGRES_SKIP_REASON = 'PostgreSQL is not installed here (apt-get install postgresql); CI runs these tests';

/** Whether this run has a PostgreSQL to test against. */
export const hasPostgres = (): boolean => inject('postgresUrl') !== '';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database; drop() removes it (and ends any connection still open to it). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = inject('postgresUrl');
  const name = `briefing_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(admin, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

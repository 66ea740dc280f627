// What only the PostgreSQL store does: migrations under an advisory lock, and one-line messages for a
// database the bot cannot use. The store behaviour itself is tested on both backends in the other files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import pg from 'pg';
import { DatabaseError } from '../../src/store/db.ts';
import { describeServer, openPostgresStore, POSTGRES_SCHEMA_VERSION } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON, type TestDatabase } from '../support/postgres.ts';

const name = hasPostgres() ? 'openPostgresStore' : `openPostgresStore (skipped: ${POSTGRES_SKIP_REASON})`;

describe.skipIf(!hasPostgres())(name, () => {
  let database: TestDatabase;
  const opened: Store[] = [];
  const open = async (url = database.url): Promise<Store> => {
    const store = await openPostgresStore(url, { maxConnections: 2 });
    opened.push(store);
    return store;
  };
  const query = async <T extends pg.QueryResultRow>(sql: string): Promise<T[]> => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<T>(sql)).rows;
    } finally {
      await client.end();
    }
  };
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    await database.drop();
  });

  it('applies each migration once when several processes start together', async () => {
    await Promise.all([open(), open(), open()]);
    const rows = await query<{ version: number }>('SELECT version FROM briefing_schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(Array.from({ length: POSTGRES_SCHEMA_VERSION }, (_, i) => i + 1));
  });

  it('keeps its rows when opened again', async () => {
    const first = await open();
    await first.subscriptions.add({ channel: { platform: 'slack', channelId: 'C1' }, hour: 7, minute: 30, zone: 'UTC', days: [1] }, new Date('2025-11-24T10:00:00Z'));
    const again = await open();
    expect((await again.subscriptions.listAll()).map((s) => s.channel.channelId)).toEqual(['C1']);
  });

  it('refuses a database written by a newer version of the bot', async () => {
    await (await open()).close();
    opened.length = 0;
    await query(`INSERT INTO briefing_schema_migrations (version) VALUES (${POSTGRES_SCHEMA_VERSION + 1})`);
    await expect(open()).rejects.toThrow(
      `The PostgreSQL database was written by a newer version of the bot (schema ${POSTGRES_SCHEMA_VERSION + 1}; this one knows ${POSTGRES_SCHEMA_VERSION}). Update the bot, or point DATABASE_URL at another database.`,
    );
  });

  it('says the database answers, for /healthz', async () => {
    expect(await (await open()).check()).toEqual({ ok: true });
  });

  it('says the database does not answer once it is gone, for /healthz to answer 503', async () => {
    const watched = await open();
    await database.drop();
    const health = await watched.check();
    expect(health).toMatchObject({ ok: false, problem: expect.stringMatching(/^PostgreSQL does not answer \(.+\)$/) });
  });

  it('says which database is missing and how to fix it', async () => {
    const url = new URL(database.url);
    url.pathname = '/no_such_database';
    const error = await open(url.toString()).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(DatabaseError);
    expect((error as Error).message).toMatch(/^PostgreSQL at postgres@127\.0\.0\.1:\d+\/no_such_database has no such database \(.*\)\. Create it \(createdb\) or fix the database name in DATABASE_URL\.$/);
  });

  it('says the login was refused, without repeating the password', async () => {
    const url = new URL(database.url);
    url.username = 'nobody';
    url.password = 's3cret-pass';
    const error = (await open(url.toString()).catch((err: unknown) => err)) as Error;
    expect(error.message).toMatch(/^PostgreSQL at nobody@127\.0\.0\.1:\d+\/briefing_test_\w+ refused the login \(.*\)\. Check the user and password in DATABASE_URL\.$/);
    expect(error.message).not.toContain('s3cret-pass');
  });
});

describe('openPostgresStore without a server', () => {
  it('says it cannot reach the server and what to check', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    await expect(openPostgresStore('postgres://bot:pw@127.0.0.1:1/briefing')).rejects.toThrow(
      'Cannot reach PostgreSQL at bot@127.0.0.1:1/briefing (ECONNREFUSED). Start the database, or fix the host and port in DATABASE_URL.',
    );
  });
});

describe('describeServer', () => {
  it('names the user, host, port and database but never the password', () => {
    expect(describeServer('postgres://bot:hunter2@db.internal/briefing')).toBe('bot@db.internal:5432/briefing');
  });
});

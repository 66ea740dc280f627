import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REQUEST_BUSY_TIMEOUT_MS } from '../../src/store/busy.ts';
import { DatabaseError, openDatabase, SCHEMA_VERSION, withSyncMemoryMap } from '../../src/store/db.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

const run = promisify(execFile);
const PAIRS_STARTING_TOGETHER = 6;

let folder: TempFolder;
beforeEach(() => {
  folder = makeTempFolder();
});
afterEach(() => folder.remove());

const tables = (db: ReturnType<typeof openDatabase>): string[] =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all().map((row) => row.name);

describe('openDatabase', () => {
  it('creates the missing folder and the schema, recording its version', () => {
    const db = openDatabase(folder.dbPath);
    expect(tables(db)).toEqual(expect.arrayContaining(['answers', 'channel_digests', 'deliveries', 'feed_items', 'feedback', 'feeds', 'subscriptions', 'stories', 'sentences', 'story_sources', 'sentence_terms']));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('maps less of the file while the story index is synced, and gives questions the larger map back after', async () => {
    const db = openDatabase(folder.dbPath);
    const mapped = (): number => db.pragma('mmap_size', { simple: true }) as number;
    const before = mapped();
    const during = await withSyncMemoryMap(db, async () => mapped());
    expect(during).toBeLessThan(before);
    expect(mapped()).toBe(before);
    await expect(withSyncMemoryMap(db, async () => Promise.reject(new Error('the folder vanished')))).rejects.toThrow('the folder vanished');
    expect(mapped()).toBe(before);
    db.close();
  });

  it('opens a new file that another process opens at the same moment (two replicas starting together)', async () => {
    const child = fileURLToPath(new URL('./open-database-child.ts', import.meta.url));
    // (SQLite answers the lock two processes switching one new file to WAL would deadlock on at once: each pair tries it.)
    for (let pair = 0; pair < PAIRS_STARTING_TOGETHER; pair++) {
      const path = join(folder.dir, `pair-${pair}`, 'briefing.sqlite');
      const startAt = String(Date.now() + 2000);
      const outputs = await Promise.all([1, 2].map(() => run(process.execPath, ['--import', 'tsx', child, path, startAt])));
      expect(outputs.map((output) => output.stdout)).toEqual(['ok', 'ok']);
    }
  }, 120_000);

  it('turns on WAL, a short busy timeout and foreign keys so several processes can share the file', () => {
    const db = openDatabase(folder.dbPath);
    expect([db.pragma('journal_mode', { simple: true }), db.pragma('busy_timeout', { simple: true }), db.pragma('foreign_keys', { simple: true })]).toEqual(['wal', REQUEST_BUSY_TIMEOUT_MS, 1]);
    db.close();
  });

  it('opens an existing database again without re-running its migrations or losing rows', () => {
    const first = openDatabase(folder.dbPath);
    first.prepare("INSERT INTO channel_digests VALUES ('slack', 'C1', '2025-11-25T05:30:00.000Z', '[]')").run();
    first.close();
    const again = openDatabase(folder.dbPath);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(again.prepare('SELECT count(*) AS n FROM channel_digests').get()).toEqual({ n: 1 });
    again.close();
  });

  it('explains what to do with a file that is not a database, instead of throwing a SQLite error', () => {
    const path = join(folder.dir, 'notes.sqlite');
    writeFileSync(path, 'These are my notes, not a database. '.repeat(200));
    expect(() => openDatabase(path)).toThrow(DatabaseError);
    expect(() => openDatabase(path)).toThrow(`"${path}" is not a SQLite database the bot can read (file is not a database). Set BRIEFING_DB to another file, or move this one away and the bot will create a new database there.`);
  });

  it('refuses a database written by a newer version of the bot', () => {
    const db = openDatabase(folder.dbPath);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => openDatabase(folder.dbPath)).toThrow(
      `The database was written by a newer version of the bot (schema ${SCHEMA_VERSION + 1}; this one knows ${SCHEMA_VERSION}). Update the bot, or set BRIEFING_DB to another file.`,
    );
  });

  it('says so when the folder cannot be created', () => {
    const blocker = join(folder.dir, 'a-file');
    writeFileSync(blocker, '');
    expect(() => openDatabase(join(blocker, 'briefing.sqlite'))).toThrow(/^Cannot create the folder for the database .* Set BRIEFING_DB to a path in a folder the bot may write to/);
  });
  it('refuses another program’s SQLite file and leaves it unchanged', () => {
    const path = join(folder.dir, 'app.sqlite');
    const foreign = new BetterSqlite3(path);
    foreign.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)');
    foreign.close();
    expect(() => openDatabase(path)).toThrow(/is a SQLite database of another program, not the bot's; it was left unchanged\. Set BRIEFING_DB/);
    const reopened = new BetterSqlite3(path);
    expect(reopened.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all()).toEqual([{ name: 'notes' }]);
    reopened.close();
  });
});

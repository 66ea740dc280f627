import { renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncStoryFolder, type SyncReport } from '../../src/core/library.ts';
import type { Library } from '../../src/core/types.ts';
import { openDatabase, SCHEMA_VERSION, STORY_INDEX_MIGRATION, type Database } from '../../src/store/db.ts';
import { openStoryIndex, type OpenedStoryIndex } from '../../src/store/story-index.ts';
import { writeStoryFolder, type TempStoryFolder } from '../support/seeds.ts';

const FLOOD = 'Flood in Kestrel Bay\n\nHeavy rain flooded the harbour town of Kestrel Bay on Monday night.\n\nRescuers moved 45 families to the sports hall, the mayor said.\n';
const FERRY = 'Ferries sink near Marlow\n\nTwo ferries sank near the port of Marlow on Tuesday.\n\nAll 30 passengers were rescued by fishermen.\n';
const TRAM = 'Tram line opens in Oberlin\n\nThe new tram line in Oberlin carried 12,000 riders on its first day.\n\nThe mayor called the opening a turning point for the city.\n';

const NOW = new Date('2025-06-01T08:00:00Z');
const EMPTY: Omit<SyncReport, 'warnings'> = { added: 0, changed: 0, removed: 0, touched: 0, unchanged: 0, expired: 0 };

describe('the story index kept in step with a folder', () => {
  let folder: TempStoryFolder;
  let dbFolder: TempStoryFolder;
  let dbPath: string;
  let db: Database | undefined;
  beforeEach(() => {
    folder = writeStoryFolder({ 'flood.txt': FLOOD, 'ferry.txt': FERRY });
    dbFolder = writeStoryFolder({});
    dbPath = join(dbFolder.dir, 'briefing.sqlite');
  });
  afterEach(() => {
    db?.close();
    db = undefined;
    folder.remove();
    dbFolder.remove();
  });

  /** Open the database file as a fresh process would, and sync the folder into it. */
  async function start(): Promise<{ index: OpenedStoryIndex; report: SyncReport }> {
    db?.close();
    db = openDatabase(dbPath);
    const index = openStoryIndex(db);
    return { index, report: await syncStoryFolder(folder.dir, index, { now: NOW }) };
  }
  const counts = ({ warnings: _, ...rest }: SyncReport) => rest;
  const topText = (library: Library, query: string): string | undefined => library.search(query, 1)[0]?.sentence.text;

  it('reads every file into an empty index', async () => {
    const { index, report } = await start();
    expect(counts(report)).toEqual({ ...EMPTY, added: 2 });
    expect(topText(index.library, 'How many ferries sank?')).toBe('Two ferries sank near the port of Marlow on Tuesday.');
  });

  it('re-reads and re-indexes nothing when restarted on an unchanged folder', async () => {
    await start();
    const { index, report } = await start();
    expect(counts(report)).toEqual({ ...EMPTY, unchanged: 2 });
    expect(index.library.size()).toEqual({ stories: 2, groups: 2 });
  });

  it('indexes a file added between runs, and only that file', async () => {
    await start();
    writeFileSync(join(folder.dir, 'tram.txt'), TRAM);
    const { index, report } = await start();
    expect(counts(report)).toEqual({ ...EMPTY, added: 1, unchanged: 2 });
    expect(topText(index.library, 'How many riders did the tram carry?')).toBe('The new tram line in Oberlin carried 12,000 riders on its first day.');
  });

  it('replaces a changed file’s text, so the old text is no longer found', async () => {
    await start();
    writeFileSync(join(folder.dir, 'ferry.txt'), FERRY.replace('Two ferries sank', 'Three barges ran aground'));
    const { index, report } = await start();
    expect(counts(report)).toEqual({ ...EMPTY, changed: 1, unchanged: 1 });
    expect(topText(index.library, 'What ran aground near Marlow?')).toBe('Three barges ran aground near the port of Marlow on Tuesday.');
    expect(index.library.index.documentFrequency('ferri')).toBe(0);
  });

  it('removes a deleted file’s stories', async () => {
    await start();
    rmSync(join(folder.dir, 'ferry.txt'));
    const { index, report } = await start();
    expect(counts(report)).toEqual({ ...EMPTY, removed: 1, unchanged: 1 });
    expect(index.library.storyById('ferry.txt#1')).toBeUndefined();
    expect(index.library.search('ferries Marlow', 5)).toEqual([]);
  });

  it('leaves none of a changed or deleted file’s sentences or duplicate samples behind', async () => {
    await start();
    writeFileSync(join(folder.dir, 'ferry.txt'), FERRY.replace('Two ferries sank', 'Three barges ran aground'));
    rmSync(join(folder.dir, 'flood.txt'));
    await start();
    const orphans = (table: string): number =>
      (db!.prepare(`SELECT count(*) AS n FROM ${table} WHERE story NOT IN (SELECT id FROM stories)`).get() as { n: number }).n;
    expect([orphans('sentences'), orphans('story_shingles')]).toEqual([0, 0]);
    expect(db!.pragma('foreign_key_check')).toEqual([]);
    expect(db!.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('follows a renamed file: its stories take the new name and the old one is gone', async () => {
    await start();
    renameSync(join(folder.dir, 'ferry.txt'), join(folder.dir, 'marlow-ferry.txt'));
    const { index, report } = await start();
    expect(counts(report)).toEqual({ ...EMPTY, added: 1, removed: 1, unchanged: 1 });
    expect(index.library.storyById('ferry.txt#1')).toBeUndefined();
    expect(index.library.search('ferries Marlow', 1)[0]?.sentence.storyId).toBe('marlow-ferry.txt#1');
  });

  it('does not re-index a file whose modification time changed but whose bytes did not', async () => {
    await start();
    utimesSync(join(folder.dir, 'ferry.txt'), new Date('2030-01-01'), new Date('2030-01-01'));
    expect(counts((await start()).report)).toEqual({ ...EMPTY, touched: 1, unchanged: 1 });
    expect(counts((await start()).report)).toEqual({ ...EMPTY, unchanged: 2 });
  });

  it('keeps the index when the folder is briefly missing, with a warning naming it', async () => {
    await start();
    const { dir } = folder;
    renameSync(dir, `${dir}-away`);
    try {
      const { index, report } = await start();
      expect(report.warnings[0]).toMatch(/no stories loaded, it does not exist/);
      expect(index.library.size().stories).toBe(2);
    } finally {
      renameSync(`${dir}-away`, dir);
    }
  });

  it('reports progress as it reads, ending with every file read', async () => {
    db = openDatabase(':memory:');
    const seen: Array<{ done: number; total: number }> = [];
    await syncStoryFolder(folder.dir, openStoryIndex(db), { now: NOW, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { done: 0, total: 2 },
      { done: 2, total: 2 },
    ]);
  });

  it('drops stories reported before the retention period, undated ones by their file’s date', async () => {
    writeFileSync(join(folder.dir, 'old.txt'), `date 2025-04-01\n\n${TRAM}`);
    writeFileSync(join(folder.dir, 'recent.txt'), `date 2025-05-30\n\n${TRAM.replace(/Oberlin/g, 'Lindale')}`);
    utimesSync(join(folder.dir, 'flood.txt'), new Date('2025-03-01'), new Date('2025-03-01'));
    db = openDatabase(':memory:');
    const index = openStoryIndex(db);
    await syncStoryFolder(folder.dir, index, { now: NOW, retentionDays: 30 });
    expect(index.library.storyPage(0, 10).map((s) => s.file)).toEqual(['ferry.txt', 'recent.txt']);
  });
});

describe('the stored index across versions and damage', () => {
  let folder: TempStoryFolder;
  let dbPath: string;
  beforeEach(() => {
    folder = writeStoryFolder({ 'flood.txt': FLOOD, 'ferry.txt': FERRY });
    dbPath = join(folder.dir, 'briefing.sqlite');
  });
  afterEach(() => folder.remove());

  async function build(): Promise<void> {
    const db = openDatabase(dbPath);
    await syncStoryFolder(folder.dir, openStoryIndex(db), { now: NOW });
    db.close();
  }

  it('migrates a database written before the story index, keeping its subscriptions', async () => {
    const old = openDatabase(dbPath);
    old.prepare("INSERT INTO subscriptions (platform, channel_id, hour, minute, zone, days, created_at, updated_at) VALUES ('slack', 'C1', 7, 30, 'UTC', 'daily', 'x', 'x')").run();
    // What an older bot left: its schema without the index, and its version.
    old.exec('DROP TABLE sentence_vocab; DROP TABLE sentence_terms; DROP TABLE story_shingles; DROP TABLE sentences; DROP TABLE stories; DROP TABLE story_sources; DROP TABLE story_index_meta;');
    // …nor the migrations after it (the claim leases).
    old.exec('DROP INDEX deliveries_by_slot; ALTER TABLE deliveries DROP COLUMN lease_until; ALTER TABLE deliveries DROP COLUMN owner; ALTER TABLE deliveries DROP COLUMN takeovers;');
    // …nor the feeds' tables.
    old.exec('DROP TABLE feed_items; DROP TABLE feed_stories; DROP TABLE feeds;');
    old.pragma(`user_version = ${STORY_INDEX_MIGRATION - 1}`);
    old.close();

    const db = openDatabase(dbPath);
    const index = openStoryIndex(db);
    const report = await syncStoryFolder(folder.dir, index, { now: NOW });
    expect(report.added).toBe(2);
    expect(db.prepare('SELECT channel_id FROM subscriptions').pluck().all()).toEqual(['C1']);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('ranks sentences stored before their terms were kept (migrated, terms NULL) as it ranks new ones', async () => {
    await build();
    const ranked = (): Array<[string, number]> => {
      const db = openDatabase(dbPath);
      try {
        return openStoryIndex(db).library.search('How many passengers were rescued near Marlow after the flood?', 5).map((h) => [h.sentence.id, h.score]);
      } finally {
        db.close();
      }
    };
    const fresh = ranked();
    const old = openDatabase(dbPath);
    old.exec('UPDATE sentences SET terms = NULL');
    old.close();
    expect(ranked()).toEqual(fresh);
    expect(fresh.length).toBeGreaterThan(1);
  });

  it('rebuilds a damaged search index from the story files, saying why', async () => {
    await build();
    const damage = openDatabase(dbPath);
    damage.unsafeMode(true); // SQLite refuses writes to an FTS5 table's own storage otherwise
    damage.prepare('UPDATE sentence_terms_data SET block = zeroblob(length(block)) WHERE id > 10').run();
    damage.close();

    const db = openDatabase(dbPath);
    const index = openStoryIndex(db);
    expect(index.resetReason).toMatch(/damaged/);
    const report = await syncStoryFolder(folder.dir, index, { now: NOW });
    expect(report.added).toBe(2);
    expect(index.library.search('How many ferries sank?', 1)[0]?.sentence.text).toBe('Two ferries sank near the port of Marlow on Tuesday.');
    db.close();
  });

  it('rebuilds an index written with other search terms (stems, synonyms)', async () => {
    await build();
    const older = openDatabase(dbPath);
    older.prepare("UPDATE story_index_meta SET value = 'older' WHERE key = 'terms_version'").run();
    older.close();

    const db = openDatabase(dbPath);
    const index = openStoryIndex(db);
    expect(index.resetReason).toMatch(/search terms/);
    expect((await syncStoryFolder(folder.dir, index, { now: NOW })).added).toBe(2);
    db.close();
  });

  it('rebuilds an index whose stories were read by another story reader (headers, dates)', async () => {
    await build();
    const older = openDatabase(dbPath);
    older.prepare("UPDATE story_index_meta SET value = 'older' WHERE key = 'reader_version'").run();
    older.close();

    const db = openDatabase(dbPath);
    const index = openStoryIndex(db);
    expect(index.resetReason).toMatch(/story reader/);
    expect((await syncStoryFolder(folder.dir, index, { now: NOW })).added).toBe(2);
    db.close();
  });
});

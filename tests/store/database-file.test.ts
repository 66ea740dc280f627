import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trackDatabaseFile } from '../../src/store/database-file.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

let folder: TempFolder;
let db: Database;

beforeEach(() => {
  folder = makeTempFolder();
  db = openDatabase(folder.dbPath);
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('trackDatabaseFile', () => {
  it('finds the file it opened still in place', () => {
    expect(trackDatabaseFile(db).checkDatabaseFile()).toEqual({ kind: 'same' });
  });

  it('says the file was deleted, and what to do, once it is gone', () => {
    const file = trackDatabaseFile(db);
    rmSync(folder.dbPath);
    const status = file.checkDatabaseFile();
    expect(status.kind).toBe('missing');
    expect(status.kind === 'missing' && status.problem).toContain('Restore the file from a backup, or restart the bot');
  });

  it('says the file was replaced when another file was moved onto its path', () => {
    const file = trackDatabaseFile(db);
    const other = join(folder.dir, 'other.sqlite');
    writeFileSync(other, '');
    renameSync(other, folder.dbPath);
    expect(file.checkDatabaseFile().kind).toBe('replaced');
  });

  it('has nothing to lose for an in-memory database', () => {
    const memory = openDatabase(':memory:');
    expect(trackDatabaseFile(memory).checkDatabaseFile()).toEqual({ kind: 'in-memory' });
    memory.close();
  });
});

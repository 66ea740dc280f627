import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore, type Store } from '../../src/store/store.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

let folder: TempFolder;
let store: Store;
afterEach(async () => {
  await store?.close();
  folder?.remove();
});

describe('the SQLite store’s health check (for /healthz)', () => {
  it('is ok while the database answers and its file is the one opened', async () => {
    folder = makeTempFolder();
    store = openSqliteStore(folder.dbPath);
    expect(await store.check()).toEqual({ ok: true });
  });

  it('says the file was deleted when it was, though the open handle still answers', async () => {
    folder = makeTempFolder();
    store = openSqliteStore(folder.dbPath);
    rmSync(folder.dbPath);
    expect(await store.check()).toMatchObject({ ok: false, problem: expect.stringContaining('was deleted while the bot runs') });
  });
});

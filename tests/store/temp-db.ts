// A database file in a fresh temporary folder, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempFolder {
  dir: string;
  /** A path for the database inside a folder that does not exist yet, so openDatabase must create it. */
  dbPath: string;
  remove(): void;
}

export function makeTempFolder(): TempFolder {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-store-'));
  return { dir, dbPath: join(dir, 'data', 'briefing.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

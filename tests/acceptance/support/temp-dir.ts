// Temporary folders for a test's database and stories, removed by removeTempDirs() in afterEach/afterAll.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

export function makeTempDir(prefix = 'briefing-acceptance-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A database path in a fresh folder: the bot creates the file on first start. */
export function tempDatabase(): string {
  return join(makeTempDir('briefing-db-'), 'briefing.sqlite');
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

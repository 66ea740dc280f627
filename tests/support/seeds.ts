// The project's real seed stories, read from the repository, and the checks every quote must pass.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBriefing, type Briefing } from '../../src/core/briefing.ts';
import { loadLibrary } from './library.ts';
import type { Library, Story } from '../../src/core/types.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';

export const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEEDS_DIR = join(REPO_DIR, 'seeds');

/** The seed files, by the id they start with. */
export const SEED = {
  bloomberg: '000_a12096f1b7f4394d.txt',
  plain: '001_7ba61e355a8bd79e.txt',
  bloombergCut: '002_12b939b351bba3f8.txt',
  wire: '003_dcee8fbeba0eb766.txt',
  twoStories: '004_f7338b1dd4aa7973.txt',
} as const;

/** A fixed instant, so dated output does not depend on the day the tests run. */
export const NOW = new Date('2025-05-24T07:00:00Z');

export function readSeed(file: string): string {
  return readFileSync(join(SEEDS_DIR, file), 'utf8');
}

export function loadSeedLibrary(): Library {
  return loadLibrary(SEEDS_DIR);
}

export function briefingOver(load: () => Library): Briefing {
  return createBriefing({ library: load(), engine: createOfflineEngine(), now: () => NOW });
}

export function seedBriefing(): Briefing {
  return briefingOver(loadSeedLibrary);
}

/** True when the quote is an exact slice of the named seed file. */
export function isVerbatimInSeed(file: string, quote: string): boolean {
  return quote.length > 0 && readSeed(file).includes(quote);
}

/** Numbers a text states, as written: digits ("1,000", "3.5") and number words ("two", "fifth"). */
export function numbersIn(text: string): string[] {
  const withoutMarks = text.replace(/\[\d+\]/g, ' ');
  const digits = withoutMarks.match(/\d[\d,.]*\d|\d/g) ?? [];
  const words = withoutMarks.toLowerCase().match(NUMBER_WORDS) ?? [];
  return [...digits, ...words];
}

const NUMBER_WORDS =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|third|quarter|fifth|tenth)\b/g;

/** True when `number` (as written) occurs in `text` as a whole token, ignoring case. */
export function statesNumber(text: string, number: string): boolean {
  const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Not part of a longer number or word: "1,000" is not stated by "1,000,000", nor "two" by "twelve".
  return new RegExp(`(?<![\\p{L}\\d])(?<!\\d[.,])${escaped}(?![\\p{L}\\d])(?![.,]\\d)`, 'iu').test(text);
}

export interface TempStoryFolder {
  dir: string;
  remove(): void;
}

/** A fresh temporary folder holding the given files (text or raw bytes). */
export function writeStoryFolder(files: Record<string, string | Uint8Array>): TempStoryFolder {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-stories-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

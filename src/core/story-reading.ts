// Reading one story source for the index: bytes, hash, stories, and each sentence's search terms and the
// story's word 5-grams. Pure work with no index in sight, so a worker thread can do it beside the writes.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { shingles } from './duplicates.ts';
import { isFullDate, withYear } from './report-date.ts';
import { parseStoryFile } from './stories.ts';
import type { PreparedStory, SourceContent, SourceFingerprint, SourceKind, StoredSource } from './story-index.ts';
import { indexTermsOf } from './terms.ts';
import type { Story } from './types.ts';

/** Larger files are not news stories (a dump, a log, a mistake) and would slow every start. */
export const MAX_STORY_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadedFile {
  stories: Story[];
  warning?: string;
}

export function parseStoryBytes(name: string, bytes: Uint8Array): LoadedFile {
  if (bytes.length === 0) return { stories: [], warning: `${name}: skipped, the file is empty` };
  if (bytes.includes(0)) return { stories: [], warning: `${name}: skipped, it is a binary file, not text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { stories: [], warning: `${name}: skipped, it is not UTF-8 text (save it as UTF-8)` };
  }
  const stories = parseStoryFile(name, text);
  if (stories.length === 0) return { stories: [], warning: `${name}: skipped, no sentences of news text were found in it` };
  return { stories };
}

/** A story file whose size or mtime differs from what the index holds. */
export interface PendingFile {
  path: string;
  key: string;
  size: number;
  mtimeMs: number;
  known: StoredSource | undefined;
}

export type SourceRead = { kind: 'touch'; key: string; fingerprint: SourceFingerprint } | { kind: 'put'; content: SourceContent; isNew: boolean };

export function readStorySource(file: PendingFile, cutoff: string | undefined): SourceRead {
  let bytes: Buffer | undefined;
  let warning: string | undefined;
  if (file.size > MAX_STORY_FILE_BYTES) {
    warning = `${file.key}: skipped, ${(file.size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_STORY_FILE_BYTES / 1024 / 1024} MB a story file may be`;
  } else {
    try {
      bytes = readFileSync(file.path);
    } catch (err) {
      warning = `${file.key}: skipped, it could not be read (${(err as Error).message})`;
    }
  }
  const fingerprint: SourceFingerprint = { size: file.size, mtimeMs: file.mtimeMs, hash: bytes ? hashOf(bytes) : '' };
  if (file.known && bytes && file.known.hash === fingerprint.hash) return { kind: 'touch', key: file.key, fingerprint };
  const loaded = bytes ? parseStoryBytes(file.key, bytes) : { stories: [], warning };
  const fileDate = new Date(file.mtimeMs).toISOString().slice(0, 10);
  return { kind: 'put', content: contentOf(file.key, 'file', fingerprint, loaded, fileDate, cutoff), isNew: !file.known };
}

export function contentOf(key: string, kind: SourceKind, fingerprint: SourceFingerprint, loaded: LoadedFile, sourceDate: string, cutoff: string | undefined): SourceContent {
  const stories = loaded.stories.map((story) => prepareStory(story, reportedOn(story.date, sourceDate))).filter((s) => !cutoff || s.reported >= cutoff);
  return { key, kind, fingerprint, stories, warning: loaded.warning };
}

/** The day a story counts as reported: its own date, a yearless one in its source's year, else its source's day. */
export function reportedOn(date: string, sourceDate: string): string {
  if (isFullDate(date)) return date;
  if (date.startsWith('--')) return withYear(date, Number(sourceDate.slice(0, 4)));
  return sourceDate;
}

export function prepareStory(story: Story, reported: string): PreparedStory {
  let termCount = 0;
  const terms = story.sentences.map((s) => {
    const own = indexTermsOf(s.text);
    termCount += own.count;
    return own.text;
  });
  return { story, reported, terms, termCount, shingles: toUint32(shingles(story.body)) };
}

/** Uint32Array.from(set) goes through the iterator protocol: eight times slower than this loop. */
function toUint32(values: Set<number>): Uint32Array {
  const array = new Uint32Array(values.size);
  let i = 0;
  for (const value of values) array[i++] = value;
  return array;
}

export function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

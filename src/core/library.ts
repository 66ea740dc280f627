// Keep a story index in step with a folder of story files: only new, changed and deleted files are read
// again. A broken file is skipped with a warning naming it. Feed items come in through putStoryItem.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseStoryFile } from './stories.ts';
import type { SourceContent, SourceFingerprint, SourceKind, StoredSource, StoryIndex } from './story-index.ts';
import type { Story } from './types.ts';

/** Larger files are not news stories (a dump, a log, a mistake) and would slow every start. */
export const MAX_STORY_FILE_BYTES = 2 * 1024 * 1024;

/** Files read and stored per transaction; between batches the event loop answers chat events. */
const BATCH_FILES = 200;

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

/** Every `.txt` file in the folder, in name order. */
export function listStoryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(dir, entry.name))
    .sort();
}

export interface SyncProgress {
  /** Files read so far, of `total` that needed reading. */
  done: number;
  total: number;
}

export interface SyncReport {
  added: number;
  changed: number;
  removed: number;
  /** Files whose size or mtime changed but whose bytes did not: nothing was re-indexed. */
  touched: number;
  unchanged: number;
  /** Stories dropped because they are older than the retention period. */
  expired: number;
  /** The folder's problems, then each broken file's. */
  warnings: string[];
}

export interface SyncOptions {
  now: Date;
  /** Stories reported more than this many days before `now` are left out; 0 keeps every story. */
  retentionDays?: number;
  onProgress?: (progress: SyncProgress) => void;
  /** Awaited between batches; the default lets timers and sockets run. */
  pause?: () => Promise<void>;
}

/**
 * Bring the index up to date with the folder: a file whose size and mtime are as stored is not read;
 * a read file whose hash is as stored is not re-indexed; files gone from the folder are removed.
 */
export async function syncStoryFolder(dir: string, index: StoryIndex, options: SyncOptions): Promise<SyncReport> {
  const report: SyncReport = { added: 0, changed: 0, removed: 0, touched: 0, unchanged: 0, expired: 0, warnings: [] };
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  let files: string[];
  try {
    files = listStoryFiles(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a folder' : (err as Error).message;
    // The index is kept: a folder that is briefly unmounted must not cost a full rebuild.
    report.warnings.push(`${dir}: no stories loaded, ${why} (point --seeds or BRIEFING_SEEDS at a folder of .txt stories)`);
    return finish(index, report);
  }
  if (files.length === 0) report.warnings.push(`${dir}: no .txt story files found`);
  const stored = index.sources('file');
  const pending: PendingFile[] = [];
  for (const path of files) {
    const key = basename(path);
    let size: number;
    let mtimeMs: number;
    try {
      ({ size, mtimeMs } = statSync(path));
    } catch {
      continue; // Deleted between the listing and now: the next sync removes it.
    }
    const known = stored.get(key);
    stored.delete(key);
    if (known && known.size === size && known.mtimeMs === mtimeMs) report.unchanged++;
    else pending.push({ path, key, size, mtimeMs, known });
  }
  const cutoff = retentionCutoff(options);
  index.batch(() => {
    for (const key of stored.keys()) if (index.remove(key)) report.removed++;
  });
  const total = pending.length;
  if (total > 0) options.onProgress?.({ done: 0, total });
  for (let start = 0; start < total; start += BATCH_FILES) {
    index.batch(() => {
      for (const file of pending.slice(start, start + BATCH_FILES)) readIntoIndex(file, index, cutoff, report);
    });
    options.onProgress?.({ done: Math.min(total, start + BATCH_FILES), total });
    await pause();
  }
  if (cutoff) report.expired = index.batch(() => index.dropReportedBefore(cutoff));
  return finish(index, report);
}

function finish(index: StoryIndex, report: SyncReport): SyncReport {
  if (!index.isBuilt()) index.markBuilt();
  report.warnings.push(...index.library.warnings);
  return report;
}

interface PendingFile {
  path: string;
  key: string;
  size: number;
  mtimeMs: number;
  known: StoredSource | undefined;
}

function readIntoIndex(file: PendingFile, index: StoryIndex, cutoff: string | undefined, report: SyncReport): void {
  const { known } = file;
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
  if (known && bytes && known.hash === fingerprint.hash) {
    index.touch(file.key, fingerprint);
    report.touched++;
    return;
  }
  const loaded = bytes ? parseStoryBytes(file.key, bytes) : { stories: [], warning };
  const fileDate = new Date(file.mtimeMs).toISOString().slice(0, 10);
  index.put(contentOf(file.key, 'file', fingerprint, loaded, fileDate, cutoff));
  if (known) report.changed++;
  else report.added++;
}

function contentOf(key: string, kind: SourceKind, fingerprint: SourceFingerprint, loaded: LoadedFile, sourceDate: string, cutoff: string | undefined): SourceContent {
  const kept = loaded.stories.map((story) => ({ story, reported: story.date || sourceDate })).filter((s) => !cutoff || s.reported >= cutoff);
  return { key, kind, fingerprint, stories: kept.map((s) => s.story), reported: kept.map((s) => s.reported), warning: loaded.warning };
}

function retentionCutoff({ now, retentionDays }: SyncOptions): string | undefined {
  if (!retentionDays) return undefined;
  return new Date(now.getTime() - retentionDays * 86_400_000).toISOString().slice(0, 10);
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A story that did not come from the folder (a feed item): its text, and what its source says about it. */
export interface StoryItem {
  /** Stable and unique, e.g. `feed:<feed url>#<item guid>`; the same key replaces the item's old text. */
  key: string;
  text: string;
  title?: string;
  outlet?: string;
  /** ISO date (YYYY-MM-DD). */
  date?: string;
  url?: string;
}

export type PutResult = { kind: 'stored'; stories: number } | { kind: 'unchanged' } | { kind: 'skipped'; warning: string };

/** Store (or replace) one item's stories; an item whose text and details are as stored is left alone. */
export function putStoryItem(index: StoryIndex, item: StoryItem, options: Pick<SyncOptions, 'now' | 'retentionDays'>): PutResult {
  const bytes = Buffer.from(JSON.stringify([item.text, item.title, item.outlet, item.date, item.url]));
  const fingerprint: SourceFingerprint = { size: bytes.length, mtimeMs: options.now.getTime(), hash: hashOf(bytes) };
  if (index.sources('item').get(item.key)?.hash === fingerprint.hash) return { kind: 'unchanged' };
  const loaded = parseStoryBytes(item.key, Buffer.from(item.text));
  const stories = loaded.stories.map((story, i) => ({
    ...story,
    title: (i === 0 && item.title?.trim()) || story.title,
    outlet: item.outlet?.trim() || story.outlet,
    date: item.date || story.date,
    ...(item.url ? { url: item.url } : {}),
  }));
  const content = contentOf(item.key, 'item', fingerprint, { stories, warning: loaded.warning }, options.now.toISOString().slice(0, 10), retentionCutoff(options));
  index.batch(() => index.put(content));
  return loaded.warning ? { kind: 'skipped', warning: loaded.warning } : { kind: 'stored', stories: content.stories.length };
}

// Keep a story index in step with a folder of story files: only new, changed and deleted files are read
// again. A broken file is skipped with a warning naming it. Feed items come in through putStoryItem.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { SourceFingerprint, StoryIndex } from './story-index.ts';
import { contentOf, hashOf, parseStoryBytes, readStorySource, type PendingFile, type SourceRead } from './story-reading.ts';

/**
 * Files read and stored per transaction, and their bytes at most; between batches the event loop answers
 * chat events. Every commit writes out each page the batch touched, and the duplicate samples land on
 * pages all over their index: at 100,000 files, 600 a batch built in 116 s where 200 took 138 s.
 */
const BATCH_FILES = 600;
const BATCH_BYTES = 8 * 1024 * 1024;
/** Below this many files to read, a worker thread costs more to start than it saves. */
const WORKER_MIN_FILES = 1_000;

function inBatches(files: PendingFile[]): PendingFile[][] {
  const batches: PendingFile[][] = [];
  let batch: PendingFile[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && (batch.length >= BATCH_FILES || bytes + file.size > BATCH_BYTES)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/** Every `.txt` file in the folder, in name order. */
export function listStoryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/** Names of `.txt` entries that are symbolic links (never read). */
function linkedStoryFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isSymbolicLink() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
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
  /** A reader on another thread, for a large build. */
  openReader?: () => StoryReader | undefined;
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
  // A link can point anywhere on the machine, so it is not followed; saying so saves a puzzled operator.
  for (const name of linkedStoryFiles(dir)) report.warnings.push(`${name}: skipped, it is a symbolic link (copy the story file into the folder instead)`);
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
  // Parsing and tokenising is most of a build's work: with many files another thread reads the next batch
  // while this one is written, and this thread joins in once it is.
  const reader = total >= WORKER_MIN_FILES ? options.openReader?.() : undefined;
  const batches = inBatches(pending);
  try {
    let done = 0;
    let next = batches.length > 0 ? startReading(batches[0]!, reader, cutoff) : undefined;
    for (let b = 0; next; b++) {
      const reads = await next.finish();
      next = b + 1 < batches.length ? startReading(batches[b + 1]!, reader, cutoff) : undefined;
      index.batch(() => {
        for (const read of reads) store(read, index, report);
      });
      done += batches[b]!.length;
      options.onProgress?.({ done, total });
      await pause();
    }
  } finally {
    await reader?.close();
  }
  if (cutoff) report.expired = index.batch(() => index.dropReportedBefore(cutoff));
  return finish(index, report);
}

function finish(index: StoryIndex, report: SyncReport): SyncReport {
  if (!index.isBuilt()) index.markBuilt();
  report.warnings.push(...index.library.warnings);
  return report;
}

function store(read: SourceRead, index: StoryIndex, report: SyncReport): void {
  if (read.kind === 'touch') {
    index.touch(read.key, read.fingerprint);
    report.touched++;
    return;
  }
  index.put(read.content);
  if (read.isNew) report.added++;
  else report.changed++;
}

/**
 * Reads story files on another thread: it takes a batch's files from the front, claiming each in `claims`
 * (0 is free; it marks its own 1) and stopping at the first one already claimed, and resolves with what it
 * read. Undefined when it failed: the files it claimed are then read here.
 */
export interface StoryReader {
  read(files: PendingFile[], cutoff: string | undefined, claims: Int32Array): Promise<SourceRead[] | undefined>;
  close(): Promise<void>;
}

/** Marks a file this thread claimed in a batch's shared claims (the reader marks its own 1). */
const CLAIMED_HERE = 2;

interface BatchRead {
  /** Read what the reader has not taken, then wait for its part: the batch's reads in file order. */
  finish(): Promise<SourceRead[]>;
}

/**
 * Starts reading a batch on the reader, which takes files from the front while this thread writes the
 * batch before; then this thread takes them from the back. Neither waits for the other whatever their
 * speeds (the writes alone left this thread idle for a fifth of a 10,000-file build).
 */
function startReading(files: PendingFile[], reader: StoryReader | undefined, cutoff: string | undefined): BatchRead {
  if (!reader) return { finish: async () => files.map((file) => readStorySource(file, cutoff)) };
  const claims = new Int32Array(new SharedArrayBuffer(files.length * Int32Array.BYTES_PER_ELEMENT));
  const theirs = reader.read(files, cutoff, claims);
  return {
    async finish() {
      const mine: SourceRead[] = [];
      for (let i = files.length - 1; i >= 0 && Atomics.compareExchange(claims, i, 0, CLAIMED_HERE) === 0; i--) mine.push(readStorySource(files[i]!, cutoff));
      mine.reverse();
      // A reader that failed returned nothing: what it claimed is read here.
      const front = (await theirs) ?? files.slice(0, files.length - mine.length).map((file) => readStorySource(file, cutoff));
      return [...front, ...mine];
    },
  };
}

function retentionCutoff({ now, retentionDays }: SyncOptions): string | undefined {
  if (!retentionDays) return undefined;
  return new Date(now.getTime() - retentionDays * 86_400_000).toISOString().slice(0, 10);
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

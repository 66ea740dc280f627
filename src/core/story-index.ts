// The persistent story index as the core sees it: sources (a story file, later a feed item) go in by key
// and come out as a Library. The store implements it on SQLite; the core never sees how.
import type { Library, Story } from './types.ts';

/**
 * The digest covers the stories reported in the week up to the newest report date (so a developing story
 * keeps its earlier reports)…
 */
export const DIGEST_WINDOW_DAYS = 7;
/** …at most this many of them, the newest first: in a busy newsroom that is the last day or so, and /brief stays fast. */
export const DIGEST_WINDOW_STORIES = 200;

/** What identifies a file's content without reading it (size, mtime), and once read (hash). */
export interface SourceFingerprint {
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes, hex. */
  hash: string;
}

/** A stored source: `kind` tells folder files (synced with the folder) from items others put in. */
export interface StoredSource extends SourceFingerprint {
  key: string;
  kind: SourceKind;
}

export type SourceKind = 'file' | 'item';

/** A story with what indexing needs, computed where it was read (perhaps a worker thread). */
export interface PreparedStory {
  story: Story;
  /** ISO date (YYYY-MM-DD) the story counts as reported on (its own date, else its source's): orders the digest window. */
  reported: string;
  /** Each sentence's search terms as one index text (terms.ts indexTermsOf): one string a sentence crosses threads cheaply. */
  terms: string[];
  /** How many search terms the sentences hold together (for the index's average sentence length). */
  termCount: number;
  /** Hashes of the body's word 5-grams (duplicates.ts), each once; 4 bytes a hash where a number array costs several times that. */
  shingles: Uint32Array;
}

/** One source's parsed content, ready to store. */
export interface SourceContent {
  key: string;
  kind: SourceKind;
  fingerprint: SourceFingerprint;
  stories: PreparedStory[];
  /** Why the source holds no stories (an empty or binary file): shown as a warning naming it. */
  warning?: string;
}

export interface StoryIndex {
  /** A live view: it always answers from what the index holds now. */
  readonly library: Library;
  /** Every stored source of a kind, by key. */
  sources(kind: SourceKind): Map<string, StoredSource>;
  /** Store a source's stories, replacing whatever the key held before. */
  put(content: SourceContent): void;
  /** Record a new size and mtime for a source whose content did not change. */
  touch(key: string, fingerprint: SourceFingerprint): void;
  /** Remove a source and its stories; false when the key was not stored. */
  remove(key: string): boolean;
  /** Drop stories reported before this ISO date (retention); returns how many went. */
  dropReportedBefore(date: string): number;
  /** Run several changes as one (much faster on disk, and readers never see half of them). */
  batch<T>(work: () => T): T;
  /** Has a first build ever finished? Until then the bot says it is still indexing. */
  isBuilt(): boolean;
  markBuilt(): void;
}

// The story index on SQLite (BRIEFING_DB): sources by key, stories, sentences, a contentless FTS5 index of
// each sentence's search terms, and duplicate groups kept up to date story by story. Reads go through
// story-library.ts; this file writes.
import type { PreparedStory, SourceContent, SourceFingerprint, SourceKind, StoredSource, StoryIndex } from '../core/story-index.ts';
import { STORY_READER_VERSION } from '../core/stories.ts';
import { TERMS_VERSION } from '../core/terms.ts';
import type { Sentence } from '../core/types.ts';
import type { Database, Statement } from './db.ts';
import { createStoryGroups } from './story-groups.ts';
import { createStoryLibrary, type IndexTotals } from './story-library.ts';

interface StoryRef {
  id: number;
  group_id: string;
  terms: number;
}

export interface OpenedStoryIndex extends StoryIndex {
  /** Why the stored index was thrown away at open (other search terms, a damaged index), to log once. */
  readonly resetReason: string | undefined;
  /**
   * How far the index has applied a stream of changes from elsewhere (the feed stories' sequence); 0 for a
   * new or rebuilt index, so a rebuild takes every change again.
   */
  appliedUpTo(stream: string): number;
  setAppliedUpTo(stream: string, seq: number): void;
}

export function openStoryIndex(db: Database): OpenedStoryIndex {
  const statements = {
    sources: db.prepare<[SourceKind], { key: string; kind: SourceKind; size: number; mtime_ms: number; hash: string }>('SELECT key, kind, size, mtime_ms, hash FROM story_sources WHERE kind = ?'),
    insertSource: db.prepare('INSERT INTO story_sources (key, kind, size, mtime_ms, hash, warning, indexed_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    touchSource: db.prepare('UPDATE story_sources SET size = ?, mtime_ms = ? WHERE key = ?'),
    deleteSource: db.prepare('DELETE FROM story_sources WHERE key = ?'),
    storiesOfSource: db.prepare<[string], StoryRef>('SELECT id, group_id, terms FROM stories WHERE source = ?'),
    insertStory: db.prepare(
      'INSERT INTO stories (source, story_id, position, title, outlet, date, byline, url, body, reported, group_id, terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    // A story's terms go in with one statement (a call per sentence cost more than the inserts); the ids are
    // the ones SQLite would pick, the next after the largest.
    nextSentenceId: db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM sentences').pluck(),
    insertTerms: db.prepare<[{ first: number; terms: string }]>('INSERT INTO sentence_terms (rowid, terms) SELECT @first + j.key, j.value FROM json_each(@terms) AS j'),
    deleteTermsOfStory: db.prepare('DELETE FROM sentence_terms WHERE rowid IN (SELECT id FROM sentences WHERE story = ?)'),
    countSentencesOfStory: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM sentences WHERE story = ?'),
    deleteSentencesOfStory: db.prepare('DELETE FROM sentences WHERE story = ?'),
    deleteShinglesOfStory: db.prepare('DELETE FROM story_shingles WHERE story = ?'),
    deleteStory: db.prepare('DELETE FROM stories WHERE id = ?'),
    expired: db.prepare<[string], StoryRef>('SELECT id, group_id, terms FROM stories WHERE reported < ?'),
    meta: db.prepare<[string], { value: string }>('SELECT value FROM story_index_meta WHERE key = ?'),
    setMeta: db.prepare('INSERT INTO story_index_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
  };
  const meta = (key: string): string | undefined => statements.meta.get(key)?.value;
  const setMeta = (key: string, value: string | number): void => void statements.setMeta.run(key, String(value));
  const totals = (): IndexTotals => ({ sentences: Number(meta('sentence_count') ?? 0), terms: Number(meta('term_count') ?? 0) });
  const addToTotals = (sentences: number, terms: number): void => {
    const now = totals();
    setMeta('sentence_count', now.sentences + sentences);
    setMeta('term_count', now.terms + terms);
    // The library keeps the totals (and document frequencies) it read: they changed.
    library.forget();
  };

  const insertSentences = createSentenceInserter(db);
  const library = createStoryLibrary(db, totals);
  const groups = createStoryGroups(db);

  function removeStories(rows: StoryRef[]): void {
    let sentences = 0;
    let terms = 0;
    for (const row of rows) {
      sentences += statements.countSentencesOfStory.get(row.id)!.n;
      terms += row.terms;
      statements.deleteTermsOfStory.run(row.id);
      // Not left to ON DELETE CASCADE: a batch writes with foreign keys off (see batch).
      statements.deleteSentencesOfStory.run(row.id);
      statements.deleteShinglesOfStory.run(row.id);
      statements.deleteStory.run(row.id);
    }
    if (rows.length > 0) addToTotals(-sentences, -terms);
    for (const group of new Set(rows.map((r) => r.group_id))) groups.regroup(group);
  }

  /** Returns how many search terms the story's sentences hold. */
  function insertStory(key: string, { story, reported, terms: sentenceTerms, termCount: terms, shingles }: PreparedStory): number {
    const { lastInsertRowid } = statements.insertStory.run(key, story.id, story.index, story.title, story.outlet, story.date, story.byline, story.url ?? null, story.body, reported, story.id, terms);
    const rowid = Number(lastInsertRowid);
    const first = statements.nextSentenceId.get()!;
    const fts = story.sentences.map((_, i) => sentenceTerms[i] ?? '');
    insertSentences(first, rowid, story.sentences, fts);
    statements.insertTerms.run({ first, terms: JSON.stringify(fts) });
    groups.join(rowid, story, shingles);
    return terms;
  }

  const index: OpenedStoryIndex = {
    resetReason: undefined,
    library,
    sources(kind) {
      const found = new Map<string, StoredSource>();
      for (const row of statements.sources.iterate(kind)) found.set(row.key, { key: row.key, kind: row.kind, size: row.size, mtimeMs: row.mtime_ms, hash: row.hash });
      return found;
    },
    put(content: SourceContent) {
      index.remove(content.key);
      const { size, mtimeMs, hash } = content.fingerprint;
      statements.insertSource.run(content.key, content.kind, size, mtimeMs, hash, content.warning ?? null, new Date().toISOString());
      let terms = 0;
      for (const prepared of content.stories) terms += insertStory(content.key, prepared);
      if (content.stories.length > 0) addToTotals(content.stories.reduce((n, s) => n + s.story.sentences.length, 0), terms);
    },
    touch(key: string, { size, mtimeMs }: SourceFingerprint) {
      statements.touchSource.run(size, mtimeMs, key);
    },
    remove(key) {
      const rows = statements.storiesOfSource.all(key);
      removeStories(rows);
      return statements.deleteSource.run(key).changes > 0;
    },
    dropReportedBefore(date) {
      const rows = statements.expired.all(date);
      removeStories(rows);
      return rows.length;
    },
    batch(work) {
      // The index keeps its own rows together (a story's sentences and samples go in and out with it), so a
      // batch skips SQLite's check of each new row's parent: it was a third of a large build's writes and
      // most of its system time. The pragma cannot change inside a transaction, nor needs to.
      const checked = !db.inTransaction && db.pragma('foreign_keys', { simple: true }) === 1;
      if (checked) db.pragma('foreign_keys = OFF');
      try {
        return db.transaction(work)();
      } finally {
        if (checked) db.pragma('foreign_keys = ON');
        library.forget();
      }
    },
    isBuilt: () => meta('built') === '1',
    markBuilt: () => setMeta('built', '1'),
    appliedUpTo: (stream) => Number(meta(`applied:${stream}`) ?? 0),
    setAppliedUpTo: (stream, seq) => setMeta(`applied:${stream}`, seq),
  };

  // Checked and cleared under the write lock: two processes starting together must not both rebuild.
  const reason = db
    .transaction(() => {
      const why = checkStoredIndex(db, meta('terms_version')) ?? (meta('reader_version') !== undefined && meta('reader_version') !== STORY_READER_VERSION ? 'the story reader (headers, dates, titles) changed since it was built' : undefined);
      if (why) clearStoryIndex(db);
      setMeta('terms_version', TERMS_VERSION);
      setMeta('reader_version', STORY_READER_VERSION);
      return why;
    })
    .immediate();
  if (reason) {
    library.forget();
    (index as { resetReason: string | undefined }).resetReason = reason;
  }
  return index;
}

/** Rows of sentences bound per statement: a story's sentences in one or a few calls. */
const SENTENCE_ROWS = 64;

/**
 * Inserts a story's sentences with a multi-row VALUES statement per row count (prepared once each): a call
 * per row, or one JSON array of rows unpacked with `->>`, each cost a third more on a large build.
 */
function createSentenceInserter(db: Database): (first: number, story: number, sentences: readonly Sentence[], terms: readonly string[]) => void {
  const byRows = new Map<number, Statement<unknown[]>>();
  const statement = (rows: number): Statement<unknown[]> => {
    let prepared = byRows.get(rows);
    if (!prepared) {
      prepared = db.prepare<unknown[]>(`INSERT INTO sentences (id, story, position, text, terms) VALUES ${Array(rows).fill('(?, ?, ?, ?, ?)').join(', ')}`);
      byRows.set(rows, prepared);
    }
    return prepared;
  };
  return (first, story, sentences, terms) => {
    for (let start = 0; start < sentences.length; start += SENTENCE_ROWS) {
      const end = Math.min(sentences.length, start + SENTENCE_ROWS);
      const values: unknown[] = [];
      for (let i = start; i < end; i++) values.push(first + i, story, sentences[i]!.index, sentences[i]!.text, terms[i]);
      statement(end - start).run(values);
    }
  };
}

/** Why the stored index cannot be used as it is, or undefined when it can. */
function checkStoredIndex(db: Database, termsVersion: string | undefined): string | undefined {
  const hasStories = db.prepare('SELECT 1 FROM story_sources LIMIT 1').get() !== undefined;
  if (!hasStories) return undefined;
  if (termsVersion !== TERMS_VERSION) return 'the search terms (stems, synonyms) changed since it was built';
  try {
    // Reading the first terms and their posting lists touches the FTS structure and data blocks.
    const terms = db.prepare<[], { term: string }>('SELECT term FROM sentence_vocab LIMIT 20').all();
    for (const { term } of terms) db.prepare('SELECT rowid FROM sentence_terms WHERE sentence_terms MATCH ? LIMIT 50').all(`"${term}"`);
    const counted = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM stories').get()!.n;
    if (counted > 0 && terms.length === 0) return 'its search index is empty although it holds stories';
  } catch (err) {
    if (isDamage(err)) return `it is damaged (${(err as Error).message})`;
    throw err;
  }
  return undefined;
}

export function isDamage(err: unknown): boolean {
  const code = String((err as { code?: unknown }).code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB';
}

/** Throw the stored index away (the story files are its source), keeping the rest of the database. */
function clearStoryIndex(db: Database): void {
  // Dropping the FTS table removes its shadow tables, damaged or not; the statements repeat migration 2.
  db.exec(`
    DROP TABLE IF EXISTS sentence_vocab;
    DROP TABLE IF EXISTS sentence_terms;
    CREATE VIRTUAL TABLE sentence_terms USING fts5 (terms, content = '', contentless_delete = 1, tokenize = "ascii tokenchars '_'");
    CREATE VIRTUAL TABLE sentence_vocab USING fts5vocab (sentence_terms, row);
    DELETE FROM story_shingles;
    DELETE FROM sentences;
    DELETE FROM stories;
    DELETE FROM story_sources;
    DELETE FROM story_index_meta;
  `);
}

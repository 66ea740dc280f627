// The Library over the SQLite story index: BM25 search with FTS5 over each sentence's search terms,
// stories read on demand through a bounded cache, so memory follows the questions, not the library.
import { withYear } from '../core/report-date.ts';
import { DIGEST_WINDOW_DAYS, DIGEST_WINDOW_STORIES } from '../core/story-index.ts';
import { indexWord, stemOf, tokenize } from '../core/terms.ts';
import type { Library, ScoredSentence, Sentence, SentenceWords, Story } from '../core/types.ts';
import type { Database } from './db.ts';

const STORY_CACHE = 2_000;
const WORDS_CACHE = 20_000;
const TERM_CACHE = 50_000;
const MAX_WARNINGS = 200;
/** BM25 as the in-memory index had it: FTS5 finds the candidates, these constants rank them. */
const K1 = 1.2;
const B = 0.6;
/** Candidates FTS5 ranks (with its own bm25()) for every hit returned. */
const POOL_PER_HIT = 3;
const MIN_POOL = 100;
/**
 * A candidate holds the query's rarest term, or a term in at most this many sentences, or any two of its
 * terms: a word in a tenth of a large library would make FTS5 score hundreds of thousands of sentences,
 * and a sentence holding one such word alone would not rank anyway. Every query term counts in the score.
 */
const RARE_TERM_SENTENCES = 2_000;
/** The rarest terms of a long query that make candidates; the common ones among them pair up (7 make up to 15 pairs). */
const PAIRED_TERMS = 7;
/**
 * FTS5's bm25 reads every row of every phrase in the query to weigh it, and ranks every match: a query
 * whose phrases hold more rows than this drops its costliest pairs (common words together) until it fits.
 * The held-out question sets' libraries never come near it; a library of thousands of stories does.
 */
const QUERY_POSTINGS = 30_000;

/** Sentences and search terms in the index, for BM25's idf and average sentence length. */
export interface IndexTotals {
  sentences: number;
  terms: number;
}

/** FTS5 sees only [a-z0-9_] tokens (with '_' a token character): a term goes in as its index word (terms.ts). */
const ftsToken = indexWord;

interface StoryRow {
  id: number;
  story_id: string;
  source: string;
  position: number;
  title: string;
  outlet: string;
  date: string;
  byline: string;
  url: string | null;
  body: string;
  group_id: string;
}

interface CachedStory {
  story: Story;
  group: string;
}

export interface StoryLibrary extends Library {
  /** Drop what is cached, after this process changed the index. */
  forget(): void;
}

export function createStoryLibrary(db: Database, totals: () => IndexTotals): StoryLibrary {
  const statements = {
    dataVersion: db.prepare('PRAGMA data_version').pluck(),
    story: db.prepare<[string], StoryRow>('SELECT * FROM stories WHERE story_id = ?'),
    sentences: db.prepare<[number], { position: number; text: string }>('SELECT position, text FROM sentences WHERE story = ? ORDER BY position'),
    search: db.prepare<[string, number], { story_id: string; position: number; text: string; terms: string | null }>(
      `SELECT st.story_id, s.position, s.text, s.terms
         FROM (SELECT rowid, rank FROM sentence_terms WHERE sentence_terms MATCH ? ORDER BY rank LIMIT ?) AS hit
         JOIN sentences s ON s.id = hit.rowid
         JOIN stories st ON st.id = s.story
        ORDER BY hit.rank`,
    ),
    documentFrequency: db.prepare<[string], { doc: number }>('SELECT doc FROM sentence_vocab WHERE term = ?'),
    members: db.prepare<[string], { story_id: string }>('SELECT story_id FROM stories WHERE group_id = ? ORDER BY source, position'),
    newestDated: db.prepare<[], { newest: string | null }>("SELECT max(reported) AS newest FROM stories WHERE date != ''"),
    newest: db.prepare<[], { newest: string | null }>('SELECT max(reported) AS newest FROM stories'),
    window: db.prepare<[string, number], { story_id: string; source: string; position: number }>(
      'SELECT story_id, source, position FROM stories WHERE reported >= ? ORDER BY reported DESC, source, position LIMIT ?',
    ),
    page: db.prepare<[number, number], { story_id: string }>('SELECT story_id FROM stories ORDER BY source, position LIMIT ? OFFSET ?'),
    counts: db.prepare<[], { stories: number; groups: number }>('SELECT count(*) AS stories, count(DISTINCT group_id) AS groups FROM stories'),
    warnings: db.prepare<[number], { warning: string }>('SELECT warning FROM story_sources WHERE warning IS NOT NULL ORDER BY key LIMIT ?'),
    commonYear: db.prepare<[], { year: string }>("SELECT substr(date, 1, 4) AS year FROM stories WHERE date GLOB '[0-9][0-9][0-9][0-9]-*' GROUP BY year ORDER BY count(*) DESC LIMIT 1"),
  };
  const stories = new Map<string, CachedStory | null>();
  // Read once per change of the index: idf asks for them for every term of every candidate.
  let knownTotals: IndexTotals | undefined;
  const currentTotals = (): IndexTotals => (knownTotals ??= totals());
  const words = new Map<string, SentenceWords>();
  const frequencies = new Map<string, number>();
  let seenVersion = statements.dataVersion.get();
  let year: number | null | undefined;

  /**
   * A dateline without a year ("MANRESA, Spain, June 9 (…)") takes the year most stories give: a library
   * of news is rarely spread over years, and a wrong year only matters against a dated twin.
   */
  function completeDate(date: string): string {
    if (!date.startsWith('--')) return date;
    if (year === undefined) year = Number(statements.commonYear.get()?.year ?? NaN) || null;
    return year === null ? '' : withYear(date, year);
  }

  function forget(): void {
    year = undefined;
    knownTotals = undefined;
    stories.clear();
    words.clear();
    frequencies.clear();
  }
  /** Another process (the CLI, a second bot) may have changed the index since the last question. */
  function noticeOtherWriters(): void {
    const version = statements.dataVersion.get();
    if (version !== seenVersion) {
      seenVersion = version;
      forget();
    }
  }

  function load(id: string): CachedStory | undefined {
    const cached = stories.get(id);
    if (cached !== undefined) {
      // Re-inserted, so the map's order is least recently used first.
      stories.delete(id);
      stories.set(id, cached);
      return cached ?? undefined;
    }
    const row = statements.story.get(id);
    const entry = row ? { story: storyOf({ ...row, date: completeDate(row.date) }, statements.sentences.all(row.id)), group: row.group_id } : null;
    stories.set(id, entry);
    if (stories.size > STORY_CACHE) stories.delete(stories.keys().next().value!);
    return entry ?? undefined;
  }

  function documentFrequency(term: string): number {
    let df = frequencies.get(term);
    if (df === undefined) {
      df = statements.documentFrequency.get(ftsToken(term))?.doc ?? 0;
      if (frequencies.size >= TERM_CACHE) frequencies.clear();
      frequencies.set(term, df);
    }
    return df;
  }

  function idf(term: string): number {
    const n = currentTotals().sentences;
    const df = documentFrequency(term);
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  const library: StoryLibrary = {
    get warnings() {
      return statements.warnings.all(MAX_WARNINGS).map((r) => r.warning);
    },
    search(query, limit): ScoredSentence[] {
      noticeOtherWriters();
      const terms = [...new Set(tokenize(query).map((t) => t.term))].filter((term) => documentFrequency(term) > 0);
      if (terms.length === 0 || limit <= 0) return [];
      const { sentences, terms: termTotal } = currentTotals();
      const averageLength = termTotal / Math.max(1, sentences);
      // Keyed by FTS token, as the sentences' stored terms are spelled.
      const weights = new Map(terms.map((term) => [ftsToken(term), idf(term)]));
      const match = candidateQuery(terms, documentFrequency);
      const scored = statements.search.all(match, Math.max(MIN_POOL, limit * POOL_PER_HIT)).map((row) => {
        const counts = new Map<string, number>();
        const tokens = storedTerms(row);
        for (const token of tokens) if (weights.has(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
        let score = 0;
        for (const [term, tf] of counts) score += (weights.get(term)! * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * tokens.length) / averageLength));
        return { row, score };
      });
      scored.sort((a, b) => b.score - a.score || a.row.story_id.localeCompare(b.row.story_id) || a.row.position - b.row.position);
      return scored.slice(0, limit).flatMap(({ row, score }) => {
        const sentence = load(row.story_id)?.story.sentences[row.position];
        return sentence ? [{ sentence, score }] : [];
      });
    },
    index: { idf, documentFrequency },
    storyById: (id) => load(id)?.story,
    wordsOf(sentence: Sentence) {
      let known = words.get(sentence.id);
      if (!known) {
        const tokens = tokenize(sentence.text);
        known = { terms: new Set(tokens.map((t) => t.term)), stems: new Set(tokens.map((t) => stemOf(t.word))) };
        if (words.size >= WORDS_CACHE) words.delete(words.keys().next().value!);
        words.set(sentence.id, known);
      }
      return known;
    },
    groupOf: (storyId) => load(storyId)?.group ?? storyId,
    groupMembers: (groupId) => statements.members.all(groupId).map((r) => r.story_id),
    recentStories() {
      noticeOtherWriters();
      const newest = statements.newestDated.get()?.newest ?? statements.newest.get()?.newest;
      if (!newest) return [];
      const from = new Date(Date.parse(`${newest}T00:00:00Z`) - (DIGEST_WINDOW_DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
      return statements.window
        .all(from, DIGEST_WINDOW_STORIES)
        .sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.position - b.position))
        .flatMap((r) => load(r.story_id)?.story ?? []);
    },
    size: () => statements.counts.get()!,
    storyPage(offset, limit) {
      noticeOtherWriters();
      return statements.page.all(limit, offset).flatMap((r) => load(r.story_id)?.story ?? []);
    },
    forget,
  };
  return library;
}

/** A sentence's search terms as FTS tokens, in order: stored with it, or (stored before they were) tokenised again. */
function storedTerms(row: { text: string; terms: string | null }): string[] {
  if (row.terms === null) return tokenize(row.text).map((t) => ftsToken(t.term));
  return row.terms === '' ? [] : row.terms.split(' ');
}

/** The FTS5 query for a search's candidates (see RARE_TERM_SENTENCES and QUERY_POSTINGS). */
function candidateQuery(terms: string[], documentFrequency: (term: string) => number): string {
  const quoted = (term: string): string => `"${ftsToken(term)}"`;
  const byRarity = [...terms].sort((a, b) => documentFrequency(a) - documentFrequency(b)).slice(0, PAIRED_TERMS);
  const isSingle = (term: string, i: number): boolean => i === 0 || documentFrequency(term) <= RARE_TERM_SENTENCES;
  const singles = byRarity.filter(isSingle);
  // A pair holding a single term matches nothing the single does not; bm25 would weigh that term again for
  // each such pair (and reads its rows once more for every phrase it appears in).
  const common = byRarity.filter((term, i) => !isSingle(term, i));
  let pairs: Array<[string, string]> = [];
  for (let i = 0; i < common.length; i++) {
    for (let j = i + 1; j < common.length; j++) pairs.push([common[i]!, common[j]!]);
  }
  const postings = (pair: [string, string]): number => documentFrequency(pair[0]) + documentFrequency(pair[1]);
  let cost = singles.reduce((n, term) => n + documentFrequency(term), 0) + pairs.reduce((n, pair) => n + postings(pair), 0);
  if (cost > QUERY_POSTINGS) {
    // The costliest pairs go first; the order of those kept is as before.
    const dropped = new Set<[string, string]>();
    for (const pair of [...pairs].sort((a, b) => postings(b) - postings(a))) {
      if (cost <= QUERY_POSTINGS) break;
      dropped.add(pair);
      cost -= postings(pair);
    }
    pairs = pairs.filter((pair) => !dropped.has(pair));
  }
  return [...singles.map(quoted), ...pairs.map(([a, b]) => `(${quoted(a)} AND ${quoted(b)})`)].join(' OR ');
}

function storyOf(row: StoryRow, sentences: Array<{ position: number; text: string }>): Story {
  return {
    id: row.story_id,
    file: row.source,
    index: row.position,
    title: row.title,
    outlet: row.outlet,
    date: row.date,
    byline: row.byline,
    body: row.body,
    sentences: sentences.map((s) => ({ id: `${row.story_id}:${s.position}`, storyId: row.story_id, index: s.position, text: s.text })),
    ...(row.url ? { url: row.url } : {}),
  };
}

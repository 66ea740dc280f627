// The plain types the briefing core speaks. Nothing here knows about Slack, Discord, SQLite or a model.

/** One news story: a file may hold several (they are split on their repeated headline). */
export interface Story {
  /** Stable id: `<file>#<index>` (index counts stories inside the file, from 1). */
  id: string;
  /** Base name of the file the story came from. */
  file: string;
  /** Position of the story inside its file, from 1. */
  index: number;
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD) when the story says it, else ''. */
  date: string;
  byline: string;
  /** Where the story can be read (a feed item's link); files have none. */
  url?: string;
  /** The cleaned body: paragraphs joined by blank lines, boilerplate removed. */
  body: string;
  sentences: Sentence[];
}

/** A sentence of a story body, kept verbatim so it can be quoted. */
export interface Sentence {
  /** `<storyId>:<index>` */
  id: string;
  storyId: string;
  /** Position in the story, from 0. */
  index: number;
  /** Verbatim text, exactly as it appears in the story file (whitespace inside kept). */
  text: string;
}

/** A group of near-duplicate stories (two cuts of the same wire copy count once). */
export interface DuplicateGroup {
  /** Group id: the id of its first story. */
  id: string;
  storyIds: string[];
}

/** A quoted source sentence backing a point. `quote` is always verbatim text of `file`. */
export interface Citation {
  n: number;
  file: string;
  storyId: string;
  title: string;
  outlet: string;
  /** The report's date, YYYY-MM-DD, or '' when the story gives none. */
  date: string;
  /** The story's link (feed items); absent for story files. */
  url?: string;
  quote: string;
  sentenceId: string;
}

export type EngineName = 'offline' | 'model';

export type AnswerKind =
  | 'answered'
  /** Nothing in the stories answers: `text` says so and `citations` hold the closest passage. */
  | 'abstained'
  /** The question itself could not be taken (empty, too long, not a question we can read). */
  | 'invalid';

export interface Answer {
  kind: AnswerKind;
  question: string;
  /** Figure first, one or two sentences. Every figure in it appears in a cited quote. */
  text: string;
  citations: Citation[];
  engine: EngineName;
  /** How many independent sources (duplicate groups) back the answer. */
  independentSources: number;
  /** True when the sources disagree and the answer cites both sides. */
  hasConflict: boolean;
  /**
   * For a figure of a developing story: the date of the report it comes from, and whether it is the newest
   * ("as of") or the first ("first reported") figure. Shown beside the answer, not inside its text.
   */
  dated?: { label: 'as of' | 'first reported'; day: string };
}

export interface DigestBullet {
  text: string;
  /** Citation numbers (`[n]`) backing the bullet. */
  marks: number[];
}

export interface DigestStory {
  headline: string;
  storyIds: string[];
  bullets: DigestBullet[];
  /** Points where the sources disagree, each cited. */
  disagreements: DigestBullet[];
  /** Independent sources (duplicate groups) that cover this story. */
  independentSources: number;
}

export interface Digest {
  /** The whole brief as plain text with `[n]` marks, at most 4,000 characters. */
  text: string;
  stories: DigestStory[];
  citations: Citation[];
  engine: EngineName;
  generatedAt: string;
}

/**
 * A searchable set of stories. It may hold 100,000 stories on disk, so nothing here hands out the whole
 * library: questions go through search(), the digest through recentStories(), listings page by page.
 */
export interface Library {
  /** Problems with story sources (a broken file), one sentence each naming the source. */
  warnings: string[];
  /** Ranked sentences for a query (BM25, with stems and synonyms). */
  search(query: string, limit: number): ScoredSentence[];
  index: { idf(term: string): number; documentFrequency(term: string): number };
  storyById(id: string): Story | undefined;
  /** A sentence's search terms (synonyms merged) and plain stems. */
  wordsOf(sentence: Sentence): SentenceWords;
  groupOf(storyId: string): string;
  /** Ids of the stories in a duplicate group, in library order. */
  groupMembers(groupId: string): string[];
  /** The day's stories, for the digest: see DIGEST_WINDOW_DAYS and DIGEST_WINDOW_STORIES in story-index.ts. In library order. */
  recentStories(): Story[];
  /** How many stories, and duplicate groups (independent sources), the library holds. */
  size(): { stories: number; groups: number };
  /** Stories in library order (file name, then position in the file), `limit` from `offset`. */
  storyPage(offset: number, limit: number): Story[];
}

export interface SentenceWords {
  terms: ReadonlySet<string>;
  stems: ReadonlySet<string>;
}

export interface ScoredSentence {
  sentence: Sentence;
  score: number;
}

/** What every engine can do; the briefing picks one and falls back to offline. */
export interface Engine {
  readonly name: EngineName;
  answer(question: string, library: Library): Promise<Answer>;
  digest(library: Library, options: DigestOptions): Promise<Digest>;
}

export interface DigestOptions {
  now: Date;
  /** Plain-text summary of at most this many words instead of the cited brief. */
  maxWords?: number;
}

/** A value from the outside that may be wrong: the problem says what to do next. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

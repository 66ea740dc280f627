// The answers the bot gave (kept ANSWER_TTL_DAYS, so a feedback click after a restart still knows what it
// rates) and the votes on them: one per user per answer, a second click changes the verdict in place.
import { randomBytes } from 'node:crypto';
import type { Platform, Verdict } from '../chat/types.ts';
import type { Citation, EngineName } from '../core/types.ts';
import type { Database } from './db.ts';

/** How long an answer can still be rated; older answers are forgotten (their votes are kept). */
export const ANSWER_TTL_DAYS = 30;
const DAY_MS = 86_400_000;

/** An answer as the bot gave it, where it gave it. */
export interface GivenAnswer {
  question: string;
  text: string;
  citations: Citation[];
  engine: EngineName;
  platform: Platform;
  channelId: string;
}

export interface StoredAnswer extends GivenAnswer {
  id: string;
  /** When it was given, ISO 8601. */
  at: string;
}

/** One user's vote on one answer, with a copy of the answer it rates. */
export interface FeedbackEntry {
  answerId: string;
  verdict: Verdict;
  question: string;
  answer: string;
  citations: Citation[];
  engine: EngineName;
  platform: Platform;
  channelId: string;
  userId: string;
  /** When the vote was cast (or last changed), ISO 8601. */
  at: string;
}

export interface Vote {
  answerId: string;
  userId: string;
  verdict: Verdict;
  /** Where the click came from: an answer is only rated on the platform that gave it. */
  platform: Platform;
  now: Date;
}

/** recorded: a first vote; changed: the user's vote flipped; unchanged: the same vote again; unknown: no such answer (or expired). */
export type VoteOutcome = 'recorded' | 'changed' | 'unchanged' | 'unknown';

export interface FeedbackStore {
  /** Keep an answer and return its id (12 URL-safe characters); answers past their time are pruned here. */
  recordAnswer(answer: GivenAnswer, now: Date): Promise<string>;
  /** The answer, while it can still be rated. */
  findAnswer(id: string, now: Date): Promise<StoredAnswer | undefined>;
  vote(vote: Vote): Promise<VoteOutcome>;
  /** Votes, newest first; `since` keeps those cast at or after it. */
  list(options?: { since?: Date }): Promise<FeedbackEntry[]>;
  /** The answers that can still be rated, oldest first. */
  listAnswers(now: Date): Promise<StoredAnswer[]>;
  /** Add answers and votes kept in another database; those already here (the same answer id, the same user on the same answer) stay as they are. Says how many were added. */
  addKept(kept: KeptFeedback): Promise<{ answers: number; votes: number }>;
}

/** Answers and votes from another database, each list oldest first. */
export interface KeptFeedback {
  answers: StoredAnswer[];
  votes: FeedbackEntry[];
}

/** An answers row as either backend returns it: SQLite keeps text (JSON, ISO 8601), PostgreSQL jsonb and timestamptz. */
export interface AnswerRow {
  id: string;
  question: string;
  answer: string;
  citations: unknown;
  engine: string;
  platform: string;
  channel_id: string;
  created_at: string | Date;
}

export interface FeedbackRow extends Omit<AnswerRow, 'id' | 'created_at'> {
  answer_id: string;
  user_id: string;
  verdict: string;
  at: string | Date;
}

/** The columns both backends store, citations as JSON text, times as ISO 8601 (named parameters for SQLite, records for PostgreSQL). */
export function answerColumns(a: StoredAnswer): AnswerRow & { citations: string; created_at: string } {
  return { id: a.id, question: a.question, answer: a.text, citations: JSON.stringify(a.citations), engine: a.engine, platform: a.platform, channel_id: a.channelId, created_at: a.at };
}

export function voteColumns(v: FeedbackEntry): FeedbackRow & { citations: string; at: string } {
  const { answerId, userId, verdict, question, answer, citations, engine, platform, channelId, at } = v;
  return { answer_id: answerId, user_id: userId, verdict, question, answer, citations: JSON.stringify(citations), engine, platform, channel_id: channelId, at };
}

export function newAnswerId(): string {
  return randomBytes(9).toString('base64url');
}

/** Answers given before this instant can no longer be rated. */
export function answerCutoff(now: Date): Date {
  return new Date(now.getTime() - ANSWER_TTL_DAYS * DAY_MS);
}

const INSERT_ANSWER = `INSERT INTO answers (id, question, answer, citations, engine, platform, channel_id, created_at)
  VALUES (@id, @question, @answer, @citations, @engine, @platform, @channel_id, @created_at)`;
const INSERT_VOTE = `INSERT INTO feedback (answer_id, user_id, verdict, question, answer, citations, engine, platform, channel_id, at)
  VALUES (@answer_id, @user_id, @verdict, @question, @answer, @citations, @engine, @platform, @channel_id, @at)`;

export function createFeedbackStore(db: Database): FeedbackStore {
  const insertAnswer = db.prepare<[ReturnType<typeof answerColumns>]>(INSERT_ANSWER);
  const pruneAnswers = db.prepare<[string]>('DELETE FROM answers WHERE created_at < ?');
  const readAnswer = db.prepare<[string, string], AnswerRow>('SELECT * FROM answers WHERE id = ? AND created_at >= ?');
  const readVote = db.prepare<[string, string], { verdict: string }>('SELECT verdict FROM feedback WHERE answer_id = ? AND user_id = ?');
  const insertVote = db.prepare<[ReturnType<typeof voteColumns>]>(INSERT_VOTE);
  const changeVote = db.prepare<[string, string, string, string]>('UPDATE feedback SET verdict = ?, at = ? WHERE answer_id = ? AND user_id = ?');
  const listAll = db.prepare<[string], FeedbackRow>('SELECT * FROM feedback WHERE at >= ? ORDER BY at DESC, rowid DESC');
  const listRateable = db.prepare<[string], AnswerRow>('SELECT * FROM answers WHERE created_at >= ? ORDER BY created_at, rowid');
  const addAnswer = db.prepare<[ReturnType<typeof answerColumns>]>(`${INSERT_ANSWER} ON CONFLICT (id) DO NOTHING`);
  const addVote = db.prepare<[ReturnType<typeof voteColumns>]>(`${INSERT_VOTE} ON CONFLICT (answer_id, user_id) DO NOTHING`);

  const findAnswer = (id: string, now: Date): StoredAnswer | undefined => {
    const row = readAnswer.get(id, answerCutoff(now).toISOString());
    return row && toStoredAnswer(row);
  };

  const vote = db.transaction((v: Vote): VoteOutcome => {
    const answer = findAnswer(v.answerId, v.now);
    if (!answer || answer.platform !== v.platform) return 'unknown';
    const previous = readVote.get(v.answerId, v.userId);
    if (previous?.verdict === v.verdict) return 'unchanged';
    const at = v.now.toISOString();
    if (previous) {
      changeVote.run(v.verdict, at, v.answerId, v.userId);
      return 'changed';
    }
    insertVote.run(voteColumns({ ...answer, answerId: answer.id, answer: answer.text, userId: v.userId, verdict: v.verdict, at }));
    return 'recorded';
  });

  const addKept = db.transaction((kept: KeptFeedback) => ({
    answers: kept.answers.reduce((added, a) => added + addAnswer.run(answerColumns(a)).changes, 0),
    votes: kept.votes.reduce((added, v) => added + addVote.run(voteColumns(v)).changes, 0),
  }));

  return {
    async recordAnswer(answer, now) {
      const id = newAnswerId();
      pruneAnswers.run(answerCutoff(now).toISOString());
      insertAnswer.run(answerColumns({ ...answer, id, at: now.toISOString() }));
      return id;
    },
    findAnswer: async (id, now) => findAnswer(id, now),
    vote: async (v) => vote.immediate(v),
    async list(options = {}) {
      return listAll.all(options.since?.toISOString() ?? '').map(toFeedbackEntry);
    },
    listAnswers: async (now) => listRateable.all(answerCutoff(now).toISOString()).map(toStoredAnswer),
    addKept: async (kept) => addKept.immediate(kept),
  };
}

export function toStoredAnswer(row: AnswerRow): StoredAnswer {
  return {
    id: row.id,
    question: row.question,
    text: row.answer,
    citations: parseCitations(row.citations),
    engine: row.engine as EngineName,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    at: isoOf(row.created_at),
  };
}

export function toFeedbackEntry(row: FeedbackRow): FeedbackEntry {
  return {
    answerId: row.answer_id,
    verdict: row.verdict as Verdict,
    question: row.question,
    answer: row.answer,
    citations: parseCitations(row.citations),
    engine: row.engine as EngineName,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    userId: row.user_id,
    at: isoOf(row.at),
  };
}

function isoOf(time: string | Date): string {
  return typeof time === 'string' ? time : time.toISOString();
}

/** Written by this module as JSON (text in SQLite, already parsed from jsonb in PostgreSQL); a value that does not parse shows no citations rather than failing the list. */
function parseCitations(value: unknown): Citation[] {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      return [];
    }
  }
  return Array.isArray(parsed) ? (parsed as Citation[]) : [];
}

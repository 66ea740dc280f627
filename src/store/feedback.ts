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
  recordAnswer(answer: GivenAnswer, now: Date): string;
  /** The answer, while it can still be rated. */
  findAnswer(id: string, now: Date): StoredAnswer | undefined;
  vote(vote: Vote): VoteOutcome;
  /** Votes, newest first; `since` keeps those cast at or after it. */
  list(options?: { since?: Date }): FeedbackEntry[];
}

interface AnswerRow {
  id: string;
  question: string;
  answer: string;
  citations: string;
  engine: string;
  platform: string;
  channel_id: string;
  created_at: string;
}

interface FeedbackRow extends Omit<AnswerRow, 'id' | 'created_at'> {
  answer_id: string;
  user_id: string;
  verdict: string;
  at: string;
}

export function createFeedbackStore(db: Database): FeedbackStore {
  const insertAnswer = db.prepare<[string, string, string, string, string, string, string, string]>(
    'INSERT INTO answers (id, question, answer, citations, engine, platform, channel_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const pruneAnswers = db.prepare<[string]>('DELETE FROM answers WHERE created_at < ?');
  const readAnswer = db.prepare<[string, string], AnswerRow>('SELECT * FROM answers WHERE id = ? AND created_at >= ?');
  const readVote = db.prepare<[string, string], { verdict: string }>('SELECT verdict FROM feedback WHERE answer_id = ? AND user_id = ?');
  const insertVote = db.prepare<[string, string, string, string, string, string, string, string, string, string]>(
    `INSERT INTO feedback (answer_id, user_id, verdict, question, answer, citations, engine, platform, channel_id, at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const changeVote = db.prepare<[string, string, string, string]>('UPDATE feedback SET verdict = ?, at = ? WHERE answer_id = ? AND user_id = ?');
  const listAll = db.prepare<[string], FeedbackRow>('SELECT * FROM feedback WHERE at >= ? ORDER BY at DESC, rowid DESC');

  const cutoff = (now: Date): string => new Date(now.getTime() - ANSWER_TTL_DAYS * DAY_MS).toISOString();
  const findAnswer = (id: string, now: Date): StoredAnswer | undefined => {
    const row = readAnswer.get(id, cutoff(now));
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
    insertVote.run(v.answerId, v.userId, v.verdict, answer.question, answer.text, JSON.stringify(answer.citations), answer.engine, answer.platform, answer.channelId, at);
    return 'recorded';
  });

  return {
    recordAnswer(answer, now) {
      const id = randomBytes(9).toString('base64url');
      pruneAnswers.run(cutoff(now));
      insertAnswer.run(id, answer.question, answer.text, JSON.stringify(answer.citations), answer.engine, answer.platform, answer.channelId, now.toISOString());
      return id;
    },
    findAnswer,
    vote: (v) => vote.immediate(v),
    list(options = {}) {
      return listAll.all(options.since?.toISOString() ?? '').map(toFeedbackEntry);
    },
  };
}

/** Votes by verdict, for /metrics. */
export function countFeedback(db: Database): Record<Verdict, number> {
  const rows = db.prepare<[], { verdict: string; n: number }>('SELECT verdict, COUNT(*) AS n FROM feedback GROUP BY verdict').all();
  const counts: Record<Verdict, number> = { up: 0, down: 0 };
  for (const row of rows) if (row.verdict === 'up' || row.verdict === 'down') counts[row.verdict] = row.n;
  return counts;
}

function toStoredAnswer(row: AnswerRow): StoredAnswer {
  return {
    id: row.id,
    question: row.question,
    text: row.answer,
    citations: parseCitations(row.citations),
    engine: row.engine as EngineName,
    platform: row.platform as Platform,
    channelId: row.channel_id,
    at: row.created_at,
  };
}

function toFeedbackEntry(row: FeedbackRow): FeedbackEntry {
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
    at: row.at,
  };
}

/** Written by this module as JSON; a row that does not parse shows no citations rather than failing the list. */
function parseCitations(json: string): Citation[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Citation[]) : [];
  } catch {
    return [];
  }
}

// Answers and feedback votes on PostgreSQL, so a click handled by any process finds the answer another
// process gave, and `briefing feedback` sees every process's votes. Each write is one statement: a vote
// reads the answer and upserts the user's row together, so two processes handling the same user's clicks
// at once leave one row and each learns truthfully what its click did.
import type pg from 'pg';
import { answerColumns, answerCutoff, newAnswerId, toFeedbackEntry, toStoredAnswer, voteColumns, type AnswerRow, type FeedbackRow, type FeedbackStore } from './feedback.ts';

/** Rows per statement when adding kept answers and votes (each statement carries them as one JSON parameter). */
const ADD_BATCH = 1000;

export function createPostgresFeedbackStore(pool: pg.Pool): FeedbackStore {
  return {
    async recordAnswer(answer, now) {
      const id = newAnswerId();
      await pool.query(
        `WITH pruned AS (DELETE FROM answers WHERE created_at < $9)
         INSERT INTO answers (id, question, answer, citations, engine, platform, channel_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, answer.question, answer.text, JSON.stringify(answer.citations), answer.engine, answer.platform, answer.channelId, now, answerCutoff(now)],
      );
      return id;
    },
    async findAnswer(id, now) {
      const { rows } = await pool.query<AnswerRow>('SELECT * FROM answers WHERE id = $1 AND created_at >= $2', [id, answerCutoff(now)]);
      return rows[0] && toStoredAnswer(rows[0]);
    },
    async vote(v) {
      // xmax = 0 only on a row this statement inserted; a changed verdict updates the row in place, and the
      // same verdict again updates nothing (no row returned).
      const { rows } = await pool.query<{ found: boolean; inserted: boolean | null }>(
        `WITH answer AS (SELECT * FROM answers WHERE id = $1 AND created_at >= $5 AND platform = $4),
         written AS (
           INSERT INTO feedback AS f (answer_id, user_id, verdict, question, answer, citations, engine, platform, channel_id, at)
           SELECT id, $2, $3, question, answer, citations, engine, platform, channel_id, $6 FROM answer
           ON CONFLICT (answer_id, user_id) DO UPDATE SET verdict = excluded.verdict, at = excluded.at WHERE f.verdict <> excluded.verdict
           RETURNING (xmax = 0) AS inserted
         )
         SELECT EXISTS (SELECT 1 FROM answer) AS found, (SELECT inserted FROM written) AS inserted`,
        [v.answerId, v.userId, v.verdict, v.platform, answerCutoff(v.now), v.now],
      );
      const { found, inserted } = rows[0]!;
      if (!found) return 'unknown';
      if (inserted === null) return 'unchanged';
      return inserted ? 'recorded' : 'changed';
    },
    async list(options = {}) {
      const { rows } = await pool.query<FeedbackRow>("SELECT * FROM feedback WHERE at >= coalesce($1::timestamptz, '-infinity') ORDER BY at DESC, seq DESC", [options.since ?? null]);
      return rows.map(toFeedbackEntry);
    },
    async listAnswers(now) {
      const { rows } = await pool.query<AnswerRow>('SELECT * FROM answers WHERE created_at >= $1 ORDER BY created_at', [answerCutoff(now)]);
      return rows.map(toStoredAnswer);
    },
    async addKept(kept) {
      const addAnswers = `INSERT INTO answers (id, question, answer, citations, engine, platform, channel_id, created_at)
        SELECT id, question, answer, citations::jsonb, engine, platform, channel_id, created_at
        FROM jsonb_to_recordset($1::jsonb) AS r(id text, question text, answer text, citations text, engine text, platform text, channel_id text, created_at timestamptz)
        ON CONFLICT (id) DO NOTHING`;
      const addVotes = `INSERT INTO feedback (answer_id, user_id, verdict, question, answer, citations, engine, platform, channel_id, at)
        SELECT answer_id, user_id, verdict, question, answer, citations::jsonb, engine, platform, channel_id, at
        FROM jsonb_to_recordset($1::jsonb) AS r(answer_id text, user_id text, verdict text, question text, answer text, citations text, engine text, platform text, channel_id text, at timestamptz, n integer)
        ORDER BY n -- the given order becomes seq's, which orders votes cast in the same instant
        ON CONFLICT (answer_id, user_id) DO NOTHING`;
      const added = { answers: 0, votes: 0 };
      for (let i = 0; i < kept.answers.length; i += ADD_BATCH) {
        added.answers += (await pool.query(addAnswers, [JSON.stringify(kept.answers.slice(i, i + ADD_BATCH).map(answerColumns))])).rowCount ?? 0;
      }
      for (let i = 0; i < kept.votes.length; i += ADD_BATCH) {
        added.votes += (await pool.query(addVotes, [JSON.stringify(kept.votes.slice(i, i + ADD_BATCH).map((v, n) => ({ ...voteColumns(v), n })))])).rowCount ?? 0;
      }
      return added;
    },
  };
}

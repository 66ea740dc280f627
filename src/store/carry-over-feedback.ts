// A bot that ran on its SQLite file and now runs on PostgreSQL keeps its answers' buttons working: the
// answers that can still be rated and every vote are copied from the file (which keeps them) into the
// shared store. Copying again adds only what is missing, so it can run at every start.
import type { FeedbackStore } from './feedback.ts';

export async function carryOverFeedback(from: FeedbackStore, to: FeedbackStore, now: Date): Promise<{ answers: number; votes: number }> {
  const [answers, votes] = await Promise.all([from.listAnswers(now), from.list()]);
  if (answers.length === 0 && votes.length === 0) return { answers: 0, votes: 0 };
  return to.addKept({ answers, votes: votes.reverse() });
}

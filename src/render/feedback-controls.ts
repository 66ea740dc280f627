// The two buttons under every kept answer (helpful / wrong or unsupported): their wording, the ids each
// platform carries back with a click, and how an adapter reads a click back into a verdict and an answer id.
import type { Verdict } from '../chat/types.ts';

export const FEEDBACK_BUTTONS = {
  up: { emoji: '👍', label: 'Helpful', description: 'This answer was helpful' },
  down: { emoji: '👎', label: 'Wrong or unsupported', description: 'This answer is wrong, or its sources do not support it' },
} as const satisfies Record<Verdict, { emoji: string; label: string; description: string }>;

export const VERDICTS: readonly Verdict[] = ['up', 'down'];

/** Slack: the button's action_id says the verdict, its value is the answer id. */
export const SLACK_FEEDBACK_ACTION_IDS = { up: 'feedback_up', down: 'feedback_down' } as const satisfies Record<Verdict, string>;

export interface FeedbackClick {
  verdict: Verdict;
  answerId: string;
}

export function readSlackFeedbackAction(actionId: string, value: unknown): FeedbackClick | undefined {
  const verdict = VERDICTS.find((v) => SLACK_FEEDBACK_ACTION_IDS[v] === actionId);
  return verdict && typeof value === 'string' ? { verdict, answerId: value } : undefined;
}

/** Discord: one custom_id carries both, `feedback:up:<answerId>`. */
export function discordFeedbackCustomId(verdict: Verdict, answerId: string): string {
  return `feedback:${verdict}:${answerId}`;
}

export function readDiscordFeedbackCustomId(customId: string): FeedbackClick | undefined {
  const match = /^feedback:(up|down):(.*)$/s.exec(customId);
  return match ? { verdict: match[1] as Verdict, answerId: match[2] ?? '' } : undefined;
}

// A click on an answer's helpful / wrong button: recorded once per user per answer, acknowledged privately.
import { ANSWER_TTL_DAYS, type VoteOutcome } from '../../store/feedback.ts';
import type { ChatContext } from '../context.ts';
import type { ChatEvent, Reply, Verdict } from '../types.ts';

/** Answer ids are ours (12 URL-safe characters); anything else is a forged or garbled click. */
const ANSWER_ID = /^[A-Za-z0-9_-]{1,64}$/;

const SAID: Record<Verdict, string> = { up: 'helpful', down: 'wrong or unsupported' };

export function runFeedback(event: Extract<ChatEvent, { kind: 'feedback' }>, context: ChatContext): Reply {
  if (!context.feedback) {
    return notice('error', 'Feedback is not being recorded here: the bot was started without its database.');
  }
  const outcome: VoteOutcome = ANSWER_ID.test(event.answerId)
    ? context.feedback.vote({ answerId: event.answerId, userId: event.userId, verdict: event.verdict, platform: event.platform, now: context.now() })
    : 'unknown';
  context.log.info('feedback', { platform: event.platform, channelId: event.channelId, userId: event.userId, verdict: event.verdict, outcome });
  return describeOutcome(outcome, event.verdict);
}

function describeOutcome(outcome: VoteOutcome, verdict: Verdict): Reply {
  switch (outcome) {
    case 'recorded':
      return notice(
        'success',
        verdict === 'up'
          ? 'Thanks! Noted that this answer was helpful.'
          : 'Thanks for flagging it. This answer is now marked as wrong or unsupported, for whoever runs this bot to review.',
      );
    case 'changed':
      return notice('success', `Vote changed: this answer is now marked as ${SAID[verdict]}.`);
    case 'unchanged':
      return notice('info', `You already marked this answer as ${SAID[verdict]}; nothing changed.`);
    case 'unknown':
      return notice(
        'error',
        `Sorry, I no longer have that answer (answers can be rated for ${ANSWER_TTL_DAYS} days), so your vote was not recorded. Ask again to get a fresh answer you can rate.`,
      );
    default:
      return outcome satisfies never;
  }
}

/** success: the vote counts; info: it already did; error: nothing was recorded. */
function notice(tone: 'success' | 'info' | 'error', text: string): Reply {
  return { kind: 'notice', tone, isPrivate: true, text };
}

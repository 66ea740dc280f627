// A click on an answer's helpful / wrong button: recorded once per user per answer, acknowledged privately.
import { DatabaseBusyError, retryWhileBusy } from '../../store/busy.ts';
import { ANSWER_TTL_DAYS, type VoteOutcome } from '../../store/feedback.ts';
import type { ChatContext } from '../context.ts';
import type { ChatEvent, Reply, Verdict } from '../types.ts';

/** Answer ids are ours (12 URL-safe characters); anything else is a forged or garbled click. */
const ANSWER_ID = /^[A-Za-z0-9_-]{1,64}$/;

const SAID: Record<Verdict, string> = { up: 'helpful', down: 'wrong or unsupported' };

export async function runFeedback(event: Extract<ChatEvent, { kind: 'feedback' }>, context: ChatContext): Promise<Reply> {
  const store = context.feedback;
  if (!store) {
    return notice('error', 'Feedback is not being recorded here: the bot was started without its database.');
  }
  const fields = { platform: event.platform, channelId: event.channelId, userId: event.userId, verdict: event.verdict };
  let outcome: VoteOutcome = 'unknown';
  if (ANSWER_ID.test(event.answerId)) {
    const vote = { answerId: event.answerId, userId: event.userId, verdict: event.verdict, platform: event.platform, now: context.now() };
    try {
      // The click was acked already; a database locked by another process is waited out between timers.
      outcome = await retryWhileBusy(() => store.vote(vote));
    } catch (err) {
      if (!(err instanceof DatabaseBusyError)) throw err;
      context.log.warn('feedback not recorded: the database stayed locked by another process', fields);
      return notice('error', err.message);
    }
  }
  context.log.info('feedback', { ...fields, outcome });
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

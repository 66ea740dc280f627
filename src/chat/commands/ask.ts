// /ask and @mentions: a question in, a cited answer out; follow-ups in a thread keep its context.
// Each real answer is kept for the feedback buttons, and a reply to the bot's answer continues its thread.
import type { Answer } from '../../core/types.ts';
import type { ChatContext } from '../context.ts';
import { resolveFollowUp, threadKey } from '../thread-context.ts';
import type { ChannelRef, ChatEvent, Reply } from '../types.ts';

type CommandEvent = Extract<ChatEvent, { kind: 'command' }>;
type MentionEvent = Extract<ChatEvent, { kind: 'mention' }>;

export async function runAsk(event: CommandEvent, context: ChatContext): Promise<Reply> {
  return stillIndexing(context) ?? (await keepForFeedback(await context.briefing.ask(event.text), event, context));
}

/** While the first build of the story index runs there is nothing to answer from yet: say how far it is. */
export function stillIndexing(context: ChatContext): Reply | undefined {
  const progress = context.briefing.indexing();
  if (!progress) return undefined;
  const count = (n: number): string => n.toLocaleString('en-US');
  const sofar = progress.total > 0 ? `, ${count(progress.done)} of ${count(progress.total)} story files so far` : '';
  return { kind: 'notice', tone: 'info', isPrivate: true, text: `Still indexing${sofar}. Ask again in a minute.` };
}

export async function runMention(event: MentionEvent, context: ChatContext): Promise<Reply> {
  const waiting = stillIndexing(context);
  if (waiting) return waiting;
  const key = threadKey(event.platform, event.channelId, event.threadId);
  const question = resolveFollowUp(context.threads.lastQuestion(key), event.text);
  const answer = await context.briefing.ask(question);
  if (answer.kind !== 'invalid') context.threads.remember(key, question);
  return await keepForFeedback(answer, event, context);
}

/**
 * Where the platform lets people reply to a message (Discord), a reply to one of the messages that carried
 * an answer continues the conversation that answer belonged to: each message id becomes a thread of its own.
 */
export function continueFromMessages(reply: Reply, channel: ChannelRef, messageIds: string[], context: Pick<ChatContext, 'threads'>): void {
  if (reply.kind !== 'answer' || reply.answer.kind === 'invalid') return;
  for (const id of messageIds) context.threads.remember(threadKey(channel.platform, channel.channelId, id), reply.answer.question);
}

/**
 * A reply to an answer message the bot has no memory of (it restarted, or the reply came before the post's
 * own confirmation) continues from the question kept with the answer its feedback buttons name.
 */
export async function continueFromAnswer(answerId: string, channel: ChannelRef, messageId: string, context: Pick<ChatContext, 'threads' | 'feedback' | 'now'>): Promise<void> {
  const key = threadKey(channel.platform, channel.channelId, messageId);
  if (context.threads.lastQuestion(key) !== undefined) return;
  const kept = await context.feedback?.findAnswer(answerId, context.now());
  if (kept && kept.platform === channel.platform && kept.channelId === channel.channelId) context.threads.remember(key, kept.question);
}

/** How long an answer waits to be kept for its feedback buttons: a database this slow does not hold the answer up. */
export const KEEP_ANSWER_WAIT_MS = 2000;

/** A real answer is kept so its feedback buttons can be clicked; if keeping fails or is slow, it still goes out, without them. */
async function keepForFeedback(answer: Answer, event: CommandEvent | MentionEvent, context: ChatContext): Promise<Reply> {
  if (answer.kind === 'invalid' || !context.feedback) return { kind: 'answer', answer };
  const { question, text, citations, engine } = answer;
  const fields = { platform: event.platform, channelId: event.channelId };
  try {
    const keeping = context.feedback.recordAnswer({ question, text, citations, engine, platform: event.platform, channelId: event.channelId }, context.now());
    const answerId = await settleWithin(keeping, KEEP_ANSWER_WAIT_MS);
    if (answerId !== undefined) return { kind: 'answer', answer, answerId };
    context.log.warn(`the database took over ${KEEP_ANSWER_WAIT_MS / 1000} s to keep the answer for feedback; it is sent without feedback buttons`, fields);
    keeping.catch((err: unknown) => context.log.warn('keeping an answer for feedback failed after it was sent without buttons', { ...fields, err }));
  } catch (err) {
    context.log.warn('could not keep the answer for feedback; it is sent without feedback buttons', { ...fields, err });
  }
  return { kind: 'answer', answer };
}

/** The work's value, or undefined once `ms` have passed without it. */
function settleWithin<T>(work: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(resolve, ms, undefined);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

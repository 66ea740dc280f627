// /ask and @mentions: a question in, a cited answer out; follow-ups in a thread keep its context.
import type { ChatContext } from '../context.ts';
import { resolveFollowUp, threadKey } from '../thread-context.ts';
import type { ChatEvent, Reply } from '../types.ts';

export async function runAsk(question: string, context: ChatContext): Promise<Reply> {
  return stillIndexing(context) ?? { kind: 'answer', answer: await context.briefing.ask(question) };
}

/** While the first build of the story index runs there is nothing to answer from yet: say how far it is. */
export function stillIndexing(context: ChatContext): Reply | undefined {
  const progress = context.briefing.indexing();
  if (!progress) return undefined;
  const count = (n: number): string => n.toLocaleString('en-US');
  const sofar = progress.total > 0 ? `, ${count(progress.done)} of ${count(progress.total)} story files so far` : '';
  return { kind: 'notice', tone: 'info', isPrivate: true, text: `Still indexing${sofar}. Ask again in a minute.` };
}

export async function runMention(event: Extract<ChatEvent, { kind: 'mention' }>, context: ChatContext): Promise<Reply> {
  const waiting = stillIndexing(context);
  if (waiting) return waiting;
  const key = threadKey(event.platform, event.channelId, event.threadId);
  const question = resolveFollowUp(context.threads.lastQuestion(key), event.text);
  const answer = await context.briefing.ask(question);
  if (answer.kind !== 'invalid') context.threads.remember(key, question);
  return { kind: 'answer', answer };
}

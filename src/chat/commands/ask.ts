// /ask and @mentions: a question in, a cited answer out; follow-ups in a thread keep its context.
import type { ChatContext } from '../context.ts';
import { resolveFollowUp, threadKey } from '../thread-context.ts';
import type { ChatEvent, Reply } from '../types.ts';

export async function runAsk(question: string, context: ChatContext): Promise<Reply> {
  return { kind: 'answer', answer: await context.briefing.ask(question) };
}

export async function runMention(event: Extract<ChatEvent, { kind: 'mention' }>, context: ChatContext): Promise<Reply> {
  const key = threadKey(event.platform, event.channelId, event.threadId);
  const question = resolveFollowUp(context.threads.lastQuestion(key), event.text);
  const answer = await context.briefing.ask(question);
  if (answer.kind !== 'invalid') context.threads.remember(key, question);
  return { kind: 'answer', answer };
}

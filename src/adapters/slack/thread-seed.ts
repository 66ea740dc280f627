// After a restart the chat layer's ThreadMemory is empty; a follow-up in an older thread ("and soldiers?")
// would lose its context. The thread's earlier questions are read back from Slack to restore it.
import type { webApi } from '@slack/bolt';
import type { ChatContext } from '../../chat/context.ts';
import { resolveFollowUp, threadKey } from '../../chat/thread-context.ts';
import type { ChatEvent } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import { type BotIdentity, isFromBot, readIncomingMessage, readQuestion } from './incoming.ts';

const THREAD_READ_LIMIT = 50;

/** Remember the thread's last question when the chat layer has none for it yet. Never throws. */
export async function seedThreadMemory(
  client: webApi.WebClient,
  event: Extract<ChatEvent, { kind: 'mention' }>,
  current: { ts: string; threadTs?: string },
  context: Pick<ChatContext, 'threads'>,
  bot: BotIdentity,
  log: Logger,
): Promise<void> {
  const key = threadKey(event.platform, event.channelId, event.threadId);
  if (current.threadTs === undefined || context.threads.lastQuestion(key) !== undefined) return;
  try {
    const thread = await client.conversations.replies({ channel: event.channelId, ts: current.threadTs, limit: THREAD_READ_LIMIT });
    let question: string | undefined;
    for (const raw of thread.messages ?? []) {
      const message = readIncomingMessage({ ...raw, channel: event.channelId });
      if (!message || isFromBot(message, bot) || compareTs(message.ts, current.ts) >= 0) continue;
      // In a channel only messages addressed to the bot were questions; in a DM every message was.
      if (!event.isDirect && !message.text.includes(`<@${bot.userId}`)) continue;
      const text = readQuestion(message.text, bot);
      if (text.length > 1) question = resolveFollowUp(question, text);
    }
    if (question !== undefined) context.threads.remember(key, question);
  } catch (err) {
    // Without history the follow-up is answered on its own, which is still an answer.
    log.warn('slack: could not read the thread to restore its context', { channelId: event.channelId, threadTs: current.threadTs, err });
  }
}

/** Order two Slack timestamps ("1700000000.000100") numerically; string order fails across digit counts. */
function compareTs(a: string, b: string): number {
  const [aSeconds = '0', aMicros = ''] = a.split('.');
  const [bSeconds = '0', bMicros = ''] = b.split('.');
  return Number(aSeconds) - Number(bSeconds) || Number(aMicros.padEnd(6, '0')) - Number(bMicros.padEnd(6, '0'));
}

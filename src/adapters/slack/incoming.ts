// Slack message payloads (app_mention, message.im) → ChatEvent. Payloads arrive as unknown and are read once, here.
import type { ChatEvent } from '../../chat/types.ts';

/** The fields of a Slack message event the bot uses. */
interface IncomingMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  text: string;
  user?: string;
  botId?: string;
  subtype?: string;
  channelType?: string;
}

/** Who the bot is in this workspace (from auth.test). */
export interface BotIdentity {
  userId: string;
  botId?: string;
  /** The bot user's name, for "/invite @name" hints. */
  name: string;
}

export function readIncomingMessage(event: unknown): IncomingMessage | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof e[key] === 'string' ? (e[key] as string) : undefined);
  const channel = text('channel');
  const ts = text('ts');
  if (channel === undefined || ts === undefined) return undefined;
  return {
    channel,
    ts,
    threadTs: text('thread_ts'),
    text: text('text') ?? '',
    user: text('user'),
    botId: text('bot_id'),
    subtype: text('subtype'),
    channelType: text('channel_type'),
  };
}

/** Our own posts and other bots' never get an answer (two bots answering each other never stop). */
export function isFromBot(message: IncomingMessage, bot: BotIdentity): boolean {
  return message.botId !== undefined || message.subtype === 'bot_message' || message.user === bot.userId;
}

/** The question as typed: the bot's `<@U…>` mention removed and Slack's &amp; &lt; &gt; decoded. */
export function readQuestion(text: string, bot: BotIdentity): string {
  return decodeEntities(text.replace(new RegExp(`<@${bot.userId}(\\|[^>]*)?>`, 'g'), ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Slack escapes &, < and > in message and command text (https://docs.slack.dev/messaging/formatting-message-text). */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * A mention in a channel is answered in the thread it started (or was in). A direct message is answered
 * in the conversation, and the whole DM counts as one thread unless the user opened a real one.
 */
export function toMentionEvent(message: IncomingMessage, bot: BotIdentity, isDirect: boolean): Extract<ChatEvent, { kind: 'mention' }> {
  return {
    kind: 'mention',
    text: readQuestion(message.text, bot),
    platform: 'slack',
    channelId: message.channel,
    threadId: message.threadTs ?? (isDirect ? message.channel : message.ts),
    userId: message.user ?? '',
    isDirect,
  };
}

/** Where the answer goes: the mention's thread, or a DM's open thread (none at the top of a DM). */
export function replyThreadTs(message: IncomingMessage, isDirect: boolean): string | undefined {
  return message.threadTs ?? (isDirect ? undefined : message.ts);
}

// "@bot how many were freed?" in a channel or thread, or anything said in a DM: answered as a reply.
import type { Message } from 'discord.js';
import type { ChatContext } from '../../chat/context.ts';
import { handleEvent } from '../../chat/handle-event.ts';
import type { ChatEvent } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import { renderDiscordMessages } from '../../render/embeds.ts';
import { sendMessages } from './channel-posting.ts';

type MentionEvent = Extract<ChatEvent, { kind: 'mention' }>;

/**
 * The ChatEvent for a message the bot should answer, or undefined (bots, itself, chatter not aimed at it).
 * A conversation is keyed like Slack's: a question in a channel starts one under its own id, and a thread
 * started from that message has the same id, so follow-ups there keep the context; a DM is one conversation.
 */
export function toMentionEvent(message: Message, botUserId: string): MentionEvent | undefined {
  if (message.author.bot) return undefined;
  const channel = message.channel;
  const isDirect = channel.isDMBased();
  if (!isDirect && !message.mentions.users.has(botUserId)) return undefined;
  const inThread = channel.isThread();
  return {
    kind: 'mention',
    text: message.content.replaceAll(`<@${botUserId}>`, ' ').replaceAll(`<@!${botUserId}>`, ' ').replace(/\s+/g, ' ').trim(),
    platform: 'discord',
    channelId: inThread ? (channel.parentId ?? channel.id) : channel.id,
    threadId: isDirect || inThread ? channel.id : message.id,
    userId: message.author.id,
    isDirect,
  };
}

export async function answerMention(message: Message, event: MentionEvent, context: ChatContext, log: Logger): Promise<void> {
  log.info('discord mention', { channelId: message.channelId, userId: event.userId, isDirect: event.isDirect });
  const reply = await handleEvent(event, context);
  if (!message.channel.isSendable()) throw new Error(`cannot reply in Discord channel ${message.channelId} (type ${message.channel.type})`);
  await sendMessages(message.channel, renderDiscordMessages(reply), message);
}

// "@bot how many were freed?" in a channel or thread, anything said in a DM, or a reply to one of the bot's
// answers (with the reply ping on): answered as a reply, in the conversation it belongs to.
import { ComponentType, type Message } from 'discord.js';
import type { ChatContext } from '../../chat/context.ts';
import { continueFromAnswer, continueFromMessages } from '../../chat/commands/ask.ts';
import { handleEvent } from '../../chat/handle-event.ts';
import { threadKey } from '../../chat/thread-context.ts';
import type { ChatEvent } from '../../chat/types.ts';
import type { Logger } from '../../log.ts';
import { renderDiscordMessages } from '../../render/embeds.ts';
import { readDiscordFeedbackCustomId } from '../../render/feedback-controls.ts';
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
    // A reply to one of the bot's answers continues that answer's conversation (see continueFromMessages).
    threadId: repliedToBot(message, botUserId) ?? (isDirect || inThread ? channel.id : message.id),
    userId: message.author.id,
    isDirect,
  };
}

/** The id of the bot's message this one replies to. Discord puts the replied-to author in `mentions` only while the reply ping is on. */
function repliedToBot(message: Message, botUserId: string): string | undefined {
  return message.reference?.messageId !== undefined && message.mentions.repliedUser?.id === botUserId ? message.reference.messageId : undefined;
}

export async function answerMention(message: Message, event: MentionEvent, context: ChatContext, log: Logger): Promise<void> {
  log.info('discord mention', { channelId: message.channelId, userId: event.userId, isDirect: event.isDirect });
  if (message.reference?.messageId === event.threadId) await restoreReplyContext(message, event, context, log);
  const reply = await handleEvent(event, context);
  if (!message.channel.isSendable()) throw new Error(`cannot reply in Discord channel ${message.channelId} (type ${message.channel.type})`);
  const sent = await sendMessages(message.channel, renderDiscordMessages(reply), message);
  continueFromMessages(reply, event, sent.map((m) => m.id), context);
}

/** Read the replied-to answer's feedback buttons for its answer id when the conversation is not in memory. Never throws. */
async function restoreReplyContext(message: Message, event: MentionEvent, context: ChatContext, log: Logger): Promise<void> {
  if (!context.feedback || context.threads.lastQuestion(threadKey(event.platform, event.channelId, event.threadId)) !== undefined) return;
  try {
    // Discord sends the replied-to message along, and discord.js caches it: usually no request is made.
    const answer = await message.fetchReference();
    const answerId = answer.components
      .flatMap((row) => (row.type === ComponentType.ActionRow ? row.components : []))
      .map((component) => (component.type === ComponentType.Button && component.customId ? readDiscordFeedbackCustomId(component.customId) : undefined))
      .find((click) => click !== undefined)?.answerId;
    if (answerId !== undefined) await continueFromAnswer(answerId, event, event.threadId, context);
  } catch (err) {
    // Without it the reply is answered on its own, which is still an answer.
    log.warn('discord: could not read the replied-to answer to restore its conversation', { channelId: message.channelId, err });
  }
}

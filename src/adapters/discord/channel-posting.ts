// Posting rendered messages in a channel, checking beforehand that the bot may, and saying what a server
// admin should grant when Discord refuses (50001 Missing Access, 50013 Missing Permissions).
import { PermissionFlagsBits, type Channel, type Client, type DiscordAPIError, type Message, type SendableChannels } from 'discord.js';
import type { DiscordMessage } from '../../render/embeds.ts';
import { isDiscordError, MISSING_ACCESS, UNKNOWN_CHANNEL } from './discord-errors.ts';

const PERMISSION_NAMES = new Map<bigint, string>([
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
]);

/** The first message answers `replyTo` when given (a mention), the rest follow in the same channel. Resolves to what was sent. */
export async function sendMessages(channel: SendableChannels, messages: DiscordMessage[], replyTo?: Message): Promise<Message[]> {
  const sent: Message[] = [];
  for (const [i, message] of messages.entries()) {
    sent.push(i === 0 && replyTo ? await replyTo.reply(message) : await channel.send(message));
  }
  return sent;
}

/** Fetch a channel; undefined when it does not exist or the bot cannot see it. */
export async function fetchChannel(client: Client, channelId: string): Promise<Channel | undefined> {
  try {
    return (await client.channels.fetch(channelId)) ?? undefined;
  } catch (err) {
    if (isDiscordError(err, UNKNOWN_CHANNEL, MISSING_ACCESS)) return undefined;
    throw err;
  }
}

/** Why the bot cannot post briefs in the channel, as a sentence for the user; undefined when it can. */
export async function checkChannel(client: Client<true>, channelId: string): Promise<string | undefined> {
  const channel = await fetchChannel(client, channelId);
  if (!channel) return 'I can’t see this channel: add me to it, or give me the View Channel permission there.';
  if (!channel.isSendable()) return `${labelOf(channel)} is not a text channel, so I can’t post briefs there.`;
  const missing = missingPermissions(channel, client);
  if (missing.length > 0) return `I can’t post in ${labelOf(channel)}: give me ${listOf(missing)} there (channel settings → Permissions).`;
  return undefined;
}

/** A log line for a refused post: which channel, and which permissions to grant the bot there. */
export function explainRefusal(client: Client<true>, channel: Channel | undefined, channelId: string, err: DiscordAPIError): string {
  const missing = channel ? missingPermissions(channel, client) : [];
  // The cached permissions may look fine (an overwrite changed a moment ago, a reply needs message history).
  const threadSend = channel?.isThread() ? 'Send Messages in Threads' : 'Send Messages';
  const grant = missing.length > 0 ? missing : ['View Channel', threadSend, 'Embed Links', 'Read Message History'];
  const where = channel ? `${labelOf(channel)} (${channelId})` : `channel ${channelId}`;
  return `Discord refused to let the bot post in ${where} (${err.message}): grant the bot ${listOf(grant)} in that channel`;
}

function missingPermissions(channel: Channel, client: Client<true>): string[] {
  if (channel.isDMBased()) return [];
  const granted = channel.permissionsFor(client.user);
  const needed = [PermissionFlagsBits.ViewChannel, channel.isThread() ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages, PermissionFlagsBits.EmbedLinks];
  return needed.filter((p) => !granted?.has(p)).map((p) => PERMISSION_NAMES.get(p) ?? String(p));
}

function labelOf(channel: Channel): string {
  return !channel.isDMBased() && channel.name ? `#${channel.name}` : 'this conversation';
}

function listOf(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

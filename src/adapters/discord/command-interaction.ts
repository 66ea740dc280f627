// A slash command: acknowledge at once (Discord gives up after 3 s), then let the chat layer answer and
// put the rendered reply in place of the "thinking…" message, with follow-ups for the rest.
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';
import { continueFromMessages } from '../../chat/commands/ask.ts';
import { COMMANDS } from '../../chat/commands/definitions.ts';
import type { ChatContext } from '../../chat/context.ts';
import { handleEvent } from '../../chat/handle-event.ts';
import type { ChatEvent } from '../../chat/types.ts';
import { isPrivateReply } from '../../chat/visibility.ts';
import type { Logger } from '../../log.ts';
import { renderDiscordMessages, type DiscordMessage } from '../../render/embeds.ts';
import { isDiscordError, UNKNOWN_INTERACTION } from './discord-errors.ts';

/** Subcommands whose answer is only for the asker; the rest are deferred in public. */
const PRIVATE_SUBCOMMANDS = new Set(['help', 'preview', 'schedule', 'feeds']);

type CommandEvent = Extract<ChatEvent, { kind: 'command' }>;

/** `/brief subscribe time:07:30 timezone:Europe/Kyiv` → "subscribe 07:30 Europe/Kyiv", as Slack users type it. */
function toCommandEvent(interaction: ChatInputCommandInteraction): CommandEvent | undefined {
  const definition = COMMANDS.find((c) => c.name === interaction.commandName);
  if (!definition) return undefined;
  const subcommandName = definition.subcommands.length > 0 ? interaction.options.getSubcommand(false) ?? 'today' : undefined;
  const subcommand = definition.subcommands.find((s) => s.name === subcommandName);
  const values = (subcommand ?? definition).options.map((o) => interaction.options.getString(o.name)?.trim() ?? '');
  return {
    kind: 'command',
    name: definition.name,
    text: [subcommandName ?? '', ...values].filter(Boolean).join(' '),
    platform: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    // memberPermissions is null in DMs, where the user owns the conversation.
    canManageChannel: interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? true,
  };
}

export async function answerCommand(interaction: ChatInputCommandInteraction, context: ChatContext, log: Logger): Promise<void> {
  const event = toCommandEvent(interaction);
  const subcommand = interaction.options.getSubcommand(false);
  const fields = { command: interaction.commandName, subcommand, userId: interaction.user.id, channelId: interaction.channelId };
  if (!event) {
    log.warn('unknown Discord command; restart the bot to re-register its commands', fields);
    return;
  }
  log.info('discord command', fields);
  const deferredPrivate = subcommand !== null && PRIVATE_SUBCOMMANDS.has(subcommand);
  try {
    await interaction.deferReply(deferredPrivate ? { flags: MessageFlags.Ephemeral } : {});
  } catch (err) {
    if (!isDiscordError(err, UNKNOWN_INTERACTION)) throw err;
    log.warn('Discord interaction expired before it was acknowledged (over 3 s); the user saw "The application did not respond"', fields);
    return;
  }
  const reply = await handleEvent(event, context);
  const sent = await sendReply(interaction, renderDiscordMessages(reply), isPrivateReply(reply, event), deferredPrivate);
  // A reply to the /ask answer continues from its question, as a reply to a mention's answer does.
  continueFromMessages(reply, event, sent, context);
}

/** Resolves to the ids of the messages sent. */
async function sendReply(interaction: ChatInputCommandInteraction, messages: DiscordMessage[], isPrivate: boolean, deferredPrivate: boolean): Promise<string[]> {
  const flags = isPrivate ? MessageFlags.Ephemeral : undefined;
  const [first, ...rest] = messages;
  if (!first) return [];
  const sent: string[] = [];
  if (isPrivate === deferredPrivate) {
    sent.push((await interaction.editReply(first)).id);
  } else {
    // A deferred reply cannot change between public and private: replace it with a follow-up that can.
    await interaction.deleteReply();
    sent.push((await interaction.followUp({ ...first, flags })).id);
  }
  for (const message of rest) sent.push((await interaction.followUp({ ...message, flags })).id);
  return sent;
}

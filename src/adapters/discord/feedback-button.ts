// A click on an answer's helpful / wrong button (INTERACTION_CREATE, MESSAGE_COMPONENT): acknowledged at once
// with a deferred update (type 6, the message stays as it is), then recorded, and the clicker gets an
// ephemeral note as a follow-up.
import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { ChatContext } from '../../chat/context.ts';
import { handleEvent } from '../../chat/handle-event.ts';
import type { Logger } from '../../log.ts';
import { renderDiscordMessages } from '../../render/embeds.ts';
import { readDiscordFeedbackCustomId } from '../../render/feedback-controls.ts';
import { isDiscordError, UNKNOWN_INTERACTION } from './discord-errors.ts';

export async function answerFeedbackButton(interaction: ButtonInteraction, context: ChatContext, log: Logger): Promise<void> {
  const click = readDiscordFeedbackCustomId(interaction.customId);
  if (!click) return; // not one of ours
  const fields = { channelId: interaction.channelId, userId: interaction.user.id, verdict: click.verdict };
  try {
    // Discord gives up on an interaction after 3 s; the vote can wait on the database, the ack cannot.
    await interaction.deferUpdate();
  } catch (err) {
    if (!isDiscordError(err, UNKNOWN_INTERACTION)) throw err;
    log.warn('Discord feedback click expired before it was acknowledged (over 3 s); the vote was not recorded', fields);
    return;
  }
  const reply = await handleEvent({ kind: 'feedback', ...click, platform: 'discord', channelId: interaction.channelId, userId: interaction.user.id }, context);
  for (const message of renderDiscordMessages(reply)) await interaction.followUp({ ...message, flags: MessageFlags.Ephemeral });
}

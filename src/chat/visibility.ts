// "Is this reply private?" decided once, for every platform: each adapter asks here and turns the answer
// into its own mechanism (Slack ephemeral, Discord's Ephemeral flag, the playground's private marker).
import type { ChatEvent, Reply } from './types.ts';

/**
 * Only the asker sees a question the bot could not read (their mistake is nobody else's business), the
 * help for a command, and anything the command marked private (a preview, a schedule, a refusal).
 * Answers and briefs are for the channel. `event` is undefined for what the bot posts by itself.
 */
export function isPrivateReply(reply: Reply, event?: Pick<ChatEvent, 'kind'>): boolean {
  switch (reply.kind) {
    case 'answer':
      return reply.answer.kind === 'invalid';
    case 'digest':
    case 'notice':
      return reply.isPrivate === true;
    case 'help':
      // A bare @mention gets the help in its thread, where the asker is looking.
      return event?.kind === 'command';
    default:
      return reply satisfies never;
  }
}

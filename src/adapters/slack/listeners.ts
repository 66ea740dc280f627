// What the Slack app listens to: /brief and /ask, @mentions in channels, direct messages and feedback clicks.
// Each is acknowledged before any work, then answered through handleEvent.
import type { App, webApi } from '@slack/bolt';
import { COMMANDS } from '../../chat/commands/definitions.ts';
import type { ChatContext } from '../../chat/context.ts';
import { handleEvent } from '../../chat/handle-event.ts';
import type { ChatEvent } from '../../chat/types.ts';
import { isPrivateReply } from '../../chat/visibility.ts';
import type { Logger, LogFields } from '../../log.ts';
import { renderSlackMessages } from '../../render/blocks.ts';
import { postMessages, respondMessages, type MessagePoster } from './deliver.ts';
import { registerFeedbackAction } from './feedback-action.ts';
import { type BotIdentity, decodeEntities, isFromBot, readIncomingMessage, replyThreadTs, toMentionEvent } from './incoming.ts';
import type { RecentDeliveries } from './recent-deliveries.ts';
import { describeDeliveryError, readErrorCode } from './slack-errors.ts';
import { seedThreadMemory } from './thread-seed.ts';

export interface ListenerDeps {
  client: webApi.WebClient;
  /** Posts through the workspace's paced queue. */
  poster: MessagePoster;
  chat: ChatContext;
  bot: BotIdentity;
  log: Logger;
  recent: RecentDeliveries;
  /** Run work after the ack; it is awaited on stop() and whatever it throws is logged. */
  track: (fields: LogFields, work: () => Promise<void>) => Promise<void>;
}

export function registerListeners(app: App, deps: ListenerDeps): void {
  for (const definition of COMMANDS) {
    app.command(`/${definition.name}`, async ({ command, ack, respond }) => {
      // Slack shows an error if the ack takes over 3 s, so it comes before anything else.
      await ack();
      const fields = { platform: 'slack', channelId: command.channel_id, command: definition.name };
      await deps.track(fields, async () => {
        deps.log.info('slack: command', { ...fields, userId: command.user_id });
        const event: ChatEvent = {
          kind: 'command',
          name: definition.name,
          text: decodeEntities(command.text),
          platform: 'slack',
          channelId: command.channel_id,
          userId: command.user_id,
        };
        const reply = await handleEvent(event, deps.chat);
        try {
          await respondMessages(respond, renderSlackMessages(reply), isPrivateReply(reply, event));
        } catch (err) {
          const code = readErrorCode(err);
          // A response_url takes replies for 30 minutes after the command; an answer slower than that is lost.
          deps.log.error(`slack: could not answer /${definition.name} in ${command.channel_id} through its response_url (${code})`, { ...fields, code });
        }
      });
    });
  }
  // Events are acked by Bolt before listeners run.
  app.event('app_mention', async ({ event, body, context }) => {
    await deps.track({ platform: 'slack', kind: 'mention' }, () => answerMessage(event, { eventId: body.event_id, retryNum: context.retryNum }, false, deps));
  });
  app.event('message', async ({ event, body, context }) => {
    await deps.track({ platform: 'slack', kind: 'direct' }, () => answerMessage(event, { eventId: body.event_id, retryNum: context.retryNum }, true, deps));
  });
  registerFeedbackAction(app, deps);
}

async function answerMessage(
  payload: unknown,
  delivery: { eventId: string; retryNum?: number },
  isDirect: boolean,
  deps: ListenerDeps,
): Promise<void> {
  const message = readIncomingMessage(payload);
  // Edits, joins and deletions carry a subtype; only plain messages in a DM are questions.
  if (!message || isFromBot(message, deps.bot) || message.subtype !== undefined) return;
  if (isDirect && message.channelType !== 'im') return;
  const fields = { platform: 'slack', channelId: message.channel, eventId: delivery.eventId, ...(delivery.retryNum ? { retryNum: delivery.retryNum } : {}) };
  if (!deps.recent.isFirst([`event:${delivery.eventId}`, `message:${message.channel}:${message.ts}`])) {
    deps.log.info('slack: skipped an event already being answered (a retry or a duplicate)', fields);
    return;
  }
  deps.log.info('slack: message', { ...fields, isDirect, userId: message.user });
  const event = toMentionEvent(message, deps.bot, isDirect);
  await seedThreadMemory(deps.client, event, message, deps.chat, deps.bot, deps.log);
  const reply = await handleEvent(event, deps.chat);
  const visibleTo = isPrivateReply(reply, event) && !isDirect ? message.user : undefined;
  try {
    await postMessages(deps.poster, { channel: message.channel, threadTs: replyThreadTs(message, isDirect), visibleTo }, renderSlackMessages(reply));
  } catch (err) {
    const code = readErrorCode(err);
    deps.log.error(describeDeliveryError(code, message.channel, deps.bot.name), { ...fields, code });
  }
}

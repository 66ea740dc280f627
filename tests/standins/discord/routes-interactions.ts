// Routes: interaction callbacks and the interaction webhook (edit/get/delete @original, follow-ups).
import type { Events } from './events.ts';
import { discordError, json, noContent, type Reply, type RestContext, type Route } from './rest.ts';
import { attachmentsFrom, applyEdit } from './routes-messages.ts';
import type { Changes } from './util.ts';
import { isRecord } from './util.ts';
import { checkMessageBody } from './validate.ts';
import type { InteractionState, StoredMessage, World } from './world.ts';
import { buildBotMessage } from './messages.ts';

export interface InteractionDeps {
  world: World;
  events: Events;
  changes: Changes;
  baseUrl: string;
  echoBotMessages: boolean;
  ackTimeoutMs: number;
}

const ID = '(\\d{15,21})';
const TOKEN = '([^/]+)';
const VALID_CALLBACK_TYPES = new Set([1, 4, 5, 6, 7, 8, 9, 10, 12]);
const EPHEMERAL = 64;
const LOADING = 128;

export function interactionRoutes({ world, events, changes, baseUrl, echoBotMessages, ackTimeoutMs }: InteractionDeps): Route[] {
  const echoCreate = (stored: StoredMessage): void => {
    if (echoBotMessages) events.messageCreate(stored);
  };

  const callback = (ctx: RestContext): Reply => {
    const [id = '', token = ''] = ctx.params;
    const interaction = world.interactions.get(id);
    if (!interaction || interaction.token !== token) return discordError(404, 10062, 'Unknown interaction');
    if (interaction.callbackType !== null) return discordError(400, 40060, 'Interaction has already been acknowledged.');
    if (ackTimeoutMs > 0 && Date.now() - interaction.createdAt > ackTimeoutMs) return discordError(404, 10062, 'Unknown interaction');
    const body = isRecord(ctx.body) ? ctx.body : {};
    const type = body.type;
    if (typeof type !== 'number' || !VALID_CALLBACK_TYPES.has(type)) {
      return json(400, { message: 'Invalid Form Body', code: 50035, errors: { type: { _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of {1, 4, 5, 6, 7, 8, 9, 10, 12}.' }] } } });
    }
    const data = body.data ?? null;
    const flags = isRecord(data) && typeof data.flags === 'number' ? data.flags : 0;
    let stored: StoredMessage | null = null;
    if (type === 4) {
      const check = checkMessageBody(data, ctx.files.length, true);
      if (!check.ok) return json(check.status, check.body);
      const message = buildBotMessage(world, {
        channelId: interaction.channelId,
        body: data,
        attachments: attachmentsFrom(ctx.files, baseUrl, interaction.channelId),
        type: 20,
        webhook: true,
        interaction,
      });
      stored = world.storeMessage(message, interaction.guildId, (flags & EPHEMERAL) !== 0);
    } else if (type === 5) {
      const message = buildBotMessage(world, { channelId: interaction.channelId, body: { flags }, attachments: [], type: 20, webhook: true, interaction, extraFlags: LOADING });
      stored = world.storeMessage(message, interaction.guildId, (flags & EPHEMERAL) !== 0);
    }
    interaction.callbackType = type;
    if (stored) {
      interaction.originalMessageId = stored.message.id;
      interaction.ephemeral = stored.ephemeral;
      echoCreate(stored);
    }
    world.interactionCallbacks.push({ interactionId: id, token, type, data, at: Date.now() });
    changes.notify();
    if (ctx.query.with_response !== 'true') return noContent;
    return json(200, {
      interaction: {
        id,
        type: 2,
        response_message_id: stored?.message.id ?? null,
        response_message_loading: type === 5,
        response_message_ephemeral: stored?.ephemeral ?? false,
      },
      ...(stored ? { resource: { type, message: stored.message } } : { resource: { type } }),
    });
  };

  /** The acknowledged interaction behind /webhooks/:app/:token, or the Discord error. */
  const webhookInteraction = (ctx: RestContext): InteractionState | Reply => {
    const [appId = '', token = ''] = ctx.params;
    const interaction = world.interactionsByToken.get(token);
    if (appId !== world.ids.appId || !interaction || interaction.callbackType === null) return discordError(404, 10015, 'Unknown Webhook');
    return interaction;
  };
  const isReply = (value: InteractionState | Reply): value is Reply => 'status' in value;

  const resolveMessage = (interaction: InteractionState, messageId: string): StoredMessage | Reply => {
    const id = messageId === '@original' ? interaction.originalMessageId : interaction.followupIds.includes(messageId) ? messageId : null;
    const stored = id ? world.messageMap.get(id) : undefined;
    return stored ?? discordError(404, 10008, 'Unknown Message');
  };
  const isStored = (value: StoredMessage | Reply): value is StoredMessage => 'message' in value;

  const base = `^/webhooks/${ID}/${TOKEN}`;
  return [
    { method: 'POST', pattern: new RegExp(`^/interactions/${ID}/${TOKEN}/callback$`), auth: false, handle: callback },
    {
      method: 'POST',
      pattern: new RegExp(`${base}$`),
      auth: false,
      handle: (ctx) => {
        const interaction = webhookInteraction(ctx);
        if (isReply(interaction)) return interaction;
        const check = checkMessageBody(ctx.body, ctx.files.length, true);
        if (!check.ok) return json(check.status, check.body);
        const flags = isRecord(ctx.body) && typeof ctx.body.flags === 'number' ? ctx.body.flags : 0;
        const message = buildBotMessage(world, {
          channelId: interaction.channelId,
          body: ctx.body,
          attachments: attachmentsFrom(ctx.files, baseUrl, interaction.channelId),
          webhook: true,
          interaction,
        });
        const stored = world.storeMessage(message, interaction.guildId, (flags & EPHEMERAL) !== 0);
        interaction.followupIds.push(message.id);
        echoCreate(stored);
        return ctx.query.wait === 'false' ? noContent : json(200, message);
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`${base}/messages/(@original|\\d{15,21})$`),
      auth: false,
      handle: (ctx) => {
        const interaction = webhookInteraction(ctx);
        if (isReply(interaction)) return interaction;
        const stored = resolveMessage(interaction, ctx.params[2] ?? '');
        return isStored(stored) ? json(200, stored.message) : stored;
      },
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`${base}/messages/(@original|\\d{15,21})$`),
      auth: false,
      handle: (ctx) => {
        const interaction = webhookInteraction(ctx);
        if (isReply(interaction)) return interaction;
        const stored = resolveMessage(interaction, ctx.params[2] ?? '');
        if (!isStored(stored)) return stored;
        const check = checkMessageBody(ctx.body, ctx.files.length, false);
        if (!check.ok) return json(check.status, check.body);
        const next = applyEdit(world, stored.message, ctx.body, attachmentsFrom(ctx.files, baseUrl, interaction.channelId));
        world.replaceMessage(next);
        if (echoBotMessages) events.messageUpdate(stored);
        changes.notify();
        return json(200, next);
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`${base}/messages/(@original|\\d{15,21})$`),
      auth: false,
      handle: (ctx) => {
        const interaction = webhookInteraction(ctx);
        if (isReply(interaction)) return interaction;
        const stored = resolveMessage(interaction, ctx.params[2] ?? '');
        if (!isStored(stored)) return stored;
        world.deleteMessage(stored.message.id);
        events.messageDelete(stored);
        return noContent;
      },
    },
  ];
}

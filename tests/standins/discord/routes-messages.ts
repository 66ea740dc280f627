// Routes: channels, channel messages (with Discord's limits), threads, typing, reactions, DM channels.
import type { APIAttachment, APIEmbed, APIMessage } from 'discord.js';
import type { Events } from './events.ts';
import { discordError, json, noContent, type Reply, type RestContext, type Route } from './rest.ts';
import type { RecordedFile } from './types.ts';
import { FormErrors, invalidFormBody, isoNow, isRecord, snowflake } from './util.ts';
import { checkMessageBody } from './validate.ts';
import type { ChannelState, World } from './world.ts';
import { applyMentions, buildBotMessage } from './messages.ts';
import { channelPayload } from './payloads.ts';

export interface MessageDeps {
  world: World;
  events: Events;
  baseUrl: string;
  echoBotMessages: boolean;
}

const ID = '(\\d{15,21})';
const TEXT_TYPES = new Set([0, 1, 3, 5, 10, 11, 12]);

export function attachmentsFrom(files: RecordedFile[], baseUrl: string, channelId: string): APIAttachment[] {
  return files.map((file) => {
    const id = snowflake();
    const url = `${baseUrl}/attachments/${channelId}/${id}/${encodeURIComponent(file.name)}`;
    return { id, filename: file.name, size: file.size, url, proxy_url: url, content_type: file.contentType };
  });
}

/** Applies editable fields of a PATCH body to a message (content, embeds, components, flags, attachments). */
export function applyEdit(world: World, message: APIMessage, body: unknown, attachments: APIAttachment[]): APIMessage {
  const edit = isRecord(body) ? body : {};
  const next: APIMessage = { ...message };
  if (typeof edit.content === 'string' || edit.content === null) next.content = edit.content ?? '';
  if (Array.isArray(edit.embeds)) next.embeds = edit.embeds as APIEmbed[];
  if (Array.isArray(edit.components)) next.components = edit.components as NonNullable<APIMessage['components']>;
  if (Array.isArray(edit.attachments)) {
    const keep = new Set(edit.attachments.map((a: unknown) => (isRecord(a) ? String(a.id) : '')));
    next.attachments = [...message.attachments.filter((a) => keep.has(a.id)), ...attachments];
  } else if (attachments.length > 0) {
    next.attachments = [...message.attachments, ...attachments];
  }
  const wasLoading = ((message.flags ?? 0) & 128) !== 0;
  next.flags = (message.flags ?? 0) & ~128;
  if (typeof edit.flags === 'number') next.flags = (next.flags & ~4) | (edit.flags & 4);
  next.edited_timestamp = wasLoading ? null : isoNow();
  applyMentions(world, next, edit);
  return next;
}

export function messageRoutes({ world, events, baseUrl, echoBotMessages }: MessageDeps): Route[] {
  const channelOr404 = (id: string): ChannelState | Reply => world.channels.get(id) ?? discordError(404, 10003, 'Unknown Channel');
  const isReply = (value: ChannelState | Reply): value is Reply => 'status' in value;

  const referenceError = (channel: ChannelState, body: unknown): Reply | null => {
    if (!isRecord(body) || !isRecord(body.message_reference)) return null;
    const ref = body.message_reference;
    const id = typeof ref.message_id === 'string' ? ref.message_id : null;
    if (!id) return null;
    const target = world.messageMap.get(id);
    const refType = typeof ref.type === 'number' ? ref.type : 0;
    if (target && (refType !== 0 || target.message.channel_id === channel.id)) return null;
    if (ref.fail_if_not_exists === false) return null;
    const errors = new FormErrors();
    errors.add(['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
    return json(400, invalidFormBody(errors));
  };

  const createMessage = (ctx: RestContext): Reply => {
    const channel = channelOr404(ctx.params[0] ?? '');
    if (isReply(channel)) return channel;
    if (!TEXT_TYPES.has(channel.type)) return discordError(400, 50008, 'Cannot send messages in a non-text channel');
    const check = checkMessageBody(ctx.body, ctx.files.length, true);
    if (!check.ok) return json(check.status, check.body);
    const badRef = referenceError(channel, ctx.body);
    if (badRef) return badRef;
    const message = buildBotMessage(world, { channelId: channel.id, body: ctx.body, attachments: attachmentsFrom(ctx.files, baseUrl, channel.id) });
    const stored = world.storeMessage(message, channel.guildId);
    if (echoBotMessages) events.messageCreate(stored);
    return json(200, message);
  };

  const startThread = (channel: ChannelState, id: string, body: unknown, type: number): Reply => {
    const name = isRecord(body) ? body.name : undefined;
    if (typeof name !== 'string' || name.length < 1 || name.length > 100) {
      const errors = new FormErrors();
      errors.add(['name'], name === undefined ? 'BASE_TYPE_REQUIRED' : 'BASE_TYPE_BAD_LENGTH', name === undefined ? 'This field is required' : 'Must be between 1 and 100 in length.');
      return json(400, invalidFormBody(errors));
    }
    const thread = world.createThreadState(channel, id, name, world.ids.botUserId);
    thread.type = type;
    events.threadCreate(thread, true);
    return json(201, { ...channelPayload(world, thread), member: { id: thread.id, user_id: world.ids.botUserId, join_timestamp: thread.createdAt, flags: 1 } });
  };

  return [
    {
      method: 'GET',
      pattern: new RegExp(`^/channels/${ID}$`),
      auth: true,
      handle: ({ params: [id = ''] }) => {
        const channel = channelOr404(id);
        return isReply(channel) ? channel : json(200, channelPayload(world, channel));
      },
    },
    { method: 'POST', pattern: new RegExp(`^/channels/${ID}/messages$`), auth: true, handle: createMessage },
    {
      method: 'GET',
      pattern: new RegExp(`^/channels/${ID}/messages$`),
      auth: true,
      handle: ({ params: [id = ''], query }) => {
        const channel = channelOr404(id);
        if (isReply(channel)) return channel;
        const limit = Math.min(100, Math.max(1, Number(query.limit ?? 50) || 50));
        let list = world.messages.filter((m) => m.channel_id === id && !world.messageMap.get(m.id)?.ephemeral);
        if (query.before) list = list.filter((m) => BigInt(m.id) < BigInt(query.before ?? '0'));
        if (query.after) list = list.filter((m) => BigInt(m.id) > BigInt(query.after ?? '0'));
        return json(200, list.reverse().slice(0, limit));
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`),
      auth: true,
      handle: ({ params: [id = '', mid = ''] }) => {
        const stored = world.messageMap.get(mid);
        return stored && stored.message.channel_id === id && !stored.ephemeral ? json(200, stored.message) : discordError(404, 10008, 'Unknown Message');
      },
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`),
      auth: true,
      handle: ({ params: [id = '', mid = ''], body, files }) => {
        const stored = world.messageMap.get(mid);
        if (!stored || stored.message.channel_id !== id) return discordError(404, 10008, 'Unknown Message');
        if (stored.message.author.id !== world.ids.botUserId) return discordError(403, 50005, 'Cannot edit a message authored by another user');
        const check = checkMessageBody(body, files.length, false);
        if (!check.ok) return json(check.status, check.body);
        const next = applyEdit(world, stored.message, body, attachmentsFrom(files, baseUrl, id));
        next.edited_timestamp = isoNow();
        world.replaceMessage(next);
        if (echoBotMessages) events.messageUpdate(stored);
        return json(200, next);
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`^/channels/${ID}/messages/${ID}$`),
      auth: true,
      handle: ({ params: [id = '', mid = ''] }) => {
        const stored = world.messageMap.get(mid);
        if (!stored || stored.message.channel_id !== id) return discordError(404, 10008, 'Unknown Message');
        world.deleteMessage(mid);
        events.messageDelete(stored);
        return noContent;
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/channels/${ID}/typing$`),
      auth: true,
      handle: ({ params: [id = ''] }) => {
        const channel = channelOr404(id);
        return isReply(channel) ? channel : noContent;
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`^/channels/${ID}/messages/${ID}/reactions/([^/]+)/@me$`),
      auth: true,
      handle: ({ params: [id = '', mid = ''] }) => {
        const stored = world.messageMap.get(mid);
        return stored && stored.message.channel_id === id ? noContent : discordError(404, 10008, 'Unknown Message');
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/channels/${ID}/messages/${ID}/threads$`),
      auth: true,
      handle: ({ params: [id = '', mid = ''], body }) => {
        const channel = channelOr404(id);
        if (isReply(channel)) return channel;
        if (channel.type !== 0 && channel.type !== 5) return discordError(400, 50024, 'Cannot execute action on this channel type');
        const stored = world.messageMap.get(mid);
        if (!stored || stored.message.channel_id !== id) return discordError(404, 10008, 'Unknown Message');
        if (world.channels.has(mid)) return discordError(400, 160004, 'A thread has already been created for this message');
        const reply = startThread(channel, mid, body, channel.type === 5 ? 10 : 11);
        const thread = world.channels.get(mid);
        if (thread && reply.status === 201) world.replaceMessage({ ...stored.message, thread: channelPayload(world, thread) as unknown as NonNullable<APIMessage['thread']> });
        return reply;
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`^/channels/${ID}/threads$`),
      auth: true,
      handle: ({ params: [id = ''], body }) => {
        const channel = channelOr404(id);
        if (isReply(channel)) return channel;
        if (channel.type !== 0 && channel.type !== 5) return discordError(400, 50024, 'Cannot execute action on this channel type');
        const type = isRecord(body) && body.type === 12 ? 12 : 11;
        return startThread(channel, snowflake(), body, type);
      },
    },
    {
      method: 'POST',
      pattern: /^\/users\/@me\/channels$/,
      auth: true,
      handle: ({ body }) => {
        const recipient = isRecord(body) ? body.recipient_id : undefined;
        if (typeof recipient !== 'string' || !/^\d{15,21}$/.test(recipient)) {
          const errors = new FormErrors();
          errors.add(['recipient_id'], 'NUMBER_TYPE_COERCE', `Value "${String(recipient)}" is not snowflake.`);
          return json(400, invalidFormBody(errors));
        }
        return json(200, channelPayload(world, world.ensureDm(recipient)));
      },
    },
  ];
}

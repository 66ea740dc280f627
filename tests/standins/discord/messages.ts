// Bot-authored message objects and mention handling (replies add the replied-to author).
import type { APIAttachment, APIEmbed, APIMessage, APIUser } from 'discord.js';
import { isRecord, snowflake, snowflakeTimestamp } from './util.ts';
import type { InteractionState, Json, World } from './world.ts';

/** User ids mentioned as <@id> / <@!id> in content that the stand-in knows (bot included). */
export function parseMentions(world: World, content: string): string[] {
  const ids = new Set<string>();
  for (const match of content.matchAll(/<@!?(\d{15,21})>/g)) {
    const id = match[1];
    if (id && (id === world.ids.botUserId || world.users.has(id))) ids.add(id);
  }
  return [...ids];
}

export function mentionPayload(world: World, userId: string, guildId: string | null): Json {
  const user = world.userPayload(userId);
  return guildId ? { ...user, member: world.memberPayload(userId) } : { ...user };
}

/** Builds a message the bot authored from a REST body (already validated). */
export function buildBotMessage(world: World, args: {
  channelId: string;
  body: unknown;
  attachments: APIAttachment[];
  type?: number;
  webhook?: boolean;
  interaction?: InteractionState;
  extraFlags?: number;
}): APIMessage {
  const body = isRecord(args.body) ? args.body : {};
  const content = typeof body.content === 'string' ? body.content : '';
  const id = snowflake();
  const flagsIn = typeof body.flags === 'number' ? body.flags : 0;
  const flags = (flagsIn & (4 | 64 | 4096 | 32768)) | (args.extraFlags ?? 0);
  const message: APIMessage = {
    id,
    channel_id: args.channelId,
    author: world.botUser(),
    content,
    timestamp: snowflakeTimestamp(id),
    edited_timestamp: null,
    tts: body.tts === true,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: args.attachments,
    embeds: Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [],
    pinned: false,
    type: args.type ?? 0,
    flags,
    components: Array.isArray(body.components) ? (body.components as NonNullable<APIMessage['components']>) : [],
  };
  if (typeof body.nonce === 'string' || typeof body.nonce === 'number') message.nonce = body.nonce;
  if (args.webhook) {
    message.webhook_id = world.ids.appId;
    message.application_id = world.ids.appId;
  }
  if (args.interaction) {
    const user = world.userPayload(args.interaction.userId);
    message.interaction_metadata = {
      id: args.interaction.id,
      type: 2,
      user,
      authorizing_integration_owners: args.interaction.guildId ? { 0: args.interaction.guildId } : { 0: '0' },
    } as NonNullable<APIMessage['interaction_metadata']>;
  }
  applyMentions(world, message, body);
  return message;
}

export function applyMentions(world: World, message: APIMessage, body: Json): void {
  const channel = world.channels.get(message.channel_id);
  const guildId = channel?.guildId ?? null;
  const mentioned = new Set(parseMentions(world, message.content));
  const reference = isRecord(body.message_reference) ? body.message_reference : null;
  const referencedId = reference && typeof reference.message_id === 'string' ? reference.message_id : null;
  if (referencedId) {
    const referenced = world.messageMap.get(referencedId)?.message;
    if (referenced) {
      message.type = 19;
      message.message_reference = { type: 0, message_id: referenced.id, channel_id: referenced.channel_id, ...(guildId ? { guild_id: guildId } : {}) };
      message.referenced_message = { ...referenced, referenced_message: null };
      const allowed = isRecord(body.allowed_mentions) ? body.allowed_mentions : null;
      if ((allowed?.replied_user ?? true) !== false) mentioned.add(referenced.author.id);
    }
  }
  message.mentions = [...mentioned].map((id) => mentionPayload(world, id, guildId) as unknown as APIUser);
}

// JSON payloads discord.js consumes, derived from the world: channels, roles, GUILD_CREATE, READY, member chunks, permissions.
import { randomBytes } from 'node:crypto';
import { isRecord, stringField } from './util.ts';
import { DEFAULT_USER, type ChannelState, type Json, type World } from './world.ts';

const P = {
  CreateInstantInvite: 1n << 0n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  UseApplicationCommands: 1n << 31n,
  CreatePublicThreads: 1n << 35n,
  SendMessagesInThreads: 1n << 38n,
} as const;

const EVERYONE_PERMISSIONS =
  P.CreateInstantInvite | P.AddReactions | P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles |
  P.ReadMessageHistory | P.UseExternalEmojis | P.Connect | P.Speak | P.ChangeNickname | P.UseApplicationCommands |
  P.CreatePublicThreads | P.SendMessagesInThreads;
const BOT_ROLE_PERMISSIONS =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory | P.AddReactions |
  P.UseExternalEmojis | P.CreatePublicThreads | P.SendMessagesInThreads | P.UseApplicationCommands;

export function memberPermissions(world: World, userId: string): string {
  if (userId === world.ownerId) return ((1n << 51n) - 1n).toString();
  return (userId === world.ids.botUserId ? EVERYONE_PERMISSIONS | BOT_ROLE_PERMISSIONS : EVERYONE_PERMISSIONS).toString();
}

export function appPermissions(): string {
  return (EVERYONE_PERMISSIONS | BOT_ROLE_PERMISSIONS).toString();
}

export function channelPayload(world: World, channel: ChannelState): Json {
  if (channel.type === 1) {
    const recipient = channel.recipientId ?? DEFAULT_USER.id;
    return { id: channel.id, type: 1, last_message_id: channel.lastMessageId, flags: 0, recipients: [world.userPayload(recipient)] };
  }
  const base: Json = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    flags: 0,
  };
  if (world.isThread(channel)) {
    return {
      ...base,
      parent_id: channel.parentId,
      owner_id: channel.ownerId,
      last_message_id: channel.lastMessageId,
      rate_limit_per_user: 0,
      message_count: channel.messageCount,
      member_count: 1,
      total_message_sent: channel.messageCount,
      thread_metadata: {
        archived: false,
        auto_archive_duration: 1440,
        archive_timestamp: channel.createdAt,
        locked: false,
        create_timestamp: channel.createdAt,
      },
    };
  }
  return {
    ...base,
    position: channel.position,
    permission_overwrites: [],
    parent_id: channel.parentId,
    topic: channel.topic,
    nsfw: false,
    last_message_id: channel.lastMessageId,
    rate_limit_per_user: 0,
    default_thread_rate_limit_per_user: 0,
  };
}


export function rolesPayload(world: World): Json[] {
  const role = (id: string, name: string, permissions: bigint, position: number, managed: boolean): Json => ({
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed,
    mentionable: false,
    flags: 0,
    ...(managed ? { tags: { bot_id: world.ids.botUserId } } : {}),
  });
  return [role(world.ids.guildId, '@everyone', EVERYONE_PERMISSIONS, 0, false), role(world.botRoleId, world.botUsername, BOT_ROLE_PERMISSIONS, 1, true)];
}

export function guildPayload(world: World): Json {
  const channels = [...world.channels.values()].filter((c) => c.guildId === world.ids.guildId && !world.isThread(c));
  const threads = [...world.channels.values()].filter((c) => c.guildId === world.ids.guildId && world.isThread(c));
  return {
    id: world.ids.guildId,
    name: world.guildName,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: world.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: 'en-US',
    features: [],
    application_id: null,
    system_channel_id: world.ids.channelId || null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    roles: rolesPayload(world),
    emojis: [],
    stickers: [],
    joined_at: world.guildCreatedAt,
    large: false,
    unavailable: false,
    member_count: world.users.size + 1,
    lazy: true,
    members: [{ ...world.memberPayload(world.ids.botUserId), user: world.botUser() }],
    channels: channels.map((c) => channelPayload(world, c)),
    threads: threads.map((c) => channelPayload(world, c)),
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    embedded_activities: [],
  };
}

export function readyPayload(world: World, args: { sessionId: string; shard: [number, number]; resumeUrl: string; ownsGuild: boolean }): Json {
  return {
    v: 10,
    user: { ...world.botUser(), verified: true, mfa_enabled: false, email: null },
    guilds: args.ownsGuild ? [{ id: world.ids.guildId, unavailable: true }] : [],
    session_id: args.sessionId,
    session_type: 'normal',
    resume_gateway_url: args.resumeUrl,
    shard: args.shard,
    application: { id: world.ids.appId, flags: 0 },
    user_settings: {},
    relationships: [],
    private_channels: [],
    presences: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    auth_session_id_hash: randomBytes(8).toString('hex'),
    _trace: ['["discord-standin",{"micros":0}]'],
  };
}

/** Answer to op 8 Request Guild Members: one chunk with the known users (by user_ids or username prefix). */
export function membersChunkPayload(world: World, d: unknown): Json {
  const userIds = isRecord(d) && Array.isArray(d.user_ids) ? d.user_ids.map(String) : isRecord(d) && typeof d.user_ids === 'string' ? [d.user_ids] : null;
  const query = stringField(d, 'query') ?? '';
  const all = [world.ids.botUserId, ...world.users.keys()];
  const ids = userIds ? all.filter((id) => userIds.includes(id)) : all.filter((id) => world.userPayload(id).username.startsWith(query));
  return {
    guild_id: world.ids.guildId,
    members: ids.map((id) => ({ ...world.memberPayload(id), user: world.userPayload(id) })),
    chunk_index: 0,
    chunk_count: 1,
    not_found: userIds ? userIds.filter((id) => !all.includes(id)) : [],
    ...(isRecord(d) && d.nonce !== undefined ? { nonce: d.nonce } : {}),
  };
}

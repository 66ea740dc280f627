// The stand-in's Discord "world" (state): users, the guild's channels, DMs, threads, messages, commands,
// interactions. Payload builders live in payloads.ts / messages.ts / commands.ts.
import type { APIApplicationCommand, APIMessage, APIUser, UserFlags } from 'discord.js';
import type { DiscordStandinOptions, InteractionCallbackRecord, StandinChannelSpec, StandinIds, StandinUserSpec } from './types.ts';
import { isoNow, snowflake } from './util.ts';

export type Json = Record<string, unknown>;

export interface ChannelState {
  id: string;
  type: number;
  name: string | null;
  guildId: string | null;
  parentId: string | null;
  topic: string | null;
  position: number;
  /** DM partner. */
  recipientId: string | null;
  /** Thread owner. */
  ownerId: string | null;
  lastMessageId: string | null;
  messageCount: number;
  createdAt: string;
}

export interface StoredMessage {
  message: APIMessage;
  guildId: string | null;
  ephemeral: boolean;
}

export interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  guildId: string | null;
  createdAt: number;
  callbackType: number | null;
  ephemeral: boolean;
  originalMessageId: string | null;
  followupIds: string[];
  commandName: string;
  userId: string;
}

/** Discord sends 0 for "no flags"; 0 is not a member of the UserFlags enum type. */
const NO_USER_FLAGS = 0 as UserFlags;

export const DEFAULT_USER: StandinUserSpec = { id: '400000000000000001', username: 'reader', globalName: 'Reader' };
const THREAD_TYPES = new Set([10, 11, 12]);

export class World {
  readonly ids: StandinIds;
  readonly botUsername: string;
  readonly guildName: string;
  readonly botRoleId = snowflake();
  readonly guildCreatedAt = isoNow();
  readonly users = new Map<string, StandinUserSpec>();
  readonly channels = new Map<string, ChannelState>();
  readonly dmByUser = new Map<string, string>();
  readonly messageMap = new Map<string, StoredMessage>();
  readonly messageOrder: string[] = [];
  /** Key: 'global' or a guild id. */
  readonly commands = new Map<string, APIApplicationCommand[]>();
  readonly interactions = new Map<string, InteractionState>();
  readonly interactionsByToken = new Map<string, InteractionState>();
  readonly interactionCallbacks: InteractionCallbackRecord[] = [];

  constructor(options: DiscordStandinOptions) {
    const appId = options.appId ?? '100000000000000001';
    const channels: StandinChannelSpec[] = options.channels ?? [{ id: '300000000000000001', name: 'news', type: 0 }];
    const guildId = options.guildId ?? '200000000000000001';
    const firstText = channels.find((c) => (c.type ?? 0) === 0 || c.type === 5) ?? channels[0];
    this.ids = {
      appId,
      botUserId: options.botUserId ?? appId,
      guildId,
      channelId: firstText?.id ?? '',
      userId: DEFAULT_USER.id,
    };
    this.botUsername = options.botUsername ?? 'NewsBot';
    this.guildName = options.guildName ?? 'Newsroom';
    this.users.set(DEFAULT_USER.id, DEFAULT_USER);
    for (const user of options.users ?? []) this.users.set(user.id, user);
    channels.forEach((spec, index) => {
      this.channels.set(spec.id, {
        id: spec.id,
        type: spec.type ?? 0,
        name: spec.name,
        guildId,
        parentId: spec.parentId ?? null,
        topic: spec.topic ?? null,
        position: spec.position ?? index,
        recipientId: null,
        ownerId: null,
        lastMessageId: null,
        messageCount: 0,
        createdAt: isoNow(),
      });
    });
  }

  // ---- users -------------------------------------------------------------

  botUser(): APIUser {
    return { id: this.ids.botUserId, username: this.botUsername, discriminator: '0', global_name: null, avatar: null, bot: true, public_flags: NO_USER_FLAGS, flags: NO_USER_FLAGS };
  }

  ensureUser(id: string, bot = false): StandinUserSpec {
    const known = this.users.get(id);
    if (known) return known;
    const spec: StandinUserSpec = { id, username: `user${id.slice(-4)}`, globalName: null, bot };
    this.users.set(id, spec);
    return spec;
  }

  userPayload(id: string): APIUser {
    if (id === this.ids.botUserId) return this.botUser();
    const spec = this.ensureUser(id);
    const user: APIUser = {
      id: spec.id,
      username: spec.username,
      discriminator: '0',
      global_name: spec.globalName ?? null,
      avatar: null,
      public_flags: NO_USER_FLAGS,
      flags: NO_USER_FLAGS,
    };
    if (spec.bot) user.bot = true;
    return user;
  }

  /** Guild member object without `user` (as in MESSAGE_CREATE.member / mentions[].member). */
  memberPayload(userId: string): Json {
    return {
      roles: userId === this.ids.botUserId ? [this.botRoleId] : [],
      nick: null,
      avatar: null,
      banner: null,
      premium_since: null,
      joined_at: this.guildCreatedAt,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
      communication_disabled_until: null,
    };
  }

  get ownerId(): string {
    return DEFAULT_USER.id;
  }

  // ---- channels ----------------------------------------------------------

  ensureDm(userId: string): ChannelState {
    const existing = this.dmByUser.get(userId);
    const known = existing ? this.channels.get(existing) : undefined;
    if (known) return known;
    this.ensureUser(userId);
    const channel: ChannelState = {
      id: snowflake(),
      type: 1,
      name: null,
      guildId: null,
      parentId: null,
      topic: null,
      position: 0,
      recipientId: userId,
      ownerId: null,
      lastMessageId: null,
      messageCount: 0,
      createdAt: isoNow(),
    };
    this.channels.set(channel.id, channel);
    this.dmByUser.set(userId, channel.id);
    return channel;
  }

  createThreadState(parent: ChannelState, id: string, name: string, ownerId: string): ChannelState {
    const thread: ChannelState = {
      id,
      type: 11,
      name,
      guildId: parent.guildId,
      parentId: parent.id,
      topic: null,
      position: 0,
      recipientId: null,
      ownerId,
      lastMessageId: null,
      messageCount: 0,
      createdAt: isoNow(),
    };
    this.channels.set(id, thread);
    return thread;
  }

  isThread(channel: ChannelState): boolean {
    return THREAD_TYPES.has(channel.type);
  }

  // ---- messages ----------------------------------------------------------

  get messages(): APIMessage[] {
    const out: APIMessage[] = [];
    for (const id of this.messageOrder) {
      const stored = this.messageMap.get(id);
      if (stored) out.push(stored.message);
    }
    return out;
  }

  storeMessage(message: APIMessage, guildId: string | null, ephemeral = false): StoredMessage {
    const stored: StoredMessage = { message, guildId, ephemeral };
    if (!this.messageMap.has(message.id)) this.messageOrder.push(message.id);
    this.messageMap.set(message.id, stored);
    const channel = this.channels.get(message.channel_id);
    if (channel && !ephemeral) {
      channel.lastMessageId = message.id;
      channel.messageCount += 1;
    }
    return stored;
  }

  replaceMessage(message: APIMessage): void {
    const stored = this.messageMap.get(message.id);
    if (stored) stored.message = message;
  }

  deleteMessage(id: string): void {
    this.messageMap.delete(id);
    const index = this.messageOrder.indexOf(id);
    if (index >= 0) this.messageOrder.splice(index, 1);
  }

  // ---- commands ----------------------------------------------------------

  commandList(guildId: string | null): APIApplicationCommand[] {
    return this.commands.get(guildId ?? 'global') ?? [];
  }

  findCommand(name: string, guildId: string | null): APIApplicationCommand | undefined {
    return (guildId ? this.commandList(guildId).find((c) => c.name === name) : undefined) ?? this.commandList(null).find((c) => c.name === name);
  }
}

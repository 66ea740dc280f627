// Gateway dispatches derived from world changes, with Discord's intent rules:
// guild messages need GUILD_MESSAGES, DMs need DIRECT_MESSAGES, thread/guild events need GUILDS,
// and without MESSAGE_CONTENT a guild message's content/embeds/attachments/components arrive empty
// unless the bot wrote it or is mentioned in it.
import { Intents, type Gateway, type SessionView } from './gateway.ts';
import type { ChannelState, Json, StoredMessage, World } from './world.ts';
import { channelPayload } from './payloads.ts';

export class Events {
  constructor(
    private readonly world: World,
    private readonly gateway: Gateway,
  ) {}

  private messagePayload(stored: StoredMessage, session: SessionView): Json | null {
    if (stored.ephemeral) return null;
    const message = stored.message;
    const channel = this.world.channels.get(message.channel_id);
    const isDm = stored.guildId === null;
    if (!(session.intents & (isDm ? Intents.DirectMessages : Intents.GuildMessages))) return null;
    const botId = this.world.ids.botUserId;
    const visible =
      isDm ||
      Boolean(session.intents & Intents.MessageContent) ||
      message.author.id === botId ||
      message.mentions.some((user) => user.id === botId);
    const payload: Json = visible ? { ...message } : { ...message, content: '', embeds: [], attachments: [], components: [] };
    payload.channel_type = channel?.type ?? (isDm ? 1 : 0);
    if (stored.guildId) {
      payload.guild_id = stored.guildId;
      if (!message.webhook_id) payload.member = this.world.memberPayload(message.author.id);
    }
    return payload;
  }

  messageCreate(stored: StoredMessage): number {
    return this.gateway.deliver('MESSAGE_CREATE', (session) => this.messagePayload(stored, session));
  }

  messageUpdate(stored: StoredMessage): number {
    return this.gateway.deliver('MESSAGE_UPDATE', (session) => this.messagePayload(stored, session));
  }

  messageDelete(stored: StoredMessage): number {
    if (stored.ephemeral) return 0;
    const isDm = stored.guildId === null;
    return this.gateway.deliver('MESSAGE_DELETE', (session) =>
      session.intents & (isDm ? Intents.DirectMessages : Intents.GuildMessages)
        ? { id: stored.message.id, channel_id: stored.message.channel_id, ...(stored.guildId ? { guild_id: stored.guildId } : {}) }
        : null,
    );
  }

  threadCreate(thread: ChannelState, newlyCreated: boolean): number {
    const payload: Json = { ...channelPayload(this.world, thread), newly_created: newlyCreated };
    if (thread.ownerId === this.world.ids.botUserId) {
      payload.member = { id: thread.id, user_id: this.world.ids.botUserId, join_timestamp: thread.createdAt, flags: 1 };
    }
    return this.gateway.deliver('THREAD_CREATE', (session) => (session.intents & Intents.Guilds ? payload : null));
  }

  interactionCreate(payload: Json): number {
    return this.gateway.deliver('INTERACTION_CREATE', () => payload);
  }
}

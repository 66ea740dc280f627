// Public types of the local Discord stand-in (REST + Gateway on 127.0.0.1).
// Payload types come from discord-api-types, re-exported by discord.js (type-only import).
import type { APIApplicationCommand, APIMessage, APIUser } from 'discord.js';

export type { APIApplicationCommand, APIMessage, APIUser };

/** A guild channel the stand-in's guild starts with. */
export interface StandinChannelSpec {
  id: string;
  name: string;
  /** Discord channel type; 0 = text (default), 2 = voice, 4 = category, 5 = announcement, 15 = forum. */
  type?: number;
  parentId?: string | null;
  topic?: string | null;
  position?: number;
}

/** A human (or other bot) user the stand-in knows about. */
export interface StandinUserSpec {
  id: string;
  username: string;
  globalName?: string | null;
  bot?: boolean;
}

import type { DiscordRateLimitStats } from './rate-limits.ts';

export interface DiscordStandinOptions {
  /** When set, only this bot token is accepted (REST `Authorization: Bot <token>` and gateway Identify/Resume). When unset, any non-empty token is accepted. */
  token?: string;
  /** Default '100000000000000001'. */
  appId?: string;
  /** Default: same as appId. */
  botUserId?: string;
  /** Default 'NewsBot'. */
  botUsername?: string;
  /** Default '200000000000000001'. */
  guildId?: string;
  /** Default 'Newsroom'. */
  guildName?: string;
  /** Replaces the default channel list ([{ id: '300000000000000001', name: 'news', type: 0 }]). The first text channel is the default for helpers. */
  channels?: StandinChannelSpec[];
  /** Extra users. A default human, '400000000000000001' ('reader'), always exists and owns the guild. */
  users?: StandinUserSpec[];
  /** Sent in op 10 Hello. Default 41250. */
  heartbeatIntervalMs?: number;
  /** An interaction callback later than this after INTERACTION_CREATE gets 404 Unknown interaction (10062), like Discord's 3 s rule. Default 3000; 0 disables. */
  interactionAckTimeoutMs?: number;
  /** Dispatch MESSAGE_CREATE/MESSAGE_UPDATE for messages the bot posts or edits (Discord does). Default true. */
  echoBotMessages?: boolean;
  /** Default 0 (ephemeral port). */
  port?: number;
  /** Enforce Discord's REST limits: 50 requests/s globally, 5 messages per 5 s per channel (429 with retry_after). */
  rateLimits?: boolean;
}

export interface RecordedFile {
  field: string;
  name: string;
  contentType: string;
  size: number;
}

/** One HTTP request the stand-in received, recorded once its response was decided. */
export interface RecordedRequest {
  method: string;
  /** Route path without the `/api/v10` prefix and without the query string, e.g. `/channels/300000000000000001/messages`. */
  path: string;
  /** API version from the URL (10 for discord.js 14), or null if the URL had none. */
  version: number | null;
  query: Record<string, string>;
  /** Parsed JSON body; for multipart requests the parsed `payload_json`; null when there was no body. */
  body: unknown;
  files: RecordedFile[];
  /** Lower-cased header names. */
  headers: Record<string, string>;
  status: number;
  response: unknown;
  at: number;
}

export interface RequestMatcher {
  method?: string;
  /** Tested against RecordedRequest.path (a string must match exactly). */
  path: RegExp | string;
}

export type RequestPredicate = (request: RecordedRequest) => boolean;

export interface RateLimitFault {
  status: 429;
  /** Seconds; sent as the `retry-after` and `x-ratelimit-reset-after` headers and JSON `retry_after`. Default 1. */
  retryAfter?: number;
  /** Adds `x-ratelimit-global: true` and `x-ratelimit-scope: global`. */
  global?: boolean;
}

export interface ErrorFault {
  status: number;
  /** Discord JSON error code, e.g. 50013. Default 0. */
  code?: number;
  /** Default: the HTTP status text. */
  message?: string;
  /** Replaces the whole JSON body. */
  body?: unknown;
}

export type StandinFault = RateLimitFault | ErrorFault;

export interface InteractionCallbackRecord {
  interactionId: string;
  token: string;
  /** 1 pong, 4 message, 5 deferred message, 6 deferred update, 7 update, 8 autocomplete, 9 modal, ... */
  type: number;
  data: unknown;
  at: number;
}

export type InteractionOptionValue = string | number | boolean;

export interface InteractionOptionInput {
  name: string;
  /** ApplicationCommandOptionType: 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number, ... */
  type: number;
  value: InteractionOptionValue;
  focused?: boolean;
}

export interface SendInteractionInput {
  name: string;
  /** A record is converted by value type (string → 3, integer → 4, other number → 10, boolean → 5). */
  options?: Record<string, InteractionOptionValue> | InteractionOptionInput[];
  subcommand?: string;
  subcommandGroup?: string;
  channelId?: string;
  guildId?: string;
  /** User id or user spec; default the default human. */
  user?: string | StandinUserSpec;
  /** Interaction from the bot's DM with the user. */
  dm?: boolean;
  locale?: string;
}

export interface SentInteraction {
  id: string;
  token: string;
  applicationId: string;
  channelId: string;
}

/** A click on a button of a message the bot posted (INTERACTION_CREATE type 3, MESSAGE_COMPONENT). */
export interface ClickButtonInput {
  messageId: string;
  /** The button's custom_id; the message must carry it unless `forged`. */
  customId: string;
  /** Send a custom_id the message does not carry (a stale or crafted click). */
  forged?: boolean;
  /** User id or user spec; default the default human. */
  user?: string | StandinUserSpec;
}

export interface SendMessageInput {
  content: string;
  channelId?: string;
  guildId?: string;
  authorId?: string;
  /** Marks the author as a bot; without authorId the author is a separate bot user '400000000000000002' ('otherbot'). */
  bot?: boolean;
  /** Adds the bot user to `mentions` (and `<@botId>` to content if absent). Implied when content already contains `<@botId>`. */
  mentionsBot?: boolean;
  /** Message in the author's DM with the bot (channel_type 1, no guild_id). */
  dm?: boolean;
  /** Post into the thread started from this message id (thread id = message id, as on Discord); the thread is created when missing. */
  threadOf?: string;
  /** Adds a message_reference (reply) to this message id. */
  replyTo?: string;
  /** With replyTo: false turns the reply ping off (allowed_mentions.replied_user false), so the replied-to author is not in `mentions`. */
  pingReply?: boolean;
}

export interface GatewayPayloadRecord {
  connectionId: number;
  op: number;
  d: unknown;
  at: number;
}

export interface GatewayDispatchRecord {
  sessionId: string;
  t: string;
  s: number;
  d: unknown;
  at: number;
}

export interface StandinGateway {
  /** ws://127.0.0.1:PORT/gateway (what GET /gateway/bot returns). */
  readonly url: string;
  readonly identified: number;
  readonly resumed: number;
  /** Currently open sockets. */
  readonly connections: number;
  /** Payloads received from clients (Identify tokens included). */
  readonly received: readonly GatewayPayloadRecord[];
  /** Dispatches queued for sessions (including those replayed on resume). */
  readonly dispatched: readonly GatewayDispatchRecord[];
  /** Close every open socket with this code (default 4000: discord.js resumes; 4004 etc. are fatal). Sessions stay resumable unless code is 1000/1001. */
  disconnect(code?: number, reason?: string): void;
  /** Send op 7 Reconnect (discord.js then resumes). */
  requestReconnect(): void;
  /** Send op 9 Invalid Session; resumable false drops the sessions. */
  invalidateSession(resumable?: boolean): void;
  /** Dispatch a raw event to every identified session (no intent filtering). Returns the number of sessions it was queued for. */
  dispatch(t: string, d: unknown): number;
  /** Resolves once at least `total` RESUMED were sent (default: one more than now). */
  waitForResume(total?: number, timeoutMs?: number): Promise<void>;
  /** Resolves once at least `total` READY were sent (default 1). */
  waitForIdentify(total?: number, timeoutMs?: number): Promise<void>;
}

export interface StandinIds {
  appId: string;
  botUserId: string;
  guildId: string;
  /** The first text channel. */
  channelId: string;
  /** The default human user. */
  userId: string;
}

export interface DiscordStandin {
  /** Pass as `rest: { api: standin.apiUrl }` (discord.js appends `/v10`). */
  readonly apiUrl: string;
  /** http://127.0.0.1:PORT */
  readonly baseUrl: string;
  readonly port: number;
  /** options.token, or 'standin-bot-token' (any non-empty token works then). */
  readonly token: string;
  readonly ids: StandinIds;
  readonly requests: readonly RecordedRequest[];
  readonly interactionCallbacks: readonly InteractionCallbackRecord[];
  /** Every message the stand-in knows, in creation order (user messages via sendMessage and bot posts). */
  readonly messages: readonly APIMessage[];
  readonly gateway: StandinGateway;
  /** Registered commands: guildId null = global. */
  commands(guildId?: string | null): readonly APIApplicationCommand[];
  /** Messages authored by the bot (channel posts, interaction responses, follow-ups), optionally in one channel. */
  botMessages(channelId?: string): APIMessage[];
  failNext(matcher: RequestMatcher, fault: StandinFault, times?: number): void;
  /** With `rateLimits` on: requests accepted, 429s answered, and calls made before a Retry-After had elapsed. */
  rateLimitStats(): DiscordRateLimitStats;
  sendInteraction(input: SendInteractionInput): SentInteraction;
  sendMessage(input: SendMessageInput): string;
  /** A user clicks a button on a bot message; answer with the interaction callback (type 6, or 4 with flags 64). */
  clickButton(input: ClickButtonInput): SentInteraction;
  /** Create a public thread (type 11) under a text channel; dispatches THREAD_CREATE. Thread id = fromMessageId when given. */
  createThread(parentChannelId: string, fromMessageId?: string, name?: string): string;
  /** Adds a user the stand-in knows about. */
  addUser(user: StandinUserSpec): void;
  waitForRequest(match: RequestPredicate | RequestMatcher, timeoutMs?: number): Promise<RecordedRequest>;
  waitForBotMessage(predicate?: (message: APIMessage) => boolean, timeoutMs?: number): Promise<APIMessage>;
  waitForInteractionCallback(interactionId: string, timeoutMs?: number): Promise<InteractionCallbackRecord>;
  close(): Promise<void>;
}

// Shared types for the local Slack stand-in (see ../slack.ts for the entry point).
import type { IncomingHttpHeaders } from 'node:http';
import type { RateLimitOptions, RateLimitStats } from './rate-limits.ts';

export type JsonObject = Record<string, unknown>;

export interface SlackStandinOptions {
  /** Bot token the Web API accepts (default 'xoxb-standin-token'). */
  botToken?: string;
  /** auth.test user_id and the `<@…>` in app mentions (default 'U0BOT'). */
  botUserId?: string;
  /** auth.test bot_id (default 'B0BOT'). */
  botId?: string;
  /** Workspace id used in auth.test, inbound payloads and authorizations (default 'T0STANDIN'). */
  teamId?: string;
  /** api_app_id of inbound payloads and Socket Mode hello (default 'A0STANDIN'). */
  appId?: string;
  /** When set, apps.connections.open accepts only this token; otherwise any `xapp-…` token. */
  appToken?: string;
  /** Enforce Slack's chat.postMessage limits (true: 1/s per channel, a burst of 50 then 20/s per workspace). */
  rateLimits?: RateLimitOptions | boolean;
}

/** One Web API request as the stand-in saw it (failed and fault-injected attempts included). */
export interface ApiCallRecord {
  kind: 'call';
  method: string;
  /** Parsed body (form or JSON, plus query params); JSON-string fields such as `blocks` are decoded. */
  body: JsonObject;
  headers: IncomingHttpHeaders;
  /** Token presented (Authorization: Bearer wins over a `token` field). */
  token: string | undefined;
  /** HTTP status the stand-in answered with. */
  status: number;
  /** `ok` of the answer (false for 429/5xx faults too). */
  ok: boolean;
  error?: string;
  /** JSON the stand-in answered with. */
  response: JsonObject;
  at: number;
}

/** One POST the app made to a response_url handed out by the stand-in. */
export interface ResponseUrlRecord {
  kind: 'response';
  id: string;
  body: JsonObject;
  headers: IncomingHttpHeaders;
  at: number;
}

/** One ack the app sent back over the Socket Mode WebSocket. */
export interface SocketAckRecord {
  kind: 'ack';
  envelope_id: string;
  /** Envelope type the ack answers ('events_api', 'slash_commands', … or 'unknown'). */
  type: string;
  /** Ack payload; the socket-mode client always sends an object ({} when ack() had no argument). */
  payload: JsonObject | undefined;
  raw: JsonObject;
  at: number;
}

export type StandinRecord = ApiCallRecord | ResponseUrlRecord | SocketAckRecord;

/** Fault for failNext: an HTTP status (429 gets a Retry-After header) or a 200 `{ok:false,error}`. */
export type StandinFault =
  | { status: number; retryAfter?: number | null; body?: string }
  | { error: string; extra?: JsonObject };

export type ChannelFault = 'channel_not_found' | 'not_in_channel' | 'is_archived';

export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  user?: string;
  bot_id?: string;
  subtype?: string;
  blocks?: unknown;
  attachments?: unknown;
  metadata?: unknown;
  edited?: { user: string; ts: string };
}

export interface NewMessage {
  channel: string;
  text: string;
  /** Author; defaults to 'U0USER'. */
  user?: string;
  ts?: string;
  thread_ts?: string;
  bot_id?: string;
  blocks?: unknown;
}

export interface ChannelInfo {
  id: string;
  name: string;
  is_private?: boolean;
  is_member?: boolean;
  is_archived?: boolean;
  topic?: string;
}

export interface UserInfo {
  id: string;
  name: string;
  real_name?: string;
  is_bot?: boolean;
  tz?: string;
  deleted?: boolean;
}

/** Custom Web API handler: return the answer JSON (ok:true is added when `ok` is absent). */
export type MethodHandler = (body: JsonObject, token: string | undefined) => JsonObject;

export interface InboundResult {
  status: number;
  body: string;
  headers: IncomingHttpHeaders;
  /** Wall time until the app's HTTP response was complete. */
  ms: number;
}

export interface SendSignedOptions {
  /** Unix seconds put in x-slack-request-timestamp and the signature (default now). */
  timestamp?: number;
  /** Sign with a wrong secret. */
  badSignature?: boolean;
  headers?: Record<string, string>;
  /** Abort the request after this long (default 10 000 ms). */
  timeoutMs?: number;
}

/** Slash-command fields as Slack form-encodes them; unset ones get stand-in defaults. */
export interface SlashCommandInput {
  command: string;
  text?: string;
  channel_id?: string;
  channel_name?: string;
  user_id?: string;
  user_name?: string;
  team_id?: string;
  team_domain?: string;
  trigger_id?: string;
  /** Defaults to a fresh standin.responseUrl(). */
  response_url?: string;
  api_app_id?: string;
  [field: string]: string | undefined;
}

export interface SlashCommandResult extends InboundResult {
  payload: Record<string, string>;
  responseUrl: string;
  /** Id of the response_url, to match ResponseUrlRecord.id (undefined for a caller-supplied URL). */
  responseId: string | undefined;
}

/** An Events API inner event, e.g. { type: 'app_mention', user, text, ts, channel }. */
export interface SlackEventInput {
  type: string;
  [field: string]: unknown;
}

export interface SendEventOptions extends SendSignedOptions {
  eventId?: string;
  eventTime?: number;
  /** Sent as x-slack-retry-num. */
  retryNum?: number;
  /** Sent as x-slack-retry-reason (e.g. 'http_timeout'). */
  retryReason?: string;
}

export interface EventResult extends InboundResult {
  eventId: string;
  envelope: JsonObject;
}

/** A click on a button of a message the app posted. */
export interface BlockActionInput {
  /** The message as the app posted it: where, and its blocks (the button is found there by action_id). */
  message: { channel: string; ts?: string; thread_ts?: string; text?: string; blocks: unknown };
  actionId: string;
  /** Who clicks (default 'U0USER'). */
  user?: string;
  /** Replaces the button's value: a stale or forged click. */
  value?: string;
}

export interface BlockActionResult extends InboundResult {
  payload: JsonObject;
  responseUrl: string;
  responseId: string;
}

export interface MentionOptions {
  channel?: string;
  user?: string;
  ts?: string;
  thread_ts?: string;
}

export interface SocketAck {
  envelope_id: string;
  payload: JsonObject | undefined;
  /** Time from sending the envelope to receiving the ack. */
  ms: number;
}

export interface SocketEventOptions {
  eventId?: string;
  envelopeId?: string;
  retryAttempt?: number;
  retryReason?: string;
  /** How long to wait for the connection and the ack (default 5000 ms). */
  timeoutMs?: number;
}

export interface SocketSlashCommandAck extends SocketAck {
  responseUrl: string;
  responseId: string | undefined;
  payload: JsonObject | undefined;
}

export interface SlackSocketStandin {
  /** Resolves when the first Socket Mode client has connected (never rejects; see waitForConnection). */
  readonly connected: Promise<void>;
  readonly isConnected: boolean;
  /** WebSocket connections accepted so far (reconnects included). */
  readonly connectionCount: number;
  readonly acks: readonly SocketAckRecord[];
  /** Resolves when a client is connected now or connects within timeoutMs (default 5000), else rejects. */
  waitForConnection(timeoutMs?: number): Promise<void>;
  /** Push an events_api envelope; resolves with the app's ack. */
  sendEvent(event: SlackEventInput, options?: SocketEventOptions): Promise<SocketAck>;
  /** Push a slash_commands envelope (accepts_response_payload: true); resolves with the ack. */
  sendSlashCommand(input: SlashCommandInput, options?: { timeoutMs?: number }): Promise<SocketSlashCommandAck>;
  /** Push an `interactive` envelope with a block_actions click; resolves with the ack. */
  sendBlockAction(input: BlockActionInput, options?: { timeoutMs?: number }): Promise<SocketAck & { responseUrl: string; responseId: string }>;
  /** Send `{type:'disconnect'}`; the client reconnects through apps.connections.open. */
  sendDisconnect(reason?: string): void;
}

export interface SlackStandin {
  /** http://127.0.0.1:PORT */
  readonly url: string;
  /** Web API base for WebClient/Bolt `clientOptions.slackApiUrl`, e.g. http://127.0.0.1:PORT/api/ */
  readonly apiUrl: string;
  readonly botToken: string;
  readonly botUserId: string;
  readonly botId: string;
  readonly teamId: string;
  readonly appId: string;
  /** Every Web API request, in arrival order. */
  readonly calls: ApiCallRecord[];
  /** Every POST to a response_url, in arrival order. */
  readonly responses: ResponseUrlRecord[];
  /** Messages the workspace knows: bot posts, inbound event messages, addMessage() ones. */
  readonly messages: StoredMessage[];
  readonly socket: SlackSocketStandin;
  /** Calls to one method (failed attempts included). */
  callsTo(method: string): ApiCallRecord[];
  /** With `rateLimits` on: posts accepted, 429s answered, and calls made before a Retry-After had elapsed. */
  rateLimitStats(): RateLimitStats;
  /** All further calls with the bot and/or app token answer `token_revoked`. */
  revokeToken(which?: 'bot' | 'app' | 'all'): void;
  /** The next `count` calls to `method` fail with the fault (before token checks). */
  failNext(method: string, fault: StandinFault, count?: number): void;
  /** Every post to (and read of) the channel fails with `error`; null clears it. */
  failChannel(channelId: string, error: ChannelFault | null): void;
  clearFaults(): void;
  /** Handle (or override) a Web API method. */
  onMethod(method: string, handler: MethodHandler): void;
  addMessage(message: NewMessage): StoredMessage;
  addChannel(channel: ChannelInfo): void;
  addUser(user: UserInfo): void;
  /** A fresh response_url on the stand-in (`/response/<id>`). */
  responseUrl(): string;
  /** An app_mention event `<@botUserId> text` with a fresh ts. */
  appMention(text: string, options?: MentionOptions): SlackEventInput;
  /** POST a signed slash command to the app, with a response_url from this stand-in. */
  sendSlashCommand(targetUrl: string, signingSecret: string, input: SlashCommandInput): Promise<SlashCommandResult>;
  /** POST a signed event_callback to the app (x-slack-retry-* headers when asked). */
  sendEvent(
    targetUrl: string,
    signingSecret: string,
    event: SlackEventInput,
    options?: SendEventOptions,
  ): Promise<EventResult>;
  /** POST a signed block_actions click (`payload=` form body) to the app, with a fresh response_url. */
  sendBlockAction(targetUrl: string, signingSecret: string, input: BlockActionInput, options?: SendSignedOptions): Promise<BlockActionResult>;
  /** First record (existing or future) matching the predicate; rejects after timeoutMs listing what arrived. */
  waitFor<T extends StandinRecord>(predicate: (record: StandinRecord) => record is T, timeoutMs?: number): Promise<T>;
  waitFor(predicate: (record: StandinRecord) => boolean, timeoutMs?: number): Promise<StandinRecord>;
  /** First successful (ok) call to `method` matching the predicate. */
  waitForCall(method: string, predicate?: (call: ApiCallRecord) => boolean, timeoutMs?: number): Promise<ApiCallRecord>;
  /** First response_url POST matching the predicate. */
  waitForResponse(predicate?: (response: ResponseUrlRecord) => boolean, timeoutMs?: number): Promise<ResponseUrlRecord>;
  /** Close HTTP + WebSocket servers and all sockets; pending waits reject. */
  close(): Promise<void>;
}

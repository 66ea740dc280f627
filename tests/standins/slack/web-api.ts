// Web API half of the Slack stand-in: token checks, fault injection, and an in-memory workspace.
import type {
  ChannelFault,
  ChannelInfo,
  JsonObject,
  MethodHandler,
  NewMessage,
  StandinFault,
  StoredMessage,
  UserInfo,
} from './types.ts';
import { blockProblems } from './blocks.ts';
import { DEFAULT_USER } from './inbound.ts';

export interface WebApiConfig {
  botToken: string;
  botUserId: string;
  botId: string;
  teamId: string;
  appId: string;
  appToken: string | undefined;
  /** ws:// URL (with a fresh ticket) for apps.connections.open. */
  openSocketUrl: () => string;
}

export interface WebApiAnswer {
  status: number;
  headers: Record<string, string>;
  json: JsonObject;
  /** Sent instead of JSON (non-429 HTTP faults). */
  text?: string;
}

// Fields WebClient JSON-encodes into form bodies; decoded in records and state. `text` stays a string.
const JSON_FIELDS = new Set([
  'blocks', 'attachments', 'metadata', 'user_auth_blocks', 'view', 'unfurls', 'chunks', 'inputs', 'outputs',
]);

/** Parse a Web API request body (form-urlencoded or JSON) merged over query params. */
export function parseApiBody(raw: string, contentType: string | undefined, query: URLSearchParams): JsonObject {
  const body: JsonObject = Object.fromEntries(query);
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (raw.length > 0 && type === 'application/json') {
    const parsed: unknown = JSON.parse(raw);
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) Object.assign(body, parsed);
  } else if (raw.length > 0) {
    Object.assign(body, Object.fromEntries(new URLSearchParams(raw)));
  }
  for (const key of Object.keys(body)) {
    const value = body[key];
    if (JSON_FIELDS.has(key) && typeof value === 'string') {
      try {
        body[key] = JSON.parse(value);
      } catch {
        // leave malformed JSON as the raw string so the test can see it
      }
    }
  }
  return body;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);
const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** Order Slack timestamps ('1700000000.000100') numerically. */
export function compareTs(a: string, b: string): number {
  const [as = '0', af = ''] = a.split('.');
  const [bs = '0', bf = ''] = b.split('.');
  return Number(as) - Number(bs) || Number(af.padEnd(6, '0')) - Number(bf.padEnd(6, '0'));
}

const ok = (json: JsonObject): WebApiAnswer => ({ status: 200, headers: {}, json: { ok: true, ...json } });
const fail = (error: string, extra: JsonObject = {}): WebApiAnswer => ({
  status: 200,
  headers: {},
  json: { ok: false, error, ...extra },
});

export class WebApiState {
  readonly messages: StoredMessage[] = [];
  readonly channels = new Map<string, ChannelInfo>();
  readonly users = new Map<string, UserInfo>();
  private readonly faults = new Map<string, StandinFault[]>();
  private readonly channelFaults = new Map<string, ChannelFault>();
  private readonly handlers = new Map<string, MethodHandler>();
  private readonly revoked = { bot: false, app: false };
  private tsCounter = 0;

  constructor(private readonly cfg: WebApiConfig) {}

  /** Unique, increasing message timestamps: 1700000000.000100, 1700000000.000200, … */
  nextTs(): string {
    this.tsCounter += 1;
    const micros = 1_700_000_000_000_000 + this.tsCounter * 100;
    return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
  }

  failNext(method: string, fault: StandinFault, count: number): void {
    const queue = this.faults.get(method) ?? [];
    for (let i = 0; i < count; i += 1) queue.push(fault);
    this.faults.set(method, queue);
  }

  failChannel(channelId: string, error: ChannelFault | null): void {
    if (error === null) this.channelFaults.delete(channelId);
    else this.channelFaults.set(channelId, error);
  }

  clearFaults(): void {
    this.faults.clear();
    this.channelFaults.clear();
  }

  revoke(which: 'bot' | 'app' | 'all'): void {
    if (which !== 'app') this.revoked.bot = true;
    if (which !== 'bot') this.revoked.app = true;
  }

  setHandler(method: string, handler: MethodHandler): void {
    this.handlers.set(method, handler);
  }

  addMessage(m: NewMessage & Partial<StoredMessage>): StoredMessage {
    const message: StoredMessage = { ...m, ts: m.ts ?? this.nextTs(), user: m.user ?? (m.bot_id ? undefined : DEFAULT_USER) };
    if (message.user === undefined) delete message.user;
    this.messages.push(message);
    return message;
  }

  handle(method: string, body: JsonObject, token: string | undefined): WebApiAnswer {
    const custom = this.handlers.get(method);
    if (!custom && !(method in this.methods)) return fail('unknown_method');
    const fault = this.faults.get(method)?.shift();
    if (fault) return this.faultAnswer(fault);

    if (token === undefined || token === '') return fail('not_authed');
    const kind = this.tokenKind(token);
    if (kind === undefined) return fail('invalid_auth');
    if (this.revoked[kind]) return fail('token_revoked');
    if ((kind === 'app') !== (method === 'apps.connections.open')) return fail('not_allowed_token_type');

    if (custom) {
      const json = custom(body, token);
      return { status: 200, headers: {}, json: 'ok' in json ? json : { ok: true, ...json } };
    }
    const handler = this.methods[method];
    return handler ? handler(body) : fail('unknown_method');
  }

  private tokenKind(token: string): 'bot' | 'app' | undefined {
    if (token === this.cfg.botToken) return 'bot';
    if (this.cfg.appToken !== undefined ? token === this.cfg.appToken : token.startsWith('xapp-')) return 'app';
    return undefined;
  }

  private faultAnswer(fault: StandinFault): WebApiAnswer {
    if ('error' in fault) return fail(fault.error, fault.extra);
    const headers: Record<string, string> = {};
    if (fault.status === 429) {
      if (fault.retryAfter !== null) headers['retry-after'] = String(fault.retryAfter ?? 1);
      return { status: 429, headers, json: { ok: false, error: 'ratelimited' } };
    }
    return {
      status: fault.status,
      headers,
      json: { ok: false, error: `http_${fault.status}` },
      text: fault.body ?? `stand-in fault: HTTP ${fault.status}`,
    };
  }

  /** Error for using `channel` in a call of the given kind, if any. */
  private channelError(channel: string | undefined, use: 'post' | 'read' | 'info'): string | undefined {
    if (channel === undefined) return 'channel_not_found';
    const fault = this.channelFaults.get(channel);
    if (fault === 'channel_not_found') return fault;
    if (fault === 'not_in_channel' && use !== 'info') return fault;
    if (fault === 'is_archived' && use === 'post') return fault;
    const known = this.channels.get(channel);
    if (!known && !CHANNEL_ID.test(channel)) return 'channel_not_found';
    if (known?.is_member === false && use !== 'info') return 'not_in_channel';
    if (known?.is_archived && use === 'post') return 'is_archived';
    return undefined;
  }

  private messageJson(m: StoredMessage): JsonObject {
    const replies = this.messages.filter((r) => r.thread_ts === m.ts && r.ts !== m.ts && r.channel === m.channel);
    const { channel: _channel, ...rest } = m;
    return {
      type: 'message',
      ...rest,
      ...(m.bot_id ? { app_id: this.cfg.appId } : {}),
      team: this.cfg.teamId,
      ...(replies.length > 0
        ? {
            thread_ts: m.ts,
            reply_count: replies.length,
            reply_users: [...new Set(replies.map((r) => r.user).filter((u): u is string => u !== undefined))],
            latest_reply: replies.map((r) => r.ts).sort(compareTs).at(-1),
          }
        : {}),
    };
  }

  private readonly methods: Record<string, (body: JsonObject) => WebApiAnswer> = {
    'auth.test': () =>
      ok({
        url: 'https://standin.slack.com/',
        team: 'Standin Workspace',
        user: 'briefing-bot',
        team_id: this.cfg.teamId,
        user_id: this.cfg.botUserId,
        bot_id: this.cfg.botId,
        is_enterprise_install: false,
      }),

    'apps.connections.open': () => ok({ url: this.cfg.openSocketUrl() }),

    'chat.postMessage': (body) => {
      const channel = str(body.channel);
      const error = this.channelError(channel, 'post');
      if (error !== undefined || channel === undefined) return fail(error ?? 'channel_not_found');
      const text = typeof body.text === 'string' ? body.text : '';
      if (text === '' && body.blocks === undefined && body.attachments === undefined) return fail('no_text');
      const problems = blockProblems(body.blocks);
      if (problems.length > 0) return fail('invalid_blocks', { errors: problems });
      const message = this.addMessage({
        channel,
        text,
        bot_id: this.cfg.botId,
        user: this.cfg.botUserId,
        ...(str(body.thread_ts) !== undefined ? { thread_ts: str(body.thread_ts) } : {}),
        ...(body.blocks !== undefined ? { blocks: body.blocks } : {}),
        ...(body.attachments !== undefined ? { attachments: body.attachments } : {}),
        ...(body.metadata !== undefined ? { metadata: body.metadata } : {}),
      });
      return ok({ channel, ts: message.ts, message: this.messageJson(message) });
    },

    'chat.postEphemeral': (body) => {
      const channel = str(body.channel);
      const error = this.channelError(channel, 'post');
      if (error !== undefined) return fail(error);
      if (str(body.user) === undefined) return fail('user_not_in_channel');
      if (str(body.text) === undefined && body.blocks === undefined && body.attachments === undefined) {
        return fail('no_text');
      }
      const problems = blockProblems(body.blocks);
      if (problems.length > 0) return fail('invalid_blocks', { errors: problems });
      return ok({ message_ts: this.nextTs() });
    },

    'chat.update': (body) => {
      const channel = str(body.channel);
      const error = this.channelError(channel, 'post');
      if (error !== undefined) return fail(error);
      const message = this.messages.find((m) => m.channel === channel && m.ts === str(body.ts));
      if (!message) return fail('message_not_found');
      if (message.bot_id !== this.cfg.botId) return fail('cant_update_message');
      if (typeof body.text === 'string') message.text = body.text;
      if (body.blocks !== undefined) message.blocks = body.blocks;
      if (body.attachments !== undefined) message.attachments = body.attachments;
      message.edited = { user: this.cfg.botUserId, ts: this.nextTs() };
      return ok({ channel, ts: message.ts, text: message.text, message: this.messageJson(message) });
    },

    'conversations.replies': (body) => {
      const channel = str(body.channel);
      const error = this.channelError(channel, 'read');
      if (error !== undefined) return fail(error);
      const ts = str(body.ts);
      if (ts === undefined) return fail('invalid_arguments');
      const thread = this.messages
        .filter((m) => m.channel === channel && (m.ts === ts || m.thread_ts === ts))
        .sort((a, b) => compareTs(a.ts, b.ts));
      if (thread.length === 0) return fail('thread_not_found');
      return ok({ messages: thread.map((m) => this.messageJson(m)), has_more: false, response_metadata: { next_cursor: '' } });
    },

    'conversations.history': (body) => {
      const channel = str(body.channel);
      const error = this.channelError(channel, 'read');
      if (error !== undefined) return fail(error);
      const limit = Number(body.limit ?? 100) || 100;
      const top = this.messages
        .filter((m) => m.channel === channel && (m.thread_ts === undefined || m.thread_ts === m.ts))
        .sort((a, b) => compareTs(b.ts, a.ts));
      return ok({
        messages: top.slice(0, limit).map((m) => this.messageJson(m)),
        has_more: top.length > limit,
        response_metadata: { next_cursor: '' },
      });
    },

    'conversations.info': (body) => {
      const id = str(body.channel);
      const error = this.channelError(id, 'info');
      if (error !== undefined || id === undefined) return fail(error ?? 'channel_not_found');
      const c = this.channels.get(id) ?? { id, name: id.toLowerCase() };
      const isMember = this.channelFaults.get(id) === 'not_in_channel' ? false : (c.is_member ?? true);
      return ok({
        channel: {
          id,
          name: c.name,
          is_channel: !c.is_private && !id.startsWith('D'),
          is_group: false,
          is_im: id.startsWith('D'),
          is_private: c.is_private ?? false,
          is_archived: c.is_archived ?? this.channelFaults.get(id) === 'is_archived',
          is_member: isMember,
          context_team_id: this.cfg.teamId,
          topic: { value: c.topic ?? '', creator: '', last_set: 0 },
          purpose: { value: '', creator: '', last_set: 0 },
        },
      });
    },

    'users.info': (body) => {
      const id = str(body.user);
      if (id === undefined || (!this.users.has(id) && !USER_ID.test(id))) return fail('user_not_found');
      const u = this.users.get(id) ?? { id, name: id.toLowerCase() };
      const realName = u.real_name ?? u.name;
      return ok({
        user: {
          id,
          team_id: this.cfg.teamId,
          name: u.name,
          real_name: realName,
          deleted: u.deleted ?? false,
          is_bot: u.is_bot ?? id === this.cfg.botUserId,
          tz: u.tz ?? 'Etc/UTC',
          tz_offset: 0,
          profile: { real_name: realName, display_name: u.name, team: this.cfg.teamId },
        },
      });
    },
  };
}

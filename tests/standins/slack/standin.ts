// The Slack stand-in server: Web API, response_url and Socket Mode on one 127.0.0.1 port.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  blockActionPayload,
  DEFAULT_CHANNEL,
  DEFAULT_USER,
  eventCallbackBody,
  newEventId,
  sendSigned,
  slashCommandFields,
  type PayloadDefaults,
} from './inbound.ts';
import { blockProblems } from './blocks.ts';
import { PostRateLimiter } from './rate-limits.ts';
import { SOCKET_PATH, SocketModeServer } from './socket.ts';
import type {
  ApiCallRecord,
  JsonObject,
  MentionOptions,
  ResponseUrlRecord,
  SlackEventInput,
  SlackSocketStandin,
  SlackStandin,
  SlackStandinOptions,
  StandinRecord,
} from './types.ts';
import { parseApiBody, WebApiState, type WebApiAnswer } from './web-api.ts';

function describeRecord(record: StandinRecord): string {
  const clip = (v: unknown): string => {
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s === undefined ? '' : s.length > 80 ? `${s.slice(0, 77)}...` : s;
  };
  if (record.kind === 'call') {
    const outcome = record.ok ? 'ok' : `${record.status} ${record.error ?? ''}`.trim();
    const channel = record.body.channel !== undefined ? ` channel=${clip(record.body.channel)}` : '';
    const text = record.body.text !== undefined ? ` text=${clip(record.body.text)}` : '';
    return `call ${record.method} [${outcome}]${channel}${text}`;
  }
  if (record.kind === 'response') return `response ${record.id} ${clip(record.body)}`;
  return `ack ${record.envelope_id} (${record.type}) payload=${clip(record.payload)}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const isRecord = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

function tokenFrom(req: IncomingMessage, body: JsonObject): string | undefined {
  const auth = req.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) return auth.replace(/^Bearer\s+/i, '').trim();
  return typeof body.token === 'string' ? body.token : undefined;
}

/** Start a Slack stand-in on 127.0.0.1 (random port). */
export async function startSlackStandin(options: SlackStandinOptions = {}): Promise<SlackStandin> {
  const botToken = options.botToken ?? 'xoxb-standin-token';
  const botUserId = options.botUserId ?? 'U0BOT';
  const botId = options.botId ?? 'B0BOT';
  const teamId = options.teamId ?? 'T0STANDIN';
  const appId = options.appId ?? 'A0STANDIN';
  const defaults: PayloadDefaults = { teamId, appId, botUserId };

  const records: StandinRecord[] = [];
  const calls: ApiCallRecord[] = [];
  const responses: ResponseUrlRecord[] = [];
  const responseIds = new Set<string>();
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const pendingWaits = new Set<(error: Error) => void>();
  let eventCounter = 0;
  let base = '';

  const push = (record: StandinRecord): void => {
    records.push(record);
    emitter.emit('record', record);
  };

  const socketServer = new SocketModeServer(appId, push);
  const limiter = options.rateLimits ? new PostRateLimiter(options.rateLimits === true ? {} : options.rateLimits, Date.now()) : undefined;
  const api = new WebApiState({
    botToken,
    botUserId,
    botId,
    teamId,
    appId,
    appToken: options.appToken,
    openSocketUrl: () => `${base.replace(/^http/, 'ws')}${SOCKET_PATH}?ticket=${socketServer.issueTicket()}&app_id=${appId}`,
  });

  // Inbound message-like events become workspace messages, so conversations.replies sees the question.
  const remember = (event: SlackEventInput): void => {
    const { channel, ts, text, user, thread_ts: threadTs } = event;
    if ((event.type !== 'app_mention' && event.type !== 'message') || typeof channel !== 'string') return;
    if (typeof ts !== 'string' || api.messages.some((m) => m.channel === channel && m.ts === ts)) return;
    api.addMessage({
      channel,
      ts,
      text: typeof text === 'string' ? text : '',
      user: typeof user === 'string' ? user : DEFAULT_USER,
      ...(typeof threadTs === 'string' ? { thread_ts: threadTs } : {}),
    });
  };

  const newResponseUrl = (): { url: string; id: string } => {
    const id = randomUUID();
    responseIds.add(id);
    return { url: `${base}/response/${id}`, id };
  };

  const send = (res: ServerResponse, status: number, headers: Record<string, string>, body: string): void => {
    res.writeHead(status, headers);
    res.end(body);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', base);
    const raw = await readBody(req);
    const apiMatch = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (apiMatch?.[1] !== undefined) {
      const method = apiMatch[1];
      let body: JsonObject = {};
      let answer: WebApiAnswer | undefined;
      try {
        body = parseApiBody(raw, req.headers['content-type'], url.searchParams);
      } catch {
        answer = { status: 200, headers: {}, json: { ok: false, error: 'invalid_json' } };
      }
      const token = tokenFrom(req, body);
      if (answer === undefined && limiter && method === 'chat.postMessage') {
        const retryAfter = limiter.check(String(body.channel), Date.now());
        if (retryAfter !== undefined) answer = { status: 429, headers: { 'retry-after': String(retryAfter) }, json: { ok: false, error: 'ratelimited' } };
      }
      answer ??= api.handle(method, body, token);
      const okFlag = answer.json.ok === true;
      const record: ApiCallRecord = {
        kind: 'call',
        method,
        body,
        headers: req.headers,
        token,
        status: answer.status,
        ok: okFlag,
        ...(typeof answer.json.error === 'string' ? { error: answer.json.error } : {}),
        response: answer.json,
        at: Date.now(),
      };
      calls.push(record);
      const text = answer.text;
      send(res, answer.status, {
        ...answer.headers,
        'content-type': text === undefined ? 'application/json; charset=utf-8' : 'text/plain',
      }, text ?? JSON.stringify(answer.json));
      push(record);
      return;
    }
    const responseMatch = /^\/response\/([\w-]+)$/.exec(url.pathname);
    if (responseMatch?.[1] !== undefined && req.method === 'POST') {
      const id = responseMatch[1];
      if (!responseIds.has(id)) return send(res, 404, { 'content-type': 'text/plain' }, 'expired_url');
      let body: unknown;
      try {
        body = JSON.parse(raw);
      } catch {
        return send(res, 400, { 'content-type': 'text/plain' }, 'invalid_payload');
      }
      const problems = isRecord(body) ? blockProblems(body.blocks) : [];
      if (problems.length > 0) return send(res, 400, { 'content-type': 'text/plain' }, `invalid_blocks: ${problems.join('; ')}`);
      const record: ResponseUrlRecord = {
        kind: 'response',
        id,
        body: body !== null && typeof body === 'object' ? (body as JsonObject) : { value: body },
        headers: req.headers,
        at: Date.now(),
      };
      responses.push(record);
      send(res, 200, { 'content-type': 'text/plain' }, 'ok');
      push(record);
      return;
    }
    send(res, 404, { 'content-type': 'text/plain' }, 'not_found');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { 'content-type': 'text/plain' }, String(error));
    });
  });
  server.on('upgrade', (req: IncomingMessage, socket, head: Buffer) => socketServer.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  function waitFor(predicate: (record: StandinRecord) => boolean, timeoutMs = 5000): Promise<StandinRecord> {
    const existing = records.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise<StandinRecord>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        emitter.off('record', onRecord);
        pendingWaits.delete(abort);
      };
      const onRecord = (record: StandinRecord): void => {
        if (!predicate(record)) return;
        finish();
        resolve(record);
      };
      const abort = (error: Error): void => {
        finish();
        reject(error);
      };
      const timer = setTimeout(() => {
        const seen = records.length === 0 ? '  (nothing)' : records.map((r) => `  - ${describeRecord(r)}`).join('\n');
        abort(new Error(`Slack stand-in: nothing matched within ${timeoutMs} ms. Received:\n${seen}`));
      }, timeoutMs);
      emitter.on('record', onRecord);
      pendingWaits.add(abort);
    });
  }

  const appMention = (text: string, o: MentionOptions = {}): SlackEventInput => {
    const ts = o.ts ?? api.nextTs();
    return {
      type: 'app_mention',
      user: o.user ?? DEFAULT_USER,
      text: `<@${botUserId}> ${text}`,
      ts,
      channel: o.channel ?? DEFAULT_CHANNEL,
      event_ts: ts,
      ...(o.thread_ts !== undefined ? { thread_ts: o.thread_ts } : {}),
    };
  };

  const socket: SlackSocketStandin = {
    connected: socketServer.firstConnection,
    get isConnected() {
      return socketServer.isConnected;
    },
    get connectionCount() {
      return socketServer.connectionCount;
    },
    get acks() {
      return socketServer.acks;
    },
    waitForConnection: (timeoutMs) => socketServer.waitForConnection(timeoutMs),
    sendEvent: (event, o = {}) => {
      eventCounter += 1;
      remember(event);
      const body = eventCallbackBody(event, o.eventId ?? newEventId(eventCounter), Math.floor(Date.now() / 1000), defaults);
      return socketServer.sendEnvelope({
        envelope_id: o.envelopeId ?? randomUUID(),
        payload: body,
        type: 'events_api',
        accepts_response_payload: false,
        retry_attempt: o.retryAttempt ?? 0,
        retry_reason: o.retryReason ?? '',
      }, o.timeoutMs);
    },
    sendSlashCommand: async (input, o = {}) => {
      const fresh = input.response_url === undefined ? newResponseUrl() : undefined;
      const responseUrl = input.response_url ?? fresh?.url ?? '';
      const ack = await socketServer.sendEnvelope({
        envelope_id: randomUUID(),
        payload: slashCommandFields(input, responseUrl, defaults),
        type: 'slash_commands',
        accepts_response_payload: true,
      }, o.timeoutMs);
      return { ...ack, responseUrl, responseId: fresh?.id };
    },
    sendBlockAction: async (input, o = {}) => {
      const { url: responseUrl, id: responseId } = newResponseUrl();
      const ack = await socketServer.sendEnvelope({
        envelope_id: randomUUID(),
        payload: blockActionPayload(input, responseUrl, defaults),
        type: 'interactive',
        accepts_response_payload: false,
      }, o.timeoutMs);
      return { ...ack, responseUrl, responseId };
    },
    sendDisconnect: (reason) => socketServer.sendDisconnect(reason),
  };

  const standin: SlackStandin = {
    url: base,
    apiUrl: `${base}/api/`,
    botToken,
    botUserId,
    botId,
    teamId,
    appId,
    calls,
    responses,
    messages: api.messages,
    socket,
    callsTo: (method) => calls.filter((c) => c.method === method),
    revokeToken: (which = 'all') => api.revoke(which),
    rateLimitStats: () => ({ ...(limiter?.stats ?? { accepted: 0, limited: 0, early: 0 }) }),
    failNext: (method, fault, count = 1) => api.failNext(method, fault, count),
    failChannel: (channelId, error) => api.failChannel(channelId, error),
    clearFaults: () => api.clearFaults(),
    onMethod: (method, handler) => api.setHandler(method, handler),
    addMessage: (message) => api.addMessage(message),
    addChannel: (channel) => void api.channels.set(channel.id, channel),
    addUser: (user) => void api.users.set(user.id, user),
    responseUrl: () => newResponseUrl().url,
    appMention,
    sendSlashCommand: async (targetUrl, signingSecret, input) => {
      const fresh = input.response_url === undefined ? newResponseUrl() : undefined;
      const responseUrl = input.response_url ?? fresh?.url ?? '';
      const payload = slashCommandFields(input, responseUrl, defaults);
      const rawBody = new URLSearchParams(payload).toString();
      const result = await sendSigned(targetUrl, signingSecret, rawBody, 'application/x-www-form-urlencoded');
      return { ...result, payload, responseUrl, responseId: fresh?.id };
    },
    sendEvent: async (targetUrl, signingSecret, event, o = {}) => {
      eventCounter += 1;
      remember(event);
      const eventId = o.eventId ?? newEventId(eventCounter);
      const envelope = eventCallbackBody(event, eventId, o.eventTime ?? Math.floor(Date.now() / 1000), defaults);
      const headers: Record<string, string> = { ...o.headers };
      if (o.retryNum !== undefined) headers['x-slack-retry-num'] = String(o.retryNum);
      if (o.retryReason !== undefined) headers['x-slack-retry-reason'] = o.retryReason;
      const result = await sendSigned(targetUrl, signingSecret, JSON.stringify(envelope), 'application/json', {
        ...o,
        headers,
      });
      return { ...result, eventId, envelope };
    },
    sendBlockAction: async (targetUrl, signingSecret, input, o = {}) => {
      const { url: responseUrl, id: responseId } = newResponseUrl();
      const payload = blockActionPayload(input, responseUrl, defaults);
      const rawBody = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      const result = await sendSigned(targetUrl, signingSecret, rawBody, 'application/x-www-form-urlencoded', o);
      return { ...result, payload, responseUrl, responseId };
    },
    waitFor: waitFor as SlackStandin['waitFor'],
    waitForCall: (method, predicate = () => true, timeoutMs) =>
      waitFor((r) => r.kind === 'call' && r.method === method && r.ok && predicate(r), timeoutMs) as Promise<ApiCallRecord>,
    waitForResponse: (predicate = () => true, timeoutMs) =>
      waitFor((r) => r.kind === 'response' && predicate(r), timeoutMs) as Promise<ResponseUrlRecord>,
    close: async () => {
      for (const abort of [...pendingWaits]) abort(new Error('Slack stand-in closed while waiting'));
      await socketServer.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standin;
}

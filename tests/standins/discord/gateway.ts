// Gateway (WebSocket) half of the stand-in: Hello, heartbeats, Identify → READY + GUILD_CREATE,
// sequence numbers, Resume with replay, RESUMED, intent filtering, optional zlib-stream.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { randomBytes } from 'node:crypto';
import zlib from 'node:zlib';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { GatewayDispatchRecord, GatewayPayloadRecord, StandinGateway } from './types.ts';
import { type Changes, isRecord, numberField, stringField } from './util.ts';
import type { World } from './world.ts';
import { guildPayload, membersChunkPayload, readyPayload } from './payloads.ts';

export const Intents = {
  Guilds: 1 << 0,
  GuildMembers: 1 << 1,
  GuildMessages: 1 << 9,
  DirectMessages: 1 << 12,
  MessageContent: 1 << 15,
} as const;

interface LogEntry {
  s: number;
  t: string;
  d: unknown;
}

interface Session {
  id: string;
  seq: number;
  intents: number;
  shard: [number, number];
  connection: Connection | null;
  log: LogEntry[];
}

interface Connection {
  id: number;
  socket: WebSocket;
  session: Session | null;
  zlibStream: zlib.Deflate | null;
  zlibChunks: Buffer[];
  payloadCompress: boolean;
  serverCloseCode: number | null;
}

export interface SessionView {
  intents: number;
  shard: [number, number];
}

export interface GatewayOptions {
  url: string;
  heartbeatIntervalMs: number;
  acceptsToken: (token: string) => boolean;
}

export class Gateway implements StandinGateway {
  readonly received: GatewayPayloadRecord[] = [];
  readonly dispatched: GatewayDispatchRecord[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly open = new Set<Connection>();
  private nextConnectionId = 1;
  private identifiedCount = 0;
  private resumedCount = 0;

  constructor(
    private readonly world: World,
    private readonly changes: Changes,
    private readonly options: GatewayOptions,
  ) {}

  get url(): string {
    return this.options.url;
  }
  get identified(): number {
    return this.identifiedCount;
  }
  get resumed(): number {
    return this.resumedCount;
  }
  get connections(): number {
    return this.open.size;
  }
  get hasSessions(): boolean {
    return this.sessions.size > 0;
  }

  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.replace(/\/+$/, '') !== '/gateway') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(request, socket, head, (ws) => this.onConnection(ws, url.searchParams));
  }

  private onConnection(socket: WebSocket, params: URLSearchParams): void {
    const connection: Connection = {
      id: this.nextConnectionId++,
      socket,
      session: null,
      zlibStream: null,
      zlibChunks: [],
      payloadCompress: false,
      serverCloseCode: null,
    };
    this.open.add(connection);
    socket.on('message', (data: RawData, isBinary: boolean) => this.onMessage(connection, data, isBinary));
    socket.on('close', (code: number) => this.onClose(connection, code));
    socket.on('error', () => undefined);
    const version = params.get('v');
    if (version !== null && version !== '9' && version !== '10') {
      this.closeWith(connection, 4012, 'Invalid API version.');
      return;
    }
    if (params.get('compress') === 'zlib-stream') {
      const stream = zlib.createDeflate();
      stream.on('data', (chunk: Buffer) => connection.zlibChunks.push(chunk));
      connection.zlibStream = stream;
    }
    this.send(connection, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ['["discord-standin",{"micros":0}]'] }, s: null, t: null });
    this.changes.notify();
  }

  private send(connection: Connection, payload: Record<string, unknown>): void {
    if (connection.socket.readyState !== connection.socket.OPEN) return;
    const text = JSON.stringify(payload);
    const stream = connection.zlibStream;
    if (stream) {
      stream.write(text);
      stream.flush(zlib.constants.Z_SYNC_FLUSH, () => {
        const out = Buffer.concat(connection.zlibChunks.splice(0));
        if (connection.socket.readyState === connection.socket.OPEN) connection.socket.send(out, { binary: true });
      });
      return;
    }
    if (connection.payloadCompress) {
      connection.socket.send(zlib.deflateSync(text), { binary: true });
      return;
    }
    connection.socket.send(text);
  }

  private closeWith(connection: Connection, code: number, reason: string): void {
    connection.serverCloseCode = code;
    connection.socket.close(code, reason);
  }

  private onMessage(connection: Connection, data: RawData, isBinary: boolean): void {
    let payload: unknown;
    try {
      const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
      payload = JSON.parse(isBinary ? zlib.inflateSync(buffer).toString('utf8') : buffer.toString('utf8'));
    } catch {
      this.closeWith(connection, 4002, 'Error while decoding payload.');
      return;
    }
    const op = numberField(payload, 'op');
    const d = isRecord(payload) ? payload.d : undefined;
    this.received.push({ connectionId: connection.id, op: op ?? -1, d, at: Date.now() });
    this.changes.notify();
    switch (op) {
      case 1:
        this.send(connection, { op: 11, d: null, s: null, t: null });
        return;
      case 2:
        this.identify(connection, d);
        return;
      case 6:
        this.resume(connection, d);
        return;
      case 3:
      case 4:
        if (!connection.session) this.closeWith(connection, 4003, 'Not authenticated.');
        return;
      case 8:
        if (!connection.session) this.closeWith(connection, 4003, 'Not authenticated.');
        else this.membersChunk(connection.session, d);
        return;
      default:
        this.closeWith(connection, 4001, 'Unknown opcode.');
    }
  }

  private identify(connection: Connection, d: unknown): void {
    if (connection.session) {
      this.closeWith(connection, 4005, 'Already authenticated.');
      return;
    }
    const token = stringField(d, 'token');
    if (!token || !this.options.acceptsToken(token)) {
      this.closeWith(connection, 4004, 'Authentication failed.');
      return;
    }
    const intents = numberField(d, 'intents');
    if (intents === undefined || !Number.isInteger(intents) || intents < 0) {
      this.closeWith(connection, 4013, 'Invalid intent(s).');
      return;
    }
    const rawShard = isRecord(d) && Array.isArray(d.shard) ? d.shard : [0, 1];
    const shard: [number, number] = [Number(rawShard[0] ?? 0), Number(rawShard[1] ?? 1)];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      this.closeWith(connection, 4010, 'Invalid shard.');
      return;
    }
    connection.payloadCompress = isRecord(d) && d.compress === true && !connection.zlibStream;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, intents, shard, connection, log: [] };
    connection.session = session;
    this.sessions.set(session.id, session);
    const ownsGuild = Number((BigInt(this.world.ids.guildId) >> 22n) % BigInt(shard[1])) === shard[0];
    this.queue(session, 'READY', readyPayload(this.world, { sessionId: session.id, shard, resumeUrl: this.options.url, ownsGuild }));
    if (ownsGuild) this.queue(session, 'GUILD_CREATE', guildPayload(this.world));
    this.identifiedCount += 1;
    this.changes.notify();
  }

  private resume(connection: Connection, d: unknown): void {
    const token = stringField(d, 'token');
    const sessionId = stringField(d, 'session_id');
    const seq = numberField(d, 'seq') ?? 0;
    const session = sessionId ? this.sessions.get(sessionId) : undefined;
    if (!session || !token || !this.options.acceptsToken(token)) {
      this.send(connection, { op: 9, d: false, s: null, t: null });
      return;
    }
    const previous = session.connection;
    if (previous && previous !== connection) {
      previous.session = null;
      this.closeWith(previous, 4000, 'Session resumed elsewhere.');
    }
    session.connection = connection;
    connection.session = session;
    for (const entry of session.log) {
      if (entry.s > seq) this.send(connection, { op: 0, t: entry.t, s: entry.s, d: entry.d });
    }
    this.queue(session, 'RESUMED', { _trace: ['["discord-standin",{"micros":0}]'] });
    this.resumedCount += 1;
    this.changes.notify();
  }

  private membersChunk(session: Session, d: unknown): void {
    this.queue(session, 'GUILD_MEMBERS_CHUNK', membersChunkPayload(this.world, d));
  }

  private onClose(connection: Connection, code: number): void {
    this.open.delete(connection);
    connection.zlibStream?.close();
    const session = connection.session;
    if (session && session.connection === connection) {
      session.connection = null;
      const effective = connection.serverCloseCode ?? code;
      // A clean client close (1000/1001) ends the session on Discord; anything else stays resumable.
      if (connection.serverCloseCode === null && (effective === 1000 || effective === 1001)) this.sessions.delete(session.id);
    }
    this.changes.notify();
  }

  /** Assigns the next sequence number, logs for replay and sends if the session is connected. */
  private queue(session: Session, t: string, d: unknown): void {
    session.seq += 1;
    const entry: LogEntry = { s: session.seq, t, d };
    session.log.push(entry);
    this.dispatched.push({ sessionId: session.id, t, s: entry.s, d, at: Date.now() });
    if (session.connection) this.send(session.connection, { op: 0, t, s: entry.s, d });
    this.changes.notify();
  }

  /** Delivers to every session for which build() returns a payload (null = filtered, e.g. by intents). */
  deliver(t: string, build: (session: SessionView) => unknown): number {
    let count = 0;
    for (const session of this.sessions.values()) {
      const d = build({ intents: session.intents, shard: session.shard });
      if (d === null || d === undefined) continue;
      this.queue(session, t, d);
      count += 1;
    }
    return count;
  }

  dispatch(t: string, d: unknown): number {
    return this.deliver(t, () => d);
  }

  disconnect(code = 4000, reason = 'Disconnected by the Discord stand-in'): void {
    for (const connection of [...this.open]) {
      if (connection.session && (code === 1000 || code === 1001)) this.sessions.delete(connection.session.id);
      this.closeWith(connection, code, reason);
    }
  }

  requestReconnect(): void {
    for (const connection of this.open) this.send(connection, { op: 7, d: null, s: null, t: null });
  }

  invalidateSession(resumable = false): void {
    for (const connection of this.open) {
      this.send(connection, { op: 9, d: resumable, s: null, t: null });
      if (!resumable && connection.session) {
        this.sessions.delete(connection.session.id);
        connection.session = null;
      }
    }
  }

  private describe(): string {
    const last = this.dispatched.slice(-10).map((r) => `${r.t}#${r.s}`).join(', ');
    return `Gateway: ${this.open.size} open socket(s), ${this.sessions.size} session(s), identified ${this.identifiedCount}, resumed ${this.resumedCount}; last dispatches: ${last || 'none'}; received ops: ${this.received.map((r) => r.op).join(',') || 'none'}.`;
  }

  async waitForResume(total?: number, timeoutMs = 5000): Promise<void> {
    const target = total ?? this.resumedCount + 1;
    await this.changes.waitUntil(() => (this.resumedCount >= target ? true : undefined), timeoutMs, () => `Waiting for ${target} RESUMED. ${this.describe()}`);
  }

  async waitForIdentify(total = 1, timeoutMs = 5000): Promise<void> {
    await this.changes.waitUntil(() => (this.identifiedCount >= total ? true : undefined), timeoutMs, () => `Waiting for ${total} READY. ${this.describe()}`);
  }

  async close(): Promise<void> {
    for (const connection of this.open) connection.socket.terminate();
    this.open.clear();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

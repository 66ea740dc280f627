// Socket Mode half of the Slack stand-in: the WebSocket apps.connections.open points at.
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer, type RawData } from 'ws';
import type { JsonObject, SocketAck, SocketAckRecord } from './types.ts';

export const SOCKET_PATH = '/link/';

interface PendingAck {
  type: string;
  started: number;
  resolve: (ack: SocketAck) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Server side of Slack's Socket Mode: hello on connect, envelopes out, acks in. */
export class SocketModeServer {
  /** Acks received, in order. */
  readonly acks: SocketAckRecord[] = [];
  /** Number of WebSocket connections accepted so far (reconnects included). */
  connectionCount = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly tickets = new Set<string>();
  private readonly open: WebSocket[] = [];
  private readonly pending = new Map<string, PendingAck>();
  private readonly events = new EventEmitter();
  private closed = false;
  /** Resolves at the first connection ever; never rejects (use waitForConnection for a timeout). */
  readonly firstConnection: Promise<void> = new Promise<void>((resolve) => this.events.once('connection', resolve));

  constructor(
    private readonly appId: string,
    private readonly onAck: (record: SocketAckRecord) => void,
  ) {}

  /** A one-time ticket for the ws URL apps.connections.open returns. */
  issueTicket(): string {
    const ticket = randomUUID();
    this.tickets.add(ticket);
    return ticket;
  }

  get isConnected(): boolean {
    return this.open.some((ws) => ws.readyState === WebSocket.OPEN);
  }

  /** Resolves once a client is connected (and was sent `hello`). */
  waitForConnection(timeoutMs = 5000): Promise<void> {
    if (this.isConnected) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const onConnect = (): void => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.events.off('connection', onConnect);
        reject(new Error(`Slack stand-in: no Socket Mode client connected within ${timeoutMs} ms ` +
          `(connections so far: ${this.connectionCount})`));
      }, timeoutMs);
      this.events.once('connection', onConnect);
    });
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const ticket = url.searchParams.get('ticket') ?? '';
    if (this.closed || url.pathname !== SOCKET_PATH || !this.tickets.delete(ticket)) {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
  }

  private accept(ws: WebSocket): void {
    this.connectionCount += 1;
    this.open.push(ws);
    ws.on('message', (data: RawData, isBinary: boolean) => {
      if (!isBinary) this.receive(data.toString());
    });
    ws.on('close', () => {
      const index = this.open.indexOf(ws);
      if (index >= 0) this.open.splice(index, 1);
    });
    ws.on('error', () => ws.terminate());
    // The socket-mode client's start() only resolves after this message.
    ws.send(JSON.stringify({
      type: 'hello',
      num_connections: this.open.length,
      debug_info: { host: 'applink-standin', build_number: 1, approximate_connection_time: 18060 },
      connection_info: { app_id: this.appId },
    }));
    this.events.emit('connection');
  }

  private receive(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    if (message === null || typeof message !== 'object') return;
    const raw = message as JsonObject;
    const envelopeId = typeof raw.envelope_id === 'string' ? raw.envelope_id : undefined;
    if (envelopeId === undefined) return;
    const payload = raw.payload !== null && typeof raw.payload === 'object' ? (raw.payload as JsonObject) : undefined;
    const pending = this.pending.get(envelopeId);
    const record: SocketAckRecord = {
      kind: 'ack',
      envelope_id: envelopeId,
      type: pending?.type ?? 'unknown',
      payload,
      raw,
      at: Date.now(),
    };
    this.acks.push(record);
    this.onAck(record);
    if (pending) {
      this.pending.delete(envelopeId);
      clearTimeout(pending.timer);
      pending.resolve({ envelope_id: envelopeId, payload, ms: Math.round(performance.now() - pending.started) });
    }
  }

  /** Send an envelope to the newest connection and resolve with the app's ack. */
  async sendEnvelope(envelope: JsonObject & { envelope_id: string; type: string }, timeoutMs = 5000): Promise<SocketAck> {
    await this.waitForConnection(timeoutMs);
    const ws = [...this.open].reverse().find((s) => s.readyState === WebSocket.OPEN);
    if (!ws) throw new Error('Slack stand-in: Socket Mode client disconnected before the envelope was sent');
    return new Promise<SocketAck>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(envelope.envelope_id);
        const seen = this.acks.map((a) => `${a.envelope_id}(${a.type})`).join(', ') || 'none';
        reject(new Error(`Slack stand-in: no ack for ${envelope.type} envelope ${envelope.envelope_id} within ` +
          `${timeoutMs} ms; acks received: ${seen}`));
      }, timeoutMs);
      this.pending.set(envelope.envelope_id, {
        type: envelope.type,
        started: performance.now(),
        resolve,
        reject,
        timer,
      });
      ws.send(JSON.stringify(envelope));
    });
  }

  /** Ask connected clients to reconnect, as Slack does before rotating hosts. */
  sendDisconnect(reason = 'refresh_requested'): void {
    for (const ws of this.open) {
      ws.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-standin' } }));
    }
  }

  /** Reject pending acks, send close frames (1001), and terminate whatever has not closed after graceMs. */
  async close(graceMs = 250): Promise<void> {
    this.closed = true;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new Error(`Slack stand-in closed while waiting for ack of ${pending.type} envelope ${id}`));
    }
    this.pending.clear();
    const sockets = [...this.wss.clients];
    await Promise.all(sockets.map((ws) => new Promise<void>((resolve) => {
      if (ws.readyState === WebSocket.CLOSED) return resolve();
      const timer = setTimeout(() => {
        ws.terminate();
        resolve();
      }, graceMs);
      ws.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      if (ws.readyState === WebSocket.OPEN) ws.close(1001, 'stand-in closing');
    })));
    this.open.length = 0;
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}

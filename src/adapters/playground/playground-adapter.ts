// The browser playground: one more adapter, for trying the bot with no Slack or Discord account. The page
// posts what is typed to /api/events, which becomes a ChatEvent for handleEvent, the same door every
// platform uses; what the bot posts by itself (scheduled briefs) reaches open pages through /events.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { isIP, type AddressInfo } from 'node:net';
import { handleEvent } from '../../chat/handle-event.ts';
import type { ChatContext } from '../../chat/context.ts';
import type { Reply } from '../../chat/types.ts';
import { isPrivateReply } from '../../chat/visibility.ts';
import type { Logger } from '../../log.ts';
import { renderReplyHtml } from '../../render/html.ts';
import type { Adapter, ExtraRoutes } from '../adapter.ts';
import { parseEventRequest, readBody, toChatEvent } from './event-request.ts';
import { createEventStream } from './event-stream.ts';
import { SECURITY_HEADERS, sendJson, sendProblem } from './http-response.ts';
import { isAsset, sendAsset } from './static-assets.ts';
import { findSourceStory, listFeedHealth, listSourceStories } from './source-list.ts';

/** The playground has one channel; scheduled briefs for it are posted with this id. */
const PLAYGROUND_CHANNEL = 'general';

export interface PlaygroundOptions {
  /** 0 picks a free port (tests); url() then tells which. */
  port: number;
  host: string;
  chat: Omit<ChatContext, 'checkChannel'>;
  log: Logger;
  /** Served on the same port before the playground's own routes (/healthz, /metrics). */
  routes?: ExtraRoutes;
}

/** A reply as the page receives it, from POST /api/events and from /events alike. */
export interface PlaygroundMessage {
  id: string;
  kind: Reply['kind'];
  isPrivate: boolean;
  /** The thread a mention's answer belongs to: the id of the message that started it. */
  threadId?: string;
  /** Escaped markup from render/html.ts, ready to insert. */
  html: string;
  reply: Reply;
}

export type PlaygroundAdapter = Adapter & { url(): string };

const USER_COOKIE = /(?:^|;\s*)playground_user=([A-Za-z0-9_-]{1,64})(?:;|$)/;

export function createPlaygroundAdapter(options: PlaygroundOptions): PlaygroundAdapter {
  const { chat, log } = options;
  const stream = createEventStream();
  const checkChannel = async (channelId: string): Promise<string | undefined> =>
    channelId === PLAYGROUND_CHANNEL ? undefined : `the playground has only the #${PLAYGROUND_CHANNEL} channel.`;
  const context: ChatContext = { ...chat, checkChannel };
  let server: Server | undefined;
  let baseUrl: string | undefined;

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? 'GET';
    // DNS rebinding: a page on a foreign name that resolves to us sends its own name as Host.
    if (!isOwnHost(request.headers.host, options.host)) {
      return sendProblem(response, 403, 'This playground answers only at its own address, e.g. http://127.0.0.1:3000 or http://localhost:3000.');
    }
    const { pathname, searchParams } = new URL(request.url ?? '/', 'http://playground.invalid');
    const isRead = method === 'GET' || method === 'HEAD';
    if (options.routes?.paths.includes(pathname)) return options.routes.handle(request, response);
    if (isRead && isAsset(pathname)) return sendAsset(pathname, response);
    if (pathname === '/events' && method === 'GET') {
      const channelId = searchParams.get('channel') ?? PLAYGROUND_CHANNEL;
      if (channelId !== PLAYGROUND_CHANNEL) return sendProblem(response, 404, `There is no channel "${channelId.slice(0, 40)}" here: the playground has only #${PLAYGROUND_CHANNEL}.`);
      const lastEventId = Number(request.headers['last-event-id'] ?? 0);
      return stream.connect(channelId, response, Number.isSafeInteger(lastEventId) ? lastEventId : 0, SECURITY_HEADERS);
    }
    if (pathname === '/api/sources' && isRead) return sendJson(response, 200, { ...listSourceStories(chat.briefing), feeds: await listFeedHealth(chat.feeds) });
    if (pathname === '/api/sources/story' && isRead) {
      const storyId = searchParams.get('id') ?? '';
      if (!storyId) return sendProblem(response, 400, 'Say which story: /api/sources/story?id=<the story id a citation carries>.');
      const story = findSourceStory(chat.briefing, storyId);
      return story ? sendJson(response, 200, story) : sendProblem(response, 404, `There is no story "${storyId.slice(0, 80)}" any more: the stories were reloaded. Reload the page to see the current ones.`);
    }
    if (pathname === '/api/events' && method === 'POST') return answerEvent(request, response);
    if (pathname === '/api/events' || pathname === '/api/sources' || pathname === '/api/sources/story' || pathname === '/events') {
      return sendProblem(response, 405, `${method} is not allowed on ${pathname}.`, { Allow: pathname === '/api/events' ? 'POST' : 'GET, HEAD' });
    }
    return sendProblem(response, 404, `Nothing at ${pathname.slice(0, 80)}: the playground is at /.`);
  }

  async function answerEvent(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A JSON content type makes a cross-site form post impossible without a preflight, which we never grant.
    if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
      return sendProblem(response, 415, 'Send the message as JSON (Content-Type: application/json).');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && hostOf(origin) !== request.headers.host) {
      return sendProblem(response, 403, 'Messages are only taken from the playground page itself.');
    }
    const body = await readBody(request);
    if (!body.ok) return sendProblem(response, 400, body.problem, { Connection: 'close' });
    const parsed = parseEventRequest(body.value);
    if (!parsed.ok) return sendProblem(response, 400, parsed.problem);
    const userId = USER_COOKIE.exec(request.headers.cookie ?? '')?.[1] ?? 'you';
    const event = toChatEvent(parsed.value, { channelId: PLAYGROUND_CHANNEL, userId, newThreadId: randomUUID });
    if (!event.ok) return sendProblem(response, 400, event.problem);
    log.info('playground event', { kind: event.value.kind, command: event.value.kind === 'command' ? event.value.name : undefined });
    const reply = await handleEvent(event.value, context);
    const threadId = event.value.kind === 'mention' ? event.value.threadId : undefined;
    sendJson(response, 200, toMessage(reply, isPrivateReply(reply, event.value), threadId));
  }

  function handle(request: IncomingMessage, response: ServerResponse): void {
    route(request, response).catch((err: unknown) => {
      log.error('playground request failed', { method: request.method, path: request.url?.slice(0, 80), err });
      if (response.headersSent) response.end();
      else sendProblem(response, 500, 'Sorry, the playground server failed to answer that. Please try again.');
    });
  }

  return {
    platform: 'playground',
    async start() {
      if (server) return;
      const starting = createServer(handle);
      await new Promise<void>((resolve, reject) => {
        starting.once('error', (err: NodeJS.ErrnoException) => reject(explainListenError(err, options)));
        starting.listen(options.port, options.host, () => resolve());
      });
      starting.on('error', (err) => log.error('playground server error', { err }));
      const { port } = starting.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      baseUrl = `http://${host}:${port}`;
      server = starting;
    },
    async stop() {
      const stopping = server;
      server = undefined;
      stream.close();
      if (!stopping) return;
      const closed = new Promise<void>((resolve) => stopping.close(() => resolve()));
      stopping.closeAllConnections();
      await closed;
    },
    async post(channelId, reply) {
      const problem = await checkChannel(channelId);
      if (problem) throw new Error(`Cannot post in "${channelId}": ${problem}`);
      const pages = stream.publish(channelId, toMessage(reply, isPrivateReply(reply)));
      log.info('playground post', { channelId, kind: reply.kind, pages });
    },
    checkChannel,
    url() {
      if (!baseUrl) throw new Error('The playground is not started: call start() first.');
      return baseUrl;
    },
  };
}

function toMessage(reply: Reply, isPrivate: boolean, threadId?: string): PlaygroundMessage {
  return { id: randomUUID(), kind: reply.kind, isPrivate, threadId, html: renderReplyHtml(reply), reply };
}

/**
 * The names the playground answers to: localhost, any IP address (an address cannot be rebound to
 * another site), and the configured HOST. Any other name is a page that is not ours.
 */
function isOwnHost(header: string | undefined, configured: string): boolean {
  if (header === undefined) return false;
  let name: string;
  try {
    name = new URL(`http://${header}`).hostname.toLowerCase();
  } catch {
    return false;
  }
  const bare = name.replace(/^\[|\]$/g, '');
  return name === 'localhost' || isIP(bare) !== 0 || bare === configured.toLowerCase().replace(/^\[|\]$/g, '');
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function explainListenError(err: NodeJS.ErrnoException, { host, port }: PlaygroundOptions): Error {
  if (err.code === 'EADDRINUSE') return new Error(`The playground cannot listen on ${host}:${port}: the port is in use. Stop the other program, or set PORT to a free port (e.g. PORT=3001).`);
  if (err.code === 'EACCES') return new Error(`The playground may not listen on ${host}:${port}: use a port above 1023 (e.g. PORT=3000).`);
  if (err.code === 'EADDRNOTAVAIL' || err.code === 'ENOTFOUND') return new Error(`The playground cannot listen on host "${host}": set HOST to an address of this machine, e.g. 127.0.0.1.`);
  return new Error(`The playground could not start on ${host}:${port}: ${err.message}`);
}

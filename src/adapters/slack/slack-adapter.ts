// The Slack adapter: Bolt over HTTP (PORT, /slack/events) or Socket Mode (when SLACK_APP_TOKEN is set).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, webApi } from '@slack/bolt';
import type { ChatContext } from '../../chat/context.ts';
import type { Reply } from '../../chat/types.ts';
import type { SlackConfig } from '../../config.ts';
import type { Logger, LogFields } from '../../log.ts';
import { renderSlackMessages } from '../../render/blocks.ts';
import type { Adapter, ExtraRoutes } from '../adapter.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { postMessages, type MessagePoster } from './deliver.ts';
import type { BotIdentity } from './incoming.ts';
import { registerListeners } from './listeners.ts';
import { createPostPacer } from './post-pacer.ts';
import { guardSlackRequest } from './request-guard.ts';
import { RecentDeliveries } from './recent-deliveries.ts';
import {
  SlackError,
  describeChannelProblem,
  describeDeliveryError,
  describeListenError,
  describeStartError,
  isTokenProblem,
  readErrorCode,
} from './slack-errors.ts';

const SLACK_EVENTS_PATH = '/slack/events';

/** Per HTTP attempt, Web API and response_url alike. */
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * WebClient's default retries a failed call for about half an hour. Three attempts (a 429 waits out its
 * Retry-After first) deliver a message or report it within seconds, not minutes.
 */
const RETRY_CONFIG = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 4000 };

export interface SlackAdapterOptions {
  config: SlackConfig;
  /** HTTP mode only: where Slack's requests arrive (0 picks a free port). */
  port: number;
  host: string;
  chat: Omit<ChatContext, 'checkChannel'>;
  log: Logger;
  /** HTTP mode only: served on the same port (GET). */
  routes?: ExtraRoutes;
  /** Told of each 429 from chat.postMessage and the Retry-After it asked for (metrics). */
  onRateLimited?: (retryAfterSeconds: number) => void;
}

export interface SlackAdapter extends Adapter {
  /** `http://host:port/slack/events` once started over HTTP; undefined in Socket Mode or before start. */
  eventsUrl(): string | undefined;
}

export function createSlackAdapter(options: SlackAdapterOptions): SlackAdapter {
  const { config, log } = options;
  const isSocketMode = config.appToken !== undefined;
  const client = new webApi.WebClient(config.botToken, { ...clientOptions(config), logger: createBoltLogger(log) });
  // Posts get a client of their own that throws on 429 instead of waiting by itself: the pacer waits, for every post at once.
  const postClient = new webApi.WebClient(config.botToken, { ...clientOptions(config), rejectRateLimitedCalls: true, logger: createBoltLogger(log) });
  const pacer = createPostPacer({
    onRateLimited: (retryAfterSeconds) => {
      options.onRateLimited?.(retryAfterSeconds);
      log.warn('slack: rate limited; all posts wait for Retry-After', { retryAfterSeconds, waiting: pacer.pending() });
    },
  });
  // Replies to a mention or DM go ahead of the scheduled briefs queued at the top of a minute.
  const replyPoster: MessagePoster = {
    postMessage: (args) => pacer.run(args.channel, () => postClient.chat.postMessage(args), { urgent: true }),
    postEphemeral: (args) => client.chat.postEphemeral(args),
  };
  const briefPoster: MessagePoster = { ...replyPoster, postMessage: (args) => pacer.run(args.channel, () => postClient.chat.postMessage(args)) };
  const inFlight = new Set<Promise<void>>();
  let running: { app: App; server?: Server } | undefined;
  let identity: BotIdentity | undefined;
  const botName = (): string => identity?.name ?? 'the bot';

  const track = (fields: LogFields, work: () => Promise<void>): Promise<void> => {
    const task: Promise<void> = work()
      .catch((err: unknown) => log.error('slack: could not answer', { ...fields, err }))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
    return task;
  };

  const checkChannel = async (channelId: string): Promise<string | undefined> => {
    try {
      const { channel } = await client.conversations.info({ channel: channelId });
      if (channel?.is_archived) return describeChannelProblem('is_archived', botName());
      // Direct messages have no membership; everything else needs the bot invited.
      if (channel?.is_member === false && !channel.is_im) return describeChannelProblem('not_in_channel', botName());
      return undefined;
    } catch (err) {
      const code = readErrorCode(err);
      const problem = describeChannelProblem(code, botName());
      if (problem !== undefined) return problem;
      if (isTokenProblem(code)) log.error(describeDeliveryError(code, channelId, botName()), { channelId, code });
      throw err;
    }
  };
  const chat: ChatContext = { ...options.chat, checkChannel };

  return {
    platform: 'slack',

    async start() {
      if (running) return;
      const bot = await identify(client, config);
      identity = bot;
      if (config.appToken !== undefined) await checkAppToken(config.appToken, config, log);
      // Over HTTP, Bolt's receiver is not started: our server checks each request first (request-guard.ts).
      const receiver = isSocketMode ? undefined : new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger: createBoltLogger(log) });
      const app = new App({
        token: config.botToken,
        // Known from auth.test above, so Bolt does not call it again in its constructor.
        botId: bot.botId,
        botUserId: bot.userId,
        clientOptions: clientOptions(config),
        logger: createBoltLogger(log),
        ...(receiver ? { receiver } : { socketMode: true, appToken: config.appToken }),
      });
      registerListeners(app, { client, poster: replyPoster, chat, bot, log, recent: new RecentDeliveries(), track });
      app.error(async (err) => {
        log.error('slack: unhandled error in a listener', { code: readErrorCode(err), err });
      });
      let server: Server | undefined;
      try {
        // HTTPReceiver.start resolves with its http.Server; SocketModeReceiver.start once Slack said hello.
        if (receiver) server = await listen(receiver, config.signingSecret, options);
        else await app.start();
      } catch (err) {
        if (!receiver) await app.stop().catch(() => undefined); // so a Socket Mode client does not keep reconnecting
        const message = isSocketMode ? describeStartError(err, config.apiUrl, true) : describeListenError(err, options.host, options.port);
        throw new SlackError(message, readErrorCode(err));
      }
      running = { app, server };
      if (isSocketMode) log.info('slack: connected over Socket Mode', { bot: bot.name });
      else log.info('slack: listening for Slack requests', { bot: bot.name, url: eventsUrlOf(server) });
    },

    async stop() {
      if (!running) return;
      const { app, server } = running;
      running = undefined;
      if (server) await closeServer(server);
      else await app.stop();
      // Answers already acked still go out (bounded by the retry policy) before stop() resolves.
      await Promise.allSettled([...inFlight]);
    },

    async post(channelId: string, reply: Reply) {
      try {
        await postMessages(briefPoster, { channel: channelId }, renderSlackMessages(reply));
      } catch (err) {
        const code = readErrorCode(err);
        throw new SlackError(describeDeliveryError(code, channelId, botName()), code);
      }
    },

    checkChannel,

    eventsUrl: () => eventsUrlOf(running?.server),
  };
}

/**
 * Serve /slack/events: each request passes the guard before Bolt's own listener sees it. The extra
 * routes (/healthz, /metrics: GET only, no body) are answered first.
 */
async function listen(receiver: HTTPReceiver, signingSecret: string, { port, host, routes }: { port: number; host: string; routes?: ExtraRoutes }): Promise<Server> {
  const server = createServer((request, response) => {
    if (routes?.paths.includes(new URL(request.url ?? '/', 'http://slack.invalid').pathname)) return routes.handle(request, response);
    guardSlackRequest(request, response, { signingSecret, now: () => new Date() })
      .then((isSlack) => {
        if (isSlack) receiver.requestListener(request, response);
      })
      .catch(() => {
        if (!response.headersSent) response.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  return closed;
}

/** auth.test: proves the token before anything listens, and says who the bot is. */
async function identify(client: webApi.WebClient, config: SlackConfig): Promise<BotIdentity> {
  try {
    const auth = await client.auth.test();
    if (!auth.user_id) throw new Error('auth.test returned no user_id');
    return { userId: auth.user_id, botId: auth.bot_id, name: auth.user ?? 'the bot' };
  } catch (err) {
    throw new SlackError(describeStartError(err, config.apiUrl, false), readErrorCode(err));
  }
}

/**
 * The Socket Mode client retries apps.connections.open forever on token_revoked (it only gives up on
 * invalid_auth and a few others), so start() would hang. One call up front turns that into a clear error;
 * the URL it returns is left unused and expires.
 */
async function checkAppToken(appToken: string, config: SlackConfig, log: Logger): Promise<void> {
  const appClient = new webApi.WebClient(appToken, { ...clientOptions(config), logger: createBoltLogger(log) });
  try {
    await appClient.apps.connections.open();
  } catch (err) {
    throw new SlackError(describeStartError(err, config.apiUrl, true), readErrorCode(err));
  }
}

/** A fresh object each time: Bolt and the Socket Mode client write into the options they are given. */
function clientOptions(config: SlackConfig): webApi.WebClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    retryConfig: RETRY_CONFIG,
    // respond() posts to the response_url with this fetch too, so every request has a deadline.
    fetch: (input, init) => fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS) }),
  };
}

function eventsUrlOf(server: Server | undefined): string | undefined {
  const address = server?.address();
  if (!address || typeof address === 'string') return undefined;
  const { address: host, port, family } = address as AddressInfo;
  return `http://${family === 'IPv6' ? `[${host}]` : host}:${port}${SLACK_EVENTS_PATH}`;
}

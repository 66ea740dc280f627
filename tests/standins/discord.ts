// Local Discord stand-in for tests: REST (http://127.0.0.1:PORT/api/v10/...) and Gateway
// (ws://127.0.0.1:PORT/gateway) that the real discord.js v14 Client and @discordjs/rest talk to.
//
//   const standin = await startDiscordStandin({ token: 'test-token' });
//   const client = new Client({ intents: [...], partials: [Partials.Channel], rest: { api: standin.apiUrl } });
//   await client.login('test-token');
//   standin.sendInteraction({ name: 'brief' });
//   await standin.waitForRequest({ method: 'PATCH', path: /@original$/ });
//   await client.destroy(); await standin.close();
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIMessage, APIUser, MessageFlags } from 'discord.js';
import { Events } from './discord/events.ts';
import { Gateway } from './discord/gateway.ts';
import { RestServer, matches } from './discord/rest.ts';
import { coreRoutes } from './discord/routes-core.ts';
import { interactionRoutes } from './discord/routes-interactions.ts';
import { messageRoutes } from './discord/routes-messages.ts';
import type {
  DiscordStandin,
  DiscordStandinOptions,
  ClickButtonInput,
  InteractionCallbackRecord,
  InteractionOptionInput,
  RecordedRequest,
  RequestMatcher,
  RequestPredicate,
  SendInteractionInput,
  SendMessageInput,
  SentInteraction,
  StandinUserSpec,
} from './discord/types.ts';
import { Changes, randomToken, snowflake, snowflakeTimestamp } from './discord/util.ts';
import { type ChannelState, type InteractionState, type Json, World } from './discord/world.ts';
import { applyMentions } from './discord/messages.ts';
import { appPermissions, channelPayload, memberPermissions } from './discord/payloads.ts';
import { DiscordRateLimiter } from './discord/rate-limits.ts';

export type * from './discord/types.ts';
export { Intents } from './discord/gateway.ts';
export { LIMITS } from './discord/validate.ts';

const DEFAULT_TOKEN = 'standin-bot-token';
/** Author of sendMessage({ bot: true }) without authorId. */
const OTHER_BOT: StandinUserSpec = { id: '400000000000000002', username: 'otherbot', globalName: null, bot: true };

function toOptions(input: SendInteractionInput['options']): InteractionOptionInput[] {
  if (!input) return [];
  if (Array.isArray(input)) return input;
  return Object.entries(input).map(([name, value]) => ({
    name,
    value,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? (Number.isInteger(value) ? 4 : 10) : 3,
  }));
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startDiscordStandin(options: DiscordStandinOptions = {}): Promise<DiscordStandin> {
  const world = new World(options);
  const changes = new Changes();
  const acceptsToken = (token: string): boolean => token.length > 0 && (options.token === undefined || token === options.token);
  const ids = world.ids;

  let rest: RestServer | null = null;
  let gateway: Gateway | null = null;
  const server = createServer((req, res) => {
    if (!rest) {
      res.writeHead(503).end();
      return;
    }
    rest.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `stand-in error: ${error instanceof Error ? error.message : String(error)}`, code: 0 }));
    });
  });
  server.on('upgrade', (req, socket, head: Buffer) => {
    if (gateway) gateway.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  const port = await listen(server, options.port ?? 0);
  const baseUrl = `http://127.0.0.1:${port}`;
  const gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
  const echoBotMessages = options.echoBotMessages ?? true;

  const gw = new Gateway(world, changes, { url: gatewayUrl, heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250, acceptsToken });
  gateway = gw;
  const events = new Events(world, gw);
  const restServer = new RestServer(
    [
      ...coreRoutes({ world, gatewayUrl }),
      ...messageRoutes({ world, events, baseUrl, echoBotMessages }),
      ...interactionRoutes({ world, events, changes, baseUrl, echoBotMessages, ackTimeoutMs: options.interactionAckTimeoutMs ?? 3000 }),
    ],
    changes,
    acceptsToken,
  );
  rest = restServer;
  if (options.rateLimits) restServer.limiter = new DiscordRateLimiter(Date.now());

  const requireSession = (what: string): void => {
    if (!gw.hasSessions) throw new Error(`Discord stand-in: cannot ${what}: no identified gateway session (log the discord.js client in and await it first).`);
  };

  const resolveUser = (user: string | StandinUserSpec | undefined, bot = false): APIUser => {
    if (user === undefined) return world.userPayload(ids.userId);
    if (typeof user === 'string') {
      const spec = world.ensureUser(user, bot);
      if (bot && !spec.bot) world.users.set(user, { ...spec, bot: true });
      return world.userPayload(user);
    }
    world.users.set(user.id, user);
    return world.userPayload(user.id);
  };

  const textChannel = (id: string): ChannelState => {
    const channel = world.channels.get(id);
    if (!channel) throw new Error(`Discord stand-in: unknown channel ${id}; known: ${[...world.channels.keys()].join(', ')}`);
    return channel;
  };

  const createThread = (parentChannelId: string, fromMessageId?: string, name?: string, ownerId: string = ids.userId): string => {
    const parent = textChannel(parentChannelId);
    if (parent.type !== 0 && parent.type !== 5) throw new Error(`Discord stand-in: channel ${parentChannelId} (type ${parent.type}) cannot hold threads`);
    const id = fromMessageId ?? snowflake();
    const existing = world.channels.get(id);
    if (existing) return existing.id;
    const starter = fromMessageId ? world.messageMap.get(fromMessageId) : undefined;
    const thread = world.createThreadState(parent, id, name ?? (starter?.message.content.slice(0, 100) || 'thread'), ownerId);
    if (starter) world.replaceMessage({ ...starter.message, thread: channelPayload(world, thread) as unknown as NonNullable<APIMessage['thread']> });
    events.threadCreate(thread, true);
    return id;
  };

  const sendInteraction = (input: SendInteractionInput): SentInteraction => {
    requireSession('send an interaction');
    const user = resolveUser(input.user);
    const dm = input.dm === true;
    const channel = dm ? world.ensureDm(user.id) : textChannel(input.channelId ?? ids.channelId);
    const guildId = dm ? null : (input.guildId ?? channel.guildId ?? ids.guildId);
    let options = toOptions(input.options) as unknown[];
    if (input.subcommand) options = [{ type: 1, name: input.subcommand, options }];
    if (input.subcommandGroup) options = [{ type: 2, name: input.subcommandGroup, options }];
    const command = world.findCommand(input.name, guildId);
    const data: Json = { id: command?.id ?? snowflake(), name: input.name, type: 1, ...(options.length ? { options } : {}), ...(command?.guild_id ? { guild_id: command.guild_id } : {}) };
    return dispatchInteraction({ type: 2, data, channel, user, guildId, dm, locale: input.locale, commandName: input.name });
  };

  /** INTERACTION_CREATE with the fields Discord sends every interaction, and the state its callback checks. */
  const dispatchInteraction = (args: {
    type: number;
    data: Json;
    channel: ChannelState;
    user: APIUser;
    guildId: string | null;
    dm: boolean;
    locale?: string;
    commandName: string;
    extra?: Json;
  }): SentInteraction => {
    const { channel, user, guildId, dm } = args;
    const id = snowflake();
    const token = randomToken('aW50ZXJhY3Rpb246');
    const payload: Json = {
      id,
      application_id: ids.appId,
      type: args.type,
      token,
      version: 1,
      data: args.data,
      channel_id: channel.id,
      channel: channelPayload(world, channel),
      app_permissions: appPermissions(),
      locale: args.locale ?? 'en-US',
      entitlements: [],
      authorizing_integration_owners: { 0: guildId ?? '0' },
      context: dm ? 1 : 0,
      attachment_size_limit: 10_485_760,
      ...args.extra,
    };
    if (guildId) {
      payload.guild_id = guildId;
      payload.guild = { id: guildId, locale: 'en-US', features: [] };
      payload.guild_locale = 'en-US';
      payload.member = { ...world.memberPayload(user.id), user, permissions: memberPermissions(world, user.id) };
    } else {
      payload.user = user;
    }
    const state: InteractionState = {
      id,
      token,
      channelId: channel.id,
      guildId,
      createdAt: Date.now(),
      callbackType: null,
      ephemeral: false,
      originalMessageId: null,
      followupIds: [],
      commandName: args.commandName,
      userId: user.id,
    };
    world.interactions.set(id, state);
    world.interactionsByToken.set(token, state);
    events.interactionCreate(payload);
    return { id, token, applicationId: ids.appId, channelId: channel.id };
  };

  /** A MESSAGE_COMPONENT interaction (type 3): a user clicks a button on one of the bot's messages. */
  const clickButton = (input: ClickButtonInput): SentInteraction => {
    requireSession('click a button');
    const stored = world.messageMap.get(input.messageId);
    if (!stored) throw new Error(`Discord stand-in: unknown message ${input.messageId}`);
    const customIds = (stored.message.components ?? []).flatMap((row) =>
      'components' in row ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])) : [],
    );
    if (!input.forged && !customIds.includes(input.customId)) {
      throw new Error(`Discord stand-in: message ${input.messageId} has no button with custom_id "${input.customId}"; it has ${JSON.stringify(customIds)}`);
    }
    const channel = world.channels.get(stored.message.channel_id);
    if (!channel) throw new Error(`Discord stand-in: the channel of message ${input.messageId} is gone`);
    const user = resolveUser(input.user);
    const dm = channel.type === 1;
    return dispatchInteraction({
      type: 3,
      data: { custom_id: input.customId, component_type: 2 },
      channel,
      user,
      guildId: dm ? null : stored.guildId,
      dm,
      commandName: '',
      extra: { message: { ...stored.message, ...(stored.guildId ? { guild_id: stored.guildId } : {}) } },
    });
  };

  const sendMessage = (input: SendMessageInput): string => {
    requireSession('send a message');
    const bot = input.bot === true;
    if (bot && !input.authorId && !world.users.has(OTHER_BOT.id)) world.users.set(OTHER_BOT.id, OTHER_BOT);
    const author = resolveUser(input.authorId ?? (bot ? OTHER_BOT.id : ids.userId), bot);
    let channel: ChannelState;
    if (input.dm) channel = world.ensureDm(author.id);
    else if (input.threadOf) channel = world.channels.get(input.threadOf) ?? textChannel(createThread(input.channelId ?? ids.channelId, input.threadOf));
    else channel = textChannel(input.channelId ?? ids.channelId);
    const botMention = `<@${ids.botUserId}>`;
    const mentionsBot = input.mentionsBot === true || input.content.includes(botMention) || input.content.includes(`<@!${ids.botUserId}>`);
    const content = mentionsBot && !input.content.includes(botMention) && !input.content.includes(`<@!${ids.botUserId}>`) ? `${botMention} ${input.content}` : input.content;
    const id = snowflake();
    const message: APIMessage = {
      id,
      channel_id: channel.id,
      author,
      content,
      timestamp: snowflakeTimestamp(id),
      edited_timestamp: null,
      tts: false,
      mention_everyone: /@(everyone|here)\b/.test(content),
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      flags: 0 as MessageFlags,
      components: [],
    };
    const reply = input.replyTo ? { message_reference: { message_id: input.replyTo }, ...(input.pingReply === false ? { allowed_mentions: { replied_user: false } } : {}) } : {};
    applyMentions(world, message, reply);
    const stored = world.storeMessage(message, dmGuild(channel, input.guildId));
    events.messageCreate(stored);
    return id;
  };

  const dmGuild = (channel: ChannelState, override: string | undefined): string | null => (channel.type === 1 ? null : (override ?? channel.guildId));

  const toPredicate = (match: RequestPredicate | RequestMatcher): RequestPredicate =>
    typeof match === 'function' ? match : (request) => matches(match, request.method, request.path);

  const describeRequests = (): string => {
    const list = restServer.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
    return list.length ? `${list.length} request(s) arrived:\n  ${list.join('\n  ')}` : 'No requests arrived.';
  };

  const standin: DiscordStandin = {
    apiUrl: `${baseUrl}/api`,
    baseUrl,
    port,
    token: options.token ?? DEFAULT_TOKEN,
    ids,
    get requests() {
      return restServer.requests;
    },
    get interactionCallbacks() {
      return world.interactionCallbacks;
    },
    get messages() {
      return world.messages;
    },
    gateway: gw,
    commands: (guildId = null) => world.commandList(guildId),
    botMessages: (channelId) => world.messages.filter((m) => m.author.id === ids.botUserId && (channelId === undefined || m.channel_id === channelId)),
    failNext: (matcher, fault, times = 1) => restServer.failNext(matcher, fault, times),
    rateLimitStats: () => ({ ...(restServer.limiter?.stats ?? { accepted: 0, limited: 0, early: 0 }) }),
    sendInteraction,
    clickButton,
    sendMessage,
    createThread: (parentChannelId, fromMessageId, name) => createThread(parentChannelId, fromMessageId, name),
    addUser: (user) => {
      world.users.set(user.id, user);
    },
    waitForRequest: (match, timeoutMs = 5000) => {
      const predicate = toPredicate(match);
      const label = typeof match === 'function' ? 'a request matching the predicate' : `${match.method ?? 'ANY'} ${String(match.path)}`;
      return changes.waitUntil(() => restServer.requests.find(predicate), timeoutMs, () => `Waiting for ${label}. ${describeRequests()}`);
    },
    waitForBotMessage: (predicate = () => true, timeoutMs = 5000) =>
      changes.waitUntil(
        () => world.messages.find((m) => m.author.id === ids.botUserId && predicate(m)),
        timeoutMs,
        () => `Waiting for a bot message. Bot messages so far: ${JSON.stringify(world.messages.filter((m) => m.author.id === ids.botUserId).map((m) => m.content))}. ${describeRequests()}`,
      ),
    waitForInteractionCallback: (interactionId, timeoutMs = 5000) =>
      changes.waitUntil<InteractionCallbackRecord>(
        () => world.interactionCallbacks.find((c) => c.interactionId === interactionId),
        timeoutMs,
        () => `Waiting for the callback of interaction ${interactionId}. ${describeRequests()}`,
      ),
    close: async () => {
      changes.close();
      await gw.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return standin;
}

export type { RecordedRequest };

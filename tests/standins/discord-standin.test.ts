// Smoke test: the real discord.js v14 Client (and its REST) against the local Discord stand-in.
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  Partials,
  REST,
  Routes,
  type ChatInputCommandInteraction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { startDiscordStandin, type DiscordStandin, type RecordedRequest } from './discord.ts';

const TOKEN = 'test-bot-token';

let standin: DiscordStandin | undefined;
let client: Client | undefined;
let rest: REST | undefined;

afterEach(async () => {
  if (client) await client.destroy();
  client = undefined;
  rest?.clearHashSweeper();
  rest?.clearHandlerSweeper();
  rest = undefined;
  if (standin) await standin.close();
  standin = undefined;
});

async function start(options: Parameters<typeof startDiscordStandin>[0] = {}): Promise<DiscordStandin> {
  standin = await startDiscordStandin({ token: TOKEN, ...options });
  return standin;
}

function newClient(s: DiscordStandin): Client {
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    rest: { api: s.apiUrl },
  });
  return client;
}

/** Stand-in + logged-in client that has emitted clientReady. */
async function loggedIn(options: Parameters<typeof startDiscordStandin>[0] = {}): Promise<{ s: DiscordStandin; c: Client<true> }> {
  const s = await start(options);
  const c = newClient(s);
  const ready = once(c, Events.ClientReady);
  await c.login(TOKEN);
  await ready;
  if (!c.isReady()) throw new Error('client not ready');
  return { s, c };
}

/** Resolves with the first event payload satisfying the predicate; handler errors reject instead of vanishing. */
function nextMessage(c: Client, predicate: (m: Message) => boolean, timeoutMs = 3000): Promise<Message> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      c.off(Events.MessageCreate, listener);
      reject(new Error('no matching messageCreate'));
    }, timeoutMs);
    const listener = (m: Message): void => {
      if (!predicate(m)) return;
      clearTimeout(timer);
      c.off(Events.MessageCreate, listener);
      resolve(m);
    };
    c.on(Events.MessageCreate, listener);
  });
}

function bodyOf(request: RecordedRequest): Record<string, unknown> {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`expected a JSON object body, got ${JSON.stringify(body)}`);
  return body as Record<string, unknown>;
}

describe('Discord stand-in with the real discord.js client', () => {
  it('logs in, caches the guild and its channel, and emits clientReady', async () => {
    const { s, c } = await loggedIn();
    expect(c.user.id).toBe(s.ids.botUserId);
    expect(c.application?.id).toBe(s.ids.appId);
    const guild = c.guilds.cache.get(s.ids.guildId);
    expect(guild?.available).toBe(true);
    const channel = c.channels.cache.get(s.ids.channelId);
    expect(channel?.type).toBe(ChannelType.GuildText);
    expect(guild?.members.me?.id).toBe(s.ids.botUserId);
    const gatewayBot = s.requests.find((r) => r.path === '/gateway/bot');
    expect(gatewayBot).toMatchObject({ method: 'GET', version: 10, status: 200 });
    expect(gatewayBot?.headers.authorization).toBe(`Bot ${TOKEN}`);
    const identify = s.gateway.received.find((p) => p.op === 2);
    expect(identify?.d).toMatchObject({ token: TOKEN, intents: 1 | 512 | 4096, shard: [0, 1] });
  });

  it('rejects a wrong token with TokenInvalid', async () => {
    const s = await start();
    const c = newClient(s);
    await expect(c.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
    expect(s.requests.at(-1)).toMatchObject({ path: '/gateway/bot', status: 401, response: { message: '401: Unauthorized', code: 0 } });
  });

  it('records a bulk PUT of guild commands through REST and returns them with snowflake ids', async () => {
    const s = await start();
    rest = new REST({ api: s.apiUrl }).setToken(TOKEN);
    const body = [
      {
        name: 'brief',
        description: 'Today’s briefing',
        options: [
          { type: 3, name: 'topic', description: 'Topic', required: true },
          { type: 4, name: 'count', description: 'How many', required: false },
        ],
      },
    ];
    const result = await rest.put(Routes.applicationGuildCommands(s.ids.appId, s.ids.guildId), { body });
    expect(result).toEqual([expect.objectContaining({ name: 'brief', application_id: s.ids.appId, guild_id: s.ids.guildId, id: expect.stringMatching(/^\d{17,20}$/), version: expect.stringMatching(/^\d+$/) })]);
    expect(s.commands(s.ids.guildId).map((c) => c.name)).toEqual(['brief']);
    const request = await s.waitForRequest({ method: 'PUT', path: `/applications/${s.ids.appId}/guilds/${s.ids.guildId}/commands` });
    expect(request.body).toEqual(body);
    const fetched = await rest.get(Routes.applicationGuildCommands(s.ids.appId, s.ids.guildId));
    expect(fetched).toEqual(result);
  });

  it('rejects a batch with an invalid command name with 400 / 50035 and keeps the old commands', async () => {
    const s = await start();
    rest = new REST({ api: s.apiUrl }).setToken(TOKEN);
    const route = Routes.applicationGuildCommands(s.ids.appId, s.ids.guildId);
    await rest.put(route, { body: [{ name: 'brief', description: 'ok' }] });
    const failure = rest.put(route, { body: [{ name: 'ask', description: 'ok' }, { name: 'Brief Me', description: 'bad name' }] });
    await expect(failure).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: 50035, rawError: { errors: { 1: { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME' }] } } } } });
    expect(s.commands(s.ids.guildId).map((c) => c.name)).toEqual(['brief']);
  });

  it('delivers INTERACTION_CREATE and records deferReply (type 5) then editReply (PATCH @original)', async () => {
    const { s, c } = await loggedIn();
    const handled = new Promise<ChatInputCommandInteraction>((resolve, reject) => {
      c.on(Events.InteractionCreate, (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        (async () => {
          await interaction.deferReply();
          await interaction.editReply('x');
          resolve(interaction);
        })().catch(reject);
      });
    });
    const sent = s.sendInteraction({ name: 'brief', options: { topic: 'ai', count: 3 } });
    const interaction = await handled;
    expect(interaction.commandName).toBe('brief');
    expect(interaction.options.getString('topic')).toBe('ai');
    expect(interaction.options.getInteger('count')).toBe(3);
    expect(interaction.guildId).toBe(s.ids.guildId);
    expect(interaction.channel?.id).toBe(s.ids.channelId);
    const callback = await s.waitForInteractionCallback(sent.id);
    expect(callback.type).toBe(5);
    const patch = await s.waitForRequest({ method: 'PATCH', path: `/webhooks/${s.ids.appId}/${sent.token}/messages/@original` });
    expect(bodyOf(patch).content).toBe('x');
    expect(patch.status).toBe(200);
    expect(s.botMessages(s.ids.channelId).map((m) => m.content)).toEqual(['x']);
  });

  it('delivers a guild message that mentions the bot with the channel cached, and records message.reply()', async () => {
    const { s, c } = await loggedIn();
    const received = nextMessage(c, (m) => !m.author.bot && m.mentions.has(c.user));
    const id = s.sendMessage({ content: 'what happened today?', mentionsBot: true });
    const message = await received;
    expect(message.id).toBe(id);
    expect(message.content).toContain('what happened today?');
    expect(message.channel.type).toBe(ChannelType.GuildText);
    expect((message.channel as TextChannel).name).toBe('news');
    expect(message.guild?.id).toBe(s.ids.guildId);
    await message.reply('here is the briefing');
    const post = await s.waitForRequest({ method: 'POST', path: `/channels/${s.ids.channelId}/messages` });
    expect(bodyOf(post)).toMatchObject({ content: 'here is the briefing', message_reference: { message_id: id } });
    expect(post.status).toBe(200);
  });

  it('blanks content of unmentioned guild messages when the MessageContent intent is missing', async () => {
    const { s, c } = await loggedIn();
    const received = nextMessage(c, (m) => !m.author.bot);
    s.sendMessage({ content: 'chatter not for the bot' });
    expect((await received).content).toBe('');
  });

  it('delivers a DM to messageCreate as a DM channel and records the reply there', async () => {
    const { s, c } = await loggedIn();
    const received = nextMessage(c, (m) => !m.author.bot);
    s.sendMessage({ content: 'brief me', dm: true });
    const message = await received;
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.guild).toBeNull();
    expect(message.content).toBe('brief me');
    await message.reply('sure');
    const post = await s.waitForRequest({ method: 'POST', path: `/channels/${message.channelId}/messages` });
    expect(bodyOf(post).content).toBe('sure');
  });

  it('makes discord.js wait out a 429 on POST channel messages, then records the message once', async () => {
    const { s, c } = await loggedIn();
    s.failNext({ method: 'POST', path: /^\/channels\/\d+\/messages$/ }, { status: 429, retryAfter: 0.5 });
    const channel = c.channels.cache.get(s.ids.channelId) as TextChannel;
    const started = Date.now();
    await channel.send('after the rate limit');
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    const posts = s.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${s.ids.channelId}/messages`);
    expect(posts.map((r) => r.status)).toEqual([429, 200]);
    expect(posts[0]?.response).toEqual({ message: 'You are being rate limited.', retry_after: 0.5, global: false });
    expect(s.botMessages(s.ids.channelId).filter((m) => m.content === 'after the rate limit')).toHaveLength(1);
  });

  it('surfaces an injected 403 Missing Permissions as DiscordAPIError 50013', async () => {
    const { s, c } = await loggedIn();
    s.failNext({ method: 'POST', path: /\/messages$/ }, { status: 403, code: 50013, message: 'Missing Permissions' });
    const channel = c.channels.cache.get(s.ids.channelId) as TextChannel;
    await expect(channel.send('nope')).rejects.toMatchObject({ status: 403, code: 50013, message: 'Missing Permissions' });
    expect(s.botMessages()).toHaveLength(0);
  });

  it('rejects messages over Discord limits with 400 / 50035', async () => {
    const { s, c } = await loggedIn();
    const channel = c.channels.cache.get(s.ids.channelId) as TextChannel;
    await expect(channel.send('x'.repeat(2001))).rejects.toMatchObject({ status: 400, code: 50035 });
    const fields = Array.from({ length: 7 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(1000) }));
    await expect(channel.send({ embeds: [{ title: 't', fields }] })).rejects.toMatchObject({ status: 400, code: 50035, rawError: { errors: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED' }] } } } });
    expect(s.botMessages()).toHaveLength(0);
  });

  it('rejects buttons past Discord’s component limits with 400 / 50035', async () => {
    const { s, c } = await loggedIn();
    const channel = c.channels.cache.get(s.ids.channelId) as TextChannel;
    const button = (customId: string) => ({ type: 2, style: 2, label: 'b', custom_id: customId });
    const row = (customId: string) => ({ type: 1, components: [button(customId)] });
    await expect(channel.send({ content: 'x', components: Array.from({ length: 6 }, (_, i) => row(`r${i}`)) })).rejects.toMatchObject({ status: 400, code: 50035 });
    await expect(channel.send({ content: 'x', components: [row('x'.repeat(101))] })).rejects.toMatchObject({ status: 400, code: 50035 });
    expect(s.botMessages()).toHaveLength(0);
  });

  it('delivers a button click as a MESSAGE_COMPONENT interaction carrying its message, and records deferUpdate (type 6)', async () => {
    const { s, c } = await loggedIn();
    const channel = c.channels.cache.get(s.ids.channelId) as TextChannel;
    const posted = await channel.send({ content: 'rate me', components: [{ type: 1, components: [{ type: 2, style: 2, label: 'Up', custom_id: 'vote:up' }] }] });
    const clicked = new Promise<{ customId: string; messageId: string; userId: string }>((resolve, reject) => {
      c.on(Events.InteractionCreate, (interaction) => {
        if (!interaction.isButton()) return;
        interaction.deferUpdate().then(() => resolve({ customId: interaction.customId, messageId: interaction.message.id, userId: interaction.user.id }), reject);
      });
    });
    const sent = s.clickButton({ messageId: posted.id, customId: 'vote:up' });
    expect(await clicked).toEqual({ customId: 'vote:up', messageId: posted.id, userId: s.ids.userId });
    expect((await s.waitForInteractionCallback(sent.id)).type).toBe(6);
    expect(() => s.clickButton({ messageId: posted.id, customId: 'vote:down' })).toThrow(/has no button with custom_id "vote:down"/);
  });

  it('resumes after a gateway disconnect and replays dispatches sent while disconnected', async () => {
    const { s, c } = await loggedIn();
    const resumed = once(c, Events.ShardResume);
    s.gateway.disconnect(4000);
    const missed = nextMessage(c, (m) => m.content === 'sent while disconnected');
    s.sendMessage({ content: 'sent while disconnected', dm: true });
    await s.gateway.waitForResume(1);
    await resumed;
    await missed;
    const later = nextMessage(c, (m) => m.content === 'after resume');
    s.sendMessage({ content: 'after resume', dm: true });
    await later;
    expect(s.gateway.identified).toBe(1);
    expect(s.gateway.received.filter((p) => p.op === 6)).toHaveLength(1);
  });

  it('caches a thread created by THREAD_CREATE and routes a reply into it', async () => {
    const { s, c } = await loggedIn();
    const starter = s.sendMessage({ content: 'big story', mentionsBot: true });
    const threadCreated = once(c, Events.ThreadCreate);
    const threadId = s.createThread(s.ids.channelId, starter, 'big story');
    await threadCreated;
    expect(c.channels.cache.get(threadId)?.isThread()).toBe(true);
    const received = nextMessage(c, (m) => m.channelId === threadId && !m.author.bot);
    s.sendMessage({ content: 'follow-up question', mentionsBot: true, threadOf: starter });
    const message = await received;
    await message.reply('answer in thread');
    const post = await s.waitForRequest({ method: 'POST', path: `/channels/${threadId}/messages` });
    expect(bodyOf(post).content).toBe('answer in thread');
  });

  it('answers Unknown interaction (10062) when the callback comes after the ack window', async () => {
    const { s, c } = await loggedIn({ interactionAckTimeoutMs: 100 });
    const outcome = new Promise<unknown>((resolve) => {
      c.on(Events.InteractionCreate, (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        setTimeout(() => {
          interaction.deferReply().then(resolve, resolve);
        }, 250);
      });
    });
    s.sendInteraction({ name: 'brief' });
    await expect(outcome).resolves.toMatchObject({ status: 404, code: 10062 });
  });
});

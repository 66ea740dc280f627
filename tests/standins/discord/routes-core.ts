// Routes: gateway discovery, users, application, application commands, guilds.
import type { APIApplicationCommand } from 'discord.js';
import { discordError, json, noContent, type Reply, type RestContext, type Route } from './rest.ts';
import { FormErrors, invalidFormBody, isRecord } from './util.ts';
import { validateCommand, validateCommandBatch } from './validate.ts';
import type { Json, World } from './world.ts';
import { materializeCommand } from './commands.ts';
import { channelPayload, guildPayload, rolesPayload } from './payloads.ts';

export interface CoreDeps {
  world: World;
  gatewayUrl: string;
}

const ID = '(\\d{15,21})';

export function coreRoutes({ world, gatewayUrl }: CoreDeps): Route[] {
  const appCheck = (appId: string): Reply | null => (appId === world.ids.appId ? null : discordError(403, 50001, 'Missing Access'));
  const guildCheck = (guildId: string): Reply | null => (guildId === world.ids.guildId ? null : discordError(404, 10004, 'Unknown Guild'));
  /** Scope key for commands: null = global; a Reply when app/guild is wrong. */
  const scope = (ctx: RestContext): { guildId: string | null } | Reply => {
    const [appId = '', guildId] = ctx.params;
    const bad = appCheck(appId);
    if (bad) return bad;
    if (guildId !== undefined && guildId !== '') {
      if (guildId !== world.ids.guildId) return discordError(403, 50001, 'Missing Access');
      return { guildId };
    }
    return { guildId: null };
  };
  const isReply = (value: { guildId: string | null } | Reply): value is Reply => 'status' in value;

  const application = (): Json => ({
    id: world.ids.appId,
    name: world.botUsername,
    icon: null,
    description: '',
    summary: '',
    type: null,
    bot_public: true,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    hook: true,
    is_monetized: false,
    integration_types_config: { 0: {} },
    owner: world.userPayload(world.ids.userId),
    team: null,
    bot: world.botUser(),
    approximate_guild_count: 1,
    redirect_uris: [],
    interactions_endpoint_url: null,
    tags: [],
  });

  const commandsBase = `^/applications/${ID}(?:/guilds/${ID})?/commands`;

  const routes: Route[] = [
    { method: 'GET', pattern: /^\/gateway$/, auth: false, handle: () => json(200, { url: gatewayUrl }) },
    {
      method: 'GET',
      pattern: /^\/gateway\/bot$/,
      auth: true,
      handle: () =>
        json(200, { url: gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } }),
    },
    { method: 'GET', pattern: /^\/users\/@me$/, auth: true, handle: () => json(200, { ...world.botUser(), verified: true, mfa_enabled: false, email: null, locale: 'en-US' }) },
    {
      method: 'GET',
      pattern: new RegExp(`^/users/${ID}$`),
      auth: true,
      handle: ({ params: [id = ''] }) =>
        id === world.ids.botUserId || world.users.has(id) ? json(200, world.userPayload(id)) : discordError(404, 10013, 'Unknown User'),
    },
    { method: 'GET', pattern: /^\/applications\/@me$/, auth: true, handle: () => json(200, application()) },
    { method: 'GET', pattern: /^\/oauth2\/applications\/@me$/, auth: true, handle: () => json(200, application()) },
    {
      method: 'GET',
      pattern: new RegExp(`${commandsBase}$`),
      auth: true,
      handle: (ctx) => {
        const s = scope(ctx);
        return isReply(s) ? s : json(200, world.commandList(s.guildId));
      },
    },
    {
      method: 'PUT',
      pattern: new RegExp(`${commandsBase}$`),
      auth: true,
      handle: (ctx) => {
        const s = scope(ctx);
        if (isReply(s)) return s;
        const errors = validateCommandBatch(ctx.body);
        if (!errors.empty || !Array.isArray(ctx.body)) return json(400, invalidFormBody(errors));
        const previous = world.commandList(s.guildId);
        const next = ctx.body.map((input: unknown) => materializeCommand(world, input as Json, s.guildId, previous));
        world.commands.set(s.guildId ?? 'global', next);
        return json(200, next);
      },
    },
    {
      method: 'POST',
      pattern: new RegExp(`${commandsBase}$`),
      auth: true,
      handle: (ctx) => {
        const s = scope(ctx);
        if (isReply(s)) return s;
        const errors = new FormErrors();
        validateCommand(errors, [], ctx.body);
        if (!errors.empty || !isRecord(ctx.body)) return json(400, invalidFormBody(errors));
        const previous = world.commandList(s.guildId);
        const command = materializeCommand(world, ctx.body, s.guildId, previous);
        const existed = previous.some((c) => c.id === command.id);
        world.commands.set(s.guildId ?? 'global', [...previous.filter((c) => c.id !== command.id), command]);
        return json(existed ? 200 : 201, command);
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`${commandsBase}/${ID}$`),
      auth: true,
      handle: (ctx) => {
        const s = scope(ctx);
        if (isReply(s)) return s;
        const command = world.commandList(s.guildId).find((c) => c.id === ctx.params[2]);
        return command ? json(200, command) : discordError(404, 10063, 'Unknown application command');
      },
    },
    {
      method: 'PATCH',
      pattern: new RegExp(`${commandsBase}/${ID}$`),
      auth: true,
      handle: (ctx) => {
        const s = scope(ctx);
        if (isReply(s)) return s;
        const previous = world.commandList(s.guildId);
        const current = previous.find((c) => c.id === ctx.params[2]);
        if (!current) return discordError(404, 10063, 'Unknown application command');
        const merged: Json = { ...(current as unknown as Json), ...(isRecord(ctx.body) ? ctx.body : {}) };
        const errors = new FormErrors();
        validateCommand(errors, [], merged);
        if (!errors.empty) return json(400, invalidFormBody(errors));
        const updated = materializeCommand(world, merged, s.guildId, [current]);
        world.commands.set(s.guildId ?? 'global', previous.map((c) => (c.id === current.id ? updated : c)));
        return json(200, updated);
      },
    },
    {
      method: 'DELETE',
      pattern: new RegExp(`${commandsBase}/${ID}$`),
      auth: true,
      handle: (ctx) => {
        const s = scope(ctx);
        if (isReply(s)) return s;
        const previous: APIApplicationCommand[] = world.commandList(s.guildId);
        if (!previous.some((c) => c.id === ctx.params[2])) return discordError(404, 10063, 'Unknown application command');
        world.commands.set(s.guildId ?? 'global', previous.filter((c) => c.id !== ctx.params[2]));
        return noContent;
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/guilds/${ID}$`),
      auth: true,
      handle: ({ params: [id = ''] }) => {
        const bad = guildCheck(id);
        if (bad) return bad;
        const { members: _m, channels: _c, threads: _t, presences: _p, voice_states: _v, joined_at: _j, large: _l, lazy: _z, member_count: count, ...guild } = guildPayload(world);
        return json(200, { ...guild, approximate_member_count: count, approximate_presence_count: 0 });
      },
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/guilds/${ID}/channels$`),
      auth: true,
      handle: ({ params: [id = ''] }) =>
        guildCheck(id) ??
        json(
          200,
          [...world.channels.values()].filter((c) => c.guildId === id && !world.isThread(c)).map((c) => channelPayload(world, c)),
        ),
    },
    { method: 'GET', pattern: new RegExp(`^/guilds/${ID}/roles$`), auth: true, handle: ({ params: [id = ''] }) => guildCheck(id) ?? json(200, rolesPayload(world)) },
    {
      method: 'GET',
      pattern: new RegExp(`^/guilds/${ID}/members/${ID}$`),
      auth: true,
      handle: ({ params: [id = '', userId = ''] }) => {
        const bad = guildCheck(id);
        if (bad) return bad;
        if (userId !== world.ids.botUserId && !world.users.has(userId)) return discordError(404, 10007, 'Unknown Member');
        return json(200, { ...world.memberPayload(userId), user: world.userPayload(userId) });
      },
    },
  ];
  return routes;
}

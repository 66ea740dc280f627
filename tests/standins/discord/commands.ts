// Stored application command objects (bulk overwrite keeps ids of same-name/type commands).
import type { APIApplicationCommand } from 'discord.js';
import { snowflake } from './util.ts';
import type { Json, World } from './world.ts';

/** Normalizes an incoming command definition into a stored command, keeping the id (and version when unchanged) of a same-name/type predecessor. */
export function materializeCommand(world: World, input: Json, guildId: string | null, previous: APIApplicationCommand[]): APIApplicationCommand {
  const type = typeof input.type === 'number' ? input.type : 1;
  const name = String(input.name);
  const prior = previous.find((c) => c.name === name && (c.type ?? 1) === type);
  const definition: Json = {
    type,
    name,
    name_localizations: input.name_localizations ?? null,
    description: typeof input.description === 'string' ? input.description : '',
    description_localizations: input.description_localizations ?? null,
    default_member_permissions: input.default_member_permissions ?? null,
    nsfw: input.nsfw === true,
    contexts: input.contexts ?? null,
    integration_types: input.integration_types ?? [0],
    ...(Array.isArray(input.options) ? { options: input.options } : {}),
    ...(guildId ? {} : { dm_permission: input.dm_permission ?? true }),
  };
  const unchanged = prior ? JSON.stringify(stripIds(prior)) === JSON.stringify({ ...definition, ...(guildId ? { guild_id: guildId } : {}) }) : false;
  return {
    id: prior?.id ?? snowflake(),
    application_id: world.ids.appId,
    version: unchanged && prior ? prior.version : snowflake(),
    ...definition,
    ...(guildId ? { guild_id: guildId } : {}),
  } as unknown as APIApplicationCommand;
}

function stripIds(command: APIApplicationCommand): Json {
  const { id: _id, application_id: _app, version: _version, ...rest } = command as unknown as Json;
  return rest;
}

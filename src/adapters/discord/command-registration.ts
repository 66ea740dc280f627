// Discord's slash commands, built from the one command definition the chat layer owns, and registered
// with a bulk overwrite (PUT), so registering at every start-up is idempotent.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  Routes,
  type APIApplicationCommandBasicOption,
  type REST,
  type RESTPostAPIApplicationCommandsJSONBody,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { COMMANDS, type CommandDefinition, type CommandOption } from '../../chat/commands/definitions.ts';
import type { DiscordConfig } from '../../config.ts';

function toStringOption(option: CommandOption): APIApplicationCommandBasicOption {
  const choices = option.choices?.map((value) => ({ name: value, value }));
  return { type: ApplicationCommandOptionType.String, name: option.name, description: option.description, required: option.required, ...(choices ? { choices } : {}) };
}

/** `/brief` gets one Discord subcommand per chat subcommand; `/ask` keeps its options. */
function toDiscordCommand(definition: CommandDefinition): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const options =
    definition.subcommands.length > 0
      ? definition.subcommands.map((sub) => ({
          type: ApplicationCommandOptionType.Subcommand as const,
          name: sub.name,
          description: sub.description,
          options: sub.options.map(toStringOption),
        }))
      : definition.options.map(toStringOption);
  return { type: ApplicationCommandType.ChatInput, name: definition.name, description: definition.description, options };
}

const DISCORD_COMMANDS = COMMANDS.map(toDiscordCommand) satisfies RESTPostAPIApplicationCommandsJSONBody[];

/**
 * Overwrite the application's commands: in one server when DISCORD_GUILD_ID is set (they appear at once),
 * else globally. Discord rejects the whole batch when one command is invalid.
 */
export async function registerCommands(rest: REST, config: Pick<DiscordConfig, 'appId' | 'guildId'>): Promise<void> {
  const route = config.guildId ? Routes.applicationGuildCommands(config.appId, config.guildId) : Routes.applicationCommands(config.appId);
  await rest.put(route, { body: DISCORD_COMMANDS });
}

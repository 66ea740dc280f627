// Why the Discord bot could not start, in one line naming the setting to fix (main.ts prints it, no stack).
import { DiscordAPIError, DiscordjsError, DiscordjsErrorCodes } from 'discord.js';
import type { DiscordConfig } from '../../config.ts';

const DEFAULT_API = 'https://discord.com/api';

export function explainStartError(err: unknown, config: DiscordConfig): string {
  if ((err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.TokenInvalid) || (err instanceof DiscordAPIError && err.status === 401)) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized): copy the bot token again from Developer Portal → Bot → Reset Token';
  }
  if (err instanceof DiscordjsError && err.code === DiscordjsErrorCodes.DisallowedIntents) {
    return 'Discord refused the gateway intents: this bot needs only Guilds, Guild Messages and Direct Messages (no privileged intent); check Developer Portal → Bot';
  }
  if (err instanceof DiscordAPIError && (err.status === 403 || err.status === 404)) {
    const where = config.guildId ? `in server DISCORD_GUILD_ID=${config.guildId}` : 'globally';
    return `Discord refused to register the slash commands ${where} (${err.message}): check that DISCORD_APP_ID is the bot's application id${config.guildId ? ' and that the bot was invited to that server with the applications.commands scope' : ''}`;
  }
  if (err instanceof DiscordAPIError) return `Discord refused the bot's start-up request ${err.method.toUpperCase()} ${err.url}: ${oneLine(err.message)}`;
  const code = networkCode(err) ?? networkCode((err as { cause?: unknown } | undefined)?.cause);
  if (code) {
    return `cannot reach Discord at ${config.apiUrl ?? DEFAULT_API} (${code}): check the network${config.apiUrl ? ' and DISCORD_API_URL' : ''}`;
  }
  return `Discord start-up failed: ${oneLine(err instanceof Error ? err.message : String(err))}`;
}

function networkCode(err: unknown): string | undefined {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|UND_ERR)/.test(code) ? code : undefined;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '; ');
}

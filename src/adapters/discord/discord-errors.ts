// Discord's JSON error codes the adapter acts on (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
import { DiscordAPIError } from 'discord.js';

export const UNKNOWN_CHANNEL = 10003;
export const UNKNOWN_INTERACTION = 10062;
export const MISSING_ACCESS = 50001;
export const MISSING_PERMISSIONS = 50013;

export function isDiscordError(err: unknown, ...codes: number[]): err is DiscordAPIError {
  return err instanceof DiscordAPIError && codes.includes(Number(err.code));
}

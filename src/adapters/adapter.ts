// What main.ts and the scheduler need from every platform adapter; nothing more.
import type { Platform, Reply } from '../chat/types.ts';

export interface Adapter {
  readonly platform: Platform;
  /** Connect and start serving; resolves once the platform is reachable (or throws a clear error). */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Post a reply in a channel (scheduled briefs come this way). Throws when the platform refuses. */
  post(channelId: string, reply: Reply): Promise<void>;
  /** Resolve to a sentence saying why the bot cannot post in the channel, or undefined when it can. */
  checkChannel?(channelId: string): Promise<string | undefined>;
}

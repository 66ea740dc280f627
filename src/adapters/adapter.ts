// What main.ts and the scheduler need from every platform adapter; nothing more.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Platform, Reply } from '../chat/types.ts';

/** Routes an adapter that listens on PORT serves besides its own (/healthz and /metrics, from main.ts). */
export interface ExtraRoutes {
  readonly paths: readonly string[];
  handle(request: IncomingMessage, response: ServerResponse): void;
}

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

// The Discord adapter under test: the real discord.js against the local stand-in, answering from the real seeds.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Adapter } from '../../../src/adapters/adapter.ts';
import { createDiscordAdapter } from '../../../src/adapters/discord/discord-adapter.ts';
import type { ChatContext } from '../../../src/chat/context.ts';
import { ThreadMemory } from '../../../src/chat/thread-context.ts';
import type { DiscordConfig } from '../../../src/config.ts';
import { createBriefing, type Briefing } from '../../../src/core/briefing.ts';
import { loadLibrary } from '../../support/library.ts';
import { createOfflineEngine } from '../../../src/engines/offline.ts';
import { createLogger } from '../../../src/log.ts';
import { openDatabase } from '../../../src/store/db.ts';
import { createFeedbackStore, type FeedbackStore } from '../../../src/store/feedback.ts';
import { startDiscordStandin, type DiscordStandin, type DiscordStandinOptions, type RecordedRequest } from '../../standins/discord.ts';

const SEEDS_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../seeds');
const TOKEN = 'standin-bot-token-for-the-discord-adapter';
const NOW = new Date('2025-05-24T07:00:00Z');

export interface Bot {
  standin: DiscordStandin;
  adapter: Adapter;
  logs: string[];
  /** Answers kept and votes recorded (an in-memory database per bot). */
  feedback: FeedbackStore;
  closeDb: () => void;
  /** Stop the adapter and start a new one, as a restarted process: empty memory, the same database. */
  restart: () => Promise<void>;
}

export interface BotOptions {
  standin?: DiscordStandinOptions;
  /** Register in the stand-in's guild (default) or globally (null). */
  guildId?: string | null;
  token?: string;
  /** Replaces parts of the chat context (a schedule, a briefing with a synthetic digest). */
  chat?: (briefing: Briefing) => Partial<Omit<ChatContext, 'checkChannel'>>;
}

export function seedBriefing(): Briefing {
  return createBriefing({ library: loadLibrary(SEEDS_DIR), engine: createOfflineEngine(), now: () => NOW });
}

let running: Bot[] = [];

/** Starts a stand-in and the adapter against it; stopBots() in afterEach destroys the client, then closes the stand-in. */
export async function startStandinAndBot(options: BotOptions = {}): Promise<{ bot: Bot; start: () => Promise<void> }> {
  const standin = await startDiscordStandin({ token: TOKEN, ...options.standin });
  const logs: string[] = [];
  const log = createLogger('debug', (line) => logs.push(line));
  const briefing = seedBriefing();
  const guildId = options.guildId === undefined ? standin.ids.guildId : (options.guildId ?? undefined);
  const config: DiscordConfig = { token: options.token ?? TOKEN, appId: standin.ids.appId, guildId, apiUrl: standin.apiUrl };
  const db = openDatabase(':memory:');
  const feedback = createFeedbackStore(db);
  const chat = { briefing, threads: new ThreadMemory(), log, now: () => NOW, feedback, ...options.chat?.(briefing) };
  const adapter = createDiscordAdapter({ config, chat, log });
  const bot: Bot = {
    standin,
    adapter,
    logs,
    feedback,
    closeDb: () => db.close(),
    restart: async () => {
      await bot.adapter.stop();
      bot.adapter = createDiscordAdapter({ config, chat: { ...chat, threads: new ThreadMemory() }, log });
      await bot.adapter.start();
    },
  };
  running.push(bot);
  return { bot, start: () => adapter.start() };
}

export async function startBot(options: BotOptions = {}): Promise<Bot> {
  const { bot, start } = await startStandinAndBot(options);
  await start();
  return bot;
}

export async function stopBots(): Promise<void> {
  const bots = running;
  running = [];
  for (const bot of bots) {
    await bot.adapter.stop();
    await bot.standin.close();
    bot.closeDb();
  }
}

export function bodyOf(request: RecordedRequest): { content?: string; embeds?: Array<Record<string, unknown>>; flags?: number } {
  const body = request.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new Error(`expected a JSON object body, got ${JSON.stringify(body)}`);
  return body as { content?: string; embeds?: Array<Record<string, unknown>>; flags?: number };
}

/** Everything a request carried (content and embeds) as one string, for "contains" checks. */
export function textOf(request: RecordedRequest): string {
  return JSON.stringify(request.body);
}

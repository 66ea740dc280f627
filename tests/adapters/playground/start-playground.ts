// A real playground adapter over the project's seed stories, on a free loopback port.
import { fileURLToPath } from 'node:url';
import { createPlaygroundAdapter, type PlaygroundAdapter } from '../../../src/adapters/playground/playground-adapter.ts';
import type { ScheduleCommands } from '../../../src/chat/context.ts';
import { ThreadMemory } from '../../../src/chat/thread-context.ts';
import { createBriefing, type Briefing } from '../../../src/core/briefing.ts';
import { loadLibrary } from '../../support/library.ts';
import { createOfflineEngine } from '../../../src/engines/offline.ts';
import type { FeedDirectory } from '../../../src/feeds/feed-directory.ts';
import { silentLogger, type Logger } from '../../../src/log.ts';
import type { FeedbackStore } from '../../../src/store/feedback.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../../seeds/', import.meta.url));

export interface StartedPlayground {
  adapter: PlaygroundAdapter;
  briefing: Briefing;
  url: string;
}

export interface PlaygroundSetup {
  now?: () => Date;
  schedule?: ScheduleCommands;
  log?: Logger;
  briefing?: Briefing;
  feeds?: FeedDirectory;
  feedback?: FeedbackStore;
}

export function createSeedBriefing(now: () => Date = () => new Date()): Briefing {
  return createBriefing({ library: loadLibrary(SEEDS_DIR), engine: createOfflineEngine(), now });
}

export async function startPlayground(setup: PlaygroundSetup = {}): Promise<StartedPlayground> {
  const now = setup.now ?? (() => new Date());
  const log = setup.log ?? silentLogger;
  const briefing = setup.briefing ?? createSeedBriefing(now);
  const adapter = createPlaygroundAdapter({
    port: 0,
    host: '127.0.0.1',
    chat: { briefing, threads: new ThreadMemory(), log, now, schedule: setup.schedule, feeds: setup.feeds, feedback: setup.feedback },
    log,
  });
  await adapter.start();
  return { adapter, briefing, url: adapter.url() };
}

// The Slack adapter under test: real Bolt, the real briefing over the seeds, and the local Slack stand-in.
import { fileURLToPath } from 'node:url';
import { createSlackAdapter, type SlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import { ThreadMemory } from '../../../src/chat/thread-context.ts';
import type { SlackConfig } from '../../../src/config.ts';
import { createBriefing, type Briefing } from '../../../src/core/briefing.ts';
import { loadLibrary } from '../../support/library.ts';
import { createOfflineEngine } from '../../../src/engines/offline.ts';
import { createLogger } from '../../../src/log.ts';
import { openDatabase } from '../../../src/store/db.ts';
import { createFeedbackStore, type FeedbackStore } from '../../../src/store/feedback.ts';
import type { types } from '@slack/bolt';
import { startSlackStandin, type ApiCallRecord, type JsonObject, type SlackStandin } from '../../standins/slack.ts';

export const SIGNING_SECRET = 'standin-signing-secret';
const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));
const NOW = new Date('2025-05-24T07:00:00Z');

export interface SlackHarness {
  standin: SlackStandin;
  adapter: SlackAdapter;
  /** Where signed requests go (HTTP mode). */
  url: string;
  /** Every line the bot logged. */
  logs: string[];
  /** The briefing the bot answers from (to compute what a reply should hold). */
  briefing: Briefing;
  /** Let held questions and digests through (see holdAnswers). */
  release: () => void;
  /** Answers kept and votes recorded (an in-memory database per harness). */
  feedback: FeedbackStore;
  closeDb: () => void;
}

export interface HarnessOptions {
  socketMode?: boolean;
  /** HTTP port (default 0: any free one). */
  port?: number;
  config?: Partial<SlackConfig>;
  /** Leave the adapter unstarted (to test start() itself). */
  skipStart?: boolean;
  /** Hold every question and digest until release() (to see what happens before the work). */
  holdAnswers?: boolean;
}

let open: SlackHarness[] = [];

export async function startHarness(options: HarnessOptions = {}): Promise<SlackHarness> {
  const standin = await startSlackStandin();
  const logs: string[] = [];
  const log = createLogger('debug', (line) => logs.push(line));
  const briefing = createBriefing({ library: loadLibrary(SEEDS), engine: createOfflineEngine(), now: () => NOW });
  let release = (): void => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: Briefing = options.holdAnswers
    ? { ...briefing, ask: async (q) => gate.then(() => briefing.ask(q)), digest: async (o) => gate.then(() => briefing.digest(o)) }
    : briefing;
  const db = openDatabase(':memory:');
  const feedback = createFeedbackStore(db);
  const adapter = createSlackAdapter({
    config: {
      botToken: standin.botToken,
      signingSecret: SIGNING_SECRET,
      apiUrl: standin.apiUrl,
      ...(options.socketMode ? { appToken: 'xapp-1-standin' } : {}),
      ...options.config,
    },
    port: options.port ?? 0,
    host: '127.0.0.1',
    chat: { briefing: held, threads: new ThreadMemory(), log, now: () => NOW, feedback },
    log,
  });
  const harness = { standin, adapter, url: '', logs, briefing, release, feedback, closeDb: () => db.close() };
  open.push(harness);
  if (!options.skipStart) {
    await adapter.start();
    harness.url = adapter.eventsUrl() ?? '';
  }
  return harness;
}

/** Stop every adapter, then its stand-in (a Socket Mode client that loses its server would reconnect). */
export async function closeHarnesses(): Promise<void> {
  for (const harness of open.reverse()) {
    harness.release();
    await harness.adapter.stop();
    await harness.standin.close();
    harness.closeDb();
  }
  open = [];
}

type KnownBlock = types.KnownBlock;

/** The mrkdwn / plain text of every block, in order (section text, header text, context elements). */
export function blockTexts(blocks: unknown): string[] {
  return (Array.isArray(blocks) ? (blocks as KnownBlock[]) : []).flatMap((block) => {
    if (block.type === 'section' || block.type === 'header') return block.text ? [block.text.text] : [];
    if (block.type === 'context') return block.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : []));
    return [];
  });
}

/** The text of the first section block: where an answer puts its figure. */
export function firstSection(body: JsonObject): string {
  const blocks = Array.isArray(body.blocks) ? (body.blocks as KnownBlock[]) : [];
  const section = blocks.find((b) => b.type === 'section');
  return section?.type === 'section' ? (section.text?.text ?? '') : '';
}

/** Successful chat.postMessage calls into one thread. */
export function postsInThread(standin: SlackStandin, channel: string, threadTs: unknown): ApiCallRecord[] {
  return standin.callsTo('chat.postMessage').filter((c) => c.ok && c.body.channel === channel && c.body.thread_ts === threadTs);
}

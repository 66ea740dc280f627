// Load (npm run test:load, also run by .ci/run): 1,000 Slack channels subscribed to the same minute, against
// the stand-in with Slack's chat.postMessage limits on (1 post/s per channel; a burst of 50, then 20/s per
// workspace; 429 + Retry-After). Every channel gets its brief once, within 120 s, with at most one 429 per ten
// posts and no call before a Retry-After has elapsed. Prints the time to the last post, 429s and retries.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import { ThreadMemory } from '../../src/chat/thread-context.ts';
import { createLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { openSqliteStore, type Store } from '../../src/store/store.ts';
import { createNewsroom, SWAP } from '../schedule/newsroom.ts';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { makeTempFolder, type TempFolder } from '../store/temp-db.ts';

const CHANNELS = 1000;
const slot = new Date('2025-11-25T05:30:00Z');

let standin: SlackStandin;
let adapter: SlackAdapter;
let store: Store;
let folder: TempFolder;
const logLines: string[] = [];

beforeAll(async () => {
  standin = await startSlackStandin({ rateLimits: true });
  folder = makeTempFolder();
  store = openSqliteStore(folder.dbPath);
  for (let i = 0; i < CHANNELS; i++) {
    await store.subscriptions.add({ channel: { platform: 'slack', channelId: `C0LOAD${String(i).padStart(4, '0')}` }, hour: 5, minute: 30, zone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7] }, new Date('2025-11-20T00:00:00Z'));
  }
});

afterAll(async () => {
  await adapter?.stop();
  await store?.close();
  await standin?.close();
  folder?.remove();
});

it(`posts the brief once in each of ${CHANNELS} channels subscribed to one minute, within Slack's limits, in at most 120 s`, { timeout: 240_000 }, async () => {
  const log = createLogger('info', (line) => logLines.push(line));
  const { briefing } = createNewsroom({ 'swap.txt': SWAP });
  adapter = createSlackAdapter({
    config: { botToken: standin.botToken, signingSecret: 'load-test-signing-secret', apiUrl: standin.apiUrl },
    port: 0,
    host: '127.0.0.1',
    chat: { briefing, threads: new ThreadMemory(), log, now: () => slot },
    log,
  });
  await adapter.start();
  const scheduler = createScheduler({ store, briefing, post: (channel, reply) => adapter.post(channel.channelId, reply), log, now: () => new Date() });

  const started = Date.now();
  await scheduler.runDueSlots(slot);
  const posts = standin.callsTo('chat.postMessage').filter((call) => call.ok);
  const seconds = (Math.max(...posts.map((call) => call.at)) - started) / 1000;
  const stats = standin.rateLimitStats();
  const schedulerRetries = logLines.filter((line) => line.includes('scheduled brief post failed; retrying')).length;
  const perChannel = new Map<string, number>();
  for (const call of posts) perChannel.set(String(call.body.channel), (perChannel.get(String(call.body.channel)) ?? 0) + 1);
  const messagesPerBrief = new Set(perChannel.values());
  process.stdout.write(
    `Slack load: ${CHANNELS} channels, last post after ${seconds.toFixed(1)} s; ${posts.length} posts accepted; ` +
      `${stats.limited} answers of 429 (${(stats.limited / posts.length).toFixed(3)} per post), each retried by the pacer after its Retry-After; ` +
      `${stats.early} calls before Retry-After had elapsed; ${schedulerRetries} scheduler retries\n`,
  );

  expect(perChannel.size).toBe(CHANNELS);
  expect(messagesPerBrief.size).toBe(1); // every channel got the same number of messages: its one brief
  expect((await Promise.all((await store.subscriptions.listAll()).map((s) => store.deliveries.deliveriesFor(s.id)))).flat().map((d) => d.status)).toEqual(Array(CHANNELS).fill('posted'));
  expect(seconds).toBeLessThanOrEqual(120);
  expect(stats.limited).toBeLessThanOrEqual(posts.length / 10);
  expect(stats.early).toBe(0);
});

// Feeds as an operator uses them: the real bot process polling the feed stand-in, a new item answered
// with its link without a restart; the CLI's fetch; and the private-address guard refusing loopback.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONVOY } from '../standins/feeds/articles.ts';
import { startFeedStandin, type FeedStandin } from '../standins/feeds.ts';
import { REPO_DIR, runCli, spawnBot, stopAllProcesses } from './support/bot-process.ts';
import { freePort } from './support/free-port.ts';
import { makeTempDir, removeTempDirs, tempDatabase } from './support/temp-dir.ts';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON } from '../support/postgres.ts';

const DAM = {
  guid: 'urn:standin:dam',
  path: '/news/dam-repairs.html',
  title: 'Workers finish repairs on the Kakhovka canal',
  summary: 'The canal carries water again.',
  pubDate: 'Sun, 25 May 2025 08:00:00 GMT',
  paragraphs: ['Workers finished repairing 17 kilometres of the Kakhovka canal on Sunday, the water agency said.'],
};

let standin: FeedStandin;
beforeEach(async () => {
  standin = await startFeedStandin();
});
afterEach(async () => {
  await stopAllProcesses();
  await standin.stop();
  removeTempDirs();
}, 30_000);

const INDEXED = /feed stories indexed stored=\d+ removed=\d+ stories=\d+/;

interface PlaygroundAnswer {
  kind: string;
  text: string;
  citations: Array<{ url?: string | null; outlet: string; date: string; quote: string }>;
}

async function ask(url: string, question: string): Promise<PlaygroundAnswer> {
  const response = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ kind: 'command', text: `/ask ${question}` }),
  });
  return ((await response.json()) as { reply: { answer: PlaygroundAnswer } }).reply.answer;
}

describe('the running bot with BRIEFING_FEEDS', { timeout: 90_000 }, () => {
  it('answers from a feed item published while it runs, citing the item’s link, outlet and date', async () => {
    const seeds = makeTempDir('briefing-feed-seeds-');
    cpSync(join(REPO_DIR, 'seeds'), seeds, { recursive: true });
    const bot = spawnBot({
      PORT: String(await freePort()),
      BRIEFING_DB: tempDatabase(),
      BRIEFING_SEEDS: seeds,
      BRIEFING_FEEDS: standin.url('/rss.xml'),
      BRIEFING_FEED_POLL_SECONDS: '5',
      BRIEFING_ALLOW_PRIVATE_URLS: 'true',
    });
    const url = (await bot.waitForLine(/^Playground: /, { stream: 'stdout' })).replace(/^Playground: /, '');
    const firstIndexed = await bot.waitForLine(INDEXED, { stream: 'stderr' });
    const storiesBefore = Number(/stories=(\d+)/.exec(firstIndexed)?.[1]);
    const convoy = await ask(url, 'How many trucks reached Kharkiv?');
    expect(convoy.citations[0]).toMatchObject({ url: standin.url(CONVOY.path), outlet: 'Standin News', date: '2025-05-24' });
    expect((await ask(url, 'How many kilometres of the Kakhovka canal were repaired?')).kind).toBe('abstained');
    expect(await (await fetch(`${url}/metrics`)).text()).toMatch(/^briefing_feed_fetches_total\{status="ok"\} [1-9]/m);

    standin.publish(DAM);
    await bot.waitForLine(new RegExp(`feed stories indexed stored=1 removed=0 stories=${storiesBefore + 1}`), { stream: 'stderr', timeoutMs: 60_000 });

    const answer = await ask(url, 'How many kilometres of the Kakhovka canal were repaired?');
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^17 kilometres/);
    expect(answer.citations[0]).toMatchObject({ url: standin.url(DAM.path), quote: DAM.paragraphs[0] });
  });
});

describe.skipIf(!hasPostgres())(
  hasPostgres() ? 'two bots on one PostgreSQL' : `two bots on one PostgreSQL (skipped: ${POSTGRES_SKIP_REASON})`,
  { timeout: 120_000 },
  () => {
    it('answers in one bot an item the other fetched, within a poll interval, each from its own index', async () => {
      const database = await createTestDatabase();
      try {
        const shared = { DATABASE_URL: database.url, BRIEFING_FEED_POLL_SECONDS: '5', BRIEFING_ALLOW_PRIVATE_URLS: 'true', BRIEFING_SEEDS: makeTempDir('briefing-no-seeds-') };
        const fetching = spawnBot({ ...shared, PORT: String(await freePort()), BRIEFING_DB: tempDatabase(), BRIEFING_FEEDS: standin.url('/rss.xml') });
        // Its first poll may finish before its first build, which then takes the two items in ("stories loaded").
        await fetching.waitForLine(new RegExp(`${INDEXED.source}|stories loaded stories=2 `), { stream: 'stderr' });
        const other = spawnBot({ ...shared, PORT: String(await freePort()), BRIEFING_DB: tempDatabase() });
        const url = (await other.waitForLine(/^Playground: /, { stream: 'stdout' })).replace(/^Playground: /, '');
        // On start it takes the stories already fetched (with the story files, or at its first poll round).
        await other.waitForLine(/stories loaded stories=2 |feed stories indexed stored=2 /, { stream: 'stderr' });
        expect((await ask(url, 'How many trucks reached Kharkiv?')).citations[0]).toMatchObject({ url: standin.url(CONVOY.path), outlet: 'Standin News' });

        standin.publish(DAM);
        await fetching.waitForLine(/feed stories indexed stored=1 /, { stream: 'stderr', timeoutMs: 30_000 });
        await other.waitForLine(/feed stories indexed stored=1 /, { stream: 'stderr', timeoutMs: 15_000 });
        const answer = await ask(url, 'How many kilometres of the Kakhovka canal were repaired?');
        expect(answer.citations[0]).toMatchObject({ url: standin.url(DAM.path), quote: DAM.paragraphs[0] });
        // The second bot has no feeds of its own: everything it answers came through the shared stories.
        expect(other.stderr.some((line) => line.includes('feed fetched'))).toBe(false);
      } finally {
        await stopAllProcesses();
        await database.drop();
      }
    });

    it('fetch stores into PostgreSQL, and ask with another BRIEFING_DB answers from it', async () => {
      const database = await createTestDatabase();
      try {
        const env = { DATABASE_URL: database.url, BRIEFING_ALLOW_PRIVATE_URLS: 'true' };
        expect((await runCli({ ...env, BRIEFING_DB: tempDatabase() }, ['fetch', '--feed', standin.url('/rss.xml')])).code).toBe(0);
        const result = await runCli({ ...env, BRIEFING_DB: tempDatabase() }, ['ask', '--json', 'How many trucks reached Kharkiv?']);
        expect((JSON.parse(result.stdout[0]!) as { citations: Array<{ url: string | null }> }).citations[0]?.url).toBe(standin.url(CONVOY.path));
      } finally {
        await database.drop();
      }
    });
  },
);

describe('npm run briefing -- fetch', { timeout: 90_000 }, () => {
  it('prints one JSON object with a line per feed, good and bad, and exits 0', async () => {
    const db = tempDatabase();
    const result = await runCli({ BRIEFING_DB: db, BRIEFING_FEEDS: standin.url('/rss.xml'), BRIEFING_ALLOW_PRIVATE_URLS: 'true' }, ['fetch', '--json', '--feed', standin.url('/missing.xml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(1);
    expect(JSON.parse(result.stdout[0]!)).toEqual({
      feeds: [
        { url: standin.url('/rss.xml'), ok: true, new: 2, updated: 0, unchanged: 0, error: null },
        { url: standin.url('/missing.xml'), ok: false, new: 0, updated: 0, unchanged: 0, error: `HTTP 404 Not Found from ${standin.url('/missing.xml')}` },
      ],
    });
  });

  it('stores the items so ask --json answers from them with url and date', async () => {
    const env = { BRIEFING_DB: tempDatabase(), BRIEFING_ALLOW_PRIVATE_URLS: 'true' };
    await runCli(env, ['fetch', '--feed', standin.url('/rss.xml')]);
    const result = await runCli(env, ['ask', '--json', 'How many trucks reached Kharkiv?']);
    const answer = JSON.parse(result.stdout[0]!) as { citations: Array<{ url: string | null; date: string | null; outlet: string }> };
    expect(answer.citations[0]).toMatchObject({ url: standin.url(CONVOY.path), date: '2025-05-24', outlet: 'Standin News' });
  });

  it('refuses a loopback feed without BRIEFING_ALLOW_PRIVATE_URLS, and the stand-in receives no request', async () => {
    const result = await runCli({ BRIEFING_DB: tempDatabase() }, ['fetch', '--json', '--feed', standin.url('/rss.xml')]);
    expect(result.code).toBe(0);
    const [feed] = (JSON.parse(result.stdout[0]!) as { feeds: Array<{ ok: boolean; error: string }> }).feeds;
    expect(feed).toMatchObject({ ok: false, error: expect.stringMatching(/^refused 127\.0\.0\.1: it is a private or local address/) });
    expect(standin.requests).toEqual([]);
  });
});

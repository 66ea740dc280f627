// Issue 15 (failover) and issue 16 (3): a bot killed (SIGKILL) between claiming a slot and posting it does not
// lose the slot. The killed bot posts through a proxy that holds chat.postMessage, so it is certainly killed
// after its claim and before Slack got the post. Then the slot is posted once the lease (5 s here) has ended:
// by a second bot on the same PostgreSQL, or by the same bot restarted on its SQLite file. Real child processes.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openSqliteStore, type Store } from '../../src/store/store.ts';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON, type TestDatabase } from '../support/postgres.ts';
import { stopAllProcesses } from './support/bot-process.ts';
import { startHoldingProxy, type HoldingProxy } from './support/holding-proxy.ts';
import { postsIn, startSlackBot, type SlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const CHANNEL = 'C0FAILOVER';
const LEASE_SECONDS = 5;
/** The killed bot's lease ends, and the survivor looks again then (the next minute tick at the latest). */
const POSTED_WITHIN_MS = (LEASE_SECONDS + 75) * 1000;

let standin: SlackStandin;
let proxy: HoldingProxy | undefined;

beforeAll(async () => {
  standin = await startSlackStandin();
});
afterEach(async () => {
  await stopAllProcesses();
  await proxy?.close();
  proxy = undefined;
}, 30_000);
afterAll(async () => {
  await standin?.close();
  removeTempDirs();
});

/** A subscription whose slot was two minutes ago (so a starting bot catches it up at once), made yesterday. */
async function subscribeTwoMinutesAgo(store: Store): Promise<void> {
  const slot = new Date(Date.now() - 2 * 60_000);
  await store.subscriptions.add(
    { channel: { platform: 'slack', channelId: CHANNEL }, hour: slot.getUTCHours(), minute: slot.getUTCMinutes(), zone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7] },
    new Date(Date.now() - 86_400_000),
  );
  await store.close();
}

/** Start a bot that claims the due slot on start and gets stuck posting it; resolves once it is stuck. */
async function startStuckBot(env: Record<string, string>, db: string): Promise<SlackBot> {
  proxy = await startHoldingProxy(standin.apiUrl);
  const stuck = await startSlackBot(standin, { db, env: { ...env, SLACK_API_URL: proxy.apiUrl } });
  await proxy.firstHeldPost;
  return stuck;
}

const env = { BRIEFING_CLAIM_LEASE_SECONDS: String(LEASE_SECONDS), LOG_LEVEL: 'info' };

describe.skipIf(!hasPostgres())(
  hasPostgres() ? 'two bots on one PostgreSQL, one killed right after claiming a slot' : `two bots on one PostgreSQL (skipped: ${POSTGRES_SKIP_REASON})`,
  { timeout: 180_000 },
  () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await createTestDatabase();
      await subscribeTwoMinutesAgo(await openPostgresStore(database.url));
    });
    afterAll(async () => database?.drop());

    it('the other bot posts the slot once the lease has ended, once, and logs the takeover', async () => {
      const pg = { ...env, DATABASE_URL: database.url };
      const doomed = await startStuckBot(pg, tempDatabase());
      // The survivor starts while the doomed bot still holds (and renews) its claim, so it leaves the slot alone.
      const survivor = await startSlackBot(standin, { db: tempDatabase(), env: pg });
      await survivor.process.waitForLine(/serving \/healthz/, { stream: 'stderr' });
      const killedAt = Date.now();
      expect(await doomed.process.kill()).toMatchObject({ signal: 'SIGKILL' });

      await standin.waitForCall('chat.postMessage', (c) => c.body.channel === CHANNEL, POSTED_WITHIN_MS);
      const posts = postsIn(standin, CHANNEL);
      process.stdout.write(`Failover: the slot was posted by the other bot ${((posts[0]!.at - killedAt) / 1000).toFixed(1)} s after the SIGKILL (lease ${LEASE_SECONDS} s)\n`);
      await survivor.process.waitForLine(/scheduled brief posted/, { stream: 'stderr' });
      expect(survivor.process.stderr.filter((line) => line.includes('scheduled brief taken over'))).toHaveLength(1);
      expect(posts[0]!.at - killedAt).toBeGreaterThanOrEqual(0);
      expect(posts[0]!.text).toMatch(/^Morning brief/);
      expect(await survivor.process.stop()).toEqual({ code: 0, signal: null });
      expect(postsIn(standin, CHANNEL)).toHaveLength(1);
    });
  },
);

describe('one bot on SQLite, killed right after claiming a slot and started again', { timeout: 180_000 }, () => {
  it('posts the slot after the restart once the lease has ended, and logs it', async () => {
    const db = tempDatabase();
    await subscribeTwoMinutesAgo(openSqliteStore(db));
    const doomed = await startStuckBot(env, db);
    expect(await doomed.process.kill()).toMatchObject({ signal: 'SIGKILL' });
    const before = postsIn(standin, CHANNEL).length;

    const restarted = await startSlackBot(standin, { db, env });
    const line = await restarted.process.waitForLine(/scheduled brief taken over/, { stream: 'stderr', timeoutMs: POSTED_WITHIN_MS });
    expect(line).toContain(`channelId="${CHANNEL}"`);
    await restarted.process.waitForLine(/scheduled brief posted/, { stream: 'stderr' });
    expect(await restarted.process.stop()).toEqual({ code: 0, signal: null });
    expect(postsIn(standin, CHANNEL).length - before).toBe(1);
  });
});

// Issue 6, done when (2/3): a brief whose minute passed while the bot was stopped is posted once when the
// bot starts again within the hour, and a further restart does not post it again. Each start is a new
// child process on the same temporary database, talking to the Slack stand-in; the test waits for the real minute.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { stopAllProcesses } from './support/bot-process.ts';
import { nextSlot, sleepUntil, ZONE, type Slot } from './support/kyiv-slot.ts';
import { postsIn, runCommand, startSlackBot, type SlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const CHANNEL = 'C0BRIEFS';
/** The bot comes back this long after the slot: late, but well within the hour a missed brief is kept. */
const DOWN_PAST_SLOT_MS = 2000;

let standin: SlackStandin;
let db: string;
let slot: Slot;

beforeAll(async () => {
  standin = await startSlackStandin();
  db = tempDatabase();
});

// Each test stops the bots it started; this stops any that a failed test left running.
afterEach(stopAllProcesses, 30_000);

afterAll(async () => {
  await standin?.close();
  removeTempDirs();
});

/** Stop as an operator does; a clean exit means the bot finished what it had started, posts included. */
async function stopGracefully(bot: SlackBot): Promise<void> {
  expect(await bot.process.stop('SIGTERM')).toEqual({ code: 0, signal: null });
}

// The steps build on each other: subscribe and stop, start after the slot, then start once more.
describe('a brief whose minute passes while the bot is stopped', { timeout: 150_000 }, () => {
  it('is not posted while the bot is down', async () => {
    const before = await startSlackBot(standin, { db });
    slot = nextSlot();
    const confirmation = await runCommand(standin, before, '/brief', `subscribe ${slot.time} ${ZONE}`, CHANNEL);
    expect(confirmation.text).toContain(`Next brief: ${slot.nextPost}`);
    await stopGracefully(before);
    expect(Date.now()).toBeLessThan(slot.at.getTime()); // the bot really is down when the slot comes

    await sleepUntil(new Date(slot.at.getTime() + DOWN_PAST_SLOT_MS));
    expect(postsIn(standin, CHANNEL)).toEqual([]);
  });

  it('is posted once when the bot starts again after the slot, on start rather than at the next minute', async () => {
    const after = await startSlackBot(standin, { db });
    // The bot logs the post once it has recorded it. Its start-up (which posts missed briefs) ends there,
    // and only after it does SIGTERM stop the bot cleanly rather than kill it.
    await after.process.waitForLine(/scheduled brief posted/, { stream: 'stderr', timeoutMs: 30_000 });
    await stopGracefully(after);

    const posts = postsIn(standin, CHANNEL);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.text).toMatch(/^Morning brief/);
    // node-cron's next tick is a minute after the slot; a post before it came from the start-up catch-up.
    expect(posts[0]!.at).toBeLessThan(slot.at.getTime() + 60_000);
  });

  it('is not posted a second time when the bot is restarted again', async () => {
    const again = await startSlackBot(standin, { db });
    // An answered command shows the bot is past its start-up, where a missed slot would be posted.
    const schedule = await runCommand(standin, again, '/brief', 'schedule', CHANNEL);
    expect(schedule.text).toContain(`${slot.time} ${ZONE}`);
    await stopGracefully(again);

    expect(postsIn(standin, CHANNEL)).toHaveLength(1);
  });
});

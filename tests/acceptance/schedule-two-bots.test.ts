// Issue 6, done when (3/3): two bot processes on one database (say, two replicas of a deployment) post a
// subscription's slot exactly once. Both are real child processes serving Slack over HTTP on their own
// PORT, against one Slack stand-in; the test waits for the real minute.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { stopAllProcesses } from './support/bot-process.ts';
import { nextSlot, sleepUntil, ZONE } from './support/kyiv-slot.ts';
import { postsIn, runCommand, startSlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const CHANNEL = 'C0BRIEFS';
const WATCH_AFTER_SLOT_MS = 20_000;

let standin: SlackStandin;

beforeAll(async () => {
  standin = await startSlackStandin();
});

// Each test stops the bots it started; this stops any that a failed test left running.
afterEach(stopAllProcesses, 30_000);

afterAll(async () => {
  await standin?.close();
  removeTempDirs();
});

describe('two bots on one BRIEFING_DB with one subscription', { timeout: 150_000 }, () => {
  it('post the slot exactly once between them', async () => {
    const db = tempDatabase();
    const [first, second] = await Promise.all([startSlackBot(standin, { db }), startSlackBot(standin, { db })]);
    expect(first.eventsUrl).not.toBe(second.eventsUrl);
    const slot = nextSlot();
    const confirmation = await runCommand(standin, first, '/brief', `subscribe ${slot.time} ${ZONE}`, CHANNEL);
    expect(confirmation.text).toMatch(/^Subscribed/);

    const watchUntil = slot.at.getTime() + WATCH_AFTER_SLOT_MS;
    await standin.waitForCall('chat.postMessage', (c) => c.body.channel === CHANNEL, watchUntil - Date.now());
    await sleepUntil(new Date(watchUntil));
    // Both were running through the slot, and each finishes what it started before it exits.
    const exits = await Promise.all([first.process.stop('SIGTERM'), second.process.stop('SIGTERM')]);
    expect(exits).toEqual([{ code: 0, signal: null }, { code: 0, signal: null }]);

    const posts = postsIn(standin, CHANNEL);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.at).toBeGreaterThanOrEqual(slot.at.getTime());
    expect(posts[0]!.text).toMatch(/^Morning brief/);
  });
});

// Issue 6, done when (1/3): a Slack channel subscribed with /brief subscribe for the next minute in Kyiv
// gets exactly one brief at that minute, told when in the confirmation; a nonsense time and zone are
// refused without touching the subscription. The bot is a real child process on a temporary database,
// talking to the Slack stand-in over HTTP; the test waits for the real minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { stopAllProcesses } from './support/bot-process.ts';
import { nextSlot, sleepUntil, ZONE, type Slot } from './support/kyiv-slot.ts';
import { postsIn, runCommand, startSlackBot, type CommandAnswer, type SlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const CHANNEL = 'C0BRIEFS';
/** How long past the slot the test keeps watching for a second post. */
const WATCH_AFTER_SLOT_MS = 20_000;

let standin: SlackStandin;
let bot: SlackBot;
let slot: Slot;
let confirmation: CommandAnswer;

// One bot and one subscription for the whole file: the checks below run while the slot approaches.
beforeAll(async () => {
  standin = await startSlackStandin();
  bot = await startSlackBot(standin, { db: tempDatabase() });
  slot = nextSlot();
  confirmation = await runCommand(standin, bot, '/brief', `subscribe ${slot.time} ${ZONE}`, CHANNEL);
}, 60_000);

afterAll(async () => {
  await stopAllProcesses();
  await standin?.close();
  removeTempDirs();
}, 30_000);

describe(`a channel subscribed with /brief subscribe HH:MM ${ZONE} for the next minute`, { timeout: 120_000 }, () => {
  it('is told in the channel that it is subscribed, and when the next brief comes', () => {
    expect(confirmation.status).toBe(200);
    expect(confirmation.responseType).toBe('in_channel');
    expect(confirmation.text).toMatch(/^Subscribed/);
    expect(confirmation.text).toContain(`${slot.time} ${ZONE}`);
    expect(confirmation.text).toContain(`Next brief: ${slot.nextPost}`);
  });

  it('gets /brief subscribe 25:99 Mars/Phobos refused, only to the asker, naming the time and the zone to fix', async () => {
    const refusal = await runCommand(standin, bot, '/brief', 'subscribe 25:99 Mars/Phobos', CHANNEL);
    expect(refusal.responseType).toBe('ephemeral');
    expect(refusal.text).toContain('"25:99" is not a time of day');
    expect(refusal.text).toContain('HH:MM');
    expect(refusal.text).toContain('"Mars/Phobos" is not a time zone');
    expect(refusal.text).toContain('Europe/Kyiv');
  });

  it('still lists only the earlier subscription under /brief schedule after the refusal', async () => {
    const schedule = await runCommand(standin, bot, '/brief', 'schedule', CHANNEL);
    const entries = schedule.text.split('\n').filter((line) => line.startsWith('•'));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toContain(`${slot.time} ${ZONE}`);
    expect(entries[0]).toContain(`Next: ${slot.nextPost}`);
    expect(schedule.text).not.toContain('25:99');
  });

  it('gets exactly one brief posted in the channel at that minute', async () => {
    const watchUntil = slot.at.getTime() + WATCH_AFTER_SLOT_MS;
    await standin.waitForCall('chat.postMessage', (c) => c.body.channel === CHANNEL && c.body.thread_ts === undefined, watchUntil - Date.now());
    await sleepUntil(new Date(watchUntil));

    const posts = postsIn(standin, CHANNEL);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.at).toBeGreaterThanOrEqual(slot.at.getTime());
    expect(posts[0]!.text).toMatch(/^Morning brief/);
    expect(posts[0]!.text).toContain('Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners');
  });
});

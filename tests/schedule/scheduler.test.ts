import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChannelRef, Reply } from '../../src/chat/types.ts';
import { createLogger } from '../../src/log.ts';
import { createScheduler, type Scheduler, type SchedulerDeps } from '../../src/schedule/scheduler.ts';
import { openSqliteStore, type Store } from '../../src/store/store.ts';
import type { Subscription } from '../../src/store/subscriptions.ts';
import { makeTempFolder, type TempFolder } from '../store/temp-db.ts';
import { createNewsroom, GRAIN, SWAP, SWAP_LATER, type Newsroom } from './newsroom.ts';

const general: ChannelRef = { platform: 'slack', channelId: 'C0GENERAL', channelName: 'general' };
// 07:30 Europe/Kyiv is 05:30 UTC in November.
const tuesdaySlot = new Date('2025-11-25T05:30:00Z');
const wednesdaySlot = new Date('2025-11-26T05:30:00Z');
const minutesAfter = (slot: Date, minutes: number): Date => new Date(slot.getTime() + minutes * 60_000);

interface Post {
  channel: ChannelRef;
  reply: Reply;
}

let folder: TempFolder;
let handles: Store[];
let newsroom: Newsroom;
let logLines: string[];
let subscription: Subscription;

/** A scheduler as main.ts would build one, on its own connection to the shared file, recording what it posts. */
function startProcess(overrides: Partial<SchedulerDeps> = {}): { scheduler: Scheduler; posts: Post[]; db: Store } {
  const db = openSqliteStore(folder.dbPath);
  handles.push(db);
  const posts: Post[] = [];
  const scheduler = createScheduler({
    store: db,
    briefing: newsroom.briefing,
    post: async (channel, reply) => {
      posts.push({ channel, reply });
    },
    log: createLogger('debug', (line) => logLines.push(line)),
    sleep: async () => {},
    ...overrides,
  });
  return { scheduler, posts, db };
}

beforeEach(async () => {
  folder = makeTempFolder();
  handles = [];
  logLines = [];
  newsroom = createNewsroom({ 'swap.txt': SWAP });
  const db = openSqliteStore(folder.dbPath);
  subscription = (await db.subscriptions.add({ channel: general, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5, 6, 7] }, new Date('2025-11-20T12:00:00Z'))).subscription;
  await db.close();
});
afterEach(async () => {
  for (const db of handles) await db.close();
  folder.remove();
});

const deliveries = () => handles[0]!.deliveries.deliveriesFor(subscription.id);

describe('runDueSlots', () => {
  it('posts the morning brief in the channel when its slot comes, headed "Morning brief"', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(tuesdaySlot);
    expect(posts.map((p) => [p.channel, p.reply.kind, p.reply.kind === 'digest' && p.reply.heading])).toEqual([[general, 'digest', 'Morning brief']]);
  });

  it('posts nothing before the slot', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(minutesAfter(tuesdaySlot, -1));
    expect(posts).toEqual([]);
  });

  it('posts a slot once although every later minute looks at it again', async () => {
    const { scheduler, posts } = startProcess();
    for (let minute = 0; minute < 90; minute++) await scheduler.runDueSlots(minutesAfter(tuesdaySlot, minute));
    expect(posts).toHaveLength(1);
  });

  it('records the post as delivered on the first attempt', async () => {
    const { scheduler } = startProcess();
    await scheduler.runDueSlots(tuesdaySlot);
    expect((await deliveries()).map((d) => [d.slot, d.status, d.attempts])).toEqual([['2025-11-25T05:30:00.000Z', 'posted', 1]]);
  });

  it('lets only one of two schedulers on the same database file post a slot', async () => {
    const first = startProcess();
    const second = startProcess();
    await Promise.all([first.scheduler.runDueSlots(tuesdaySlot), second.scheduler.runDueSlots(tuesdaySlot)]);
    await second.scheduler.runDueSlots(minutesAfter(tuesdaySlot, 1));
    expect(first.posts.length + second.posts.length).toBe(1);
  });

  it('posts each slot once when two processes run the same minute on one database file', async () => {
    const db = openSqliteStore(folder.dbPath);
    handles.push(db);
    for (let i = 0; i < 200; i++) {
      await db.subscriptions.add({ channel: { platform: 'slack', channelId: `C${i}` }, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5, 6, 7] }, new Date('2025-11-20T12:00:00Z'));
    }
    const child = fileURLToPath(new URL('./run-due-slots-child.ts', import.meta.url));
    const args = [folder.dbPath, tuesdaySlot.toISOString(), String(Date.now() + 1500)];
    const outputs = await Promise.all([1, 2].map(() => promisify(execFile)(process.execPath, ['--import', 'tsx', child, ...args])));
    const posted = outputs.flatMap((output) => JSON.parse(output.stdout) as string[]);
    expect([posted.length, new Set(posted).size]).toEqual([201, 201]);
  });

  it('does not post a slot that passed before the channel subscribed', async () => {
    const { scheduler, posts, db } = startProcess();
    await db.subscriptions.add({ channel: { platform: 'discord', channelId: '1234567890123456789' }, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [2] }, minutesAfter(tuesdaySlot, 10));
    await scheduler.runDueSlots(minutesAfter(tuesdaySlot, 11));
    expect(posts.map((p) => p.channel.platform)).toEqual(['slack']);
  });
});

describe('runDueSlots after a restart', () => {
  it('catches up a slot missed by less than an hour, once', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(minutesAfter(tuesdaySlot, 40));
    expect(posts).toHaveLength(1);
  });

  it('does not post the caught-up slot again after another restart', async () => {
    const before = startProcess();
    await before.scheduler.runDueSlots(minutesAfter(tuesdaySlot, 40));
    const after = startProcess();
    await after.scheduler.runDueSlots(minutesAfter(tuesdaySlot, 45));
    expect([before.posts.length, after.posts.length]).toEqual([1, 0]);
  });

  it('skips a slot missed by more than an hour and logs it with the channel', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(minutesAfter(tuesdaySlot, 75));
    expect(posts).toEqual([]);
    expect(logLines.filter((line) => line.includes('skipped'))).toEqual([
      `[warn] scheduled brief skipped: it was more than an hour late (the bot was not running at its time) subscriptionId=${subscription.id} platform="slack" channelId="C0GENERAL" channelName="general" slot="2025-11-25T05:30:00.000Z" minutesLate=75`,
    ]);
  });

  it('logs a skipped slot once, not on every minute or restart after', async () => {
    await startProcess().scheduler.runDueSlots(minutesAfter(tuesdaySlot, 75));
    await startProcess().scheduler.runDueSlots(minutesAfter(tuesdaySlot, 76));
    expect(logLines.filter((line) => line.includes('skipped'))).toHaveLength(1);
    expect((await deliveries()).map((d) => d.status)).toEqual(['skipped']);
  });
});

// Issue 16 (3) and issue 15: a process killed between claiming a slot and posting it does not lose the slot.
describe('runDueSlots when the process that claimed a slot died before posting it', () => {
  const LEASE_MS = 120_000;
  const secondsAfter = (slot: Date, seconds: number): Date => new Date(slot.getTime() + seconds * 1000);
  /** What a killed process leaves behind: the claim with its lease, and no post. */
  const claimAndDie = async (at: Date, leaseMs = LEASE_MS): Promise<void> => {
    const dead = startProcess();
    await dead.db.deliveries.claimSlot({ subscriptionId: subscription.id, slot: tuesdaySlot.toISOString() }, at, { owner: 'killed', until: new Date(at.getTime() + leaseMs) });
  };

  it('leaves the slot to its claimer while the lease runs', async () => {
    await claimAndDie(tuesdaySlot);
    const { scheduler, posts } = startProcess({ leaseMs: LEASE_MS });
    await scheduler.runDueSlots(secondsAfter(tuesdaySlot, 60));
    expect(posts).toEqual([]);
  });

  it('posts the slot once the lease has ended, and only once', async () => {
    await claimAndDie(tuesdaySlot);
    const { scheduler, posts } = startProcess({ leaseMs: LEASE_MS });
    await scheduler.runDueSlots(secondsAfter(tuesdaySlot, 120));
    await scheduler.runDueSlots(secondsAfter(tuesdaySlot, 180));
    expect(posts.map((p) => p.channel)).toEqual([general]);
    expect((await deliveries()).map((d) => [d.status, d.takeovers])).toEqual([['posted', 1]]);
  });

  it('logs that it took the slot over, with the channel', async () => {
    await claimAndDie(tuesdaySlot);
    await startProcess({ leaseMs: LEASE_MS }).scheduler.runDueSlots(secondsAfter(tuesdaySlot, 150));
    expect(logLines.filter((line) => line.startsWith('[warn]'))).toEqual([
      `[warn] scheduled brief taken over: the process that claimed it stopped before posting it, and its lease ended; posting it now subscriptionId=${subscription.id} platform="slack" channelId="C0GENERAL" channelName="general" slot="2025-11-25T05:30:00.000Z" minutesLate=3`,
    ]);
  });

  it('posts it when the bot starts again after the lease, within the catch-up hour', async () => {
    await claimAndDie(tuesdaySlot);
    const { scheduler, posts } = startProcess({ now: () => minutesAfter(tuesdaySlot, 5) });
    await scheduler.start();
    await scheduler.stop();
    expect(posts.map((p) => p.channel)).toEqual([general]);
  });

  it('looks again when the lease ends rather than waiting for the next minute', async () => {
    // A clock that runs in real time from a minute after the slot, so the scheduler's own timer fires.
    const base = secondsAfter(tuesdaySlot, 60).getTime();
    const realStart = Date.now();
    const clock = (): Date => new Date(base + (Date.now() - realStart));
    await claimAndDie(clock(), 1000);
    const { scheduler, posts } = startProcess({ now: clock });
    await scheduler.start();
    const postedBeforeLeaseEnd = posts.length;
    await vi.waitFor(() => expect(posts).toHaveLength(1), { timeout: 10_000, interval: 50 });
    await scheduler.stop();
    expect(postedBeforeLeaseEnd).toBe(0);
  });

  it('marks it skipped, saying why, when nobody took it over within the hour', async () => {
    await claimAndDie(tuesdaySlot);
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(minutesAfter(tuesdaySlot, 75));
    expect(posts).toEqual([]);
    expect(logLines.filter((line) => line.includes('skipped'))).toEqual([
      `[warn] scheduled brief skipped: it was more than an hour late (the process that claimed it stopped before posting it, and no process took it over within the hour) subscriptionId=${subscription.id} platform="slack" channelId="C0GENERAL" channelName="general" slot="2025-11-25T05:30:00.000Z" minutesLate=75`,
    ]);
  });

  it('renews its own claim while a slow post is under way, so no other process takes the slot over', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      let now = tuesdaySlot;
      let finishPost: () => void = () => undefined;
      let postStarted: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (postStarted = resolve));
      const slow = startProcess({
        leaseMs: 3000,
        now: () => now,
        post: () => {
          postStarted();
          return new Promise<void>((resolve) => (finishPost = resolve));
        },
      });
      const running = slow.scheduler.runDueSlots(tuesdaySlot);
      await started;
      now = secondsAfter(tuesdaySlot, 2);
      await vi.advanceTimersByTimeAsync(1000); // one renewal: the lease now ends at slot + 5 s
      const other = startProcess({ leaseMs: 3000 });
      await other.scheduler.runDueSlots(secondsAfter(tuesdaySlot, 4));
      finishPost();
      await running;
      expect(other.posts).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('runDueSlots when posting fails', () => {
  const failing = (failures: number) => {
    let calls = 0;
    const posts: Reply[] = [];
    const post = async (_channel: ChannelRef, reply: Reply) => {
      calls++;
      if (calls <= failures) throw Object.assign(new Error('Slack said: ratelimited'), { code: 'ratelimited' });
      posts.push(reply);
    };
    return { post, posts, calls: () => calls };
  };

  it('retries with a doubling wait and records the slot failed after the last try', async () => {
    const waits: number[] = [];
    const fake = failing(Infinity);
    const { scheduler } = startProcess({ post: fake.post, sleep: async (ms) => void waits.push(ms), retries: 3, backoffMs: 5000 });
    await scheduler.runDueSlots(tuesdaySlot);
    expect(waits).toEqual([5000, 10000, 20000]);
    expect((await deliveries()).map((d) => [d.status, d.attempts, d.error])).toEqual([['failed', 4, 'Slack said: ratelimited']]);
  });

  it('logs the final failure with the channel', async () => {
    const { scheduler } = startProcess({ post: failing(Infinity).post, retries: 1 });
    await scheduler.runDueSlots(tuesdaySlot);
    expect(logLines.filter((line) => line.startsWith('[error]'))).toEqual([
      `[error] scheduled brief failed; giving up on this slot, the subscription stays subscriptionId=${subscription.id} platform="slack" channelId="C0GENERAL" channelName="general" slot="2025-11-25T05:30:00.000Z" attempts=2 err="Slack said: ratelimited"`,
    ]);
  });

  it('does not try a failed slot again on later minutes', async () => {
    const fake = failing(Infinity);
    const { scheduler } = startProcess({ post: fake.post, retries: 2 });
    await scheduler.runDueSlots(tuesdaySlot);
    await scheduler.runDueSlots(minutesAfter(tuesdaySlot, 1));
    await startProcess({ post: fake.post }).scheduler.runDueSlots(minutesAfter(tuesdaySlot, 2));
    expect(fake.calls()).toBe(3);
  });

  it('posts once and records the attempts when a retry goes through', async () => {
    const fake = failing(2);
    const { scheduler } = startProcess({ post: fake.post });
    await scheduler.runDueSlots(tuesdaySlot);
    expect([fake.posts.length, (await deliveries()).map((d) => [d.status, d.attempts])]).toEqual([1, [['posted', 3]]]);
  });

  it('still posts in other channels when one channel’s post fails', async () => {
    const other: ChannelRef = { platform: 'discord', channelId: '1234567890123456789' };
    const { scheduler, db } = startProcess({
      post: async (channel) => {
        if (channel.platform === 'slack') throw new Error('not_in_channel');
        reached.push(channel);
      },
      retries: 0,
    });
    const reached: ChannelRef[] = [];
    await db.subscriptions.add({ channel: other, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [2] }, new Date('2025-11-20T12:00:00Z'));
    await scheduler.runDueSlots(tuesdaySlot);
    expect(reached).toEqual([other]);
  });
});

describe('what a scheduled brief says on the next day', () => {
  it('posts one line saying nothing is new when the stories did not change', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(tuesdaySlot);
    await scheduler.runDueSlots(wednesdaySlot);
    expect(posts[1]!.reply).toEqual({
      kind: 'notice',
      tone: 'info',
      text: "Nothing new since your last brief on Tue 25 Nov, 07:30 Europe/Kyiv. /brief shows today's full brief.",
    });
  });

  it('leads with a new story, then the rest', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(tuesdaySlot);
    newsroom.publish({ 'swap.txt': SWAP, 'grain.txt': GRAIN });
    await scheduler.runDueSlots(wednesdaySlot);
    const reply = posts[1]!.reply;
    expect(reply.kind === 'digest' && reply.digest.stories.map((s) => s.headline)).toEqual(['New: Grain ships leave Odesa', 'Russia and Ukraine swap 390 prisoners']);
  });

  it('leads with a story whose figure changed, marked updated', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(tuesdaySlot);
    newsroom.publish({ 'swap.txt': SWAP_LATER });
    await scheduler.runDueSlots(wednesdaySlot);
    const reply = posts[1]!.reply;
    expect(reply.kind === 'digest' && reply.digest.text.split('\n').slice(0, 4)).toEqual([
      'New since your last brief on Tue 25 Nov, 07:30 Europe/Kyiv: 1 story',
      '',
      '1. Updated: Russia and Ukraine swap 390 prisoners (1 independent source)',
      '• Ukrainian President Volodymyr Zelenskyy said that 1,000 people had returned from captivity in Russia. [1]',
    ]);
  });

  it('compares with the last real brief, not with a "nothing new" line', async () => {
    const { scheduler, posts } = startProcess();
    await scheduler.runDueSlots(tuesdaySlot);
    await scheduler.runDueSlots(wednesdaySlot);
    await scheduler.runDueSlots(new Date('2025-11-27T05:30:00Z'));
    expect(posts[2]!.reply).toMatchObject({ kind: 'notice', text: expect.stringContaining('since your last brief on Tue 25 Nov, 07:30 Europe/Kyiv') });
  });
});

describe('start and stop', () => {
  it('catches up a slot missed less than an hour ago as soon as it starts', async () => {
    const { scheduler, posts } = startProcess({ now: () => minutesAfter(tuesdaySlot, 20) });
    await scheduler.start();
    await scheduler.stop();
    expect(posts.map((p) => p.channel)).toEqual([general]);
  });

  it('stops during the wait before a retry, leaving the slot claimed (handed back), not failed', async () => {
    let failedOnce: () => void = () => undefined;
    const failed = new Promise<void>((resolve) => (failedOnce = resolve));
    const { scheduler } = startProcess({
      now: () => minutesAfter(tuesdaySlot, 1),
      post: async () => {
        failedOnce();
        throw new Error('Slack did not answer');
      },
      sleep: () => new Promise<void>(() => undefined), // a wait that would never end by itself
    });
    const starting = scheduler.start();
    await failed;
    await scheduler.stop();
    await starting;
    expect((await deliveries()).map((d) => [d.status, d.attempts])).toEqual([['claimed', 0]]);
    expect(logLines.filter((line) => line.includes('the bot is stopping'))).toHaveLength(1);
  });
});

describe('previewFor', () => {
  it('shows the channel’s next brief only to the asker, and posts nothing', async () => {
    const { scheduler, posts } = startProcess({ now: () => tuesdaySlot });
    const reply = await scheduler.previewFor(general);
    expect([reply.kind, reply.kind === 'digest' && reply.isPrivate, reply.kind === 'digest' && reply.heading, posts.length]).toEqual([
      'digest',
      true,
      'Preview of the next morning brief',
      0,
    ]);
  });
});

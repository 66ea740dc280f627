// Posts each subscription's brief when its slot comes. The database is the truth, not timers: every
// minute node-cron calls runDueSlots(now), which claims each due slot in the store (so a restart or a
// second process never posts it again), writes the digest once, and posts through the adapter's post().
import { schedule, type ScheduledTask } from 'node-cron';
import type { Briefing } from '../core/briefing.ts';
import type { Digest } from '../core/types.ts';
import type { ChannelRef, Reply } from '../chat/types.ts';
import type { Logger } from '../log.ts';
import { createDeliveryStore } from '../store/claims.ts';
import { retryWhileBusy } from '../store/busy.ts';
import type { Database } from '../store/db.ts';
import { createSnapshotStore } from '../store/digest-snapshots.ts';
import { createSubscriptionStore, type Subscription } from '../store/subscriptions.ts';
import { dueSlots, nextSlot } from './slots.ts';
import { composePreview, composeScheduledBrief, snapshotOf } from './whats-new.ts';

/** A slot missed while the bot was down is still posted when it is less than this late. */
const CATCH_UP_MS = 60 * 60_000;
/** Older misses are marked skipped and logged once, looking back this far. */
const SKIP_REPORT_MS = 24 * 60 * 60_000;

export interface SchedulerDeps {
  db: Database;
  briefing: Briefing;
  /** Posts a reply in a channel through the adapter that owns it; rejects when the post failed. */
  post: (channel: ChannelRef, reply: Reply) => Promise<void>;
  log: Logger;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  /** Tries after a failed post before the slot is recorded as failed (default 3). */
  retries?: number;
  /** Wait before the first retry, doubled before each next one (default 5 s). */
  backoffMs?: number;
}

export interface Scheduler {
  /** Claim and post every slot due at `now`: the current one, and any missed less than an hour ago. */
  runDueSlots(now: Date): Promise<void>;
  /** Tick every minute; the returned promise settles when the start-up catch-up run has finished. */
  start(): Promise<void>;
  /** Stop ticking and wait for runs in flight. */
  stop(): Promise<void>;
  /** What the channel's next brief would say, only for the asker. */
  previewFor(channel: ChannelRef): Promise<Reply>;
}

interface DueSlot {
  subscription: Subscription;
  slot: Date;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { briefing, post, log } = deps;
  const clock = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retries = deps.retries ?? 3;
  const backoffMs = deps.backoffMs ?? 5000;
  const subscriptions = createSubscriptionStore(deps.db);
  const deliveries = createDeliveryStore(deps.db);
  const snapshots = createSnapshotStore(deps.db);
  const running = new Set<Promise<void>>();
  let task: ScheduledTask | undefined;
  // Set by stop(): no new attempt starts and a wait before a retry ends at once.
  let stopping = false;
  let wake: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wake = resolve));

  /**
   * Claim the slots of the last hour that nobody has claimed yet. Older unclaimed ones (the bot was down)
   * are never posted: they are marked skipped, so the miss is logged once, by one process.
   */
  async function claimDueSlots(now: Date): Promise<DueSlot[]> {
    const claimed: DueSlot[] = [];
    for (const subscription of subscriptions.listAll()) {
      for (const slot of dueSlots(subscription, now, SKIP_REPORT_MS)) {
        const iso = slot.toISOString();
        if (slot <= subscription.createdAt || deliveries.isSettled(subscription.id, iso)) continue;
        const lateMs = now.getTime() - slot.getTime();
        if (lateMs < CATCH_UP_MS) {
          // Each claim is retried on its own while another process holds the file: a claim made is never forgotten.
          if (await retryWhileBusy(() => deliveries.claimSlot(subscription.id, iso, now))) claimed.push({ subscription, slot });
        } else if (await retryWhileBusy(() => deliveries.skipSlot(subscription.id, iso, now, 'more than an hour late'))) {
          log.warn('scheduled brief skipped: it was more than an hour late (the bot was not running at its time)', {
            ...fieldsOf(subscription),
            slot: iso,
            minutesLate: Math.round(lateMs / 60_000),
          });
        }
      }
    }
    return claimed;
  }

  async function deliver({ subscription, slot }: DueSlot, digestFor: () => Promise<Digest>): Promise<void> {
    const { channel, zone } = subscription;
    const iso = slot.toISOString();
    const tries = 1 + retries;
    for (let attempt = 1; attempt <= tries; attempt++) {
      if (stopping) {
        // Handed back, not failed: the slot stays claimed and unposted, for the next start to find.
        log.warn('scheduled brief not posted: the bot is stopping; the slot stays claimed for the next start', { ...fieldsOf(subscription), slot: iso, attempts: attempt - 1 });
        return;
      }
      let digest: Digest;
      let reply: Reply;
      try {
        digest = await digestFor();
        reply = composeScheduledBrief(digest, snapshots.lastFor(channel), zone);
        await post(channel, reply);
      } catch (err) {
        if (attempt === tries) {
          await retryWhileBusy(() => deliveries.recordDelivery(subscription.id, iso, { ok: false, attempts: attempt, error: messageOf(err) }, clock()));
          log.error('scheduled brief failed; giving up on this slot, the subscription stays', { ...fieldsOf(subscription), slot: iso, attempts: attempt, err });
          return;
        }
        const waitMs = backoffMs * 2 ** (attempt - 1);
        log.warn('scheduled brief post failed; retrying', { ...fieldsOf(subscription), slot: iso, attempt, retryInMs: waitMs, err });
        await Promise.race([sleep(waitMs), stopped]);
        continue;
      }
      // Recorded outside the try: a store error after a successful post must not post it again.
      await retryWhileBusy(() => deliveries.recordDelivery(subscription.id, iso, { ok: true, attempts: attempt }, clock()));
      // A "nothing new" line keeps the earlier snapshot, so "new since" still means since the last real brief.
      if (reply.kind === 'digest') await retryWhileBusy(() => snapshots.save(channel, snapshotOf(digest, slot)));
      log.info('scheduled brief posted', { ...fieldsOf(subscription), slot: iso, kind: reply.kind, attempts: attempt });
      return;
    }
  }

  async function runDueSlots(now: Date): Promise<void> {
    const due = await claimDueSlots(now);
    if (due.length === 0) return;
    // One digest per run for every channel, re-reading the stories first so a morning brief has today's.
    let pending: Promise<Digest> | undefined;
    const digestFor = (): Promise<Digest> =>
      (pending ??= writeDigest(now).catch((err: unknown) => {
        pending = undefined;
        throw err;
      }));
    // A channel's slots go one after another (the second compares against the first); channels run side by side.
    const byChannel = new Map<string, DueSlot[]>();
    for (const item of due) {
      const key = `${item.subscription.channel.platform}:${item.subscription.channel.channelId}`;
      byChannel.set(key, [...(byChannel.get(key) ?? []), item]);
    }
    await Promise.all(
      [...byChannel.values()].map(async (items) => {
        for (const item of items) {
          try {
            await deliver(item, digestFor);
          } catch (err) {
            log.error('scheduled brief could not be recorded', { ...fieldsOf(item.subscription), slot: item.slot.toISOString(), err });
          }
        }
      }),
    );
  }

  async function writeDigest(now: Date): Promise<Digest> {
    const warnings = briefing.reload();
    if (warnings.length > 0) log.warn('some story files were skipped for the scheduled brief', { count: warnings.length, first: warnings[0] });
    return briefing.digest({ now });
  }

  function tick(at: Date): Promise<void> {
    const run: Promise<void> = runDueSlots(at)
      .catch((err: unknown) => log.error('scheduled run failed; the next minute tries again', { at: at.toISOString(), err }))
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  }

  return {
    runDueSlots,
    async start() {
      if (task) return;
      // ctx.date is the minute the tick was due, so a late-firing tick still checks its own minute.
      task = schedule('* * * * *', (ctx) => tick(ctx.date), { name: 'scheduled-briefs' });
      await tick(clock());
    },
    async stop() {
      const ticking = task;
      task = undefined;
      stopping = true;
      wake();
      await ticking?.destroy();
      await Promise.all(running);
    },
    async previewFor(channel) {
      const now = clock();
      const next = subscriptions
        .listForChannel(channel)
        .map((subscription) => ({ zone: subscription.zone, at: nextSlot(subscription, now) }))
        .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
      const digest = await briefing.digest({ now });
      return composePreview(digest, snapshots.lastFor(channel), next?.zone);
    },
  };
}

function fieldsOf({ id, channel }: Subscription): Record<string, unknown> {
  return { subscriptionId: id, platform: channel.platform, channelId: channel.channelId, ...(channel.channelName ? { channelName: channel.channelName } : {}) };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

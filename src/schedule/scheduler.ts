// Posts each subscription's brief when its slot comes. The database is the truth, not timers: every
// minute node-cron calls runDueSlots(now), which claims each due slot in the store (so a restart or a
// second process never posts it again), writes the digest once, and posts through the adapter's post().
// A claim is a lease, renewed while the post is under way: when a process dies between claiming and
// posting, the slot is taken over once the lease has ended, by any process still within the catch-up hour.
import { randomUUID } from 'node:crypto';
import { schedule, type ScheduledTask } from 'node-cron';
import type { Briefing } from '../core/briefing.ts';
import type { Digest } from '../core/types.ts';
import type { ChannelRef, Reply } from '../chat/types.ts';
import type { Logger } from '../log.ts';
import { retryWhileBusy } from '../store/busy.ts';
import { slotKeyOf, type Lease, type SlotKey } from '../store/claims.ts';
import type { Store } from '../store/store.ts';
import type { Subscription } from '../store/subscriptions.ts';
import { dueSlots, nextSlot } from './slots.ts';
import { composePreview, composeScheduledBrief, snapshotOf } from './whats-new.ts';

/** A slot missed while the bot was down is still posted when it is less than this late. */
const CATCH_UP_MS = 60 * 60_000;
/** Older misses are marked skipped and logged once, looking back this far. */
const SKIP_REPORT_MS = 24 * 60 * 60_000;
export const DEFAULT_LEASE_MS = 120_000;

export interface SchedulerDeps {
  store: Store;
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
  /** How long a claim holds without renewal before another process may take the slot over (default 120 s). */
  leaseMs?: number;
  /** This process's name on its claims (default: a random id per scheduler). */
  owner?: string;
  /** Told how each scheduled post ended, for the metrics. */
  onDelivery?: (status: 'posted' | 'failed' | 'skipped') => void;
}

export interface Scheduler {
  /** Claim and post every slot due at `now`: the current one, any missed less than an hour ago, and any whose claim lapsed. */
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
  key: SlotKey;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const { briefing, post, log } = deps;
  const clock = deps.now ?? (() => new Date());
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const retries = deps.retries ?? 3;
  const backoffMs = deps.backoffMs ?? 5000;
  const leaseMs = deps.leaseMs ?? DEFAULT_LEASE_MS;
  const owner = deps.owner ?? randomUUID();
  const leaseFrom = (at: Date): Lease => ({ owner, until: new Date(at.getTime() + leaseMs) });
  const { subscriptions, deliveries, snapshots } = deps.store;
  const onDelivery = deps.onDelivery ?? (() => undefined);
  const running = new Set<Promise<void>>();
  let task: ScheduledTask | undefined;
  let recheck: NodeJS.Timeout | undefined;
  // Set by stop(): no new attempt starts and a wait before a retry ends at once.
  let stopping = false;
  let wake: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (wake = resolve));

  /**
   * Claim the slots of the last hour that nobody holds: unclaimed, or claimed by a process whose lease ended
   * before it posted (it died or hung). Older ones are never posted: they are marked skipped, so the miss
   * is logged once, by one process.
   */
  async function claimDueSlots(now: Date): Promise<DueSlot[]> {
    const claimed: DueSlot[] = [];
    const settled = await deliveries.settledSlots(new Date(now.getTime() - SKIP_REPORT_MS - 60_000), now);
    for (const subscription of await subscriptions.listAll()) {
      for (const slot of dueSlots(subscription, now, SKIP_REPORT_MS)) {
        const key: SlotKey = { subscriptionId: subscription.id, slot: slot.toISOString() };
        if (slot <= subscription.createdAt || settled.has(slotKeyOf(key))) continue;
        const lateMs = now.getTime() - slot.getTime();
        if (lateMs < CATCH_UP_MS) {
          // Each claim is retried on its own while another process holds the file: a claim made is never forgotten.
          const claim = await retryWhileBusy(() => deliveries.claimSlot(key, now, leaseFrom(now)));
          if (!claim.claimed) continue;
          claimed.push({ subscription, slot, key });
          if (claim.takenOver) {
            log.warn('scheduled brief taken over: the process that claimed it stopped before posting it, and its lease ended; posting it now', {
              ...fieldsOf(subscription),
              slot: key.slot,
              minutesLate: Math.round(lateMs / 60_000),
            });
          }
          continue;
        }
        const skip = await retryWhileBusy(() => deliveries.skipSlot(key, now, 'more than an hour late'));
        if (!skip.skipped) continue;
        onDelivery('skipped');
        const why = skip.wasClaimed
          ? 'the process that claimed it stopped before posting it, and no process took it over within the hour'
          : 'the bot was not running at its time';
        log.warn(`scheduled brief skipped: it was more than an hour late (${why})`, { ...fieldsOf(subscription), slot: key.slot, minutesLate: Math.round(lateMs / 60_000) });
      }
    }
    return claimed;
  }

  async function deliver({ subscription, slot, key }: DueSlot, digestFor: () => Promise<Digest>): Promise<void> {
    const { channel, zone } = subscription;
    const iso = key.slot;
    const tries = 1 + retries;
    for (let attempt = 1; attempt <= tries; attempt++) {
      if (stopping) {
        // Handed back, not failed: the slot stays claimed and unposted; when the lease ends, another process
        // (or this bot, started again) takes it over.
        log.warn('scheduled brief not posted: the bot is stopping; another process or the next start posts it once its claim lapses', { ...fieldsOf(subscription), slot: iso, attempts: attempt - 1 });
        return;
      }
      let digest: Digest;
      let reply: Reply;
      try {
        digest = await digestFor();
        reply = composeScheduledBrief(digest, await snapshots.lastFor(channel), zone);
        await post(channel, reply);
      } catch (err) {
        if (attempt === tries) {
          await retryWhileBusy(() => deliveries.recordDelivery(key, { ok: false, attempts: attempt, error: messageOf(err) }, clock()));
          onDelivery('failed');
          log.error('scheduled brief failed; giving up on this slot, the subscription stays', { ...fieldsOf(subscription), slot: iso, attempts: attempt, err });
          return;
        }
        const waitMs = backoffMs * 2 ** (attempt - 1);
        log.warn('scheduled brief post failed; retrying', { ...fieldsOf(subscription), slot: iso, attempt, retryInMs: waitMs, err });
        await Promise.race([sleep(waitMs), stopped]);
        continue;
      }
      // Recorded outside the try: a store error after a successful post must not post it again.
      await retryWhileBusy(() => deliveries.recordDelivery(key, { ok: true, attempts: attempt }, clock()));
      onDelivery('posted');
      // A "nothing new" line keeps the earlier snapshot, so "new since" still means since the last real brief.
      if (reply.kind === 'digest') await retryWhileBusy(() => snapshots.save(channel, snapshotOf(digest, slot)));
      log.info('scheduled brief posted', { ...fieldsOf(subscription), slot: iso, kind: reply.kind, attempts: attempt });
      return;
    }
  }

  async function runDueSlots(now: Date): Promise<void> {
    const due = await claimDueSlots(now);
    if (due.length === 0) return;
    const unfinished = new Map(due.map((item) => [slotKeyOf(item.key), item.key]));
    const heartbeat = renewLeases(unfinished);
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
    try {
      await Promise.all(
        [...byChannel.values()].map(async (items) => {
          for (const item of items) {
            try {
              await deliver(item, digestFor);
            } catch (err) {
              log.error('scheduled brief could not be recorded', { ...fieldsOf(item.subscription), slot: item.key.slot, err });
            } finally {
              unfinished.delete(slotKeyOf(item.key));
            }
          }
        }),
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** Renew this run's unfinished claims every third of a lease, so a slow post (retries, rate limits) keeps its slot. */
  function renewLeases(unfinished: Map<string, SlotKey>): NodeJS.Timeout {
    const timer = setInterval(() => {
      deliveries.extendLeases([...unfinished.values()], leaseFrom(clock())).catch((err: unknown) =>
        log.warn('could not renew the claims of scheduled briefs being posted; another process may post them too once their lease ends', { count: unfinished.size, err }),
      );
    }, Math.max(1000, Math.floor(leaseMs / 3)));
    timer.unref();
    return timer;
  }

  async function writeDigest(now: Date): Promise<Digest> {
    const warnings = await briefing.reload();
    if (warnings.length > 0) log.warn('some story files were skipped for the scheduled brief', { count: warnings.length, first: warnings[0] });
    return briefing.digest({ now });
  }

  function tick(at: Date): Promise<void> {
    const run: Promise<void> = runDueSlots(at)
      .then(() => recheckWhenLeaseEnds())
      .catch((err: unknown) => log.error('scheduled run failed; the next minute tries again', { at: at.toISOString(), err }))
      .finally(() => running.delete(run));
    running.add(run);
    return run;
  }

  /**
   * A slot another process claimed is taken over when its lease ends, if that process died: look again
   * right then rather than at the next minute, so a failover costs the lease and not a minute more.
   */
  async function recheckWhenLeaseEnds(): Promise<void> {
    if (!task) return;
    const now = clock();
    const end = await deliveries.nextLeaseEnd(now, owner);
    const waitMs = end ? end.getTime() - now.getTime() + 250 : Infinity;
    if (waitMs >= 60_000 || !task) return;
    clearTimeout(recheck);
    recheck = setTimeout(() => void tick(clock()), waitMs);
    recheck.unref();
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
      clearTimeout(recheck);
      await ticking?.destroy();
      await Promise.all(running);
    },
    async previewFor(channel) {
      const now = clock();
      const next = (await subscriptions.listForChannel(channel))
        .map((subscription) => ({ zone: subscription.zone, at: nextSlot(subscription, now) }))
        .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
      const digest = await briefing.digest({ now });
      return composePreview(digest, await snapshots.lastFor(channel), next?.zone);
    },
  };
}

function fieldsOf({ id, channel }: Subscription): Record<string, unknown> {
  return { subscriptionId: id, platform: channel.platform, channelId: channel.channelId, ...(channel.channelName ? { channelName: channel.channelName } : {}) };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).slice(0, 500);
}

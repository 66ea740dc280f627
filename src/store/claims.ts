// Once per subscription and slot, across processes: a slot is claimed by inserting its row, and only the
// process whose insert (or takeover) changed a row posts it. A claim is a lease: a process that dies between
// claiming and posting holds the slot only until the lease ends, then another process (or the same bot,
// restarted) takes it over and posts it. The same row then records how the post went.
import type { Database } from './db.ts';

export type DeliveryStatus = 'claimed' | 'posted' | 'failed' | 'skipped';

export interface Delivery {
  subscriptionId: number;
  /** The slot instant, ISO 8601 in UTC. */
  slot: string;
  status: DeliveryStatus;
  attempts: number;
  error?: string;
  claimedAt: string;
  finishedAt?: string;
  /** How many times an expired claim of this slot was taken over by another claim. */
  takeovers: number;
}

export type DeliveryOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: string };

/** Who claims, and for how long the claim holds before another process may take the slot over. */
export interface Lease {
  owner: string;
  until: Date;
}

export interface SlotKey {
  subscriptionId: number;
  slot: string;
}

export type Claim = { claimed: false } | { claimed: true; takenOver: boolean };

export type Skip = { skipped: false } | { skipped: true; wasClaimed: boolean };

export interface DeliveryStore {
  /**
   * Claim a slot: true for the one caller, in any process, whose claim was recorded first, and again for
   * the first caller after that claim's lease ended with the slot still unposted (`takenOver`).
   */
  claimSlot(key: SlotKey, now: Date, lease: Lease): Promise<Claim>;
  /** Keep this owner's claims alive while their posts are still under way. */
  extendLeases(keys: SlotKey[], lease: Lease): Promise<void>;
  /** Mark a slot that will never be posted (too late), unclaimed or with an expired claim; says whether this call did. */
  skipSlot(key: SlotKey, now: Date, reason: string): Promise<Skip>;
  /** The slots at or after `since` that are claimed (lease running), posted, failed or skipped, as `id@slot` keys. */
  settledSlots(since: Date, now: Date): Promise<Set<string>>;
  /** When the first claim held by another owner runs out, if any is running: its slot may be taken over then. */
  nextLeaseEnd(now: Date, exceptOwner: string): Promise<Date | undefined>;
  recordDelivery(key: SlotKey, outcome: DeliveryOutcome, now: Date): Promise<void>;
  deliveriesFor(subscriptionId: number): Promise<Delivery[]>;
}

export const slotKeyOf = ({ subscriptionId, slot }: SlotKey): string => `${subscriptionId}@${slot}`;

interface Row {
  subscription_id: number;
  slot: string;
  status: DeliveryStatus;
  attempts: number;
  error: string | null;
  claimed_at: string;
  finished_at: string | null;
  takeovers: number;
}

export function createDeliveryStore(db: Database): DeliveryStore {
  // A claim row whose lease has ended (or that predates leases: NULL) may be claimed again.
  const expired = 'deliveries.status = \'claimed\' AND coalesce(deliveries.lease_until, deliveries.claimed_at) <= excluded.claimed_at';
  const claim = db.prepare<[number, string, string, string, string], { takeovers: number }>(
    `INSERT INTO deliveries (subscription_id, slot, status, claimed_at, lease_until, owner) VALUES (?, ?, 'claimed', ?, ?, ?)
     ON CONFLICT (subscription_id, slot) DO UPDATE SET claimed_at = excluded.claimed_at, lease_until = excluded.lease_until,
       owner = excluded.owner, takeovers = deliveries.takeovers + 1
     WHERE ${expired}
     RETURNING takeovers`,
  );
  const extend = db.prepare<[string, number, string, string]>(
    "UPDATE deliveries SET lease_until = ? WHERE subscription_id = ? AND slot = ? AND owner = ? AND status = 'claimed'",
  );
  const skip = db.prepare<[number, string, string, string, string], { claimed_at: string; finished_at: string }>(
    `INSERT INTO deliveries (subscription_id, slot, status, error, claimed_at, finished_at) VALUES (?, ?, 'skipped', ?, ?, ?)
     ON CONFLICT (subscription_id, slot) DO UPDATE SET status = 'skipped', error = excluded.error, finished_at = excluded.finished_at
     WHERE ${expired}
     RETURNING claimed_at, finished_at`,
  );
  const settled = db.prepare<[string, string], { subscription_id: number; slot: string }>(
    "SELECT subscription_id, slot FROM deliveries WHERE slot >= ? AND NOT (status = 'claimed' AND coalesce(lease_until, claimed_at) <= ?)",
  );
  const leaseEnd = db.prepare<[string, string], { until: string | null }>(
    "SELECT min(lease_until) AS until FROM deliveries WHERE status = 'claimed' AND lease_until > ? AND owner IS NOT ?",
  );
  const record = db.prepare<[DeliveryStatus, number, string | null, string, number, string]>(
    'UPDATE deliveries SET status = ?, attempts = ?, error = ?, finished_at = ? WHERE subscription_id = ? AND slot = ?',
  );
  const list = db.prepare<[number], Row>('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot');
  const extendAll = db.transaction((keys: SlotKey[], lease: Lease) => {
    for (const key of keys) extend.run(lease.until.toISOString(), key.subscriptionId, key.slot, lease.owner);
  });

  return {
    async claimSlot({ subscriptionId, slot }, now, lease) {
      const row = claim.get(subscriptionId, slot, now.toISOString(), lease.until.toISOString(), lease.owner);
      return row ? { claimed: true, takenOver: row.takeovers > 0 } : { claimed: false };
    },
    async extendLeases(keys, lease) {
      if (keys.length > 0) extendAll.immediate(keys, lease);
    },
    async skipSlot({ subscriptionId, slot }, now, reason) {
      const row = skip.get(subscriptionId, slot, reason, now.toISOString(), now.toISOString());
      return row ? { skipped: true, wasClaimed: row.claimed_at !== row.finished_at } : { skipped: false };
    },
    async settledSlots(since, now) {
      return new Set(settled.all(since.toISOString(), now.toISOString()).map((row) => slotKeyOf({ subscriptionId: row.subscription_id, slot: row.slot })));
    },
    async nextLeaseEnd(now, exceptOwner) {
      const until = leaseEnd.get(now.toISOString(), exceptOwner)?.until;
      return until ? new Date(until) : undefined;
    },
    async recordDelivery({ subscriptionId, slot }, outcome, now) {
      record.run(outcome.ok ? 'posted' : 'failed', outcome.attempts, outcome.ok ? null : outcome.error, now.toISOString(), subscriptionId, slot);
    },
    async deliveriesFor(subscriptionId) {
      return list.all(subscriptionId).map(toDelivery);
    },
  };
}

function toDelivery(row: Row): Delivery {
  return {
    subscriptionId: row.subscription_id,
    slot: row.slot,
    status: row.status,
    attempts: row.attempts,
    ...(row.error === null ? {} : { error: row.error }),
    claimedAt: row.claimed_at,
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
    takeovers: row.takeovers,
  };
}

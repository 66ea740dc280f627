// Exactly once per subscription and slot: a slot is claimed by inserting its row, and only the process
// whose insert changed a row posts it. The same row then records how the post went.
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
}

export type DeliveryOutcome = { ok: true; attempts: number } | { ok: false; attempts: number; error: string };

export interface DeliveryStore {
  /** True only for the one caller, in any process, whose claim was recorded first. */
  claimSlot(subscriptionId: number, slot: string, now: Date): boolean;
  /** Mark a slot that will never be posted (too late); true when this call marked it. */
  skipSlot(subscriptionId: number, slot: string, now: Date, reason: string): boolean;
  /** Whether the slot has been claimed, posted, failed or skipped already (a read, no write lock). */
  isSettled(subscriptionId: number, slot: string): boolean;
  recordDelivery(subscriptionId: number, slot: string, outcome: DeliveryOutcome, now: Date): void;
  deliveriesFor(subscriptionId: number): Delivery[];
}

interface Row {
  subscription_id: number;
  slot: string;
  status: DeliveryStatus;
  attempts: number;
  error: string | null;
  claimed_at: string;
  finished_at: string | null;
}

export function createDeliveryStore(db: Database): DeliveryStore {
  const claim = db.prepare<[number, string, string]>(
    "INSERT OR IGNORE INTO deliveries (subscription_id, slot, status, claimed_at) VALUES (?, ?, 'claimed', ?)",
  );
  const skip = db.prepare<[number, string, string, string, string]>(
    "INSERT OR IGNORE INTO deliveries (subscription_id, slot, status, error, claimed_at, finished_at) VALUES (?, ?, 'skipped', ?, ?, ?)",
  );
  const settled = db.prepare<[number, string], { found: number }>('SELECT 1 AS found FROM deliveries WHERE subscription_id = ? AND slot = ?');
  const record = db.prepare<[DeliveryStatus, number, string | null, string, number, string]>(
    'UPDATE deliveries SET status = ?, attempts = ?, error = ?, finished_at = ? WHERE subscription_id = ? AND slot = ?',
  );
  const list = db.prepare<[number], Row>('SELECT * FROM deliveries WHERE subscription_id = ? ORDER BY slot');

  return {
    claimSlot: (subscriptionId, slot, now) => claim.run(subscriptionId, slot, now.toISOString()).changes === 1,
    skipSlot: (subscriptionId, slot, now, reason) => skip.run(subscriptionId, slot, reason, now.toISOString(), now.toISOString()).changes === 1,
    isSettled: (subscriptionId, slot) => settled.get(subscriptionId, slot) !== undefined,
    recordDelivery(subscriptionId, slot, outcome, now) {
      record.run(outcome.ok ? 'posted' : 'failed', outcome.attempts, outcome.ok ? null : outcome.error, now.toISOString(), subscriptionId, slot);
    },
    deliveriesFor: (subscriptionId) =>
      list.all(subscriptionId).map((row) => ({
        subscriptionId: row.subscription_id,
        slot: row.slot,
        status: row.status,
        attempts: row.attempts,
        ...(row.error === null ? {} : { error: row.error }),
        claimedAt: row.claimed_at,
        ...(row.finished_at === null ? {} : { finishedAt: row.finished_at }),
      })),
  };
}

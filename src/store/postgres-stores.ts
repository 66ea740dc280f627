// The subscription, delivery and snapshot stores on PostgreSQL, statement for statement the SQLite ones:
// each write that must happen once is a single statement (an upsert with RETURNING), so concurrent
// processes need no explicit transactions.
import type pg from 'pg';
import type { ChannelRef } from '../chat/types.ts';
import { slotKeyOf, type Delivery, type DeliveryStatus, type DeliveryStore } from './claims.ts';
import { toSnapshot, type SnapshotStore } from './digest-snapshots.ts';
import { daysText, sortByTime, SUBSCRIPTION_ORDER, toSubscription, type SubscriptionRow, type SubscriptionStore } from './subscriptions.ts';

export function createPostgresSubscriptionStore(pool: pg.Pool): SubscriptionStore {
  const rows = async (text: string, values: unknown[]): Promise<SubscriptionRow[]> => (await pool.query<SubscriptionRow>(text, values)).rows;
  return {
    async add(sub, now) {
      const { platform, channelId, channelName } = sub.channel;
      // xmax = 0 only on a row this statement inserted; an update of the identical subscription sets it.
      const { rows: [row] } = await pool.query<SubscriptionRow & { inserted: boolean }>(
        `INSERT INTO subscriptions AS s (platform, channel_id, channel_name, hour, minute, zone, days, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
         ON CONFLICT (platform, channel_id, hour, minute, zone, days)
         DO UPDATE SET channel_name = coalesce(excluded.channel_name, s.channel_name), updated_at = excluded.updated_at
         RETURNING *, (xmax = 0) AS inserted`,
        [platform, channelId, channelName ?? null, sub.hour, sub.minute, sub.zone, daysText(sub.days), now],
      );
      return { subscription: toSubscription(row!), isNew: row!.inserted };
    },
    async listForChannel(channel) {
      return (await rows(`SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2 ${SUBSCRIPTION_ORDER}`, [channel.platform, channel.channelId])).map(toSubscription);
    },
    async listAll() {
      return (await rows(`SELECT * FROM subscriptions ${SUBSCRIPTION_ORDER}`, [])).map(toSubscription);
    },
    async remove(channel, at) {
      const removed = at
        ? await rows('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2 AND hour = $3 AND minute = $4 RETURNING *', [channel.platform, channel.channelId, at.hour, at.minute])
        : await rows('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2 RETURNING *', [channel.platform, channel.channelId]);
      return sortByTime(removed.map(toSubscription));
    },
  };
}

interface DeliveryRow {
  subscription_id: number;
  slot: Date;
  status: DeliveryStatus;
  attempts: number;
  error: string | null;
  claimed_at: Date;
  finished_at: Date | null;
  takeovers: number;
}

const EXPIRED_CLAIM = "d.status = 'claimed' AND coalesce(d.lease_until, d.claimed_at) <= excluded.claimed_at";

export function createPostgresDeliveryStore(pool: pg.Pool): DeliveryStore {
  return {
    async claimSlot({ subscriptionId, slot }, now, lease) {
      const { rows } = await pool.query<{ takeovers: number }>(
        `INSERT INTO deliveries AS d (subscription_id, slot, status, claimed_at, lease_until, owner) VALUES ($1, $2, 'claimed', $3, $4, $5)
         ON CONFLICT (subscription_id, slot) DO UPDATE SET claimed_at = excluded.claimed_at, lease_until = excluded.lease_until,
           owner = excluded.owner, takeovers = d.takeovers + 1
         WHERE ${EXPIRED_CLAIM}
         RETURNING takeovers`,
        [subscriptionId, slot, now, lease.until, lease.owner],
      );
      return rows[0] ? { claimed: true, takenOver: rows[0].takeovers > 0 } : { claimed: false };
    },
    async extendLeases(keys, lease) {
      if (keys.length === 0) return;
      await pool.query(
        `UPDATE deliveries SET lease_until = $1
         WHERE owner = $2 AND status = 'claimed' AND (subscription_id, slot) IN (SELECT * FROM unnest($3::integer[], $4::timestamptz[]))`,
        [lease.until, lease.owner, keys.map((k) => k.subscriptionId), keys.map((k) => k.slot)],
      );
    },
    async skipSlot({ subscriptionId, slot }, now, reason) {
      const { rows } = await pool.query<{ was_claimed: boolean }>(
        `INSERT INTO deliveries AS d (subscription_id, slot, status, error, claimed_at, finished_at) VALUES ($1, $2, 'skipped', $3, $4, $4)
         ON CONFLICT (subscription_id, slot) DO UPDATE SET status = 'skipped', error = excluded.error, finished_at = excluded.finished_at
         WHERE ${EXPIRED_CLAIM}
         RETURNING d.claimed_at < d.finished_at AS was_claimed`,
        [subscriptionId, slot, reason, now],
      );
      return rows[0] ? { skipped: true, wasClaimed: rows[0].was_claimed } : { skipped: false };
    },
    async settledSlots(since, now) {
      const { rows } = await pool.query<{ subscription_id: number; slot: Date }>(
        "SELECT subscription_id, slot FROM deliveries WHERE slot >= $1 AND NOT (status = 'claimed' AND coalesce(lease_until, claimed_at) <= $2)",
        [since, now],
      );
      return new Set(rows.map((row) => slotKeyOf({ subscriptionId: row.subscription_id, slot: row.slot.toISOString() })));
    },
    async nextLeaseEnd(now, exceptOwner) {
      const { rows } = await pool.query<{ until: Date | null }>(
        "SELECT min(lease_until) AS until FROM deliveries WHERE status = 'claimed' AND lease_until > $1 AND owner IS DISTINCT FROM $2",
        [now, exceptOwner],
      );
      return rows[0]?.until ?? undefined;
    },
    async recordDelivery({ subscriptionId, slot }, outcome, now) {
      await pool.query('UPDATE deliveries SET status = $1, attempts = $2, error = $3, finished_at = $4 WHERE subscription_id = $5 AND slot = $6', [
        outcome.ok ? 'posted' : 'failed',
        outcome.attempts,
        outcome.ok ? null : outcome.error,
        now,
        subscriptionId,
        slot,
      ]);
    },
    async deliveriesFor(subscriptionId) {
      const { rows } = await pool.query<DeliveryRow>('SELECT * FROM deliveries WHERE subscription_id = $1 ORDER BY slot', [subscriptionId]);
      return rows.map(toDelivery);
    },
  };
}

function toDelivery(row: DeliveryRow): Delivery {
  return {
    subscriptionId: row.subscription_id,
    slot: row.slot.toISOString(),
    status: row.status,
    attempts: row.attempts,
    ...(row.error === null ? {} : { error: row.error }),
    claimedAt: row.claimed_at.toISOString(),
    ...(row.finished_at === null ? {} : { finishedAt: row.finished_at.toISOString() }),
    takeovers: row.takeovers,
  };
}

export function createPostgresSnapshotStore(pool: pg.Pool): SnapshotStore {
  return {
    async lastFor(channel: ChannelRef) {
      const { rows } = await pool.query<{ delivered_at: Date; snapshot: unknown }>(
        'SELECT delivered_at, snapshot FROM channel_digests WHERE platform = $1 AND channel_id = $2',
        [channel.platform, channel.channelId],
      );
      return rows[0] ? toSnapshot(rows[0].delivered_at.toISOString(), rows[0].snapshot) : undefined;
    },
    async save(channel, snapshot) {
      await pool.query(
        `INSERT INTO channel_digests (platform, channel_id, delivered_at, snapshot) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, channel_id) DO UPDATE SET delivered_at = excluded.delivered_at, snapshot = excluded.snapshot`,
        [channel.platform, channel.channelId, snapshot.deliveredAt, JSON.stringify(snapshot.stories)],
      );
    },
  };
}

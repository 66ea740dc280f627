// Which channels get a scheduled brief, when, and in which zone. One row per channel + time + zone + days:
// subscribing again with the same settings updates the row instead of doubling the posts.
import type { ChannelRef } from '../chat/types.ts';
import type { Database } from './db.ts';

export interface NewSubscription {
  channel: ChannelRef;
  hour: number;
  minute: number;
  /** IANA zone name, already validated. */
  zone: string;
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: readonly number[];
}

export interface Subscription extends NewSubscription {
  id: number;
  days: number[];
  /** Slots at or before this instant are never posted: a new subscription does not catch up on the past. */
  createdAt: Date;
}

export interface SubscriptionStore {
  /** Add, or find the identical one and refresh its channel name; `isNew` says which. */
  add(subscription: NewSubscription, now: Date): Promise<{ subscription: Subscription; isNew: boolean }>;
  listForChannel(channel: ChannelRef): Promise<Subscription[]>;
  listAll(): Promise<Subscription[]>;
  /** Remove all of the channel's subscriptions, or those at one local time; returns what was removed. */
  remove(channel: ChannelRef, at?: { hour: number; minute: number }): Promise<Subscription[]>;
}

export interface SubscriptionRow {
  id: number;
  platform: string;
  channel_id: string;
  channel_name: string | null;
  hour: number;
  minute: number;
  zone: string;
  days: string;
  created_at: string | Date;
}
type Row = SubscriptionRow & { created_at: string };

export const SUBSCRIPTION_ORDER = 'ORDER BY hour, minute, zone, id';

export function createSubscriptionStore(db: Database): SubscriptionStore {
  const findSame = db.prepare<[string, string, number, number, string, string], Row>(
    'SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? AND hour = ? AND minute = ? AND zone = ? AND days = ?',
  );
  const insert = db.prepare<[string, string, string | null, number, number, string, string, string, string], Row>(
    `INSERT INTO subscriptions (platform, channel_id, channel_name, hour, minute, zone, days, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING *`,
  );
  const refresh = db.prepare<[string | null, string, number], Row>(
    'UPDATE subscriptions SET channel_name = coalesce(?, channel_name), updated_at = ? WHERE id = ? RETURNING *',
  );
  const byChannel = db.prepare<[string, string], Row>(`SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ? ${SUBSCRIPTION_ORDER}`);
  const all = db.prepare<[], Row>(`SELECT * FROM subscriptions ${SUBSCRIPTION_ORDER}`);
  const removeAll = db.prepare<[string, string], Row>('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ? RETURNING *');
  const removeAt = db.prepare<[string, string, number, number], Row>(
    'DELETE FROM subscriptions WHERE platform = ? AND channel_id = ? AND hour = ? AND minute = ? RETURNING *',
  );

  const add = db.transaction((sub: NewSubscription, now: Date) => {
    const { platform, channelId, channelName } = sub.channel;
    const days = daysText(sub.days);
    const same = findSame.get(platform, channelId, sub.hour, sub.minute, sub.zone, days);
    if (same) return { subscription: toSubscription(refresh.get(channelName ?? null, now.toISOString(), same.id)!), isNew: false };
    const row = insert.get(platform, channelId, channelName ?? null, sub.hour, sub.minute, sub.zone, days, now.toISOString(), now.toISOString());
    return { subscription: toSubscription(row!), isNew: true };
  });

  return {
    add: async (sub, now) => add.immediate(sub, now),
    listForChannel: async (channel) => byChannel.all(channel.platform, channel.channelId).map(toSubscription),
    listAll: async () => all.all().map(toSubscription),
    async remove(channel, at) {
      const rows = at ? removeAt.all(channel.platform, channel.channelId, at.hour, at.minute) : removeAll.all(channel.platform, channel.channelId);
      return sortByTime(rows.map(toSubscription));
    },
  };
}

/** Days as stored: sorted, unique, comma-separated, so the same set is always the same text. */
export function daysText(days: readonly number[]): string {
  return [...new Set(days)].sort((a, b) => a - b).join(',');
}

export function sortByTime(subscriptions: Subscription[]): Subscription[] {
  return subscriptions.sort((a, b) => a.hour * 60 + a.minute - (b.hour * 60 + b.minute));
}

export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    // Rows are only written by this module, so the platform is one we stored.
    channel: { platform: row.platform as ChannelRef['platform'], channelId: row.channel_id, ...(row.channel_name ? { channelName: row.channel_name } : {}) },
    hour: row.hour,
    minute: row.minute,
    zone: row.zone,
    days: row.days.split(',').map(Number),
    createdAt: new Date(row.created_at),
  };
}

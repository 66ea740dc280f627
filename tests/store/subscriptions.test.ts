import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/chat/types.ts';
import type { NewSubscription, SubscriptionStore } from '../../src/store/subscriptions.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';

const general: ChannelRef = { platform: 'slack', channelId: 'C0GENERAL', channelName: 'general' };
const kyivMornings: NewSubscription = { channel: general, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5] };
const monday = new Date('2025-11-24T10:00:00Z');
const tuesday = new Date('2025-11-25T10:00:00Z');

describe.each(BACKENDS)('subscriptions on $name', (backend) => {
  let db: StoreUnderTest;
  let store: SubscriptionStore;
  beforeEach(async () => {
    if (!backend.available) return;
    db = await backend.create();
    store = db.store.subscriptions;
  });
  afterEach(async () => db?.remove());

  it.skipIf(!backend.available)('adds a subscription and lists it for its channel', async () => {
    const { subscription, isNew } = await store.add(kyivMornings, monday);
    expect(isNew).toBe(true);
    expect(await store.listForChannel(general)).toEqual([{ ...kyivMornings, id: subscription.id, days: [1, 2, 3, 4, 5], createdAt: monday }]);
  });

  it.skipIf(!backend.available)('updates rather than duplicates the same channel, time, zone and days, keeping when it was created', async () => {
    const first = await store.add(kyivMornings, monday);
    const again = await store.add({ ...kyivMornings, days: [5, 4, 3, 2, 1], channel: { ...general, channelName: 'news' } }, tuesday);
    expect(again).toEqual({ isNew: false, subscription: { ...first.subscription, channel: { ...general, channelName: 'news' } } });
    expect(await store.listAll()).toHaveLength(1);
  });

  it.skipIf(!backend.available)('keeps a subscription with other days as a second one', async () => {
    await store.add(kyivMornings, monday);
    await store.add({ ...kyivMornings, days: [6, 7] }, monday);
    expect((await store.listForChannel(general)).map((s) => s.days)).toEqual([[1, 2, 3, 4, 5], [6, 7]]);
  });

  it.skipIf(!backend.available)('keeps channels with the same id on different platforms apart', async () => {
    await store.add(kyivMornings, monday);
    await store.add({ ...kyivMornings, channel: { platform: 'discord', channelId: 'C0GENERAL' }, hour: 9 }, monday);
    expect((await store.listForChannel(general)).map((s) => s.hour)).toEqual([7]);
    expect((await store.listForChannel({ platform: 'discord', channelId: 'C0GENERAL' })).map((s) => s.hour)).toEqual([9]);
  });

  it.skipIf(!backend.available)('removes only the subscriptions at the given time', async () => {
    await store.add(kyivMornings, monday);
    await store.add({ ...kyivMornings, hour: 18, minute: 0, zone: 'UTC' }, monday);
    expect((await store.remove(general, { hour: 18, minute: 0 })).map((s) => s.zone)).toEqual(['UTC']);
    expect((await store.listForChannel(general)).map((s) => s.hour)).toEqual([7]);
  });

  it.skipIf(!backend.available)('removes all of a channel’s subscriptions and no other channel’s', async () => {
    const other: ChannelRef = { platform: 'slack', channelId: 'C0RANDOM' };
    await store.add(kyivMornings, monday);
    await store.add({ ...kyivMornings, hour: 18 }, monday);
    await store.add({ ...kyivMornings, channel: other }, monday);
    expect((await store.remove(general)).map((s) => s.hour)).toEqual([7, 18]);
    expect((await store.listAll()).map((s) => s.channel.channelId)).toEqual(['C0RANDOM']);
  });

  it.skipIf(!backend.available)('has the subscriptions for a connection opened later', async () => {
    await store.add(kyivMornings, monday);
    const reopened = await db.connect();
    expect((await reopened.subscriptions.listAll()).map((s) => [s.hour, s.minute, s.zone])).toEqual([[7, 30, 'Europe/Kyiv']]);
  });
});

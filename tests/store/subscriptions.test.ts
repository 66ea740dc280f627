import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/chat/types.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createSubscriptionStore, type NewSubscription } from '../../src/store/subscriptions.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

const general: ChannelRef = { platform: 'slack', channelId: 'C0GENERAL', channelName: 'general' };
const kyivMornings: NewSubscription = { channel: general, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5] };
const monday = new Date('2025-11-24T10:00:00Z');
const tuesday = new Date('2025-11-25T10:00:00Z');

let folder: TempFolder;
let db: Database;
beforeEach(() => {
  folder = makeTempFolder();
  db = openDatabase(folder.dbPath);
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('SubscriptionStore', () => {
  it('adds a subscription and lists it for its channel', () => {
    const store = createSubscriptionStore(db);
    const { subscription, isNew } = store.add(kyivMornings, monday);
    expect(isNew).toBe(true);
    expect(store.listForChannel(general)).toEqual([{ ...kyivMornings, id: subscription.id, days: [1, 2, 3, 4, 5], createdAt: monday }]);
  });

  it('updates rather than duplicates the same channel, time, zone and days, keeping when it was created', () => {
    const store = createSubscriptionStore(db);
    const first = store.add(kyivMornings, monday);
    const again = store.add({ ...kyivMornings, days: [5, 4, 3, 2, 1], channel: { ...general, channelName: 'news' } }, tuesday);
    expect(again).toEqual({ isNew: false, subscription: { ...first.subscription, channel: { ...general, channelName: 'news' } } });
    expect(store.listAll()).toHaveLength(1);
  });

  it('keeps a subscription with other days as a second one', () => {
    const store = createSubscriptionStore(db);
    store.add(kyivMornings, monday);
    store.add({ ...kyivMornings, days: [6, 7] }, monday);
    expect(store.listForChannel(general).map((s) => s.days)).toEqual([[1, 2, 3, 4, 5], [6, 7]]);
  });

  it('keeps channels with the same id on different platforms apart', () => {
    const store = createSubscriptionStore(db);
    store.add(kyivMornings, monday);
    store.add({ ...kyivMornings, channel: { platform: 'discord', channelId: 'C0GENERAL' }, hour: 9 }, monday);
    expect(store.listForChannel(general).map((s) => s.hour)).toEqual([7]);
    expect(store.listForChannel({ platform: 'discord', channelId: 'C0GENERAL' }).map((s) => s.hour)).toEqual([9]);
  });

  it('removes only the subscriptions at the given time', () => {
    const store = createSubscriptionStore(db);
    store.add(kyivMornings, monday);
    store.add({ ...kyivMornings, hour: 18, minute: 0, zone: 'UTC' }, monday);
    expect(store.remove(general, { hour: 18, minute: 0 }).map((s) => s.zone)).toEqual(['UTC']);
    expect(store.listForChannel(general).map((s) => s.hour)).toEqual([7]);
  });

  it('removes all of a channel’s subscriptions and no other channel’s', () => {
    const store = createSubscriptionStore(db);
    const other: ChannelRef = { platform: 'slack', channelId: 'C0RANDOM' };
    store.add(kyivMornings, monday);
    store.add({ ...kyivMornings, hour: 18 }, monday);
    store.add({ ...kyivMornings, channel: other }, monday);
    expect(store.remove(general).map((s) => s.hour)).toEqual([7, 18]);
    expect(store.listAll().map((s) => s.channel.channelId)).toEqual(['C0RANDOM']);
  });

  it('still has its subscriptions after the database is closed and opened again', () => {
    createSubscriptionStore(db).add(kyivMornings, monday);
    db.close();
    db = openDatabase(folder.dbPath);
    expect(createSubscriptionStore(db).listAll().map((s) => [s.hour, s.minute, s.zone])).toEqual([[7, 30, 'Europe/Kyiv']]);
  });
});

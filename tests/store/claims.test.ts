import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDeliveryStore } from '../../src/store/claims.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createSubscriptionStore } from '../../src/store/subscriptions.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

const run = promisify(execFile);
const slot = '2025-11-25T05:30:00.000Z';
const at = new Date('2025-11-25T05:30:00Z');

let folder: TempFolder;
let db: Database;
let subscriptionId: number;
beforeEach(() => {
  folder = makeTempFolder();
  db = openDatabase(folder.dbPath);
  subscriptionId = createSubscriptionStore(db).add(
    { channel: { platform: 'slack', channelId: 'C0GENERAL' }, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5, 6, 7] },
    new Date('2025-11-01T00:00:00Z'),
  ).subscription.id;
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('claimSlot', () => {
  it('lets the first claim of a slot through and refuses the second', () => {
    const deliveries = createDeliveryStore(db);
    expect([deliveries.claimSlot(subscriptionId, slot, at), deliveries.claimSlot(subscriptionId, slot, at)]).toEqual([true, false]);
  });

  it('lets only one of two connections to the same file claim a slot', () => {
    const other = openDatabase(folder.dbPath);
    const results = [createDeliveryStore(db).claimSlot(subscriptionId, slot, at), createDeliveryStore(other).claimSlot(subscriptionId, slot, at)];
    other.close();
    expect(results).toEqual([true, false]);
  });

  it('still refuses a claimed slot after the database is closed and opened again', () => {
    createDeliveryStore(db).claimSlot(subscriptionId, slot, at);
    db.close();
    db = openDatabase(folder.dbPath);
    expect(createDeliveryStore(db).claimSlot(subscriptionId, slot, at)).toBe(false);
  });

  it('gives each slot to exactly one of two processes claiming the same slots at the same moment', async () => {
    const child = fileURLToPath(new URL('./claim-slots-child.ts', import.meta.url));
    const args = [folder.dbPath, String(subscriptionId), '150', String(Date.now() + 1500)];
    const outputs = await Promise.all([1, 2].map(() => run(process.execPath, ['--import', 'tsx', child, ...args])));
    const [first, second] = outputs.map((output) => JSON.parse(output.stdout) as string[]);
    expect([...first!, ...second!].sort()).toEqual(createDeliveryStore(db).deliveriesFor(subscriptionId).map((d) => d.slot));
    expect(new Set([...first!, ...second!]).size).toBe(150);
  });
});

describe('recordDelivery', () => {
  it('records a post that went through with its attempts', () => {
    const deliveries = createDeliveryStore(db);
    deliveries.claimSlot(subscriptionId, slot, at);
    deliveries.recordDelivery(subscriptionId, slot, { ok: true, attempts: 2 }, new Date('2025-11-25T05:30:07Z'));
    expect(deliveries.deliveriesFor(subscriptionId)).toEqual([
      { subscriptionId, slot, status: 'posted', attempts: 2, claimedAt: at.toISOString(), finishedAt: '2025-11-25T05:30:07.000Z' },
    ]);
  });

  it('records a post that failed with its error', () => {
    const deliveries = createDeliveryStore(db);
    deliveries.claimSlot(subscriptionId, slot, at);
    deliveries.recordDelivery(subscriptionId, slot, { ok: false, attempts: 4, error: 'channel_not_found' }, at);
    expect(deliveries.deliveriesFor(subscriptionId).map((d) => [d.status, d.attempts, d.error])).toEqual([['failed', 4, 'channel_not_found']]);
  });
});

describe('skipSlot', () => {
  it('marks an unclaimed slot skipped once, and it can no longer be claimed', () => {
    const deliveries = createDeliveryStore(db);
    expect(deliveries.skipSlot(subscriptionId, slot, at, 'more than an hour late')).toBe(true);
    expect(deliveries.skipSlot(subscriptionId, slot, at, 'more than an hour late')).toBe(false);
    expect(deliveries.claimSlot(subscriptionId, slot, at)).toBe(false);
    expect(deliveries.deliveriesFor(subscriptionId).map((d) => [d.status, d.error])).toEqual([['skipped', 'more than an hour late']]);
  });
});

describe('isSettled', () => {
  it('is false before a claim and true after it', () => {
    const deliveries = createDeliveryStore(db);
    const before = deliveries.isSettled(subscriptionId, slot);
    deliveries.claimSlot(subscriptionId, slot, at);
    expect([before, deliveries.isSettled(subscriptionId, slot)]).toEqual([false, true]);
  });
});

it('forgets a subscription’s deliveries when the subscription is removed', () => {
  const deliveries = createDeliveryStore(db);
  deliveries.claimSlot(subscriptionId, slot, at);
  createSubscriptionStore(db).remove({ platform: 'slack', channelId: 'C0GENERAL' });
  expect(deliveries.deliveriesFor(subscriptionId)).toEqual([]);
});

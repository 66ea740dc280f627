import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lease, SlotKey } from '../../src/store/claims.ts';
import type { Store } from '../../src/store/store.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';

const run = promisify(execFile);
const slot = '2025-11-25T05:30:00.000Z';
const at = new Date('2025-11-25T05:30:00Z');
const secondsAfter = (seconds: number): Date => new Date(at.getTime() + seconds * 1000);
const leaseOf = (owner: string, seconds = 120, from = at): Lease => ({ owner, until: new Date(from.getTime() + seconds * 1000) });

describe.each(BACKENDS)('deliveries on $name', (backend) => {
  let db: StoreUnderTest;
  let store: Store;
  let key: SlotKey;
  beforeEach(async () => {
    if (!backend.available) return;
    db = await backend.create();
    store = db.store;
    const { subscription } = await store.subscriptions.add(
      { channel: { platform: 'slack', channelId: 'C0GENERAL' }, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5, 6, 7] },
      new Date('2025-11-01T00:00:00Z'),
    );
    key = { subscriptionId: subscription.id, slot };
  });
  afterEach(async () => db?.remove());

  describe.skipIf(!backend.available)('claimSlot', () => {
    it('lets the first claim of a slot through and refuses the second', async () => {
      const first = await store.deliveries.claimSlot(key, at, leaseOf('a'));
      const second = await store.deliveries.claimSlot(key, at, leaseOf('b'));
      expect([first, second]).toEqual([{ claimed: true, takenOver: false }, { claimed: false }]);
    });

    it('lets only one of two connections to the same database claim a slot', async () => {
      const other = await db.connect();
      const results = await Promise.all([store.deliveries.claimSlot(key, at, leaseOf('a')), other.deliveries.claimSlot(key, at, leaseOf('b'))]);
      expect(results.filter((r) => r.claimed)).toHaveLength(1);
    });

    it('still refuses a claimed slot from a connection opened after the claim', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a'));
      const later = await db.connect();
      expect(await later.deliveries.claimSlot(key, secondsAfter(10), leaseOf('b', 120, secondsAfter(10)))).toEqual({ claimed: false });
    });

    it('refuses another owner while the lease runs, and hands the slot over once it has ended', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('crashed', 120));
      const during = await store.deliveries.claimSlot(key, secondsAfter(119), leaseOf('b', 120, secondsAfter(119)));
      const after = await store.deliveries.claimSlot(key, secondsAfter(120), leaseOf('b', 120, secondsAfter(120)));
      expect([during, after]).toEqual([{ claimed: false }, { claimed: true, takenOver: true }]);
      expect((await store.deliveries.deliveriesFor(key.subscriptionId)).map((d) => [d.status, d.takeovers, d.claimedAt])).toEqual([['claimed', 1, secondsAfter(120).toISOString()]]);
    });

    it('gives an expired claim to only one of two processes taking it over at once', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('crashed', 60));
      const other = await db.connect();
      const later = secondsAfter(90);
      const results = await Promise.all([store.deliveries.claimSlot(key, later, leaseOf('a', 120, later)), other.deliveries.claimSlot(key, later, leaseOf('b', 120, later))]);
      expect(results.filter((r) => r.claimed)).toEqual([{ claimed: true, takenOver: true }]);
    });

    it('never hands over a slot that was posted, however old', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a', 60));
      await store.deliveries.recordDelivery(key, { ok: true, attempts: 1 }, secondsAfter(5));
      expect(await store.deliveries.claimSlot(key, secondsAfter(3600), leaseOf('b', 120, secondsAfter(3600)))).toEqual({ claimed: false });
    });

    it('gives each slot to exactly one of two processes claiming the same slots at the same moment', { timeout: 60_000 }, async () => {
      const child = fileURLToPath(new URL('./claim-slots-child.ts', import.meta.url));
      const args = [db.location, String(key.subscriptionId), '150', String(Date.now() + 2500)];
      const outputs = await Promise.all([1, 2].map(() => run(process.execPath, ['--import', 'tsx', child, ...args])));
      const [first, second] = outputs.map((output) => JSON.parse(output.stdout) as string[]);
      expect([...first!, ...second!].sort()).toEqual((await store.deliveries.deliveriesFor(key.subscriptionId)).map((d) => d.slot));
      expect(new Set([...first!, ...second!]).size).toBe(150);
    });
  });

  describe.skipIf(!backend.available)('extendLeases', () => {
    it('keeps the owner’s claim from being taken over past its first lease', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a', 60));
      await store.deliveries.extendLeases([key], leaseOf('a', 60, secondsAfter(40)));
      expect(await store.deliveries.claimSlot(key, secondsAfter(90), leaseOf('b', 60, secondsAfter(90)))).toEqual({ claimed: false });
    });

    it('does not extend a claim another owner holds', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a', 60));
      await store.deliveries.extendLeases([key], leaseOf('intruder', 600, secondsAfter(40)));
      expect(await store.deliveries.claimSlot(key, secondsAfter(61), leaseOf('b', 60, secondsAfter(61)))).toEqual({ claimed: true, takenOver: true });
    });
  });

  describe.skipIf(!backend.available)('recordDelivery', () => {
    it('records a post that went through with its attempts', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a'));
      await store.deliveries.recordDelivery(key, { ok: true, attempts: 2 }, new Date('2025-11-25T05:30:07Z'));
      expect(await store.deliveries.deliveriesFor(key.subscriptionId)).toEqual([
        { subscriptionId: key.subscriptionId, slot, status: 'posted', attempts: 2, claimedAt: at.toISOString(), finishedAt: '2025-11-25T05:30:07.000Z', takeovers: 0 },
      ]);
    });

    it('records a post that failed with its error', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a'));
      await store.deliveries.recordDelivery(key, { ok: false, attempts: 4, error: 'channel_not_found' }, at);
      expect((await store.deliveries.deliveriesFor(key.subscriptionId)).map((d) => [d.status, d.attempts, d.error])).toEqual([['failed', 4, 'channel_not_found']]);
    });
  });

  describe.skipIf(!backend.available)('skipSlot', () => {
    it('marks an unclaimed slot skipped once, and it can no longer be claimed', async () => {
      const first = await store.deliveries.skipSlot(key, at, 'more than an hour late');
      const second = await store.deliveries.skipSlot(key, at, 'more than an hour late');
      expect([first, second]).toEqual([{ skipped: true, wasClaimed: false }, { skipped: false }]);
      expect(await store.deliveries.claimSlot(key, at, leaseOf('a'))).toEqual({ claimed: false });
      expect((await store.deliveries.deliveriesFor(key.subscriptionId)).map((d) => [d.status, d.error])).toEqual([['skipped', 'more than an hour late']]);
    });

    it('marks a claim whose lease ended skipped, saying it had been claimed', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('crashed', 60));
      expect(await store.deliveries.skipSlot(key, secondsAfter(3700), 'more than an hour late')).toEqual({ skipped: true, wasClaimed: true });
    });

    it('leaves a claim whose lease still runs alone', async () => {
      await store.deliveries.claimSlot(key, at, leaseOf('a', 7200));
      expect(await store.deliveries.skipSlot(key, secondsAfter(3700), 'more than an hour late')).toEqual({ skipped: false });
    });
  });

  describe.skipIf(!backend.available)('settledSlots', () => {
    it('holds claimed, posted and skipped slots, but not a claim whose lease ended', async () => {
      const other = { ...key, slot: '2025-11-26T05:30:00.000Z' };
      const before = await store.deliveries.settledSlots(at, at);
      await store.deliveries.claimSlot(key, at, leaseOf('a', 60));
      await store.deliveries.skipSlot(other, at, 'late');
      const during = await store.deliveries.settledSlots(at, secondsAfter(30));
      const after = await store.deliveries.settledSlots(at, secondsAfter(61));
      expect([[...before], [...during].sort(), [...after]]).toEqual([[], [`${key.subscriptionId}@${slot}`, `${key.subscriptionId}@${other.slot}`], [`${key.subscriptionId}@${other.slot}`]]);
    });
  });

  describe.skipIf(!backend.available)('nextLeaseEnd', () => {
    it('tells when the first running claim of another owner ends, and ignores the asker’s own', async () => {
      const other = { ...key, slot: '2025-11-26T05:30:00.000Z' };
      await store.deliveries.claimSlot(key, at, leaseOf('mine', 30));
      await store.deliveries.claimSlot(other, at, leaseOf('theirs', 60));
      expect(await store.deliveries.nextLeaseEnd(secondsAfter(10), 'mine')).toEqual(secondsAfter(60));
      expect(await store.deliveries.nextLeaseEnd(secondsAfter(61), 'mine')).toBeUndefined();
    });
  });

  it.skipIf(!backend.available)('forgets a subscription’s deliveries when the subscription is removed', async () => {
    await store.deliveries.claimSlot(key, at, leaseOf('a'));
    await store.subscriptions.remove({ platform: 'slack', channelId: 'C0GENERAL' });
    expect(await store.deliveries.deliveriesFor(key.subscriptionId)).toEqual([]);
  });
});

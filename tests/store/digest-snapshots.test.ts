import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/chat/types.ts';
import { openDatabase } from '../../src/store/db.ts';
import type { DigestSnapshot, SnapshotStore } from '../../src/store/digest-snapshots.ts';
import { sqliteStore } from '../../src/store/store.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';
import { makeTempFolder } from './temp-db.ts';

const general: ChannelRef = { platform: 'slack', channelId: 'C0GENERAL' };
const snapshot: DigestSnapshot = {
  deliveredAt: '2025-11-25T05:30:00.000Z',
  stories: [{ headline: 'Prisoner swap', storyIds: ['a.txt#1'], bullets: ['390 people returned.'], figures: ['390'] }],
};

describe.each(BACKENDS)('snapshots on $name', (backend) => {
  let db: StoreUnderTest;
  let store: SnapshotStore;
  beforeEach(async () => {
    if (!backend.available) return;
    db = await backend.create();
    store = db.store.snapshots;
  });
  afterEach(async () => db?.remove());

  it.skipIf(!backend.available)('has nothing for a channel that was never sent a brief', async () => {
    expect(await store.lastFor(general)).toBeUndefined();
  });

  it.skipIf(!backend.available)('returns the last saved snapshot of the channel, replacing the one before', async () => {
    await store.save(general, { deliveredAt: '2025-11-24T05:30:00.000Z', stories: [] });
    await store.save(general, snapshot);
    expect(await store.lastFor(general)).toEqual(snapshot);
  });

  it.skipIf(!backend.available)('keeps each channel’s snapshot apart', async () => {
    await store.save(general, snapshot);
    expect(await store.lastFor({ platform: 'discord', channelId: 'C0GENERAL' })).toBeUndefined();
  });
});

it('treats a stored snapshot that does not parse as none, so the channel gets the whole brief', async () => {
  const folder = makeTempFolder();
  const db = openDatabase(folder.dbPath);
  db.prepare("INSERT INTO channel_digests VALUES ('slack', 'C0GENERAL', '2025-11-25T05:30:00.000Z', '[{\"headline\": 3}]')").run();
  expect(await sqliteStore(db).snapshots.lastFor(general)).toBeUndefined();
  db.close();
  folder.remove();
});

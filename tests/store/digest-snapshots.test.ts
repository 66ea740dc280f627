import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelRef } from '../../src/chat/types.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createSnapshotStore, type DigestSnapshot } from '../../src/store/digest-snapshots.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

const general: ChannelRef = { platform: 'slack', channelId: 'C0GENERAL' };
const snapshot: DigestSnapshot = {
  deliveredAt: '2025-11-25T05:30:00.000Z',
  stories: [{ headline: 'Prisoner swap', storyIds: ['a.txt#1'], bullets: ['390 people returned.'], figures: ['390'] }],
};

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

describe('SnapshotStore', () => {
  it('has nothing for a channel that was never sent a brief', () => {
    expect(createSnapshotStore(db).lastFor(general)).toBeUndefined();
  });

  it('returns the last saved snapshot of the channel, replacing the one before', () => {
    const store = createSnapshotStore(db);
    store.save(general, { deliveredAt: '2025-11-24T05:30:00.000Z', stories: [] });
    store.save(general, snapshot);
    expect(store.lastFor(general)).toEqual(snapshot);
  });

  it('keeps each channel’s snapshot apart', () => {
    const store = createSnapshotStore(db);
    store.save(general, snapshot);
    expect(store.lastFor({ platform: 'discord', channelId: 'C0GENERAL' })).toBeUndefined();
  });

  it('treats a snapshot that does not parse as none, so the channel gets the whole brief', () => {
    db.prepare("INSERT INTO channel_digests VALUES ('slack', 'C0GENERAL', '2025-11-25T05:30:00.000Z', '[{\"headline\": 3}]')").run();
    expect(createSnapshotStore(db).lastFor(general)).toBeUndefined();
  });
});

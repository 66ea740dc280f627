// What each channel was last shown in a scheduled brief, so the next one can lead with what is new.
import type { ChannelRef } from '../chat/types.ts';
import type { Database } from './db.ts';

export interface SnapshotStory {
  headline: string;
  storyIds: string[];
  bullets: string[];
  /** The figures the bullets state, normalised ("1,000" → "1000"). */
  figures: string[];
}

export interface DigestSnapshot {
  /** When the brief was posted, ISO 8601. */
  deliveredAt: string;
  stories: SnapshotStory[];
}

export interface SnapshotStore {
  lastFor(channel: ChannelRef): Promise<DigestSnapshot | undefined>;
  save(channel: ChannelRef, snapshot: DigestSnapshot): Promise<void>;
}

export function createSnapshotStore(db: Database): SnapshotStore {
  const read = db.prepare<[string, string], { delivered_at: string; snapshot: string }>(
    'SELECT delivered_at, snapshot FROM channel_digests WHERE platform = ? AND channel_id = ?',
  );
  const write = db.prepare<[string, string, string, string]>(
    `INSERT INTO channel_digests (platform, channel_id, delivered_at, snapshot) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, channel_id) DO UPDATE SET delivered_at = excluded.delivered_at, snapshot = excluded.snapshot`,
  );
  return {
    async lastFor(channel) {
      const row = read.get(channel.platform, channel.channelId);
      return row ? toSnapshot(row.delivered_at, parseJson(row.snapshot)) : undefined;
    },
    async save(channel, snapshot) {
      write.run(channel.platform, channel.channelId, snapshot.deliveredAt, JSON.stringify(snapshot.stories));
    },
  };
}

/** A snapshot whose stories do not have the expected shape counts as none: the channel gets the whole brief once more. */
export function toSnapshot(deliveredAt: string, stories: unknown): DigestSnapshot | undefined {
  return Array.isArray(stories) && stories.every(isSnapshotStory) ? { deliveredAt, stories } : undefined;
}

function parseJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function isSnapshotStory(value: unknown): value is SnapshotStory {
  if (typeof value !== 'object' || value === null) return false;
  const story = value as Record<string, unknown>;
  const isStrings = (field: unknown): boolean => Array.isArray(field) && field.every((item) => typeof item === 'string');
  return typeof story.headline === 'string' && isStrings(story.storyIds) && isStrings(story.bullets) && isStrings(story.figures);
}

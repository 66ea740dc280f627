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
  lastFor(channel: ChannelRef): DigestSnapshot | undefined;
  save(channel: ChannelRef, snapshot: DigestSnapshot): void;
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
    lastFor(channel) {
      const row = read.get(channel.platform, channel.channelId);
      if (!row) return undefined;
      const stories = parseStories(row.snapshot);
      return stories ? { deliveredAt: row.delivered_at, stories } : undefined;
    },
    save(channel, snapshot) {
      write.run(channel.platform, channel.channelId, snapshot.deliveredAt, JSON.stringify(snapshot.stories));
    },
  };
}

/** A snapshot that does not parse counts as none: the channel gets the whole brief once more. */
function parseStories(json: string): SnapshotStory[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || !value.every(isSnapshotStory)) return undefined;
  return value;
}

function isSnapshotStory(value: unknown): value is SnapshotStory {
  if (typeof value !== 'object' || value === null) return false;
  const story = value as Record<string, unknown>;
  const isStrings = (field: unknown): boolean => Array.isArray(field) && field.every((item) => typeof item === 'string');
  return typeof story.headline === 'string' && isStrings(story.storyIds) && isStrings(story.bullets) && isStrings(story.figures);
}

// A briefing over the persistent story index in BRIEFING_DB, kept in step with the story folder and, when
// given, with the stored feed stories (applied after the folder on every update).
import { createBriefing, type Briefing } from '../core/briefing.ts';
import { syncStoryFolder, type StoryReader, type SyncProgress } from '../core/library.ts';
import type { Engine } from '../core/types.ts';
import { withSyncMemoryMap, type Database } from './db.ts';
import { syncFeedStories, type FeedStorySource, type FeedSyncReport } from './feed-story-sync.ts';
import { openStoryIndex } from './story-index.ts';

export interface IndexedBriefingOptions {
  db: Database;
  seedsDir: string;
  engine: Engine;
  now: () => Date;
  retentionDays: number;
  /** The stored feed stories, answered from beside the story files. */
  feedStories?: FeedStorySource;
  /** Told how far each update has got (the briefing itself keeps the first build's progress). */
  onProgress?: (progress: SyncProgress) => void;
  /** Reads story files on another thread during a large build. */
  openReader?: () => StoryReader | undefined;
}

export interface IndexedBriefing {
  briefing: Briefing;
  /** Why the stored index was thrown away and is being rebuilt from the story files, if it was. */
  resetReason: string | undefined;
  /** Apply the feed stories' changes the index has not seen yet (new, replaced, removed); one at a time. */
  syncFeeds(): Promise<FeedSyncReport>;
}

export function createIndexedBriefing({ db, seedsDir, engine, now, retentionDays, feedStories, onProgress, openReader }: IndexedBriefingOptions): IndexedBriefing {
  const index = openStoryIndex(db);
  let feedSync: Promise<FeedSyncReport> | undefined;
  const syncFeeds = (): Promise<FeedSyncReport> => {
    if (!feedStories) return Promise.resolve({ stored: 0, removed: 0, warnings: [] });
    const run = (): Promise<FeedSyncReport> => syncFeedStories(index, feedStories, { now: now(), retentionDays });
    const next = (feedSync ?? Promise.resolve()).then(run, run);
    feedSync = next;
    return next;
  };
  const briefing = createBriefing({
    library: index.library,
    engine,
    now,
    update: async (keep) => {
      const report = await withSyncMemoryMap(db, () =>
        syncStoryFolder(seedsDir, index, {
          now: now(),
          retentionDays,
          openReader,
          onProgress(progress) {
            keep(progress);
            onProgress?.(progress);
          },
        }),
      );
      const feeds = await syncFeeds();
      report.warnings.push(...feeds.warnings);
      return report;
    },
    isBuilt: () => index.isBuilt(),
  });
  return { briefing, resetReason: index.resetReason, syncFeeds };
}

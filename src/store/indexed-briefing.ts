// A briefing over the persistent story index in BRIEFING_DB, kept in step with the story folder.
import { createBriefing, type Briefing } from '../core/briefing.ts';
import { syncStoryFolder, type StoryReader, type SyncProgress } from '../core/library.ts';
import type { Engine } from '../core/types.ts';
import type { Database } from './db.ts';
import { openStoryIndex } from './story-index.ts';

export interface IndexedBriefingOptions {
  db: Database;
  seedsDir: string;
  engine: Engine;
  now: () => Date;
  retentionDays: number;
  /** Told how far each update has got (the briefing itself keeps the first build's progress). */
  onProgress?: (progress: SyncProgress) => void;
  /** Reads story files on another thread during a large build. */
  openReader?: () => StoryReader | undefined;
}

export interface IndexedBriefing {
  briefing: Briefing;
  /** Why the stored index was thrown away and is being rebuilt from the story files, if it was. */
  resetReason: string | undefined;
}

export function createIndexedBriefing({ db, seedsDir, engine, now, retentionDays, onProgress, openReader }: IndexedBriefingOptions): IndexedBriefing {
  const index = openStoryIndex(db);
  const briefing = createBriefing({
    library: index.library,
    engine,
    now,
    update: (keep) =>
      syncStoryFolder(seedsDir, index, {
        now: now(),
        retentionDays,
        openReader,
        onProgress(progress) {
          keep(progress);
          onProgress?.(progress);
        },
      }),
    isBuilt: () => index.isBuilt(),
  });
  return { briefing, resetReason: index.resetReason };
}

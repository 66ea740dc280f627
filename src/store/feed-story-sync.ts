// The story index is a derived cache of the stored feed stories: each change to a feed story has a
// sequence number, and an index applies, in order, the changes after the last one it applied (kept in the
// index itself, so a rebuilt index starts again from 0 and takes every story back). This is also how an
// index in one process learns of items another process fetched into the shared database.
import { putStoryItem } from '../core/library.ts';
import type { FeedStoryChange, StoredStory } from './feeds.ts';
import type { OpenedStoryIndex } from './story-index.ts';

/** Changes applied per transaction. */
const BATCH_CHANGES = 200;
const STREAM = 'feed_stories';

export interface FeedStorySource {
  storyChanges(afterSeq: number, limit: number): FeedStoryChange[] | Promise<FeedStoryChange[]>;
}

export interface FeedSyncReport {
  stored: number;
  removed: number;
  /** Items whose text held no news sentences, each naming the item. */
  warnings: string[];
}

export interface FeedSyncOptions {
  now: Date;
  retentionDays?: number;
}

/** Bring the index up to date with the feed stories; safe to call at any time, and cheap when nothing changed. */
export async function syncFeedStories(index: OpenedStoryIndex, source: FeedStorySource, options: FeedSyncOptions): Promise<FeedSyncReport> {
  const report: FeedSyncReport = { stored: 0, removed: 0, warnings: [] };
  for (;;) {
    const after = index.appliedUpTo(STREAM);
    const changes = await source.storyChanges(after, BATCH_CHANGES);
    if (changes.length === 0) return report;
    index.batch(() => {
      // Another sync of the same index (a second process on the same SQLite file) may have got here first.
      if (index.appliedUpTo(STREAM) !== after) return;
      for (const change of changes) apply(index, change, options, report);
      index.setAppliedUpTo(STREAM, changes.at(-1)!.seq);
    });
    if (changes.length < BATCH_CHANGES) return report;
  }
}

function apply(index: OpenedStoryIndex, change: FeedStoryChange, options: FeedSyncOptions, report: FeedSyncReport): void {
  const key = indexKeyOf(change.key);
  if (!change.story) {
    if (index.remove(key)) report.removed++;
    return;
  }
  const result = putStoryItem(index, itemOf(key, change.story), options);
  if (result.kind === 'stored') report.stored++;
  if (result.kind === 'skipped') report.warnings.push(result.warning);
}

/** The story's key in the index: feed stories apart from story files (whose keys are file names). */
export function indexKeyOf(storyKey: string): string {
  return `feed:${storyKey}`;
}

function itemOf(key: string, story: StoredStory) {
  return {
    key,
    text: story.paragraphs.join('\n\n'),
    title: story.title,
    outlet: story.outlet,
    ...(story.date ? { date: story.date } : {}),
    ...(story.url ? { url: story.url } : {}),
  };
}

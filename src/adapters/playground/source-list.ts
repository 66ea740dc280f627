// GET /api/sources: every story with its sentences, so the page can open the one a citation quotes and
// mark the exact sentence (citations carry its id). Text stays raw here; the page sets it as text.
import { sourceInfo, type Briefing, type SourceInfo } from '../../core/briefing.ts';
import type { FeedDirectory } from '../../feeds/feed-directory.ts';

/** SourceInfo with the sentences themselves instead of their count. */
export interface SourceStory extends Omit<SourceInfo, 'sentences'> {
  byline: string;
  sentences: Array<{ id: string; text: string }>;
}

/** The first page of stories, and how many there are in all (the library may hold 100,000). */
export function listSourceStories(briefing: Briefing): { stories: SourceStory[]; total: number } {
  const library = briefing.library();
  const stories = briefing.sources().map((info) => {
    const story = library.storyById(info.storyId);
    return {
      ...info,
      byline: story?.byline ?? '',
      sentences: story?.sentences.map((s) => ({ id: s.id, text: s.text })) ?? [],
    };
  });
  return { stories, total: library.size().stories };
}

/** One story, for a citation that quotes a story past the first page; undefined when it is gone. */
export function findSourceStory(briefing: Briefing, storyId: string): SourceStory | undefined {
  const library = briefing.library();
  const story = library.storyById(storyId);
  if (!story) return undefined;
  return { ...sourceInfo(library, story), byline: story.byline, sentences: story.sentences.map((s) => ({ id: s.id, text: s.text })) };
}

/** How one feed is doing, for the sources panel: the same facts /brief feeds gives. */
export interface FeedHealth {
  url: string;
  title: string | null;
  isConfigured: boolean;
  ok: boolean | null;
  lastFetchAt: string | null;
  itemCount: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

export async function listFeedHealth(feeds: FeedDirectory | undefined): Promise<FeedHealth[]> {
  return ((await feeds?.list()) ?? []).map(({ url, isConfigured, state }) => ({
    url,
    title: state?.title ?? null,
    isConfigured,
    ok: state?.lastFetchAt ? !state.lastError : null,
    lastFetchAt: state?.lastFetchAt ?? null,
    itemCount: state?.itemCount ?? 0,
    lastError: state?.lastError ?? null,
    nextAttemptAt: state?.lastError ? (state.nextAttemptAt ?? null) : null,
  }));
}

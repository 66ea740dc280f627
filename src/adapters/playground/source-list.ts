// GET /api/sources: every story with its sentences, so the page can open the one a citation quotes and
// mark the exact sentence (citations carry its id). Text stays raw here; the page sets it as text.
import type { Briefing, SourceInfo } from '../../core/briefing.ts';

/** SourceInfo with the sentences themselves instead of their count. */
export interface SourceStory extends Omit<SourceInfo, 'sentences'> {
  byline: string;
  sentences: Array<{ id: string; text: string }>;
}

export function listSourceStories(briefing: Briefing): SourceStory[] {
  const library = briefing.library();
  return briefing.sources().map((info) => {
    const story = library.storyById(info.storyId);
    return {
      ...info,
      byline: story?.byline ?? '',
      sentences: story?.sentences.map((s) => ({ id: s.id, text: s.text })) ?? [],
    };
  });
}

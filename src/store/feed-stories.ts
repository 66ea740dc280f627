// The one seam between stored feed items and the briefing: the stories the library is built from, next to
// the story files. When the persistent story index lands, this is the function to point at it.
import { createHash } from 'node:crypto';
import { storyFromParts } from '../core/stories.ts';
import type { Story } from '../core/types.ts';
import type { FeedStore, StoredStory } from './feeds.ts';

export function loadFeedStories(store: FeedStore): Story[] {
  return store.stories().flatMap((stored) => {
    const story = storyFromParts({ ...stored, id: `feed-${shortHash(stored.key)}#1`, file: displayName(stored) });
    return story ? [story] : [];
  });
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** What stands where a story file's name would: host and path of the link, short enough for a listing. */
function displayName(story: StoredStory): string {
  try {
    const url = new URL(story.url ?? story.key);
    const name = `${url.host}${url.pathname === '/' ? '' : url.pathname}`;
    return name.length > 80 ? `${name.slice(0, 79)}…` : name;
  } catch {
    return story.key.slice(0, 80);
  }
}

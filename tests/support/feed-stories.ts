// The feed stories a store holds now (each key's latest change, removals left out), for tests.
import type { FeedStore, StoredStory } from '../../src/store/feeds.ts';

export async function storedStories(store: Pick<FeedStore, 'storyChanges'>): Promise<StoredStory[]> {
  return (await store.storyChanges(0, 1_000_000)).flatMap((change) => (change.story ? [change.story] : []));
}

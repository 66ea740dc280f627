// A real Briefing over small inline story files that a test can change between days, with an engine that
// makes one digest story per story file (its title and first sentence), so a test knows what each brief says.
import { createBriefing, type Briefing } from '../../src/core/briefing.ts';
import { putStoryItem } from '../../src/core/library.ts';
import { openDatabase } from '../../src/store/db.ts';
import { openStoryIndex } from '../../src/store/story-index.ts';
import type { Citation, DigestStory, Engine } from '../../src/core/types.ts';

export const SWAP = `Russia and Ukraine swap 390 prisoners

Ukrainian President Volodymyr Zelenskyy said that 390 people had returned from captivity in Russia. The exchanges are expected to continue on Saturday.
`;

export const SWAP_LATER = `Russia and Ukraine swap 390 prisoners

Ukrainian President Volodymyr Zelenskyy said that 1,000 people had returned from captivity in Russia. The exchanges are expected to continue on Saturday.
`;

export const GRAIN = `Grain ships leave Odesa

Three ships carrying 2.5 million tonnes of grain left Odesa on Monday. More are due this week.
`;

const firstSentenceEngine: Engine = {
  name: 'offline',
  answer: async (question) => ({ kind: 'abstained', question, text: 'Not needed here.', citations: [], engine: 'offline', independentSources: 0, hasConflict: false }),
  async digest(library, { now }) {
    const citations: Citation[] = library.recentStories().map((story, i) => ({
      n: i + 1,
      file: story.file,
      storyId: story.id,
      title: story.title,
      outlet: 'Test Wire',
      date: story.date,
      quote: story.sentences[0]!.text,
      sentenceId: story.sentences[0]!.id,
    }));
    const stories: DigestStory[] = library.recentStories().map((story, i) => ({
      headline: story.title,
      storyIds: [story.id],
      bullets: [{ text: story.sentences[0]!.text, marks: [i + 1] }],
      disagreements: [],
      independentSources: 1,
    }));
    const text = stories.map((s) => `${s.headline}\n• ${s.bullets[0]!.text} [${s.bullets[0]!.marks[0]}]`).join('\n\n');
    return { text, stories, citations, engine: 'offline', generatedAt: now.toISOString() };
  },
};

export interface Newsroom {
  briefing: Briefing;
  /** Replace the story files; the next reload (each scheduled run does one) reads them. */
  publish(files: Record<string, string>): void;
}

export function createNewsroom(files: Record<string, string>): Newsroom {
  let current = files;
  const now = (): Date => new Date('2025-11-25T05:30:00Z');
  const index = openStoryIndex(openDatabase(':memory:'));
  // The stories go in as items through the ingestion API, as feed items do.
  const update = async () => {
    index.batch(() => {
      for (const key of index.sources('item').keys()) if (!(key in current)) index.remove(key);
      for (const [key, text] of Object.entries(current)) putStoryItem(index, { key, text }, { now: now() });
    });
    return { added: 0, changed: 0, removed: 0, touched: 0, unchanged: 0, expired: 0, warnings: [] };
  };
  void update();
  return {
    briefing: createBriefing({ library: index.library, update, engine: firstSentenceEngine, now }),
    publish(next) {
      current = next;
    },
  };
}

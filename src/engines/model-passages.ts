// Which story sentences go into a prompt, and how they are fenced. Only the best few ever go: the whole
// library would cost tokens on every question and give a planted sentence more chances.
import type { Library, Sentence, Story } from '../core/types.ts';
import { isInstructionLike } from '../core/instruction-guard.ts';
import { neutraliseFences } from './model-guard.ts';

/** Sentences retrieved for a question (before neighbours are added). */
const ANSWER_SENTENCES = 12;
/** The best hits also bring the sentence before them: it often says who "he" is or which swap "it" was. */
const HITS_WITH_NEIGHBOURS = 4;
/** Opening sentences of each story offered for a digest (news puts the facts first). */
const DIGEST_LEAD_SENTENCES = 4;
const DIGEST_MAX_STORIES = 8;

interface Passage {
  story: Story;
  /** In story order. */
  sentences: Sentence[];
}

/** The top sentences for a question, grouped into one passage per story, best story first. */
export function selectAnswerPassages(library: Library, question: string): Passage[] {
  const hits = library
    .search(question, ANSWER_SENTENCES * 2)
    .map((hit) => hit.sentence)
    .filter((sentence) => !isInstructionLike(sentence.text))
    .slice(0, ANSWER_SENTENCES);
  const chosen: Sentence[] = [];
  hits.forEach((hit, rank) => {
    const before = library.storyById(hit.storyId)?.sentences[hit.index - 1];
    if (rank < HITS_WITH_NEIGHBOURS && before && !isInstructionLike(before.text)) chosen.push(before);
    chosen.push(hit);
  });
  return groupByStory(library, chosen);
}

/** The opening sentences of each group of duplicate stories (one cut each), in library order. */
export function selectDigestPassages(library: Library): Passage[] {
  const firstOfGroup = new Map<string, Story>();
  for (const story of library.recentStories()) if (!firstOfGroup.has(library.groupOf(story.id))) firstOfGroup.set(library.groupOf(story.id), story);
  const leads = [...firstOfGroup.values()].slice(0, DIGEST_MAX_STORIES).flatMap((story) => {
    return story.sentences.filter((s) => !isInstructionLike(s.text)).slice(0, DIGEST_LEAD_SENTENCES);
  });
  return groupByStory(library, leads);
}

function groupByStory(library: Library, sentences: Sentence[]): Passage[] {
  const byStory = new Map<string, Map<string, Sentence>>();
  for (const sentence of sentences) {
    let chosen = byStory.get(sentence.storyId);
    if (!chosen) byStory.set(sentence.storyId, (chosen = new Map()));
    chosen.set(sentence.id, sentence);
  }
  return [...byStory].flatMap(([storyId, chosen]) => {
    const story = library.storyById(storyId);
    if (!story) return [];
    return [{ story, sentences: [...chosen.values()].sort((a, b) => a.index - b.index) }];
  });
}

/** Numbered `<passage>` blocks, one sentence a line; nothing inside can close a fence. */
export function renderPassages(passages: Passage[]): string {
  return passages
    .map(({ story, sentences }, i) => {
      const attributes = [`id="${i + 1}"`, `outlet="${attribute(story.outlet || 'unnamed')}"`];
      if (story.date) attributes.push(`date="${attribute(story.date)}"`);
      const lines = sentences.map((s) => neutraliseFences(s.text.replace(/\s+/g, ' ')));
      return [`<passage ${attributes.join(' ')}>`, ...lines, '</passage>'].join('\n');
    })
    .join('\n\n');
}

function attribute(value: string): string {
  return neutraliseFences(value).replace(/["\n\r]/g, "'");
}

export function countSentences(passages: Passage[]): number {
  return passages.reduce((sum, p) => sum + p.sentences.length, 0);
}

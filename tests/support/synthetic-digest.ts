// A digest far longer than one Discord message: many stories, long bullets, a disagreement in each.
import type { Citation, Digest, DigestStory } from '../../src/core/types.ts';

export interface SyntheticDigestShape {
  stories: number;
  bulletsPerStory: number;
  /** Characters of each bullet's text. */
  bulletLength: number;
}

export function syntheticDigest({ stories, bulletsPerStory, bulletLength }: SyntheticDigestShape): Digest {
  const citations: Citation[] = [];
  const cite = (story: number, bullet: number): number => {
    const n = citations.length + 1;
    citations.push({
      n,
      file: `story-${story}.txt`,
      storyId: `story-${story}.txt#1`,
      title: `Story ${story} headline as the outlet wrote it, long enough to matter when sixty of them are listed`,
      outlet: `Outlet ${bullet}`,
      date: '2025-05-24',
      quote: `Quoted sentence ${n} of story ${story}.`,
      sentenceId: `story-${story}.txt#1:${bullet}`,
    });
    return n;
  };
  const text = (label: string): string => `${label} ${'word '.repeat(bulletLength)}`.slice(0, bulletLength).trim() + '.';
  const list: DigestStory[] = Array.from({ length: stories }, (_, s) => ({
    headline: `Headline ${s + 1}: ${'a long headline that keeps going '.repeat(3)}`.trim(),
    storyIds: [`story-${s + 1}.txt#1`],
    bullets: Array.from({ length: bulletsPerStory }, (_, b) => ({ text: text(`Story ${s + 1} bullet ${b + 1}`), marks: [cite(s + 1, b + 1)] })),
    disagreements: [{ text: text(`Story ${s + 1}: sources disagree on the count`), marks: [cite(s + 1, 90), cite(s + 1, 91)] }],
    independentSources: 2,
  }));
  return {
    text: `Today's brief (Sat, 24 May 2025): ${stories} ${stories === 1 ? 'story' : 'stories'}\n\n(the plain-text version is not what Discord shows)`,
    stories: list,
    citations,
    engine: 'offline',
    generatedAt: '2025-05-24T07:00:00.000Z',
  };
}

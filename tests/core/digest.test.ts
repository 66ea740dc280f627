import { describe, expect, it } from 'vitest';
import { MAX_DIGEST_CHARS } from '../../src/core/digest-text.ts';
import { writeDigest } from '../../src/core/digest.ts';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import { buildLibrary } from '../support/library.ts';
import { parseStoryFile } from '../../src/core/stories.ts';
import type { Digest, Library } from '../../src/core/types.ts';
import { briefingOver, isVerbatimInSeed, loadSeedLibrary, NOW, seedBriefing, SEED } from '../support/seeds.ts';
import { syntheticStories } from '../support/synthetic-news.ts';

const library = loadSeedLibrary();
const seedDigest = (): Promise<Digest> => seedBriefing().digest();
const marksIn = (text: string): number[] => [...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function syntheticLibrary(count: number): Library {
  return buildLibrary(syntheticStories({ count, seed: 11 }).flatMap((s) => parseStoryFile(s.file, s.text)));
}

/** News texts as pasted from anywhere: no title, date, byline or outlet. */
const PLAIN_TEXTS = [
  'Heavy rain flooded the harbour town of Kestrel Bay on Monday night, forcing 45 families from their homes. Rescuers moved them to the sports hall, the mayor said. The coast road stayed closed on Tuesday as crews cleared fallen trees and mud from the lanes.\n\nForecasters expect more rain on Wednesday and warned residents near the river to keep sandbags ready.',
  'The city council of Marlow approved a new tram line on Thursday after three years of debate. The line will link the railway station with the university and the hospital. Building work is due to start next spring and should take two years, officials said.\n\nShop owners along the route asked for compensation for the months of disruption.',
  'A rare orchid has been found in a nature reserve outside Dunmere, botanists said on Friday. The plant had not been recorded in the region for more than 60 years. Volunteers will guard the site during the flowering season to keep collectors away.',
];

describe('writeDigest', () => {
  it('covers both seed stories: the prisoner swap from five reports and the Florida talks', async () => {
    const digest = await seedDigest();
    expect(digest.stories.map((s) => [...s.storyIds].sort())).toEqual([
      [`${SEED.bloomberg}#1`, `${SEED.plain}#1`, `${SEED.bloombergCut}#1`, `${SEED.wire}#1`, `${SEED.twoStories}#1`],
      [`${SEED.twoStories}#2`],
    ]);
    expect(digest.text).toContain('US, Russian officials to meet in Florida for more Ukraine talks');
  });

  it('marks every bullet with [n] marks that name citations whose quotes are verbatim in their files', async () => {
    const digest = await seedDigest();
    const citations = new Map(digest.citations.map((c) => [c.n, c]));
    const bullets = digest.stories.flatMap((s) => [...s.bullets, ...s.disagreements]);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    for (const bullet of bullets) {
      expect(bullet.marks.length).toBeGreaterThan(0);
      for (const n of bullet.marks) {
        const citation = citations.get(n)!;
        expect(isVerbatimInSeed(citation.file, citation.quote)).toBe(true);
      }
    }
  });

  it('numbers its citations 1…n and uses each of them in the text', async () => {
    const digest = await seedDigest();
    expect(digest.citations.map((c) => c.n)).toEqual(digest.citations.map((_, i) => i + 1));
    expect([...new Set(marksIn(digest.text))].sort((a, b) => a - b)).toEqual(digest.citations.map((c) => c.n));
  });

  it('says where the sources disagree, citing one source on each side', async () => {
    const digest = await seedDigest();
    const [swap] = digest.stories;
    expect(swap!.disagreements).toHaveLength(1);
    const [finished, ongoing] = swap!.disagreements[0]!.marks.map((n) => digest.citations.find((c) => c.n === n)!);
    expect(finished!.quote).toMatch(/complet/);
    expect(ongoing!.quote).toMatch(/ongoing|under ?way|continu|more due/);
    expect(library.groupOf(finished!.storyId)).not.toBe(library.groupOf(ongoing!.storyId));
    expect(digest.text).toContain('Sources disagree on whether it is finished');
  });

  it('names how many independent sources cover each story, counting duplicate groups once', async () => {
    const digest = await seedDigest();
    expect(digest.stories.map((s) => s.independentSources)).toEqual([3, 1]);
    expect(digest.text).toContain('(3 independent sources)');
    expect(digest.text).toContain('Florida for more Ukraine talks (1 independent source)');
  });

  it('says how many independent sources back the main figure', async () => {
    const digest = await seedDigest();
    expect(digest.text).toMatch(/The figure 1,000 \w+ is backed by 3 independent sources\./);
  });

  it('dates the brief by the injected clock', async () => {
    const digest = await seedDigest();
    expect(digest.text.split('\n')[0]).toBe("Today's brief (Sat, 24 May 2025): 2 stories");
    expect(digest.generatedAt).toBe(NOW.toISOString());
  });

  describe('for a library of 60 synthetic stories', () => {
    const digestOf60 = (): Promise<Digest> => briefingOver(() => syntheticLibrary(60)).digest();

    it(`fits in ${MAX_DIGEST_CHARS.toLocaleString('en-US')} characters and says stories were left out`, async () => {
      const digest = await digestOf60();
      expect(digest.text.length).toBeLessThanOrEqual(MAX_DIGEST_CHARS);
      expect(digest.text).toMatch(/\(\d+ more stories left out to fit one message; ask about them with \/ask\.\)/);
    });

    it('returns only the stories its text shows, so every bullet’s marks name a returned citation', async () => {
      const digest = await digestOf60();
      const shown = digest.text.match(/^\d+\. /gm)?.length ?? 0;
      expect(digest.stories).toHaveLength(shown);
      const cited = new Set(digest.citations.map((c) => c.n));
      const dangling = digest.stories.flatMap((s) => [...s.bullets, ...s.disagreements].flatMap((b) => b.marks)).filter((n) => !cited.has(n));
      expect(dangling).toEqual([]);
    });

    it('returns only the citations its text marks', async () => {
      const digest = await digestOf60();
      const marked = new Set(marksIn(digest.text));
      expect(digest.citations.filter((c) => !marked.has(c.n)).map((c) => c.n)).toEqual([]);
      for (const n of marked) expect(digest.citations.some((c) => c.n === n)).toBe(true);
    });
  });

  it.each([1, 5, 12, 40, 100, 300])('writes at most %i words for --max-words over the seeds', async (maxWords) => {
    const digest = await seedBriefing().digest({ maxWords });
    expect(wordCount(digest.text)).toBeLessThanOrEqual(maxWords);
    expect(wordCount(digest.text)).toBeGreaterThan(0);
  });

  it.each([1, 7, 30, 80])('writes at most %i words for --max-words over plain texts with no headers', async (maxWords) => {
    const stories = PLAIN_TEXTS.flatMap((text, i) => parseStoryFile(`plain-${i}.txt`, text));
    const digest = await briefingOver(() => buildLibrary(stories)).digest({ maxWords });
    expect(wordCount(digest.text)).toBeLessThanOrEqual(maxWords);
    expect(wordCount(digest.text)).toBeGreaterThan(0);
  });

  it('covers every plain text when the word budget allows a sentence of each', async () => {
    const stories = PLAIN_TEXTS.flatMap((text, i) => parseStoryFile(`plain-${i}.txt`, text));
    const digest = await briefingOver(() => buildLibrary(stories)).digest({ maxWords: 120 });
    expect(digest.text).toMatch(/Kestrel Bay/);
    expect(digest.text).toMatch(/tram/);
    expect(digest.text).toMatch(/orchid/);
  });

  it('writes a summary that is whole sentences from the stories, without marks or citations', async () => {
    const digest = await seedBriefing().digest({ maxWords: 100 });
    expect(digest.citations).toEqual([]);
    expect(marksIn(digest.text)).toEqual([]);
    expect(digest.text).toMatch(/[.!?”"]$/);
  });

  it('writes an empty brief for an empty library without throwing', async () => {
    const digest = await briefingOver(() => buildLibrary([])).digest();
    expect(digest.stories).toEqual([]);
    expect(digest.citations).toEqual([]);
    expect(digest.text.split('\n')[0]).toBe("Today's brief (Sat, 24 May 2025): 0 stories");
  });
});

describe('writeDigest on a developing story', () => {
  const reports = buildLibrary(
    [
      ['tuesday.txt', 'Rescuers race to reach 18 trapped miners at Makhonjwa\n12 March 2025\n\nRescue teams at the Makhonjwa gold mine near Barberton worked through the night to reach 18 miners trapped underground after a rockfall on Tuesday, the mine owner said.\n\nFive miners were brought to the surface of the Makhonjwa gold mine overnight with minor injuries after the rockfall.'],
      ['monday.txt', 'Mine rescue ends: 22 saved, two dead\nUpdated 17 March 2025\n\nThe search at the Makhonjwa gold mine near Barberton ended on Sunday after rescuers brought the last three trapped miners out alive, bringing the number rescued to 22, the mine owner said.\n\nThe bodies of two miners trapped by the rockfall at the Makhonjwa gold mine were recovered on Sunday.'],
    ].flatMap(([name, text]) => parseStoryBytes(name!, new TextEncoder().encode(text)).stories),
  );

  it('leads with the newest report’s figure, dated, under the newest headline', () => {
    const digest = writeDigest(reports, { now: new Date('2025-03-18T07:00:00Z') });
    const story = digest.stories[0]!;
    expect(story.headline).toBe('Mine rescue ends: 22 saved, two dead');
    expect(story.bullets[0]!.text).toMatch(/^Latest, 17 Mar 2025: .*\b22\b/);
    expect(digest.citations.find((c) => c.n === story.bullets[0]!.marks[0])).toMatchObject({ file: 'monday.txt', date: '2025-03-17' });
  });
});

describe('a digest of reports dated only by yearless datelines', () => {
  it('is written from them, not thrown away on a date with no year ("DHAKA, July 16 (Reuters)")', async () => {
    const reports = [
      ['toll.txt', 'Ferry toll rises\n\nDHAKA, July 16 (Reuters) - The number of bodies recovered from a capsized ferry rose to 74 on Thursday, officials said.\n'],
      ['owner.txt', 'Ferry owner held\n\nDHAKA, July 17 (AFP) - Police arrested the owner of the ferry as the death toll rose to 103 on Friday.\n'],
    ] as const;
    const wire = buildLibrary(reports.flatMap(([name, text]) => parseStoryBytes(name, new TextEncoder().encode(text)).stories));
    const digest = await writeDigest(wire, { now: new Date('2026-12-04T08:00:00Z') });
    expect(digest.text).toMatch(/103/);
  });
});

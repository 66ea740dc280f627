import { describe, expect, it } from 'vitest';
import { allStories } from '../support/library.ts';
import { containment, groupDuplicates, shingles } from '../../src/core/duplicates.ts';
import { parseStoryFile } from '../../src/core/stories.ts';
import type { DuplicateGroup, Story } from '../../src/core/types.ts';
import { loadSeedLibrary, readSeed, SEED } from '../support/seeds.ts';

const UNRELATED =
  'Heavy rain flooded the harbour town of Kestrel Bay on Monday night.\n\nRescuers moved 45 families to the sports hall, the mayor said, and the coast road stayed closed.\n\nForecasters expect more rain on Wednesday.\n';

const seedStories = (): Story[] => allStories(loadSeedLibrary());
const groupHolding = (groups: DuplicateGroup[], storyId: string): string[] => groups.find((g) => g.storyIds.includes(storyId))?.storyIds ?? [];

describe('groupDuplicates', () => {
  const groups = groupDuplicates([...seedStories(), ...parseStoryFile('unrelated.txt', UNRELATED)]);

  it.each([
    ['the Bloomberg story and its shorter cut', `${SEED.bloomberg}#1`, [`${SEED.bloomberg}#1`, `${SEED.bloombergCut}#1`]],
    ['the wire story and the first story of the two-story file', `${SEED.wire}#1`, [`${SEED.wire}#1`, `${SEED.twoStories}#1`]],
    ['the Florida talks story with nothing', `${SEED.twoStories}#2`, [`${SEED.twoStories}#2`]],
    ['the separately written swap story with nothing', `${SEED.plain}#1`, [`${SEED.plain}#1`]],
    ['an unrelated inline story with nothing', 'unrelated.txt#1', ['unrelated.txt#1']],
  ])('groups %s', (_case, storyId, expected) => {
    expect(groupHolding(groups, storyId)).toEqual(expected);
  });

  it('puts every story in exactly one group, named after its first story', () => {
    const ids = groups.flatMap((g) => g.storyIds);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(7);
    for (const group of groups) expect(group.id).toBe(group.storyIds[0]);
  });

  it('groups a short cut of a story with the whole story', () => {
    const full = seedStories()[0]!;
    const cut = parseStoryFile('cut.txt', full.body.split('\n\n').slice(0, 3).join('\n\n'));
    expect(groupDuplicates([full, ...cut]).map((g) => g.storyIds)).toEqual([[full.id, 'cut.txt#1']]);
  });

  it('groups duplicates transitively: A like B and B like C make one group', () => {
    const paragraphs = readSeed(SEED.bloomberg).split('\n\n').slice(1, 9);
    const a = parseStoryFile('a.txt', paragraphs.slice(0, 4).join('\n\n'));
    const b = parseStoryFile('b.txt', paragraphs.slice(2, 6).join('\n\n'));
    const c = parseStoryFile('c.txt', paragraphs.slice(4, 8).join('\n\n'));
    expect(groupDuplicates([...a, ...b, ...c]).map((g) => g.storyIds)).toEqual([['a.txt#1', 'b.txt#1', 'c.txt#1']]);
  });

  it('returns no groups for no stories', () => {
    expect(groupDuplicates([])).toEqual([]);
  });
});

describe('shingles', () => {
  it('counts letters and digits beyond ASCII as word characters and everything else as a break', () => {
    expect(shingles('Zürich — Gdańsk, 3½ miles; “İstanbul” ǅemal')).toEqual(shingles('zürich gdańsk 3½ miles i̇stanbul ǆemal'));
    expect(shingles('a b c d e').size).toBe(1);
    expect(shingles('a b c d').size).toBe(0);
  });
});

describe('containment', () => {
  it('reads "U.S." and "US" as the same word', () => {
    expect(containment(shingles('the U.S. president was withdrawing from a mediating role'), shingles('the US president was withdrawing from a mediating role'))).toBe(1);
  });

  it('is the share of the smaller set found in the larger one', () => {
    const small = shingles('one two three four five six');
    const large = shingles('one two three four five six seven eight nine');
    expect([small.size, containment(small, large), containment(large, small)]).toEqual([2, 1, 1]);
  });

  it('is 0 when a text is shorter than one shingle', () => {
    expect(containment(shingles('too short'), shingles('too short to matter at all here'))).toBe(0);
  });
});

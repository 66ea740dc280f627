import { describe, expect, it } from 'vitest';
import { citeSentences, findQuote, outletName } from '../../src/core/citations.ts';
import { loadSeedLibrary, SEED } from '../support/seeds.ts';

const library = loadSeedLibrary();
const sentence = (storyId: string, index: number) => library.storyById(storyId)!.sentences[index]!;

describe('citeSentences', () => {
  it('numbers citations in order of first use, once per sentence, with the story’s file, title and outlet', () => {
    const a = sentence(`${SEED.bloomberg}#1`, 5);
    const b = sentence(`${SEED.twoStories}#2`, 4);
    expect(citeSentences(library, [a, b, a])).toEqual([
      { n: 1, file: SEED.bloomberg, storyId: `${SEED.bloomberg}#1`, title: library.storyById(`${SEED.bloomberg}#1`)!.title, outlet: 'Bloomberg News', date: '2025-05-23', quote: a.text, sentenceId: a.id },
      { n: 2, file: SEED.twoStories, storyId: `${SEED.twoStories}#2`, title: 'US, Russian officials to meet in Florida for more Ukraine talks', outlet: `unnamed outlet (${SEED.twoStories})`, date: '', quote: b.text, sentenceId: b.id },
    ]);
  });

  it('starts numbering at `first`', () => {
    expect(citeSentences(library, [sentence(`${SEED.wire}#1`, 3)], 4).map((c) => c.n)).toEqual([4]);
  });

  it('skips a sentence whose story is not in the library', () => {
    expect(citeSentences(library, [{ id: 'gone.txt#1:0', storyId: 'gone.txt#1', index: 0, text: 'Gone.' }])).toEqual([]);
  });
});

describe('findQuote', () => {
  it.each([
    ['the exact sentence', 'Previous prisoner swaps have been mediated by the United Arab Emirates.'],
    ['straight quotes for curly ones', '"Effectively, it is the only significant outcome of the meeting in Turkey," Zelenskiy said on Telegram.'],
    ['extra whitespace and a line break', 'Previous  prisoner swaps have been\nmediated by the United Arab Emirates.'],
    ['a hyphen for a dash', 'instead sending a low-level delegation - a move that was criticized by Ukraine and European allies'],
    ['a substantial part of a sentence', 'had transferred 270 Ukrainian soldiers and 120 civilians to officials in Ukraine'],
  ])('finds %s and returns the story’s own sentence', (_case, quote) => {
    const found = findQuote(library, quote);
    expect(found).toBeDefined();
    expect(library.storyById(found!.storyId)!.sentences[found!.index]).toBe(found);
  });

  it.each([
    ['a sentence no story holds', 'Russia and Ukraine signed a peace treaty in Geneva on Sunday.'],
    ['a few common words', 'the war'],
    ['an empty quote', ''],
    ['a short fragment of a long sentence', 'on Friday, adding'],
  ])('finds nothing for %s', (_case, quote) => {
    expect(findQuote(library, quote)).toBeUndefined();
  });
});

describe('outletName', () => {
  it.each([
    [{ outlet: 'Reuters', file: 'a.txt' }, 'Reuters'],
    [{ outlet: '', file: 'a.txt' }, 'unnamed outlet (a.txt)'],
  ])('names %j as %s', (story, name) => {
    expect(outletName(story)).toBe(name);
  });
});

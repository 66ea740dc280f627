import { describe, expect, it } from 'vitest';
import type { Library, Sentence } from '../../src/core/types.ts';
import { buildLibrary } from '../support/library.ts';
import { loadSeedLibrary } from '../support/seeds.ts';

function sentencesOf(...texts: string[]): Sentence[] {
  return texts.map((text, index) => ({ id: `s.txt#1:${index}`, storyId: 's.txt#1', index, text }));
}

/** One story holding these sentences, on the production index. */
function libraryOf(...texts: string[]): Library {
  return buildLibrary([{ id: 's.txt#1', file: 's.txt', index: 1, title: 'Test', outlet: '', date: '', byline: '', body: texts.join('\n\n'), sentences: sentencesOf(...texts) }]);
}

const topTexts = (texts: string[], query: string, limit = 10): string[] =>
  libraryOf(...texts)
    .search(query, limit)
    .map((hit) => hit.sentence.text);

describe('Library.search on the story index', () => {
  it.each([
    ['"POWs" finds "prisoners of war"', 'POWs', 'More released prisoners of war are expected to arrive on Saturday.'],
    ['"prisoners of war" finds "POWs"', 'prisoners of war', 'Data came from the Coordination Headquarters for the Treatment of POWs.'],
    ['"Kyiv" finds "Ukraine"', 'Kyiv', 'Ukraine says it is ready for a ceasefire.'],
    ['"Ukraine" finds "Kyiv"', 'Ukraine', 'Kyiv remains sceptical of the offer.'],
    ['"Moscow" finds "Kremlin"', 'Moscow', 'The Kremlin confirmed the list.'],
    ['"two" finds "2"', 'two missiles', 'Russia fired 2 missiles at the port.'],
    ['"2" finds "two"', '2 missiles', 'Russia fired two missiles at the port.'],
    ['"a thousand" finds "1,000"', 'a thousand prisoners', 'The sides agreed to swap 1,000 prisoners.'],
    ['"1000" finds "1,000"', '1000', 'The sides agreed to swap 1,000 prisoners.'],
    ['"swap" finds "exchange"', 'swap', 'The exchange is planned to continue.'],
    ['"freed" finds "released"', 'freed', 'Both sides released 270 soldiers.'],
    ['"exchanging" finds "exchanged" by its stem', 'exchanging', 'Bodies were exchanged last week.'],
    ['"ceasefire" finds "cease-fire"', 'ceasefire', 'A cease-fire was rejected.'],
    ['"came home" finds "returned"', 'came home', '390 people had returned from captivity.'],
  ])('%s', (_case, query, expected) => {
    const texts = [expected, 'The weather in the capital was mild and dry.', 'Markets opened higher on Tuesday morning.'];
    expect(topTexts(texts, query)).toEqual([expected]);
  });

  it('ranks a sentence holding more of the rare query words first', () => {
    const texts = ['Russia struck Odesa with two missiles.', 'Russia said talks would continue.', 'Odesa port was hit.'];
    expect(topTexts(texts, 'missiles Odesa Russia')[0]).toBe('Russia struck Odesa with two missiles.');
  });

  it('returns at most `limit` hits, best first', () => {
    const hits = libraryOf('talks one', 'talks talks two', 'talks three', 'talks four').search('talks', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  it.each([
    ['a word no sentence holds', 'penguins'],
    ['stop words only', 'what is the'],
    ['an empty query', ''],
  ])('returns nothing for %s', (_case, query) => {
    expect(topTexts(['Russia struck Odesa with two missiles.'], query)).toEqual([]);
  });

  it('gives the same scores when the same query is asked twice', () => {
    const index = loadSeedLibrary();
    const first = index.search('How many prisoners were exchanged?', 10);
    const second = index.search('How many prisoners were exchanged?', 10);
    expect(second.map((h) => [h.sentence.id, h.score])).toEqual(first.map((h) => [h.sentence.id, h.score]));
    expect(first).toHaveLength(10);
  });

  it('counts the sentences holding a term, and weighs a rare term above a common one', () => {
    const { index } = libraryOf('Russia and Ukraine talked.', 'Russia struck Odesa.', 'Russia waited.');
    expect([index.documentFrequency('russia'), index.documentFrequency('odesa'), index.documentFrequency('penguin')]).toEqual([3, 1, 0]);
    expect(index.idf('odesa')).toBeGreaterThan(index.idf('russia'));
  });
});

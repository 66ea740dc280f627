// A misspelt question word read as the word the stories use.
import { describe, expect, it } from 'vitest';
import { sharedLexicon } from '../../src/core/lexicon.ts';
import { correctedSpelling, oneEditAway } from '../../src/core/typos.ts';
import { answerFromStories } from '../../src/core/answer.ts';
import { fixtureStoriesMentioning } from '../support/library.ts';

/** The stories hold these words. */
const storiesHold = (...words: string[]) => (word: string): number => (words.includes(word) ? 3 : 0);

describe('oneEditAway', () => {
  it('holds the spellings one letter dropped, added, changed or two swapped away, not the word itself', () => {
    const near = oneEditAway('helth');
    expect(near).toEqual(expect.arrayContaining(['health', 'heth', 'hetlh', 'helt']));
    expect(near).not.toContain('helth');
  });
});

describe('correctedSpelling', () => {
  it.each<[string, string[], string | undefined]>([
    ['perscriptions', ['prescriptions'], 'prescriptions'],
    ['singel', ['single'], 'single'],
    ['helth', ['health'], 'health'],
  ])('reads %s as the word the stories use', (typed, held, meant) => {
    expect(correctedSpelling(typed, sharedLexicon(), storiesHold(...held))).toBe(meant);
  });

  it.each([
    ['an English word the stories do not use', 'suing', ['using']],
    ['a stop word with its apostrophe dropped', 'wasnt', ['want']],
    ['"what\'s" with its apostrophe dropped', 'whats', ['chats']],
    ['"there\'s" with its apostrophe dropped', 'theres', ['therms']],
    ['a name the stories do not hold', 'zawadka', ['zawadzka']],
    ['a short word', 'helt', ['help']],
    ['a past tense in -ied ("supply")', 'supplied', ['supplier']],
    ['a past tense with its consonant doubled ("fit")', 'fitted', ['fitter']],
    ['a comparative ("early")', 'earlier', ['earlies']],
    ['an adverb ("often" is no misspelling of "soften")', 'often', ['soften']],
    ['an adverb ("quickly" is no misspelling of "quicky")', 'quickly', ['quicky']],
  ])('leaves alone %s ("%s")', (_case, typed, held) => {
    expect(correctedSpelling(typed, sharedLexicon(), storiesHold(...held))).toBeUndefined();
  });
});

describe('a question’s prepositions and conjunctions', () => {
  it('are never read as misspellings ("along the river" is not "long the river")', () => {
    const cholera = fixtureStoriesMentioning('tests/fixtures/fresh/round474/dev/stories');
    expect(answerFromStories('How many doses of the drinkable vaccine were actually given to people on the barges and along the river?', cholera).text).toMatch(/^5,900 doses\b/);
  });
});

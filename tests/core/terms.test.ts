import { describe, expect, it } from 'vitest';
import { termOf, tokenize } from '../../src/core/terms.ts';

const terms = (text: string): string[] => tokenize(text).map((t) => t.term);

describe('tokenize', () => {
  it('drops stop words and keeps the content words as stems', () => {
    expect(tokenize('What is the number of the casualties?').map((t) => t.word)).toEqual(['number', 'casualties']);
  });

  it.each([
    ['"U.S." and "US"', 'U.S.', 'US'],
    ['"POWs" and "prisoners of war"', 'POWs', 'prisoners of war'],
    ['"freed" and "released"', 'freed', 'released'],
    ['"came home" and "returned"', 'came home', 'returned'],
    ['"Kyiv" and "Ukrainian"', 'Kyiv', 'Ukrainian'],
    ['"1,000" and "thousand"', '1,000', 'thousand'],
    ['"two" and "2"', 'two', '2'],
  ])('gives %s the same term', (_case, a, b) => {
    expect(terms(a)).toEqual(terms(b));
  });

  it('keeps "us" the pronoun out, as a stop word', () => {
    expect(terms('they told us')).toEqual([]);
  });

  it('gives numbers their value', () => {
    expect(tokenize('1,000 and 3.5 and twelve').map((t) => t.value)).toEqual([1000, 3.5, 12]);
  });
});

describe('termOf', () => {
  it.each([
    ['negotiations', 'talks'],
    ['ceasefire', 'truce'],
    ['killed', 'died'],
  ])('maps %s and %s to one synonym group', (a, b) => {
    expect(termOf(a)).toBe(termOf(b));
  });
});

import { describe, expect, it } from 'vitest';
import { indexText, termOf, termsOf, tokenize } from '../../src/core/terms.ts';

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

describe('termsOf', () => {
  const texts = [
    'The regional authority said 1,200 people — “about half” — were moved on Tuesday.',
    'Café owners in Zürich said the U.S. army’s 3.5 km convoy left.',
    'İstanbul’s mayor met Ωmega Corp in Gdańsk; naïve résumés were handed over.',
  ];

  it.each(texts)('gives the terms tokenize gives, with or without letters beyond ASCII: %s', (text) => {
    expect(termsOf(text)).toEqual(tokenize(text).map((t) => t.term));
  });

  it('keeps a letter beyond ASCII inside its word', () => {
    expect(tokenize('Zürich and Gdańsk').map((t) => t.word)).toEqual(['zürich', 'gdańsk']);
  });
});

describe('indexText', () => {
  it('spells each term in [a-z0-9_] so a full-text index keeps it whole', () => {
    expect(indexText(['#1200', 'peopl', 'u.s'])).toBe('_23_1200 peopl u_2e_s');
  });
});

import { describe, expect, it } from 'vitest';
import { indexTermsOf, indexWord, termOf, tokenize } from '../../src/core/terms.ts';

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

  it('matches a name written without its accents ("Betao Atlantico", "Ekstrom")', () => {
    expect(tokenize('Betão Atlântico Ekström').map((t) => t.term)).toEqual(tokenize('Betao Atlantico Ekstrom').map((t) => t.term));
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
    ['fined', 'penalty'],
  ])('maps %s and %s to one synonym group', (a, b) => {
    expect(termOf(a)).toBe(termOf(b));
  });

  // (Words that meet the swap's stories only by chance: "out of service", "the road remained shut", "talks are planned".)
  it.each([
    ['service', 'soldiers'],
    ['remain', 'bodies'],
    ['planned', 'continued'],
    ['demanded', 'offered'],
    ['over', 'finished'],
    ['went', 'attended'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(termOf(a)).not.toBe(termOf(b));
  });
});

describe('indexTermsOf', () => {
  const texts = [
    'The regional authority said 1,200 people — “about half” — were moved on Tuesday.',
    'Café owners in Zürich said the U.S. army’s 3.5 km convoy left.',
    'İstanbul’s mayor met Ωmega Corp in Gdańsk; naïve résumés were handed over.',
  ];

  it.each(texts)('gives the terms tokenize gives, as index words, with or without letters beyond ASCII: %s', (text) => {
    const terms = tokenize(text).map((t) => indexWord(t.term));
    expect(indexTermsOf(text)).toEqual({ text: terms.join(' '), count: terms.length });
  });

  it('spells each term in [a-z0-9_] so a full-text index keeps it whole', () => {
    expect(indexTermsOf('1,200 people joined the co-op').text).toBe('_23_1200 peopl attend co_2d_op');
  });

  it('reads words spelled like an object’s own properties as words', () => {
    expect(indexTermsOf('The constructor called toString and valueOf').text).toBe('constructor call tostr valueof');
  });

  it('keeps a letter beyond ASCII inside its word', () => {
    expect(tokenize('Zürich and Gdańsk').map((t) => t.word)).toEqual(['zürich', 'gdańsk']);
  });
});

describe('holding someone responsible', () => {
  it('reads as blaming them, keeping whom', () => {
    expect(tokenize('Utilar held the valve maker responsible').map((t) => t.word)).toEqual(['utilar', 'blamed', 'valve', 'maker']);
  });
});

describe('switching something off', () => {
  it('is one act however it is worded ("shut down", "switched off", "turned off")', () => {
    expect(terms('Brachan shut down 3G')).toEqual(terms('Brachan switched off 3G'));
    expect(terms('the fountains were turned off')).toContain(termOf('switchoff'));
  });
});

describe('the idiom for dying', () => {
  it('reads "lost their lives" as the deaths the stories count', () => {
    expect(tokenize('people lost their lives').map((t) => t.term)).toEqual(tokenize('people died').map((t) => t.term));
  });
});

describe('being on board', () => {
  it('reads "on board" as "aboard", and leaves a board of directors a board', () => {
    expect(terms('81 people on board')).toEqual(terms('81 people aboard'));
    expect(terms('the board met on Friday')).not.toContain(termOf('aboard'));
  });
});

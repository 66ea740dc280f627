import { describe, expect, it } from 'vitest';
import { createLexicon } from '../../src/core/lexicon.ts';

describe('the WordNet lexicon', () => {
  const lexicon = createLexicon();

  it('reads its dictionary when loaded at start, not at the first question (a missing one fails there)', () => {
    const missing = createLexicon('/nonexistent/wordnet-dict');
    expect(() => missing.load()).toThrow(/nonexistent/);
  });

  it.each([
    ['probing', 'probe'],
    ['investigation', 'probe'],
    ['shut', 'close'],
    ['dwellings', 'home'],
    ['mediated', 'intercede'],
    ['released', 'free'],
    ['captives', 'prisoner'],
  ])('relates %s to %s', (word, related) => {
    expect(lexicon.relatedWords(word)).toContain(related);
  });

  it.each([
    ['probe', 'inquiry'],
    ['examine', 'review'],
    ['scrapped', 'cancelled'],
    ['breach', 'hack'],
  ])('relates %s to %s as news copy does, where WordNet keeps their senses apart', (word, related) => {
    expect(lexicon.relatedWords(word)).toContain(related);
  });

  it('gives news copy’s paraphrases before WordNet’s rarer senses, since a search takes only the first few', () => {
    expect(lexicon.relatedWords('scrapped').slice(0, 6)).toContain('cancelled');
  });

  it('gives a noun’s synonyms in its rarer senses too, which the common-sense related words leave out', () => {
    expect(lexicon.relatedWords('riders')).not.toContain('passenger');
    expect(lexicon.nounSynonyms('riders')).toContain('passenger');
    expect(lexicon.nounSynonyms('homes')).toContain('household');
    expect(lexicon.nounSynonyms('zzqx')).toEqual([]);
  });

  it('gives a phrasal verb’s synonyms in its most common sense, from any form of its verb ("put off", "called off", "carried out")', () => {
    expect(lexicon.phrasalSynonyms('put', 'off')).toContain('postpone');
    expect(lexicon.phrasalSynonyms('called', 'off')).toContain('cancel');
    expect(lexicon.phrasalSynonyms('carried', 'out')).toContain('execute');
    expect(lexicon.phrasalSynonyms('handed', 'out')).toEqual(expect.arrayContaining(['distribute', 'give']));
    expect(lexicon.phrasalSynonyms('put', 'off')).not.toContain('put');
  });

  it('knows no phrasal verb WordNet lacks, nor a word after the verb that is no particle', () => {
    expect(lexicon.phrasalSynonyms('zzqx', 'off')).toEqual([]);
    expect(lexicon.phrasalSynonyms('put', 'table')).toEqual([]);
  });

  it('knows nothing for a word WordNet lacks, and never the word itself', () => {
    expect(lexicon.relatedWords('zzqx')).toEqual([]);
    expect(lexicon.relatedWords('probe')).not.toContain('probe');
  });

  it('tells verbs from nouns', () => {
    expect(lexicon.isVerb('mediated')).toBe(true);
    expect(lexicon.isVerb('ministry')).toBe(false);
  });

  it.each(['built', 'sold', 'caught', 'paid'])('knows the irregular form %j as a verb', (word) => {
    expect(lexicon.isVerb(word)).toBe(true);
  });

  it.each(['kroons', 'baht', 'som', 'guilders', 'rupiah', 'dollars'])('knows %j as money', (word) => {
    expect(lexicon.isMonetaryUnit(word)).toBe(true);
  });

  it.each(['metres', 'people', 'tonnes', 'votes'])('knows %j as no money', (word) => {
    expect(lexicon.isMonetaryUnit(word)).toBe(false);
  });

  it.each([
    ['break', 'broke'],
    ['strike', 'struck'],
    ['steal', 'stolen'],
    ['fall', 'fell'],
  ])('relates the verb %j to its irregular form %j', (word, form) => {
    expect(lexicon.relatedWords(word)).toContain(form);
  });

  it('adds no forms for a regular verb or a noun ("fire" is never "fired" here)', () => {
    expect(lexicon.relatedWords('fire')).not.toContain('fired');
    expect(lexicon.relatedWords('hotel')).toEqual([]);
  });

  it.each([['tunnel', true], ['bridge', true], ['strike', false], ['call', false], ['robbers', false]])('tells whether %j is a physical thing: %s', (word, isThing) => {
    expect(lexicon.isPhysicalObject(word)).toBe(isThing);
  });

  it.each([['cable', true], ['blades', true], ['network', true], ['strike', false], ['ban', false], ['curfew', false], ['robbers', false]])('tells whether %j has a size rather than a duration: %s', (word, isThing) => {
    expect(lexicon.isConcreteThing(word)).toBe(isThing);
  });

  it.each([['authorities', true], ['bathers', true], ['council', true], ['operator', true], ['island', false], ['painting', false]])('tells whether %j names someone who acts: %s', (word, isAgent) => {
    expect(lexicon.isAgent(word)).toBe(isAgent);
  });

  it.each([['passengers', 'travellers', true], ['sharks', 'fish', true], ['travellers', 'passengers', false], ['painting', 'cash', false]])('tells whether %j are a kind of %j: %s', (word, broader, isKind) => {
    expect(lexicon.isKindOf(word, broader)).toBe(isKind);
  });

  it.each([['guests', true], ['pupils', true], ['children', true], ['fans', false], ['sharks', false], ['tickets', false], ['households', false]])('tells whether %j are people, by their most common sense: %s', (word, isPerson) => {
    expect(lexicon.isPerson(word)).toBe(isPerson);
  });

  it.each([['screwup', true], ['mixup', true], ['fiasco', true], ['glitch', true], ['breakdown', true], ['chaos', true], ['bills', false], ['fire', false], ['queue', false]])(
    'tells whether %j names something gone wrong: %s',
    (word, isMishap) => {
      expect(lexicon.isMishap(word)).toBe(isMishap);
    },
  );

  it.each([['fine', true], ['refund', true], ['bill', true], ['tab', true], ['ransom', true], ['figure', false], ['crowd', false], ['wheels', false]])(
    'tells whether %j names a sum of money: %s',
    (word, isSum) => {
      expect(lexicon.isSumOfMoney(word)).toBe(isSum);
    },
  );

  it.each([['taiwan', true], ['antwerp', true], ['christmas', true], ['corlett', false], ['smith', false], ['bishop', false]])('tells whether %j names a place or a time first: %s', (word, isPlace) => {
    expect(lexicon.isPlaceOrTime(word)).toBe(isPlace);
  });

  it.each([['open', 'closed'], ['private', 'public'], ['lost', 'found'], ['alive', 'dead']])('knows %j is the opposite of %j', (word, opposite) => {
    expect(lexicon.antonymsOf(word)).toContain(opposite);
  });

  it.each([['chilean', ['chile']], ['ethiopian', ['ethiopia']], ['dutch', ['netherlands']], ['argentine', ['argentina']], ['salmon', []]])('reads the place %j pertains to: %j', (word, places) => {
    expect(lexicon.pertainsTo(word)).toEqual(places);
  });

  it.each([['broke', true], ['jammed', true], ['took', true], ['cut', true], ['break', false], ['damage', false], ['price', false]])('tells whether %j is a verb in the past: %s', (word, isPast) => {
    expect(lexicon.isPastTense(word)).toBe(isPast);
  });
});

import { describe, expect, it } from 'vitest';
import { figuresIn, figureValue, isYear, numberValue, numberWord, ORDINAL_VALUES } from '../../src/core/numbers.ts';

describe('numberValue', () => {
  it.each([
    ['1,000', 1000],
    ['3.5', 3.5],
    ['twenty', 20],
    ['ninety', 90],
    ['dozen', 12],
    ['zero', 0],
    ['thousand', 1000],
  ])('reads %s as %d', (word, value) => {
    expect(numberValue(word)).toBe(value);
  });

  it.each(['41,', 'second', 'many', ''])('reads %j as no number', (word) => {
    expect(numberValue(word)).toBeUndefined();
  });
});

describe('figureValue', () => {
  it.each<[string, number]>([
    ['ninety-five', 95],
    ['twenty seven', 27],
    ['two hundred and fifty', 250],
    ['one thousand', 1000],
    ['a dozen', 12],
    ['1.5 million', 1_500_000],
    ['$2.4 billion', 2_400_000_000],
    ['€250', 250],
    ['3.4m', 3_400_000],
    ['a fifth', 0.2],
    ['two-thirds', 2 / 3],
    ['hundreds', 200],
    ['hundreds of thousands', 200_000],
    ['1,100', 1100],
    ['£4.2m', 4_200_000],
    ['A$55m', 55_000_000],
    ['US$2bn', 2_000_000_000],
    ['EC$95,000', 95_000],
    ['NT$3.2 million', 3_200_000],
    ['€1.5mn', 1_500_000],
    ['R9.8 million', 9_800_000],
    ['R26 million', 26_000_000],
    ['R12m', 12_000_000],
    ['CHF 1.45 million', 1_450_000],
    ['SEK 380,000', 380_000],
    ['₲240 million', 240_000_000],
    ['GH₵4.8 million', 4_800_000],
    ['₱23.5m', 23_500_000],
  ])('reads %j as %d', (text, value) => {
    expect(figureValue(text)).toBeCloseTo(value);
  });

  it('reads "constructor" and "toString" as words, not numbers', () => {
    expect(numberValue('constructor')).toBeUndefined();
    expect(numberValue('toString')).toBeUndefined();
  });

  it('reads a word that is no number as nothing', () => {
    expect(figureValue('several')).toBeUndefined();
  });
});

describe('figuresIn', () => {
  it.each<[string, number[]]>([
    ['390 people had returned', [390]],
    ['to exchange 1,000 prisoners each', [1000]],
    ['a rise of 3.5 percent', [3.5]],
    ['a 30-day ceasefire', [30]],
    ['270 soldiers, 120 civilians and 390 in all', [270, 120, 390]],
    ['Forty prisoners were freed', [40]],
    ['ninety-five were hurt', [95]],
    ['about 1.2 million customers', [1_200_000]],
    ['two hundred and fifty homes', [250]],
    ['the injured rose to 41, including seven', [41, 7]],
    ['the 21st day and the second week', []],
    ['a contract worth £4.2m a year and 3m people', [4_200_000]],
    ['losses of 2bn rand at 40m deep', [2_000_000_000]],
    ['a refund bill of R9.8 million, up from R3.1 million', [9_800_000, 3_100_000]],
    ['repairs at R26 million, up from the R9 million estimated', [26_000_000, 9_000_000]],
    ['route R2 and the A380', []],
    ['₭9bn, down from ₭12bn, and 3m people', [9_000_000_000, 12_000_000_000]],
  ])('reads %j as %j', (text, values) => {
    expect(figuresIn(text)).toEqual(values);
  });
});

describe('isYear', () => {
  it.each([
    ['2022', true],
    ['1998', true],
    ['390', false],
    ['5000', false],
  ])('%s is a year: %s', (raw, expected) => {
    expect(isYear(raw)).toBe(expected);
  });
});

describe('numberWord', () => {
  it.each([[2, 'two'], [12, 'twelve'], [19, 'nineteen']])('spells %d as %j, the word numberValue reads back', (value, word) => {
    expect(numberWord(value)).toBe(word);
    expect(numberValue(word)).toBe(value);
  });

  it('has no word past nineteen', () => {
    expect(numberWord(25)).toBeUndefined();
  });

  it('spells every position an ordinal of a death can name', () => {
    for (const value of Object.values(ORDINAL_VALUES)) expect(numberWord(value)).toBeDefined();
  });
});

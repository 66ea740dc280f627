import { describe, expect, it } from 'vitest';
import { figuresIn, unbackedFigures } from '../../src/engines/model-figures.ts';

describe('figuresIn', () => {
  it.each<[string, number[]]>([
    ['390 people had returned', [390]],
    ['to exchange 1,000 prisoners each', [1000]],
    ['a rise of 3.5 percent', [3.5]],
    ['a 30-day ceasefire', [30]],
    ['270 soldiers, 120 civilians and 390 in all', [270, 120, 390]],
    ['one thousand prisoners', [1000]],
    ['two hundred soldiers', [200]],
    ['twenty-one captives', [21]],
    ['nineteen civilians', [19]],
    ['1.5 million people', [1_500_000]],
    ['thousands of people', []],
    ['someone said none of the tenth', []],
  ])('reads "%s" as %j', (text, values) => {
    expect(figuresIn(text)).toEqual(values);
  });
});

describe('unbackedFigures', () => {
  it('accepts a figure that a quote writes differently', () => {
    expect(unbackedFigures('Each side freed 1000 prisoners, three hundred on Friday.', ['They swapped 1,000 prisoners, 300 of them on Friday.'])).toEqual([]);
  });

  it('names the figures no quote holds', () => {
    expect(unbackedFigures('500 were exchanged over 2 days.', ['Russia and Ukraine each released 390 prisoners over two days.'])).toEqual([500]);
  });
});

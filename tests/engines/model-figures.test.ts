import { describe, expect, it } from 'vitest';
import { unbackedFigures } from '../../src/engines/model-figures.ts';

describe('unbackedFigures', () => {
  it('accepts a figure that a quote writes differently', () => {
    expect(unbackedFigures('Each side freed 1000 prisoners, three hundred on Friday.', ['They swapped 1,000 prisoners, 300 of them on Friday.'])).toEqual([]);
  });

  it('names the figures no quote holds', () => {
    expect(unbackedFigures('500 were exchanged over 2 days.', ['Russia and Ukraine each released 390 prisoners over two days.'])).toEqual([500]);
  });
  it('reads number words past twenty: "Forty prisoners" is not backed by a quote saying 390', () => {
    expect(unbackedFigures('Forty prisoners were freed.', ['Russia and Ukraine each released 390 prisoners on Friday.'])).toEqual([40]);
  });
});

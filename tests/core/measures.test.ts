import { describe, expect, it } from 'vitest';
import { unitOf } from '../../src/core/measures.ts';
import { termOf } from '../../src/core/terms.ts';

describe('units of measure', () => {
  it.each([
    ['tonnes', 'mass', 1000],
    ['kilograms', 'mass', 1],
    ['kg', 'mass', 1],
    ['kilometres', 'length', 1000],
    ['miles', 'length', 1609.344],
    ['hectares', 'area', 10_000],
    ['litres', 'volume', 1],
  ])('knows "%s" as a %s of %d base units', (word, dimension, size) => {
    expect(unitOf(termOf(word))).toEqual({ dimension, size });
  });

  it.each(['workers', 'houses', 'dollars', 'percent'])('is no unit of measure for "%s"', (word) => {
    expect(unitOf(termOf(word))).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { ROUND_RANGES, roundsIn } from '../../scripts/eval-lib.ts';

describe('held-out round ranges', () => {
  it('reads round numbers and ranges separated by commas', () => {
    const isHeldOut = roundsIn('428-431,500');
    expect([427, 428, 431, 432, 500, 501].map(isHeldOut)).toEqual([false, true, true, false, true, false]);
  });

  it('holds no round out when given none', () => {
    expect(roundsIn('')(428)).toBe(false);
  });

  it('accepts only numbers, ranges and commas as typed after --held-out', () => {
    expect(ROUND_RANGES.test('428-431,508-555')).toBe(true);
    expect(ROUND_RANGES.test('')).toBe(true);
    expect(ROUND_RANGES.test('5x')).toBe(false);
    expect(ROUND_RANGES.test('428-')).toBe(false);
  });
});

// Reports of one event share its rarer words even when a later one tells the news in other words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WEIGHTS } from '../../src/core/answer-weights.ts';
import { eventSimilarity, sameEventAs } from '../../src/core/same-event.ts';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import type { Story } from '../../src/core/types.ts';
import { buildLibrary } from '../support/library.ts';

const DIR = 'tests/fixtures/fresh/round13/dev/stories';
const FILES = ['r13s1_a.txt', 'r13s1_c.txt', 'r13s2_a.txt', 'r13s2_c.txt', 'r13s3_a.txt', 'r13s4_b.txt'];
const library = buildLibrary(FILES.flatMap((f) => parseStoryBytes(f, readFileSync(join(DIR, f))).stories));
const story = (file: string): Story => library.storyById(`${file}#1`)!;

describe('eventSimilarity', () => {
  it('is high for the first and the last report of one car-park fire, a fortnight apart', () => {
    expect(eventSimilarity(story('r13s1_a.txt'), story('r13s1_c.txt'), library)).toBeGreaterThanOrEqual(WEIGHTS.sameEventSimilarity);
  });

  it('is low for reports of different events', () => {
    expect(eventSimilarity(story('r13s1_a.txt'), story('r13s2_a.txt'), library)).toBeLessThan(WEIGHTS.sameEventSimilarity);
    expect(eventSimilarity(story('r13s3_a.txt'), story('r13s4_b.txt'), library)).toBeLessThan(WEIGHTS.sameEventSimilarity);
  });
});

describe('sameEventAs', () => {
  it('judges a report against the one it was made for', () => {
    const isOutbreak = sameEventAs(story('r13s2_a.txt'), library);
    expect(isOutbreak(story('r13s2_c.txt'))).toBe(true);
    expect(isOutbreak(story('r13s1_c.txt'))).toBe(false);
    expect(isOutbreak(undefined)).toBe(false);
  });
});

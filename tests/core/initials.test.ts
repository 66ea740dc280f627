// Initials in a question ("T&V", "MPSB") read as the name the stories spell out.
import { describe, expect, it } from 'vitest';
import { answerFromStories } from '../../src/core/answer.ts';
import { initialsIn, spelledOut, withOfficesSpelledOut } from '../../src/core/initials.ts';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import { buildLibrary } from '../support/library.ts';

const TEXTS = [
  'Thornbury & Vale Bank will close 48 of its 240 branches.',
  'Organizers stopped the Harlan Bay Marathon at 10:35 a.m.',
  'The Maritime Pharmacy Standards Board said it would inspect the warehouse.',
  'The US Geological Survey rated the quake at 5.9.',
];

describe('initialsIn', () => {
  it.each<[string, string[]]>([
    ['whats the job toll at T&V looking like', ['T&V']],
    ['where is the warehouse the MPSB looked into', ['MPSB']],
    ['how many runners were in the HB marathon', ['HB']],
    ['how many people died', []],
  ])('finds %j → %j', (question, initials) => {
    expect(initialsIn(question)).toEqual(initials);
  });
});

describe('spelledOut', () => {
  it.each<[string, string | undefined]>([
    ['T&V', 'Thornbury & Vale'],
    ['HB', 'Harlan Bay'],
    ['MPSB', 'Maritime Pharmacy Standards Board'],
    ['USGS', 'US Geological Survey'],
    ['MD', undefined],
    ['US', undefined],
  ])('reads %s as %j', (initials, name) => {
    expect(spelledOut(initials, TEXTS)).toBe(name);
  });
});

describe('a question with initials', () => {
  it('is answered from the stories that spell the name out', () => {
    const text = 'Bank to shut branches\n\nPublished: Tuesday 3 March 2026\n\nThornbury & Vale Bank will close 48 branches.\n\nThe nearest Thornbury & Vale branch left open will be 23 miles away in Llanhowel.';
    const library = buildLibrary(parseStoryBytes('bank.txt', new TextEncoder().encode(text)).stories);
    expect(answerFromStories('how far away is the nearest T&V branch left open?', library).text).toMatch(/^23 miles\b/);
  });
});

describe('withOfficesSpelledOut', () => {
  it.each([
    ["who's the ceo of veltrane", "who's the chief executive of veltrane"],
    ['who is the MD of pennyroyal play', 'who is the managing director of pennyroyal play'],
    ["who's the estonian PM that got booted", "who's the estonian prime minister that got booted"],
  ])('reads %j as %j when the stories never write the abbreviation', (question, read) => {
    expect(withOfficesSpelledOut(question, () => true)).toBe(read);
  });

  it('keeps an abbreviation the stories write themselves ("MPs")', () => {
    expect(withOfficesSpelledOut('how many MPs voted?', () => false)).toBe('how many MPs voted?');
  });
});

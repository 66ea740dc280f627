import { describe, expect, it } from 'vitest';
import { parseStoryBytes } from '../../src/core/story-reading.ts';
import { buildLibrary } from '../support/library.ts';
import { findCalendarDate, isoDay, resolveWeekday } from '../../src/core/report-date.ts';
import { parseStoryFile } from '../../src/core/stories.ts';

describe('findCalendarDate', () => {
  it.each([
    ['12 March 2025', '2025-03-12'],
    ['Updated 7 Oct 2025, 19:02 CEST', '2025-10-07'],
    ['Published: Thursday 5 June 2025, 14:20 CEST', '2025-06-05'],
    ['Last updated: 13/06/2025 11:05', '2025-06-13'],
    ['Oct. 31, 2025 · By Sam Pelletier · Downeast Ledger', '2025-10-31'],
    ['MANRESA, Spain, June 9', '--06-09'],
    ['DHAKA, July 16', '--07-16'],
    ['KILBRACK, Ireland, Oct. 14', '--10-14'],
  ])('reads %j as %s', (text, iso) => {
    expect(isoDay(findCalendarDate(text)!)).toBe(iso);
  });

  it.each(['Updated 2 sec ago', 'Friday', 'Share on WhatsApp'])('finds no date in %j', (text) => {
    expect(findCalendarDate(text)).toBeUndefined();
  });
});

describe('resolveWeekday', () => {
  // 26 May 2025 was a Monday.
  it('reads a weekday in a report as the one just gone', () => {
    expect(resolveWeekday(0, '2025-05-26', false)).toBe('2025-05-25');
    expect(resolveWeekday(5, '2025-05-26', false)).toBe('2025-05-23');
  });

  it('reads a weekday after "will" or "due" as the one to come', () => {
    expect(resolveWeekday(6, '2025-05-26', true)).toBe('2025-05-31');
  });

  it('reads the report’s own weekday as that day', () => {
    expect(resolveWeekday(1, '2025-05-26', false)).toBe('2025-05-26');
  });

  it('resolves nothing without a report date', () => {
    expect(resolveWeekday(1, '', false)).toBeUndefined();
  });
});

describe('report dates in story headers', () => {
  it.each([
    ['By Nikos Andreadis | Athens Morning Post | 4 October 2025', '2025-10-04', 'Athens Morning Post'],
    ['Thursday 17 April 2025 · 5 min read', '2025-04-17', ''],
    ['Last updated: 13/06/2025 11:05', '2025-06-13', ''],
  ])('takes the date (and outlet) from %j', (line, date, outlet) => {
    const [story] = parseStoryFile('a.txt', `Quake shakes island, 17 injured\n${line}\n\nA strong earthquake struck the island on Saturday, injuring 17 people.`);
    expect(story).toMatchObject({ date, outlet });
  });

  it('dates an undated wire report by its archive file name ("APW19980715.0412.txt")', () => {
    const [story] = parseStoryFile('APW19980715.0412.txt', 'Overcrowded ferry capsizes in storm\n\nBy SHAHNAZ RAHMAN\nAssociated Press Writer\n\nAn overcrowded ferry capsized on Tuesday night, officials said.');
    expect(story!.date).toBe('1998-07-15');
  });

  it('completes a dateline’s day with the year of its file name', () => {
    const [story] = parseStoryFile('RTR19980716.0187.txt', 'DHAKA, July 16 (Reuters) - The number of bodies recovered rose to 74 on Thursday.');
    expect(story!.date).toBe('1998-07-16');
  });

  it('keeps the date the text gives over the file name’s', () => {
    const [story] = parseStoryFile('2025-05-01-swap.txt', 'Swap goes ahead\nPublished: Friday 23 May 2025\n\nEach side released 390 prisoners on Friday.');
    expect(story!.date).toBe('2025-05-23');
  });

  it('reads the outlet and day of a wire dateline and completes its year from the other reports', () => {
    const dated = parseStoryBytes('a.txt', new TextEncoder().encode('Outbreak grows\nPublished: Thursday 5 June 2025\n\nHealth authorities confirmed 12 cases on Thursday.')).stories;
    const wire = parseStoryBytes('b.txt', new TextEncoder().encode('MANRESA, Spain, June 9 (Mediterranean Newswire) - The number of people infected rose to 27 on Monday, officials said.')).stories;
    expect(wire[0]).toMatchObject({ date: '--06-09', outlet: 'Mediterranean Newswire' });
    expect(wire[0]!.sentences[0]!.text).toMatch(/^The number of people infected/);
    const library = buildLibrary([...dated, ...wire]);
    expect(library.storyById('b.txt#1')!.date).toBe('2025-06-09');
  });
});

import { describe, expect, it } from 'vitest';
import {
  describeDays,
  dueSlots,
  formatNextPost,
  nextSlot,
  parseDays,
  parseSubscribeArgs,
  parseTimeOfDay,
  parseZone,
  type SlotRule,
} from '../../src/schedule/slots.ts';

const daily = (hour: number, minute: number, zone: string): SlotRule => ({ hour, minute, zone, days: [1, 2, 3, 4, 5, 6, 7] });
const iso = (dates: Date[]): string[] => dates.map((d) => d.toISOString());

/** Every slot a once-a-minute tick would find between two instants, as the scheduler ticks. */
function slotsFoundByMinuteTicks(rule: SlotRule, fromIso: string, toIso: string): string[] {
  const found: string[] = [];
  for (let t = Date.parse(fromIso); t <= Date.parse(toIso); t += 60_000) found.push(...iso(dueSlots(rule, new Date(t), 60_000)));
  return found;
}

describe('parseTimeOfDay', () => {
  it.each([
    ['07:30', { hour: 7, minute: 30 }],
    ['7:05', { hour: 7, minute: 5 }],
    ['00:00', { hour: 0, minute: 0 }],
    ['23:59', { hour: 23, minute: 59 }],
  ])('reads %s as a 24-hour time', (text, value) => {
    expect(parseTimeOfDay(text)).toEqual({ ok: true, value });
  });

  it.each(['25:99', '24:00', '07:60', '7.30', '0730', '7:30pm', ''])('refuses "%s" and says to use HH:MM', (text) => {
    expect(parseTimeOfDay(text)).toEqual({ ok: false, problem: `"${text}" is not a time of day: use HH:MM, like 07:30.` });
  });
});

describe('parseZone', () => {
  it.each([
    ['Europe/Kyiv', 'Europe/Kyiv'],
    ['europe/kyiv', 'Europe/Kyiv'],
    ['america/new_york', 'America/New_York'],
    ['UTC', 'UTC'],
  ])('accepts %s as %s, a zone Intl.supportedValuesOf does not always list', (text, zone) => {
    expect(parseZone(text)).toEqual({ ok: true, value: zone });
  });

  it('refuses an unknown zone and names an IANA example', () => {
    expect(parseZone('Mars/Phobos')).toEqual({
      ok: false,
      problem: '"Mars/Phobos" is not a time zone: use an IANA name like Europe/Kyiv or America/New_York.',
    });
  });
});

describe('parseDays', () => {
  it.each([
    ['daily', [1, 2, 3, 4, 5, 6, 7]],
    ['weekdays', [1, 2, 3, 4, 5]],
    ['weekends', [6, 7]],
    ['mon,wed,fri', [1, 3, 5]],
    ['Fri, mon', [1, 5]],
    ['sunday saturday sun', [6, 7]],
  ])('reads "%s" as ISO weekdays %j', (text, days) => {
    expect(parseDays(text)).toEqual({ ok: true, value: days });
  });

  it('refuses an empty list of days', () => {
    expect(parseDays(' , ')).toEqual({ ok: false, problem: 'The list of days is empty: use daily, weekdays, weekends or days like mon,wed,fri.' });
  });

  it('names the first few of thousands of junk words, and how many more there are', () => {
    const junk = Array.from({ length: 5000 }, (_, i) => `junk${i}`).join(' ');
    expect(parseDays(junk)).toEqual({
      ok: false,
      problem: '"junk0", "junk1", "junk2" and 4,997 more are not days: use daily, weekdays, weekends or days like mon,wed,fri.',
    });
  });

  it('names every word that is not a day', () => {
    expect(parseDays('mon,funday,constructor')).toEqual({
      ok: false,
      problem: '"funday", "constructor" are not days: use daily, weekdays, weekends or days like mon,wed,fri.',
    });
  });
});

describe('parseSubscribeArgs', () => {
  it('reads a time, a zone and days', () => {
    expect(parseSubscribeArgs('07:30 Europe/Kyiv weekdays')).toEqual({ ok: true, value: { hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5] } });
  });

  it('posts every day when no days are given', () => {
    expect(parseSubscribeArgs('  18:00   UTC ')).toEqual({ ok: true, value: { hour: 18, minute: 0, zone: 'UTC', days: [1, 2, 3, 4, 5, 6, 7] } });
  });

  it('reads a day list written with spaces after the commas', () => {
    expect(parseSubscribeArgs('07:30 Europe/Kyiv mon, wed, fri')).toEqual({ ok: true, value: { hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 3, 5] } });
  });

  it('names both the bad time and the unknown zone in one reply', () => {
    expect(parseSubscribeArgs('25:99 Mars/Phobos')).toEqual({
      ok: false,
      problem:
        '"25:99" is not a time of day: use HH:MM, like 07:30. "Mars/Phobos" is not a time zone: use an IANA name like Europe/Kyiv or America/New_York.',
    });
  });

  it('asks for a zone when only a time is given', () => {
    expect(parseSubscribeArgs('07:30')).toEqual({ ok: false, problem: 'Add a time zone after the time, like /brief subscribe 07:30 Europe/Kyiv.' });
  });

  it('refuses an empty day list', () => {
    const parsed = parseSubscribeArgs('07:30 Europe/Kyiv ,');
    expect(parsed).toEqual({ ok: false, problem: 'The list of days is empty: use daily, weekdays, weekends or days like mon,wed,fri.' });
  });

  it('says how to subscribe when nothing is given', () => {
    expect(parseSubscribeArgs('')).toEqual({
      ok: false,
      problem: 'Give a time and a time zone, like /brief subscribe 07:30 Europe/Kyiv (add weekdays, weekends or mon,wed,fri for fewer days).',
    });
  });
});

describe('nextSlot', () => {
  it('keeps 07:30 Europe/Kyiv at 07:30 local across the March change to summer time', () => {
    const rule = daily(7, 30, 'Europe/Kyiv');
    const first = nextSlot(rule, new Date('2025-03-29T00:00:00Z'));
    const second = nextSlot(rule, first);
    expect(iso([first, second])).toEqual(['2025-03-29T05:30:00.000Z', '2025-03-30T04:30:00.000Z']);
  });

  it('keeps 07:30 Europe/Kyiv at 07:30 local across the October change to winter time', () => {
    const rule = daily(7, 30, 'Europe/Kyiv');
    const first = nextSlot(rule, new Date('2025-10-25T00:00:00Z'));
    const second = nextSlot(rule, first);
    expect(iso([first, second])).toEqual(['2025-10-25T04:30:00.000Z', '2025-10-26T05:30:00.000Z']);
  });

  it('skips from Friday to Monday for weekdays', () => {
    const rule: SlotRule = { hour: 9, minute: 0, zone: 'UTC', days: [1, 2, 3, 4, 5] };
    expect(nextSlot(rule, new Date('2025-11-28T09:00:00Z')).toISOString()).toBe('2025-12-01T09:00:00.000Z');
  });

  it('finds a Sunday-only slot almost a week away', () => {
    const rule: SlotRule = { hour: 8, minute: 0, zone: 'Europe/Kyiv', days: [7] };
    expect(nextSlot(rule, new Date('2025-11-24T06:00:00Z')).toISOString()).toBe('2025-11-30T06:00:00.000Z');
  });

  it('is later the same day when the time has not come yet', () => {
    expect(nextSlot(daily(7, 30, 'Europe/Kyiv'), new Date('2025-11-25T05:29:00Z')).toISOString()).toBe('2025-11-25T05:30:00.000Z');
  });
});

describe('dueSlots, ticking every minute across a DST change', () => {
  it('posts the 02:30 America/New_York slot once on 9 March 2025, at the shifted 03:30 EDT, though 02:30 never happened', () => {
    const found = slotsFoundByMinuteTicks(daily(2, 30, 'America/New_York'), '2025-03-09T05:00:00Z', '2025-03-10T04:59:00Z');
    expect(found).toEqual(['2025-03-09T07:30:00.000Z']);
  });

  it('posts the 01:30 America/New_York slot once on 2 November 2025, though 01:30 happened twice', () => {
    const found = slotsFoundByMinuteTicks(daily(1, 30, 'America/New_York'), '2025-11-02T04:00:00Z', '2025-11-03T04:59:00Z');
    expect(found).toEqual(['2025-11-02T05:30:00.000Z']);
  });

  it('posts 07:30 Europe/Kyiv once a day through the March change', () => {
    const found = slotsFoundByMinuteTicks(daily(7, 30, 'Europe/Kyiv'), '2025-03-29T00:00:00Z', '2025-03-31T23:59:00Z');
    expect(found).toEqual(['2025-03-29T05:30:00.000Z', '2025-03-30T04:30:00.000Z', '2025-03-31T04:30:00.000Z']);
  });

  it('finds nothing on a day the subscription skips', () => {
    const weekends: SlotRule = { hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [6, 7] };
    expect(slotsFoundByMinuteTicks(weekends, '2025-11-25T00:00:00Z', '2025-11-25T23:59:00Z')).toEqual([]);
  });
});

describe('dueSlots, the catch-up window', () => {
  const rule = daily(7, 30, 'Europe/Kyiv');

  it('includes a slot 59 minutes late', () => {
    expect(iso(dueSlots(rule, new Date('2025-11-25T06:29:00Z'), 3600_000))).toEqual(['2025-11-25T05:30:00.000Z']);
  });

  it('leaves out a slot exactly an hour late', () => {
    expect(dueSlots(rule, new Date('2025-11-25T06:30:00Z'), 3600_000)).toEqual([]);
  });

  it('includes the slot at the very instant it is due', () => {
    expect(iso(dueSlots(rule, new Date('2025-11-25T05:30:00Z'), 60_000))).toEqual(['2025-11-25T05:30:00.000Z']);
  });
});

describe('formatNextPost', () => {
  it('names the local time, the zone and the UTC time', () => {
    expect(formatNextPost(new Date('2025-11-25T05:30:00Z'), 'Europe/Kyiv')).toBe('Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC)');
  });

  it('names the UTC day when it differs from the local one', () => {
    expect(formatNextPost(new Date('2025-11-24T23:00:00Z'), 'Europe/Kyiv')).toBe('Tue 25 Nov, 01:00 Europe/Kyiv (23:00 UTC, Mon 24 Nov)');
  });

  it('does not repeat the time for a UTC subscription', () => {
    expect(formatNextPost(new Date('2025-11-25T18:00:00Z'), 'UTC')).toBe('Tue 25 Nov, 18:00 UTC');
  });
});

describe('describeDays', () => {
  it.each([
    [[1, 2, 3, 4, 5, 6, 7], 'every day'],
    [[1, 2, 3, 4, 5], 'weekdays'],
    [[6, 7], 'weekends'],
    [[1, 3, 5], 'Mon, Wed, Fri'],
  ])('describes %j as "%s"', (days, text) => {
    expect(describeDays(days)).toBe(text);
  });
});

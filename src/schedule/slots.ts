// Pure slot maths: parse what a user typed into a time, a zone and days, and work out which instants a
// subscription posts at. Zone arithmetic goes through luxon because a local time can fall in a DST gap
// (02:30 on a spring-forward day never happens; luxon moves it forward by the gap) or an overlap (01:30
// on a fall-back day happens twice; we take the first), and we build one instant per local date, so
// every slot posts exactly once either way.
import { DateTime } from 'luxon';
import type { Parsed } from '../core/types.ts';

/** When a subscription posts: a local time of day on some ISO weekdays (1 = Monday … 7 = Sunday) in a zone. */
export interface SlotRule {
  hour: number;
  minute: number;
  zone: string;
  days: readonly number[];
}

export interface TimeOfDay {
  hour: number;
  minute: number;
}

const EVERY_DAY: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
const WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5];
const WEEKENDS: readonly number[] = [6, 7];
const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const DAY_ALIASES = new Map<string, number>(Object.entries({
  mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
}));

const TIME_HINT = 'use HH:MM, like 07:30';
const ZONE_HINT = 'use an IANA name like Europe/Kyiv or America/New_York';
const DAYS_HINT = 'use daily, weekdays, weekends or days like mon,wed,fri';

/** User text quoted back in a message, cut so a pasted essay does not become the reply. */
/** Words of a bad day list that a reply repeats back. */
const MAX_ECHOED_WORDS = 3;

function quote(text: string): string {
  return `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
}

export function parseTimeOfDay(text: string): Parsed<TimeOfDay> {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  const hour = Number(match?.[1]);
  const minute = Number(match?.[2]);
  if (!match || hour > 23 || minute > 59) return { ok: false, problem: `${quote(text)} is not a time of day: ${TIME_HINT}.` };
  return { ok: true, value: { hour, minute } };
}

export function parseZone(text: string): Parsed<string> {
  const name = text.trim();
  let resolved: string;
  try {
    // Intl.supportedValuesOf omits UTC and Europe/Kyiv, so a zone is checked by building a DateTimeFormat.
    resolved = new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return { ok: false, problem: `${quote(text)} is not a time zone: ${ZONE_HINT}.` };
  }
  // Keep the name the user chose (Intl turns Europe/Kyiv into Europe/Kiev), only fixing its case.
  if (resolved.toLowerCase() === name.toLowerCase()) return { ok: true, value: resolved };
  return { ok: true, value: name === name.toLowerCase() ? titleCaseZone(name) : name };
}

function titleCaseZone(name: string): string {
  return name.replace(/(^|[/_-])([a-z])/g, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

export function parseDays(text: string): Parsed<number[]> {
  const words = text.trim().toLowerCase();
  if (words === 'daily' || words === 'everyday' || words === 'every day') return { ok: true, value: [...EVERY_DAY] };
  if (words === 'weekdays') return { ok: true, value: [...WEEKDAYS] };
  if (words === 'weekends' || words === 'weekend') return { ok: true, value: [...WEEKENDS] };
  const names = words.split(/[\s,]+/).filter((word) => word !== '');
  if (names.length === 0) return { ok: false, problem: `The list of days is empty: ${DAYS_HINT}.` };
  const unknown = names.filter((word) => !DAY_ALIASES.has(word));
  if (unknown.length > 0) {
    // Thousands of junk words are named by their first few, so the reply stays a sentence.
    const named = unknown.slice(0, MAX_ECHOED_WORDS).map(quote).join(', ');
    const more = unknown.length > MAX_ECHOED_WORDS ? ` and ${(unknown.length - MAX_ECHOED_WORDS).toLocaleString('en-US')} more` : '';
    return { ok: false, problem: `${named}${more} ${unknown.length > 1 ? 'are not days' : 'is not a day'}: ${DAYS_HINT}.` };
  }
  const days = new Set(names.map((word) => DAY_ALIASES.get(word)!));
  return { ok: true, value: [...days].sort((a, b) => a - b) };
}

/** `07:30 Europe/Kyiv [days]`, with every problem named in one reply rather than one per try. */
export function parseSubscribeArgs(text: string): Parsed<SlotRule> {
  const [timeText, zoneText, ...dayWords] = text.trim().split(/\s+/).filter((word) => word !== '');
  if (timeText === undefined) {
    return { ok: false, problem: 'Give a time and a time zone, like /brief subscribe 07:30 Europe/Kyiv (add weekdays, weekends or mon,wed,fri for fewer days).' };
  }
  const time = parseTimeOfDay(timeText);
  const zone = zoneText === undefined ? undefined : parseZone(zoneText);
  const days = dayWords.length === 0 ? ({ ok: true, value: [...EVERY_DAY] } as const) : parseDays(dayWords.join(' '));
  const problems: string[] = [];
  if (!time.ok) problems.push(time.problem);
  if (zone === undefined) problems.push(`Add a time zone after the time, like /brief subscribe ${time.ok ? timeText : '07:30'} Europe/Kyiv.`);
  else if (!zone.ok) problems.push(zone.problem);
  if (!days.ok) problems.push(days.problem);
  if (!time.ok || !zone?.ok || !days.ok) return { ok: false, problem: problems.join(' ') };
  return { ok: true, value: { ...time.value, zone: zone.value, days: days.value } };
}

/** The slot instants in (from, to], in order. */
function slotsBetween(rule: SlotRule, from: Date, to: Date): Date[] {
  // Walk calendar dates (held in UTC so the walk itself never meets a DST change), from a day before
  // `from` in the zone to a day after `to`, and keep the slots that land inside the window.
  let date = calendarDate(from, rule.zone).minus({ days: 1 });
  const last = calendarDate(to, rule.zone).plus({ days: 1 });
  const slots: Date[] = [];
  for (; date <= last; date = date.plus({ days: 1 })) {
    if (!rule.days.includes(date.weekday)) continue;
    const slot = slotOn(date, rule);
    if (slot > from && slot <= to) slots.push(slot);
  }
  return slots;
}

/** The slots due at `now`: those in (now - lookback, now]. */
export function dueSlots(rule: SlotRule, now: Date, lookbackMs: number): Date[] {
  return slotsBetween(rule, new Date(now.getTime() - lookbackMs), now);
}

/** The first slot strictly after `after`. */
export function nextSlot(rule: SlotRule, after: Date): Date {
  if (rule.days.length === 0) throw new Error('a slot rule needs at least one day');
  // Any set of weekdays recurs within 8 days, whatever DST does on the way.
  const [slot] = slotsBetween(rule, after, new Date(after.getTime() + 8 * 24 * 3600_000));
  return slot!;
}

function calendarDate(instant: Date, zone: string): DateTime {
  const local = DateTime.fromJSDate(instant, { zone });
  return DateTime.utc(local.year, local.month, local.day);
}

function slotOn(date: DateTime, rule: SlotRule): Date {
  const { year, month, day } = date;
  const { hour, minute, zone } = rule;
  // In a gap (02:30 on a spring-forward day) luxon moves the time forward by the gap: that is our slot.
  const resolved = DateTime.fromObject({ year, month, day, hour, minute }, { zone });
  // In an overlap luxon may take either 01:30; try the offsets on both sides and keep the first 01:30.
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const [first] = [resolved.minus({ hours: 3 }), resolved.plus({ hours: 3 })]
    .map((near) => DateTime.fromMillis(wallClock - near.offset * 60_000, { zone }))
    .filter((at) => at.day === day && at.hour === hour && at.minute === minute)
    .sort((a, b) => a.toMillis() - b.toMillis());
  return (first ?? resolved).toJSDate();
}

/** `Tue 25 Nov, 07:30 Europe/Kyiv` */
export function formatLocalTime(instant: Date, zone: string): string {
  return `${DateTime.fromJSDate(instant, { zone }).setLocale('en').toFormat('ccc d LLL, HH:mm')} ${zone}`;
}

/** `Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC)`: the UTC time too, for teams spread over zones. */
export function formatNextPost(instant: Date, zone: string): string {
  const local = DateTime.fromJSDate(instant, { zone });
  const utc = DateTime.fromJSDate(instant, { zone: 'utc' }).setLocale('en');
  if (local.offset === 0 && /^(etc\/)?(utc|gmt|zulu|uct|universal)$/i.test(zone)) return formatLocalTime(instant, zone);
  const sameDay = local.toISODate() === utc.toISODate();
  return `${formatLocalTime(instant, zone)} (${utc.toFormat('HH:mm')} UTC${sameDay ? '' : utc.toFormat(', ccc d LLL')})`;
}

export function formatTimeOfDay({ hour, minute }: TimeOfDay): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** `every day`, `weekdays`, `weekends` or `Mon, Wed, Fri`. */
export function describeDays(days: readonly number[]): string {
  const key = days.join(',');
  if (key === EVERY_DAY.join(',')) return 'every day';
  if (key === WEEKDAYS.join(',')) return 'weekdays';
  if (key === WEEKENDS.join(',')) return 'weekends';
  return days.map((day) => DAY_NAMES[day - 1]).join(', ');
}

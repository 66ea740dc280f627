// When a report was written, and what day its weekday words ("on Sunday", "Friday's swap") mean.
// Dates in headers come in every style news sites use ("12 March 2025", "Oct. 31, 2025", "13/06/2025 11:05",
// "Published: Thursday 5 June 2025"); chrono-node reads them (British day-first order for numeric dates,
// as most non-US outlets write them), and the weekday arithmetic is ours because it depends on tense.
import * as chrono from 'chrono-node';
import { WEEKDAYS } from './calendar-words.ts';

export interface CalendarDate {
  /** Undefined when the text gives only a day and month ("MANRESA, Spain, June 9 (…)"). */
  year?: number;
  month: number;
  day: number;
}

const MONTH_NAME = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const WRITTEN_DATE = new RegExp(`\\d{1,2}[/.-]\\d{1,2}|\\d\\s*(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}|\\b${MONTH_NAME}\\s+\\d`, 'i');


/** The first calendar date (a day and a month at least) written in a short piece of text. */
export function findCalendarDate(text: string): CalendarDate | undefined {
  // Most header lines hold no written date; the regex spares them chrono's full parse (it runs on every file).
  const head = text.slice(0, 200);
  if (!WRITTEN_DATE.test(head)) return undefined;
  // Day-first reading reads a yearless "July 16" (the Reuters dateline "DHAKA, July 16 (Reuters) -") as July
  // 2016; the month-first reading then gives the day.
  return firstCertainDate(chrono.en.GB.parse(head)) ?? firstCertainDate(chrono.en.parse(head));
}

function firstCertainDate(results: chrono.ParsedResult[]): CalendarDate | undefined {
  for (const result of results) {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month')) continue;
    // "Updated 2 sec ago" and "Friday" are relative: chrono fills them in from today, which dates nothing.
    if (!WRITTEN_DATE.test(result.text)) continue;
    return { year: start.isCertain('year') ? start.get('year')! : undefined, month: start.get('month')!, day: start.get('day')! };
  }
  return undefined;
}

/** YYYY-MM-DD, or '--MM-DD' when the year is not known (ISO 8601's form for a day of a year not given). */
export function isoDay(date: CalendarDate): string {
  const md = `${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  return date.year === undefined ? `--${md}` : `${date.year}-${md}`;
}

/** A full YYYY-MM-DD date (not a partial one). */
export function isFullDate(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso);
}

/** "--06-09" completed with a year; full dates are returned as they are. */
export function withYear(iso: string, year: number): string {
  return iso.startsWith('--') ? `${year}${iso.slice(1)}` : iso;
}

export function weekdayIndex(word: string): number | undefined {
  const i = (WEEKDAYS as readonly string[]).indexOf(word.toLowerCase().replace(/[’']s$/, ''));
  return i < 0 ? undefined : i;
}

/**
 * The date a weekday word means in a report dated `reportDay`: a report says "on Sunday" of the Sunday just
 * gone (or today), unless the words around it look ahead ("will resume on Saturday"), then of the next one.
 */
export function resolveWeekday(weekday: number, reportDay: string, isAhead: boolean): string | undefined {
  if (!isFullDate(reportDay)) return undefined;
  const report = new Date(`${reportDay}T12:00:00Z`);
  const diff = (report.getUTCDay() - weekday + 7) % 7;
  const offset = isAhead ? (diff === 0 ? 0 : 7 - diff) : -diff;
  return new Date(report.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The day before or after a full date ("yesterday", "tomorrow"). */
export function shiftDay(day: string, days: number): string | undefined {
  if (!isFullDate(day)) return undefined;
  return new Date(new Date(`${day}T12:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "25 May 2025", for "as of …" in answers. */
export function formatReportDay(day: string): string {
  return isFullDate(day) ? SHORT.format(new Date(`${day}T12:00:00Z`)) : day;
}

// The names of days and months, listed once: dates in headers, day words in sentences and questions, and
// the names that are times rather than people or places all read them from here.

/** Weekday names in the order of Date#getUTCDay (Sunday first). */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** "monday|tuesday|…", for building patterns; lower case (use the `i` flag, or `capitalised`). */
export const WEEKDAY_ALTERNATIVES = WEEKDAYS.join('|');
export const MONTH_ALTERNATIVES = MONTHS.join('|');

/** A capitalised day or month name ("Monday", "June"): a time, not a person or a place. */
export function isCalendarName(word: string): boolean {
  return CALENDAR_NAME.test(word);
}

/** "Monday|Tuesday|…" for patterns that must see the capital letter. */
export function capitalised(alternatives: string): string {
  return alternatives.replace(/(^|\|)(\p{L})/gu, (_, bar: string, letter: string) => bar + letter.toUpperCase());
}

const CALENDAR_NAME = new RegExp(`^(${capitalised(WEEKDAY_ALTERNATIVES)}|${capitalised(MONTH_ALTERNATIVES)})$`);

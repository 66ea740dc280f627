// Stories develop: reports are dated, sentences say "on Sunday", and a later report revises a count. This
// module reads a sentence's days against its report's date, scores how a sentence fits the day a question
// names, and picks among equally good answers the one from the report the question is about.
import { findTimes, type Span } from './extract.ts';
import { findCalendarDate, isFullDate, isoDay, resolveWeekday, shiftDay, weekdayIndex } from './report-date.ts';
import { WEIGHTS } from './answer-weights.ts';
import { isSameFigure } from './numbers.ts';
import type { Replacement } from './figure-fit.ts';
import { MONTH_ALTERNATIVES, WEEKDAY_ALTERNATIVES } from './calendar-words.ts';
import { ORDINAL_DAY, type QuestionAnalysis } from './question-analysis.ts';

const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY_ALTERNATIVES})\\b`);
// A plan anywhere in the words before the day looks ahead; "by", "until" or "from" only right before it ("fell from
// a wind turbine on Thursday night" is the Thursday gone).
const AHEAD_BEFORE = /(?:\b(will|would|due|expected|expects?|scheduled|planned|plans?|hop(?:e|es|ed|ing)|aim(?:s|ed)?|intend(?:s|ed)?|promis(?:e|es|ed)|should|shall|going to)\b[^.;]{0,50}|\b(?:by|until|till|from|next|set for)\s+(?:(?:on|next|this)\s+)?)$/i;

export interface DatedSpan extends Span {
  /** YYYY-MM-DD, or '--MM-DD' when only the day and month are known; undefined when the words name no day. */
  day?: string;
  /** "since Friday", "until Monday": the day bounds a period rather than dating the event. */
  isBound: boolean;
}

/** The time words of a sentence with the day each one means in a report dated `reportDay` ('' when undated). */
export function datedTimes(sentence: string, reportDay: string): DatedSpan[] {
  return findTimes(sentence).map((span) => {
    const lower = span.text.toLowerCase();
    const isBound = /^(since|until|from|before|after|by)\b/.test(lower);
    const isAhead = /^(next|this coming)\b/.test(lower) || AHEAD_BEFORE.test(sentence.slice(Math.max(0, span.start - 60), span.start));
    const weekday = WEEKDAY_WORD.exec(lower)?.[1];
    let day: string | undefined;
    if (weekday) day = resolveWeekday(weekdayIndex(weekday)!, reportDay, isAhead);
    else if (/\byesterday\b/.test(lower)) day = shiftDay(reportDay, -1);
    else if (/\btoday\b/.test(lower)) day = isFullDate(reportDay) ? reportDay : undefined;
    else {
      const date = findCalendarDate(span.text);
      if (date) day = isoDay(date);
    }
    return { ...span, day, isBound };
  });
}

/** The days a question names, each as a weekday name or a (partial) date. */
function askedDays(analysis: QuestionAnalysis): Array<{ weekday?: string; day?: string; ordinal?: string }> {
  return analysis.time.days.map((text) => {
    const weekday = new RegExp(`^(${WEEKDAY_ALTERNATIVES})`).exec(text)?.[1];
    if (weekday) return { weekday };
    if (new RegExp(ORDINAL_DAY.source).test(text)) return { ordinal: text };
    const date = findCalendarDate(text);
    return date ? { day: isoDay(date) } : {};
  });
}

const sameDay = (a: string, b: string): boolean => a.slice(-5) === b.slice(-5) && (a.startsWith('--') || b.startsWith('--') || a === b);

/**
 * How a sentence fits the day a question asks about ("how many were freed on Sunday?"): it names that day
 * (directly, or a weekday that falls on the asked date), or it names another, or it only says more is due then.
 */
export function dayFit(analysis: QuestionAnalysis, sentence: string, reportDay: string, near?: Span): number {
  const asked = askedDays(analysis);
  if (asked.length === 0) return 0;
  // "The second day of the outage" is dated only by a sentence that counts the days the same way.
  const ordinals = asked.flatMap((a) => (a.ordinal ? [a.ordinal] : []));
  if (ordinals.length > 0) return ordinals.every((o) => sentence.toLowerCase().includes(o)) ? WEIGHTS.dayMatches : WEIGHTS.ordinalDayDiffers;
  const all = datedTimes(sentence, reportDay);
  const times = all.filter((t) => !t.isBound);
  // "610 operations postponed since Monday" is a running total, not Monday's figure (but it is the figure "as of" its report's day).
  if (times.length === 0 && !analysis.time.asOf && all.some((t) => /^(since|from|after)\b/i.test(t.text))) return WEIGHTS.dayDiffers;
  if (times.length === 0) {
    const reportMatches = isFullDate(reportDay) && asked.some((a) => (a.day && sameDay(a.day, reportDay)) || (a.weekday && weekdayIndex(a.weekday) === new Date(`${reportDay}T12:00:00Z`).getUTCDay()));
    // ("How many had died by March 6?": a report dated after that day tells a later count.)
    const isAfterAsOf = analysis.time.asOf && isFullDate(reportDay) && asked.some((a) => a.day !== undefined && (a.day.startsWith('--') ? reportDay.slice(5) > a.day.slice(2) : reportDay > a.day));
    if (isAfterAsOf) return WEIGHTS.dayDiffers;
    return reportMatches ? WEIGHTS.reportOnDay : WEIGHTS.noDayGiven;
  }
  const matches = (t: DatedSpan): boolean =>
    asked.some((a) => (a.weekday !== undefined && t.text.toLowerCase().includes(a.weekday)) || (a.day !== undefined && t.day !== undefined && sameDay(a.day, t.day)));
  const matching = times.filter(matches);
  if (matching.length === 0) return WEIGHTS.dayDiffers;
  const isPlanned = (t: Span): boolean => /\b(due|expected|set|scheduled|planned|will|would)\b[^.;]{0,50}$/i.test(sentence.slice(Math.max(0, t.start - 60), t.start));
  if (matching.every(isPlanned) && !analysis.asksAboutPlan) return WEIGHTS.onlyPlannedForDay;
  // With several days in one sentence ("180 on Friday and 230 on Saturday"), the figure nearest the asked day.
  if (near && times.length > matching.length) {
    const distance = (t: Span): number => Math.abs(t.start - near.start);
    const nearest = [...times].sort((a, b) => distance(a) - distance(b))[0]!;
    if (!matches(nearest)) return WEIGHTS.dayDiffers / 2;
  }
  // "Saturday's earthquake" names the day of the event, not of the figure beside it.
  const isModifier = (t: Span): boolean => /[’']s$/.test(t.text);
  return matching.every(isModifier) ? WEIGHTS.dayMatches / 3 : WEIGHTS.dayMatches;
}

export interface TimedPick {
  score: number;
  /** The report's date ('' when undated). */
  reportDay: string;
  value?: number;
  /** How well the figure fits the question (quantityFit). */
  fit?: number;
  /** Whether the pick's report is about what the question names (its names are in the sentence, its neighbours or the title); asked only when needed. */
  sameStory?: () => boolean;
  /** Share of the question's relation words its sentence states (see answer-gate.ts). */
  relation?: number;
  /** A newer report's figure told in its own words (answer.ts, laterFigures): already held to fit the question as well as the best. */
  isLaterWording?: boolean;
  /** Figures the pick's sentence says a revision replaced ("up from 30"): picks giving them are superseded by it. Asked only when needed. */
  replaces?: () => number[];
  /** Whether the pick's sentence says its figure was the peak ("4,600 doctors had stayed away at the height of the strike"). */
  toldAsPeak?: boolean;
}

/**
 * Among picks that are about equally good, the one from the report the question is about: the newest by
 * default ("how many have died?" after a revision), the first for "initially", the one before the newest for
 * "before the final count", the largest for "at the peak".
 * A question naming a day was already scored by dayFit, so the best score stands.
 * `revisions` gives what the story's sentences say replaced what ("from 74 to 69"); it is read only when needed.
 * `newestTold` is the newest report day of any figure for it, whoever gave it, when only one source's picks are weighed.
 */
export function chooseByTime<T extends TimedPick>(analysis: QuestionAnalysis, picks: T[], revisions: () => Replacement[] = () => [], newestTold = ''): T | undefined {
  const sorted = [...picks].sort((a, b) => b.score - a.score);
  const best = sorted[0];
  if (!best || analysis.time.stage === 'any') return best;
  if (analysis.time.stage === 'latest') {
    // "A$55m, up from its earlier estimate of A$30m": a figure another answer says it replaced is not the latest.
    const current = newestRevision(sorted, best, revisions);
    if (current !== best) return newerRetellingOf(sorted, current, revisions) ?? current;
  }
  // The same figure told in another report of the same story, fitting the question about as well.
  // Toward the report asked for: newer for the latest figure, older (both dated) for the first.
  const isTowardAsked = (p: T): boolean =>
    isFullDate(p.reportDay) &&
    ((analysis.time.stage === 'latest' && p.reportDay > best.reportDay) || (analysis.time.stage === 'initial' && isFullDate(best.reportDay) && p.reportDay < best.reportDay));
  // A report told in its own words may fit the question worse, but it must state what the question asks about
  // about as fully: "a reward of 250,000 rand" is no retelling of what a gang took.
  // (The first report is not held to it: the question's words are often those of the later reports.)
  const statesAsFully = (p: T): boolean => analysis.time.stage !== 'latest' || p.isLaterWording === true || p.relation === undefined || best.relation === undefined || p.relation >= best.relation - WEIGHTS.retellingRelationDrop;
  // A figure the best pick's own report gives for something else ("built for 600 inmates but holds about 1,900")
  // counts that other thing in a newer report too ("which was built for 600 inmates, holds around 1,900").
  const countsOtherThing = (p: T): boolean =>
    analysis.time.stage === 'latest' && p.value !== undefined && best.value !== undefined && !isSameFigure(p.value, best.value) && sorted.some((q) => q !== best && q.reportDay === best.reportDay && q.value !== undefined && isSameFigure(q.value, p.value!));
  const isRetelling = (p: T): boolean =>
    p.fit !== undefined &&
    !countsOtherThing(p) &&
    best.fit !== undefined &&
    (isTowardAsked(p) ? p.fit >= best.fit - WEIGHTS.otherReportFitMargin && statesAsFully(p) : p.fit >= best.fit - WEIGHTS.sameFigureFitMargin) &&
    best.sameStory?.() === true &&
    p.sameStory?.() === true;
  // Over a best pick from an undated report, a close score alone does not make a dated figure its newer version: it must fit the question about as well.
  const fitsAsWell = (p: T): boolean => isFullDate(best.reportDay) || p.fit === undefined || best.fit === undefined || p.fit >= best.fit - WEIGHTS.sameFigureFitMargin;
  const close = sorted.filter((p) => (p.score >= best.score - WEIGHTS.sameAnswerMargin && fitsAsWell(p)) || isRetelling(p));
  const dated = close.filter((p) => isFullDate(p.reportDay));
  // (A figure its sentence calls the peak is the peak, though an earlier report's running count was higher: "4,600
  // doctors had stayed away at the height of the strike", agreed after "5,200 doctors were now on strike".)
  if (analysis.time.stage === 'peak') {
    const toldAsPeak = close.filter((p) => p.toldAsPeak);
    return [...(toldAsPeak.length > 0 ? toldAsPeak : close)].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  }
  if (dated.length === 0) return best;
  // "Before the final count": the newest report but the last, or the figure the newest one says it replaced.
  if (analysis.time.stage === 'previous') {
    // (The newest report may give only another source's figure, or a joint one: "before the joint count" is then any of the asked source's.)
    const newest = dated.reduce((day, p) => (p.reportDay > day ? p.reportDay : day), newestTold);
    const older = dated.filter((p) => p.reportDay < newest).sort((a, b) => b.reportDay.localeCompare(a.reportDay) || b.score - a.score);
    return older[0] ?? best;
  }
  const byDate = [...dated].sort((a, b) => (analysis.time.stage === 'initial' ? a.reportDay.localeCompare(b.reportDay) : b.reportDay.localeCompare(a.reportDay)) || b.score - a.score);
  // The newest dated report's figure may itself be one an undated later report says it replaced ("from 74 to 69").
  return analysis.time.stage === 'latest' ? newestRevision(sorted, byDate[0]!, revisions) : byDate[0];
}

/**
 * A revision is itself out of date when a newer dated report of the story tells another figure for it, fitting
 * the question about as well ("the penalty is now $240,000, not $85,000", then "set the city's penalty at $215,000").
 */
function newerRetellingOf<T extends TimedPick>(sorted: T[], revision: T, revisions: () => Replacement[]): T | undefined {
  if (!isFullDate(revision.reportDay) || revision.fit === undefined || revision.sameStory?.() !== true) return undefined;
  const newer = sorted
    .filter((p) => isFullDate(p.reportDay) && p.reportDay > revision.reportDay && p.value !== undefined && p.fit !== undefined && p.fit >= revision.fit! - WEIGHTS.otherReportFitMargin && p.sameStory?.() === true)
    .sort((a, b) => b.reportDay.localeCompare(a.reportDay) || b.score - a.score)[0];
  return newer ? newestRevision(sorted, newer, revisions) : undefined;
}

/**
 * Follows "a figure another answer says it replaced" from a pick to the figure that replaced it: the pick's own
 * sentence says so ("47,500, fewer than the 52,000 it reported"), or another sentence of the story does
 * ("bringing the total from 74 to 69") and a pick gives the new figure.
 */
function newestRevision<T extends TimedPick>(sorted: T[], pick: T, revisions: () => Replacement[]): T {
  let current = pick;
  for (let step = 0; step < 3; step++) {
    const value = current.value;
    if (value === undefined) break;
    const isOther = (p: T): boolean => p.value !== undefined && p.value !== value;
    const saysItReplaced = (p: T): boolean => isOther(p) && (p.replaces?.() ?? []).some((v) => isSameFigure(v, value));
    const givesReplacement = (p: T): boolean => isOther(p) && revisions().some((r) => r.by !== undefined && isSameFigure(r.replaced, value) && isSameFigure(r.by, p.value!));
    const newer = sorted.find(saysItReplaced) ?? sorted.find(givesReplacement);
    if (!newer) break;
    current = newer;
  }
  return current;
}

const MONTH_NAME = new RegExp(`\\b(?:${MONTH_ALTERNATIVES})\\b`, 'i');
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * "Monday" → "Monday 12 October": a weekday an answer gives, dated by its report ("the council hoped to reopen the
 * road on Monday" in a report of Friday 9 October). A span that already names its date, or a report without one, stays.
 */
export function withResolvedDay(span: string, sentence: string, reportDay: string): string {
  if (!isFullDate(reportDay) || /\d/.test(span) || MONTH_NAME.test(span)) return span;
  const weekday = WEEKDAY_WORD.exec(span.toLowerCase())?.[1];
  if (!weekday) return span;
  // ("Between Thursday 16 and Saturday 18 July": the sentence dates the weekday itself, whatever the span kept.)
  const writtenDate = new RegExp(`\\b${weekday}\\b,?\\s+(?:\\d|(?:${MONTH_ALTERNATIVES})\\b)`, 'i');
  if (writtenDate.test(sentence)) return span;
  const told = datedTimes(sentence, reportDay).find((t) => t.day && isFullDate(t.day) && t.text.toLowerCase().includes(weekday) && !/\d|\b(?:last|this)\b/i.test(t.text));
  if (!told) return span;
  const date = DAY_MONTH.format(new Date(`${told.day}T12:00:00Z`));
  const at = new RegExp(`\\b${weekday}\\b`, 'i').exec(span)!;
  const end = at.index + at[0].length;
  return end === span.length ? `${span} ${date}` : `${span}, ${date}`;
}

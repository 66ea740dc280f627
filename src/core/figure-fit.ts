// How well a figure in a sentence answers a "how many / how long" question: the noun it counts, the verb
// that governs it, fact or plan, the day it belongs to, a measurement or a head count.
import { findDurations, findTimes, type Quantity } from './extract.ts';
import { nearestToQuestionTerms, questionTermPositions } from './answer-spans.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { STOP_WORDS, termOf, tokenize } from './terms.ts';

export const CALENDAR_WORDS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** What happened to the people counted: a figure beside another outcome counts something else. */
const OUTCOMES = new Set(['kill', 'injur', 'exchang', 'prison']);

export const PLANNED_BEFORE = /\b(due|expected|set|scheduled|planned|will|would)\b[^.;]{0,50}$/i;

const PLANNED = /\b(agreed|agree|agreement|due|expected|plans?|planned|would|will|set|to (?:exchange|swap|release|free|return))\b[^.;]{0,40}$/i;

export const TIME_UNITS = new Set(['minut', 'hour', 'dai', 'week', 'month', 'year', 'decad']);

/** Nouns that count people, for "how many people/Ukrainians …". */
const PERSON_NOUNS = new Set(['peopl', 'citizen', 'civilian', 'soldier', 'prison', 'pow', 'resid', 'worker', 'child', 'woman', 'man', 'servicemen', 'victim', 'journalist']);
/** Demonyms and the generic "people": any count of persons answers them. */
const GENERIC_FOCUS = new Set(['peopl', 'ukrain', 'russia', 'us']);
/** Counted nouns that name the parties, not what happened to them ("the two sides agreed"). */
const PARTY_NOUNS = new Set(['side', 'parti', 'nation', 'countri', 'time', 'wai']);

/**
 * A duration beside the asked-about thing fits best: "30-day ceasefire", "nearly four years of war"
 * (not the "three years" of talks). With `unit`, only durations in that unit ("how many hours").
 */
export function pickDuration(analysis: QuestionAnalysis, sentence: string, unit?: string): { span: string; fit: number } | undefined {
  const durations = findDurations(sentence).filter((d) => !unit || termOf(d.text.split(/[\s-]+/).at(-1)!.toLowerCase()) === unit);
  const duration = nearestToQuestionTerms(analysis, sentence, durations);
  if (!duration) return undefined;
  const isAdjacent = questionTermPositions(analysis, sentence).some((p) => (p >= duration.end && p - duration.end <= 8) || (p <= duration.start && duration.start - p <= 12));
  return { span: duration.text, fit: 1 + (isAdjacent ? 2 : 0) };
}

/**
 * A question tied to a day ("released on Saturday") wants a figure for that day: a sentence that names the
 * day only for what is still to come ("more due … on Saturday") or names another day does not answer it.
 */
function timeFit(analysis: QuestionAnalysis, sentence: string): number {
  const bare = (text: string): string => text.replace(/^(on|in|by|during|since)\s+/i, '').toLowerCase();
  const asked = findTimes(analysis.text).map((t) => bare(t.text));
  if (asked.length === 0) return 0;
  const times = findTimes(sentence);
  if (times.length === 0) return 0;
  const matching = times.filter((t) => asked.some((a) => bare(t.text).includes(a) || a.includes(bare(t.text))));
  if (matching.length === 0) return -1.5;
  const onlyPlanned = matching.every((t) => PLANNED_BEFORE.test(sentence.slice(Math.max(0, t.start - 60), t.start)));
  return onlyPlanned && !analysis.asksAboutPlan ? -3 : 0.5;
}

/** How well a number answers "how many …": it counts the asked-for noun, is governed by the asked-for verb, and is a fact or a plan as asked. */
export function quantityFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
  let fit = 0;
  const { focus } = analysis;
  if (focus) {
    if (quantity.headTerm === focus) fit += 2;
    else if (GENERIC_FOCUS.has(focus) && PERSON_NOUNS.has(quantity.headTerm)) fit += 2;
    else if (quantity.nounTerms.includes(focus)) fit += 1;
    else if (quantity.headTerm) fit -= 0.5;
  } else if (PARTY_NOUNS.has(quantity.headTerm)) {
    fit -= 1;
  }
  const questionTerms = new Set(analysis.terms.map((t) => t.term));
  const nearby = tokenize(sentence.slice(Math.max(0, quantity.start - 50), Math.min(sentence.length, quantity.end + 50)));
  if (nearby.some((t) => questionTerms.has(t.term) && t.term !== focus)) fit += 1;
  // The verb right before a figure says what it counts: "wounding eight" answers "how many wounded",
  // "killing one person" does not; words after the noun ("390 people had returned") count a little less.
  const before = tokenize(sentence.slice(Math.max(0, quantity.start - 30), quantity.start)).slice(-2);
  const after = tokenize(sentence.slice(quantity.end, quantity.end + 40)).slice(quantity.nounTerms.length, quantity.nounTerms.length + 3);
  const isAsked = (t: { term: string }): boolean => questionTerms.has(t.term) && t.term !== focus;
  const isOtherOutcome = (t: { term: string }): boolean => OUTCOMES.has(t.term) && !questionTerms.has(t.term);
  if (before.some(isAsked)) fit += 1.5;
  else if (before.some(isOtherOutcome)) fit -= 1.5;
  else if (after.some(isAsked)) fit += 1;
  else if (after.some(isOtherOutcome)) fit -= 1;
  const isPlanned =
    PLANNED.test(sentence.slice(Math.max(0, quantity.start - 60), quantity.start)) ||
    /^\s+(?:[\p{L}-]+\s+){0,2}(?:expected|due|set|scheduled|planned) to\b/u.test(sentence.slice(quantity.end, quantity.end + 50));
  if (isPlanned !== analysis.asksAboutPlan) fit -= 1.5;
  else if (isPlanned) fit += 0.5;
  if (/hundreds|thousands|tens|dozens|millions/i.test(quantity.text) && !/\d/.test(quantity.text)) fit -= 0.5;
  fit += timeFit(analysis, sentence);
  // "How many died in Chivay?": the figure in the sentence that names Chivay, not its neighbour's.
  const places = analysis.names.filter((n) => !CALENDAR_WORDS.test(n) && !STOP_WORDS.has(n.toLowerCase()));
  if (places.length > 0 && places.every((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(sentence))) fit += 1;
  if (analysis.asksMeasure) {
    const isMeasurement =
      /\b(magnitude|measuring|scale of)\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 14), quantity.start)) ||
      /[%$€£]|percent|\d\.\d/.test(quantity.text) ||
      /^\s*(km|kilomet|met|mile|degree|mph|tonne|ton|percent|per cent)/i.test(sentence.slice(quantity.end, quantity.end + 12));
    fit += isMeasurement ? 1.5 : -0.5;
  }
  return fit;
}

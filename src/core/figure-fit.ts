// How well a figure in a sentence answers a "how many / how long" question: the noun it counts, the verb
// that governs it, fact or plan, the day it belongs to, a measurement or a head count.
import { dayFit } from './answer-time.ts';
import { isMoneyFigure, previousFigure } from './answer-gate.ts';
import { WEIGHTS } from './answer-weights.ts';
import { countedWords, findDurations, findQuantities, type Quantity, type Span } from './extract.ts';
import { nearestToQuestionTerms, questionTermPositions } from './answer-spans.ts';
import { namedThings, RELATIVE_YEAR, withoutBeforeClauses, type QuestionAnalysis } from './question-analysis.ts';
import { termOf, tokenize } from './terms.ts';
import { literalPattern } from './literal-pattern.ts';
import { CURRENCY_SIGN, MONEY_SIGN, NUMBER_WORD } from './numbers.ts';


/** What happened to the people counted: a figure beside another outcome counts something else. */
const OUTCOMES = new Set(['kill', 'injur', 'exchang', 'prison']);

export const PLANNED_BEFORE = /\b(due|expected|expect|expects|forecast|predicted|set|scheduled|planned|will|would)\b[^.;]{0,50}$/i;

// ("Agreed on eight dead", "agree that 27 died": a settled count is told, not planned.)
const PLANNED = /\b(agreed(?! (?:on|that|upon)\b)|agree(?! (?:on|that|upon)\b)|agreement|due|expected|plans?|planned|would|will|set(?= (?:to|for)\b)|to (?:exchange|swap|release|free|return))\b[^.;]{0,40}$/i;

const ESTIMATE_BEFORE = /\b(?:estimat\w*|forecast\w*|projected|projection)\b[^.;]{0,90}$/i;

export const TIME_UNITS = new Set(['minut', 'hour', 'dai', 'week', 'month', 'year', 'decad']);

/** Nouns that count people, for "how many people/Ukrainians …". */
const PERSON_NOUNS = new Set(['peopl', 'citizen', 'civilian', 'soldier', 'prison', 'pow', 'resid', 'worker', 'child', 'woman', 'man', 'servicemen', 'victim', 'journalist']);
/** What happens to people that a question counts by ("how many deaths / injuries"): its figure counts persons. */
const PERSON_OUTCOMES = new Set(['kill', 'injur', 'injuri', 'death', 'die', 'dead', 'casualti', 'fatal']);
/** Demonyms and the generic "people": any count of persons answers them. */
const GENERIC_FOCUS = new Set(['peopl', 'ukrain', 'russia', 'us']);
/** Counted nouns that name the parties, not what happened to them ("the two sides agreed"). */
const PARTY_NOUNS = new Set(['side', 'parti', 'nation', 'countri', 'time', 'wai']);

/**
 * A duration beside the asked-about thing fits best: "30-day ceasefire", "nearly four years of war"
 * (not the "three years" of talks). With `unit`, only durations in that unit ("how many hours").
 */
export function pickDuration(analysis: QuestionAnalysis, sentence: string, unit?: string): { span: string; fit: number } | undefined {
  // ("… on Monday 23 February, a week before the 2 March date": how far apart two days are, not how long anything took.)
  const asksOffset = OFFSET_ASKED.test(analysis.text);
  // ("… happened at least once a week": how often, not how long.)
  const durations = findDurations(sentence).filter((d) => (!unit || termOf(d.text.split(/[\s-]+/).at(-1)!.toLowerCase()) === unit) && (asksOffset || !OFFSET_AFTER.test(sentence.slice(d.end, d.end + 40))) && !FREQUENCY_BEFORE.test(sentence.slice(Math.max(0, d.start - 16), d.start)));
  const duration = nearestToQuestionTerms(analysis, sentence, durations);
  if (!duration) return undefined;
  const isAdjacent = questionTermPositions(analysis, sentence).some((p) => (p >= duration.end && p - duration.end <= 8) || (p <= duration.start && duration.start - p <= 12));
  return { span: duration.text, fit: 1 + (isAdjacent ? 2 : 0) };
}

const OFFSET_AFTER = /^\s+(?:(?:before|ahead of) (?:the )?(?:\d|\p{Lu}|(?:revised|planned|original|promised|new|first) )|(?:earlier|later|sooner) than (?:planned|promised|expected|feared|scheduled|first|the)\b)/u;
const FREQUENCY_BEFORE = /\b(?:once|twice|thrice|times)\s+$/i;
const OFFSET_ASKED = /\b(?:before|after|ahead|ago|earlier|later|sooner|early|late|delay\w*|behind)\b/i;

/** How far back the figure whose noun is left out may start. */
const ELIDED_REACH = 60;

/**
 * The noun a bare figure leaves out because the figure before it named it: "Four people died and 196 were taken
 * ill" counts people twice. '' when there is none.
 */
function elidedHead(sentence: string, quantity: Quantity): string {
  // ("131 suspected cases, of which 64 have been confirmed": the part counts what the whole does.)
  if (!/\b(?:and|but|while|whereas|of which|of whom|among them|among whom)\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 12), quantity.start))) return '';
  const previous = previousFigure(sentence, quantity);
  return previous !== undefined && quantity.start - previous.start <= ELIDED_REACH ? previous.headTerm : '';
}

/**
 * The noun a bare figure counts because its clause opens on "the number of" it: "The number of villages cut off by
 * snow has risen to 420" counts villages. '' when there is none.
 */
function numberOfHead(sentence: string, quantity: Quantity): string {
  const named = NUMBER_OF_BEFORE.exec(sentence.slice(Math.max(0, quantity.start - 160), quantity.start))?.[1];
  return named === undefined ? '' : (countedWords(` ${named}`).map((w) => termOf(w.toLowerCase())).at(-1) ?? '');
}
// (A possessive opens the noun phrase without being its head: "the number of fishermen's fuel subsidy cards refused …".)
const NUMBER_OF_BEFORE = /\b(?:number|total|count|tally) of\s+(?:[\p{L}-]+[’']s?\s+)?((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)(?:(?!\b(?:and|but|while|which|who|whose|than)\b)[^.;:,]){0,80}?\b(?:to|at|is|was|were|are|reached|hit|topped)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$/iu;

/** How well a number answers "how many …": it counts the asked-for noun, is governed by the asked-for verb, and is a fact or a plan as asked. */
export function quantityFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity, reportDay = ''): number {
  let fit = 0;
  const { focus } = analysis;
  const head = quantity.headTerm || elidedHead(sentence, quantity);
  // (A count its clause names only as "the number of villages" counts something else; it is not held to count the
  // focus when it names it so, which would set a retelling's bare figure above the newer report's own count.)
  const named = head ? '' : numberOfHead(sentence, quantity);
  // ("How many people died?" → "fixes the number of dead at seventeen": the dead are the people asked about.)
  const countsNamedOther = focus !== undefined && named !== '' && named !== focus && !(PERSON_NOUNS.has(named) && (GENERIC_FOCUS.has(focus) || PERSON_OUTCOMES.has(focus))) && !(GENERIC_FOCUS.has(focus) && PERSON_OUTCOMES.has(named));
  if (focus) {
    if (countsNamedOther) fit += WEIGHTS.countsSomethingElse;
    else if (head === focus) fit += WEIGHTS.countsFocus;
    else if (GENERIC_FOCUS.has(focus) && PERSON_NOUNS.has(head)) fit += WEIGHTS.countsPersonForPeople;
    // "How many deaths?" → "killing at least seven people": the dead are people.
    else if (PERSON_OUTCOMES.has(focus) && PERSON_NOUNS.has(head)) fit += WEIGHTS.countsPersonForPeople;
    else if (quantity.nounTerms.includes(focus)) fit += WEIGHTS.focusInNounPhrase;
    else if (head) fit += WEIGHTS.countsSomethingElse;
  } else if (PARTY_NOUNS.has(quantity.headTerm)) {
    fit += WEIGHTS.countsParties;
  }
  const questionTerms = new Set(analysis.terms.map((t) => t.term));
  const nearby = tokenize(sentence.slice(Math.max(0, quantity.start - 50), Math.min(sentence.length, quantity.end + 50)));
  if (nearby.some((t) => questionTerms.has(t.term) && t.term !== focus)) fit += WEIGHTS.questionWordNearby;
  // The verb right before a figure says what it counts: "wounding eight" answers "how many wounded",
  // "killing one person" does not; words after the noun ("390 people had returned") count a little less.
  // (Within the figure's own clause: "Four people died and 196 were taken ill" — the dying is the four's.)
  // ("118 have recovered and gone home; seven are still in hospital": a semicolon ends the clause too, and the asked
  // "gone home" is the 118's. "131 suspected cases, of which 64 have been confirmed": the confirming is the part's.)
  const before = tokenize(sentence.slice(Math.max(0, quantity.start - 30), quantity.start).split(/;|\b(?:and|but|while|whereas|including|of which|of whom)\s/i).at(-1)!).slice(-2);
  const after = tokenize(sentence.slice(quantity.end, quantity.end + 40).split(CLAUSE_AFTER)[0]!).slice(quantity.nounTerms.length, quantity.nounTerms.length + 3);
  const isAsked = (t: { term: string }): boolean => questionTerms.has(t.term) && t.term !== focus;
  const isOtherOutcome = (t: { term: string }): boolean => OUTCOMES.has(t.term) && !questionTerms.has(t.term);
  if (before.some(isAsked)) fit += WEIGHTS.askedVerbBefore;
  else if (before.some(isOtherOutcome)) fit += WEIGHTS.otherOutcomeBefore;
  else if (after.some(isAsked)) fit += WEIGHTS.askedVerbAfter;
  else if (after.some(isOtherOutcome)) fit += WEIGHTS.otherOutcomeAfter;
  const isPlanned =
    PLANNED.test(sentence.slice(Math.max(0, quantity.start - 60), quantity.start)) ||
    // "What did they estimate the closure would cost?" → "The authority's first estimate of the cost … is $450,000":
    // an estimate is the forecast asked about (for a question about what happened it is still the figure told).
    (analysis.asksAboutPlan && ESTIMATE_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 100), quantity.start))) ||
    /^\s+(?:[\p{L}-]+\s+){0,2}(?:expected|due|set|scheduled|planned) to\b/u.test(sentence.slice(quantity.end, quantity.end + 50));
  if (isPlanned !== analysis.asksAboutPlan) fit += WEIGHTS.planMismatch;
  else if (isPlanned) fit += WEIGHTS.planMatch;
  if (/hundreds|thousands|tens|dozens|millions|several|a few/i.test(quantity.text) && !/\d/.test(quantity.text)) fit += WEIGHTS.vagueAmount;
  fit += dayFit(analysis, sentence, reportDay, quantity);
  fit += runningTotalFit(analysis, sentence, quantity, countsNamedOther);
  fit += revisionFit(analysis, sentence, quantity);
  fit += settledFit(analysis, sentence, quantity);
  fit += subsetFit(analysis, sentence, quantity);
  fit += differenceFit(analysis, sentence, quantity);
  // "How many died in Chivay?": the figure in the sentence that names Chivay, not its neighbour's.
  const places = namedThings(analysis);
  if (places.length > 0 && places.every((n) => new RegExp(`\\b${literalPattern(n)}`).test(sentence))) fit += WEIGHTS.placeNamed;
  if (analysis.asksMeasure) {
    const isMeasurement =
      /\b(magnitude|measuring|scale of)\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 14), quantity.start)) ||
      /%|percent|\d\.\d/.test(quantity.text) || CURRENCY_SIGN.test(quantity.text) ||
      // ("TND 950,000 has been paid", "4 million rupees": how much money is measured by its currency.)
      (analysis.asksMoney && isMoneyFigure(sentence, quantity)) ||
      /^\s*(km|kilomet|met|mile|degree|mph|tonne|ton|percent|per cent)/i.test(sentence.slice(quantity.end, quantity.end + 12));
    fit += isMeasurement ? WEIGHTS.measurementAsked : WEIGHTS.notAMeasurement;
  }
  return fit;
}

/** How near (in characters) a "this year" / "next year" must be to a figure to date it. */
const YEAR_REACH = 45;

/**
 * "How much is the council spending this year?" is not answered by "spending next year is expected to be
 * £412m": a figure dated by a nearby "next year" or "last year" is that year's, not the one asked about.
 */
export function isAboutOtherYear(analysis: QuestionAnalysis, sentence: string, quantity: Span): boolean {
  const asked = analysis.time.relativeYears;
  if (asked.length === 0) return false;
  const near = [...sentence.matchAll(RELATIVE_YEAR)].filter((m) => m.index + m[0].length >= quantity.start - YEAR_REACH && m.index <= quantity.end + YEAR_REACH);
  return near.length > 0 && !near.some((m) => asked.includes(m[1]!.toLowerCase()));
}

/**
 * "19 were still in hospital on Monday, four of them in a critical condition": a figure followed by "of them"
 * counts part of the one before it, and answers only a question about that part ("how many were critical"),
 * which it then answers as a count of the same people.
 */
function subsetFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
  // ("… 11 deaths, including two patients who died on Tuesday", "131 suspected cases, of which 64 have been
  // confirmed": told before the figure, the part is what follows it.)
  const part =
    /^\s+of (?:them|those|whom|these)\b([^,.;]{0,50})/i.exec(sentence.slice(quantity.end)) ??
    (PART_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start)) ? /^([^,.;]{0,60})/.exec(sentence.slice(quantity.end)) : null);
  const asked = new Set(analysis.terms.map((t) => t.term));
  const isAsked = (text: string): boolean => tokenize(text).some((t) => asked.has(t.term) && t.term !== analysis.focus);
  // (The part is asked when it adds an asked word to the whole's clause: "11 deaths, including two patients who died"
  // tells no more of a death toll than the 11 do.)
  if (part) {
    const wholeClause = new Set(tokenize(sentence.slice(Math.max(0, quantity.start - 100), quantity.start).split(';').at(-1)!).map((t) => t.term));
    // (Nor does the part's own noun, unless it is what is counted: "14 people, including six police officers, were
    // injured" for "how many were hurt in the clash with police".)
    const adds = (t: { term: string }): boolean => asked.has(t.term) && !wholeClause.has(t.term) && (t.term === analysis.focus || !quantity.nounTerms.includes(t.term));
    return tokenize(part[1]!).some(adds) ? WEIGHTS.askedPartOfCount : WEIGHTS.partOfAnotherCount;
  }
  // The whole such a part is told of, when only the part's words are asked ("how many has the laboratory confirmed").
  // (The whole's clause may go on after the part: "14 people, including six police officers, were injured".)
  const whole = WHOLE_OF_PART.exec(sentence.slice(quantity.end, quantity.end + 200));
  if (!whole) return 0;
  const ownClause = sentence.slice(0, quantity.end).split(/[;,]/).at(-1)! + whole[1]! + (whole[3] ?? '');
  return isAsked(whole[2]!) && !isAsked(ownClause) ? WEIGHTS.wholeOfAskedPart : 0;
}
const WHOLE_OF_PART = new RegExp(
  String.raw`^([^.;,]{0,40}),\s+(?:of which|of whom|including|among them|among whom)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?(?:\d[\d,.]*|(?:${NUMBER_WORD})\b)([^,.;]{0,60})(?:,([^,.;]{0,60}))?`,
  'i',
);
const PART_BEFORE = /(?:\d|\p{L}),?\s+(?:of which|of whom|including|among them|among whom)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$/iu;
/** Where a figure's clause ends, for the words after it that say what it counts. */
const CLAUSE_AFTER = new RegExp(String.raw`;|,\s+(?:(?:of which|of whom|including|among them|among whom)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?(?:\d|(?:${NUMBER_WORD})\b)|while\b|whereas\b|but\b)`, 'i');

/**
 * "Five children are in hospital, two more than on Thursday": a figure followed by "more than" or "fewer than"
 * is a difference between two counts, and answers only a question that asks for one ("how many more").
 */
function differenceFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
  if (!/^\s+(?:[\p{L}-]+\s+)?(?:more|fewer|less)\s+than\b/iu.test(sentence.slice(quantity.end, quantity.end + 40))) return 0;
  return /\b(?:how many|how much)\s+(?:more|fewer|less)\b|\bby how (?:many|much)\b|\bdifference\b/i.test(analysis.text) ? 0 : WEIGHTS.differenceNotCount;
}

/** "Correction: An earlier version of this article gave the fine as €19.6 million": the figure a correction withdrew. */
const EARLIER_VERSION = String.raw`\bearlier version of (?:this|the) (?:article|story|report)\s+(?:gave|said|stated|put|reported|listed)\s+[^.;]{0,60}?\b(?:as|at)`;

/** "had first", "had earlier", "had originally": the words that may tell a past before the past as the first telling. */
const HAD_TOLD = String.raw`had\s+(?:first\s+|earlier\s+|originally\s+|initially\s+|previously\s+)?`;

/** "It had reported bed bugs in 94 rooms": a report's own earlier word, in the past before the past. */
// (Or two bodies' earlier figures, told together: "Police and the fire department, which had given tolls of seven and nine, agreed on eight dead".)
const HAD_REPORTED = String.raw`(?:\b(?:it|they|we|he|she|the [\p{L}-]+)\s+${HAD_TOLD}(?:reported|counted|estimated|announced|recorded|listed|put)\b|\b(?:which|who)\s+${HAD_TOLD}(?:given|put forward|reported|counted)\s+(?:tolls|estimates|figures|counts|totals)\s+of\b)`;

/**
 * "The Techiman Municipal Health Directorate had counted 46 cases and the college clinic 61", "The agency had counted
 * 26,950 plots, while the association put the total at about 31,000", "village offices had counted about 31,000 plots":
 * a body's count told in the past before the past, and the one told beside it, are counts a newer one replaced.
 */
// ("The regional governor's office, which had put the toll at 23, said two shepherds … had been found alive": a
// relative clause's count in the past before the past, its noun put "at" the figure.)
const EARLIER_COUNT = String.raw`(?:\b(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,5}?[\p{L}'’-]+|\b\p{Ll}[\p{Ll}'’-]+s|,\s+(?:which|who))\s+${HAD_TOLD}(?:counted|reported|estimated|recorded|listed|put\s+(?:the|its|their)\s+(?:[\p{L}'’-]+\s+){0,3}?at)\b`;
const EARLIER_COUNT_BEFORE = new RegExp(String.raw`${EARLIER_COUNT}\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$`, 'iu');
const PAIRED_WITH_EARLIER_BEFORE = new RegExp(String.raw`${EARLIER_COUNT}\s+(?:about\s+|around\s+|some\s+|nearly\s+)?\d[^.;]{0,40}?(?:,\s+(?:while|whereas)\b|\s+and\b)[^.;]{0,100}$`, 'iu');

/** "… a local lawmaker who had said six": an earlier claim told before its figure (held as replaced only when no source is asked). */
const HAD_SAID_BEFORE = new RegExp(String.raw`\b(?:who|which|it|they|he|she)\s+${HAD_TOLD}(?:said|claimed)\s+(?:that\s+)?(?:the\s+)?(?:about\s+|around\s+|some\s+|at least\s+)?$`, 'i');

/** A money sign before a figure, the country's letters included ("$", "TT$", "N$", "A$"), or a currency's code ("GEL 15,000"). */
const SIGN_OR_CODE = String.raw`(?:${MONEY_SIGN}|[A-Z]{3}\s)?`;

/** Words before a figure that make it the one a revision replaced: "up from 23", "up from the 1.2 million", "more than the 4,700 estimated on Thursday". */
/** "A fine of 60 million pesos, replacing the 45 million pesos withheld", "instead of the 12 announced": what a figure took the place of. */
const REPLACING = String.raw`\b(?:replac(?:es|ing|ed)|instead of|in place of)(?:\s+(?:its|their|an?))?(?:\s+(?:earlier|previous|initial|original|first))?`;
const REPLACED_BEFORE = new RegExp(
  String.raw`(?:\b(?:up|down|rising|falling|revised|raised|lowered|increased|decreased|rose|fell|climbed|dropped)\s+from|\bto\s+${SIGN_OR_CODE}[\d.,]+(?:\s+(?:million|billion|[\p{L}-]+)){0,2}\s+from|\b(?:more|less|fewer|higher|lower|greater|larger|smaller) than (?:the|an?)(?:\s+(?:earlier|previous|initial|original|first))?|\b(?:earlier|previous|previously reported|initial|original|first) (?:estimate|figure|count|toll|tally|number)s? of|\bcompared (?:with|to)(?: the)?|${REPLACING}|${EARLIER_VERSION}|${HAD_REPORTED}[^.;,]{0,40}?)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?$`,
  'iu',
);

/**
 * Words before a figure that say a revision replaced it — not a comparison with something else ("compared
 * with the £4.2m it was paying Halvergate"): "up from its earlier estimate of A$30m", "revising an earlier
 * figure of 85", "26 inmates, not 23", "revised the death toll down to 11 from 12".
 */
/** How a newer report cites a figure it replaced: "previously reported as 7,900", "first put at 3.9 million". */
const CITED_VERBS = 'reported|put|given|estimated|announced|stated|counted|recorded';
/** The nouns of a figure a report gave before: "the earlier claim of 6.8 million", "its original estimate of". */
const EARLIER_AMOUNT = '(?:earlier|previous|initial|original|first|old) (?:estimate|figure|count|toll|tally|forecast|number|claim|demand|bill|offer|price|total|valuation|fine|sum|amount|target)';

const REVISED_FROM = new RegExp(
  String.raw`(?:\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?${SIGN_OR_CODE}[\d.,]+(?:\s+(?:million|billion|[\p{L}-]+)){0,2}\s+from|\b(?:up|down|rising|falling|revised|raised|lowered|increased|decreased|rose|fell|climbed|dropped)\s+from(?:\s+(?:its|their|the|an?))?(?:\s+(?:earlier|previous|initial|original|first))?(?:\s+(?:estimate|figure|count|toll|tally|forecast)s?\s+of)?|\b(?:revising|revised|correcting|corrected)\s+(?:an?|the|its|their)\s+(?:earlier\s+|previous\s+|initial\s+|original\s+)?(?:estimate|figure|count|toll|tally|forecast)s?\s+of|\d[\d,.]*(?:\s+[\p{L}-]+){0,2},?\s+not|\b(?:previously|earlier|originally|initially|first)\s+(?:${CITED_VERBS})\s+(?:as|at)|${REPLACING})\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?$`,
  'iu',
);

/**
 * Words before a figure that say it was replaced by a figure given elsewhere: "deducted from the earlier claim of
 * 6.8 million dollars", "An earlier version of this article gave the fine as €19.6 million".
 */
const REPLACED_ELSEWHERE = new RegExp(
  String.raw`(?:\b${EARLIER_AMOUNT}s? of|${EARLIER_VERSION})\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?${MONEY_SIGN}?$`,
  'iu',
);

/**
 * A word every revision above needs: the gate that spares most sentences reading their figures (it must let each form
 * through). ("Below the" and "above the" only before a figure: "above the river" is common, and reading every such
 * sentence's figures cost a tenth of the time a question takes.)
 */
const REVISION_WORDS = new RegExp(
  String.raw`${HAD_REPORTED}|\b(?:from|revising|revised|correcting|corrected|not|earlier version|than the|(?:below|above) the\s+(?:about\s+|around\s+)?[^\s\d]{0,3}\s?\d+|against the|instead of|in place of|replac\w+|previously|originally|initially|${EARLIER_AMOUNT}|(?:earlier|first) (?:${CITED_VERBS}))\b`,
  'i',
);

/** "Up from 35,000 last year" compares with another year; it revises nothing. */
const ANOTHER_PERIOD = /^[^.;]{0,30}?\b(?:last year|a year (?:earlier|ago|before)|the (?:previous|year) before|in (?:19|20)\d\d)\b/i;

/**
 * What a sentence says a revision replaced, and by which of its figures: "the final count was 47,500 customers,
 * fewer than the 52,000 it reported" → 52,000 by 47,500; "bringing the total from 74 to 69" → 74 by 69. The
 * replacing figure is the nearest one not itself replaced ("five people earlier counted …" is not it); `by` is
 * undefined when the sentence gives no other figure.
 */
export interface Replacement {
  replaced: number;
  by?: number;
}

export function replacements(sentence: string): Replacement[] {
  // Most sentences revise nothing: one test spares them reading every figure again.
  if (!REVISION_WORDS.test(sentence)) return [];
  const quantities = findQuantities(sentence);
  const kinds = new Map(quantities.map((q) => [q, replacementKind(sentence, q)]));
  const replaced = quantities.filter((q) => kinds.get(q) !== undefined);
  // "25 billion baht (about $550 million)": the conversion in brackets restates a figure; it replaces nothing.
  const isConverted = (q: Quantity): boolean => /\(\s*(?:about|around|some|roughly|nearly|almost)?\s*$/i.test(sentence.slice(Math.max(0, q.start - 12), q.start));
  const others = quantities.filter((q) => !replaced.includes(q) && !isConverted(q));
  // The new figure comes before the one it replaced ("47,500, fewer than the 52,000", "down to 214 from 230"),
  // except after "from … to" ("from 74 to 69"); "the earlier figure of 3,400 included 450 hectares" names none.
  return replaced.map((q) => {
    const kind = kinds.get(q);
    const by =
      kind === 'elsewhere'
        ? undefined
        : kind === 'from-to'
          ? others.find((o) => o.start > q.end && o.start - q.end <= 40)
          : others.filter((o) => o.end <= q.start && q.start - o.end <= 140).at(-1);
    return { replaced: q.value, by: by?.value };
  });
}

/** How a figure is given as replaced: its successor stands before it, after "from … to", or elsewhere; undefined when it is not. */
function replacementKind(sentence: string, q: Quantity): 'before' | 'from-to' | 'elsewhere' | undefined {
  if (ANOTHER_PERIOD.test(sentence.slice(q.end, q.end + 40))) return undefined;
  const before = sentence.slice(Math.max(0, q.start - 80), q.start);
  const after = sentence.slice(q.end, q.end + 60);
  // (The order is that of the successor's lookup: a figure "replaced elsewhere" names no successor whatever else it matches.)
  if (REPLACED_ELSEWHERE.test(sentence.slice(Math.max(0, q.start - 100), q.start))) return 'elsewhere';
  if (FROM_BEFORE.test(before) && TO_AFTER.test(after)) return 'from-to';
  if (REVISED_FROM.test(before) || (THAN_THE_BEFORE.test(before) && REPORTED_AFTER.test(after))) return 'before';
  return undefined;
}

/** The values a sentence gives as replaced by a revision ("A$55m, up from its earlier estimate of A$30m" → 30m). */
export function replacedValues(sentence: string): number[] {
  return replacements(sentence).map((r) => r.replaced);
}

/** "Bringing the total from 74 to 69": the figure between "from" and "to". */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|some\s+)?$/i;
const TO_AFTER = new RegExp(String.raw`^[^.;,]{0,24}?\bto\s+(?:about\s+|around\s+|some\s+)?(?:${SIGN_OR_CODE}\d|(?:${NUMBER_WORD})\b)`, 'i');

/** "3,860, fewer than the 4,100 the board reported in August", "lower than the 340 announced the week after", "slightly below the 6.3 million announced in June": a count it says was reported before. */
const THAN_THE_BEFORE = new RegExp(String.raw`(?:\b(?:more|less|fewer|higher|lower|greater|larger|smaller|down|up) (?:than|from|on)|\b(?:below|above)|\bagainst|\brather than|\binstead of|\breplac(?:es|ing|ed)) the\s+(?:about\s+|around\s+)?${MONEY_SIGN}?$`, 'i');
const REPORTED_AFTER =
  /^\s+(?:[\p{L}'’&.-]+\s+){0,4}?(?:had\s+|has\s+|was\s+|were\s+)?(?:first\s+|initially\s+|earlier\s+|previously\s+|originally\s+)?(?:reported|announced|gave|given|estimated|said|published|counted|recorded|stated|cited|quoted)\b/iu;

/**
 * A figure a sentence gives as what the count was before it was revised ("24, up from 23") answers what was
 * first reported, never the current figure.
 */
function revisionFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
  const before = sentence.slice(Math.max(0, quantity.start - 80), quantity.start);
  // ("… settling a dispute with a local lawmaker who had said six people died": a claim the settled figure replaced,
  // unless the one who had said it is asked for.)
  const isEarlierCount = analysis.source === undefined && (EARLIER_COUNT_BEFORE.test(before) || PAIRED_WITH_EARLIER_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 200), quantity.start)));
  // (A question about the settled or final count is never answered by one of the counts it settled.)
  if (isEarlierCount && analysis.time.stage === 'latest' && ASKS_SETTLED.test(withoutBeforeClauses(analysis.text))) return WEIGHTS.countTheSettledOneReplaced;
  if (!REPLACED_BEFORE.test(before) && !isEarlierCount && (analysis.source !== undefined || !HAD_SAID_BEFORE.test(before))) return 0;
  const { stage } = analysis.time;
  // "Before the final count" wants the figure the newest report replaced: the report before it still gives it as current.
  return stage === 'initial' ? WEIGHTS.replacedFigureFirst : stage === 'any' || stage === 'previous' ? 0 : WEIGHTS.replacedFigure;
}

/**
 * "What is the settled number of people injured?" → "The committee … has settled the figure at 41": a figure told as
 * settled, agreed or final answers a question that asks for the settled, agreed or final one.
 */
function settledFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
  // (Not "before the toll was agreed": the figure asked came before the settled one.)
  if (analysis.time.stage !== 'latest' || !ASKS_SETTLED.test(withoutBeforeClauses(analysis.text))) return 0;
  return isToldSettled(sentence, quantity) ? WEIGHTS.settledFigure : 0;
}

/** A figure its clause tells as settled, agreed or final: "has settled the figure at 41", "the final death toll … at 14". */
export function isToldSettled(sentence: string, quantity: Quantity): boolean {
  // (The noun phrase a setting verb takes may be long: "put the final death toll from the June 13 landslide in … at 14".)
  const reach = PUT_COUNT_AT.test(sentence.slice(Math.max(0, quantity.start - 140), quantity.start)) ? 140 : 80;
  const clause = sentence.slice(Math.max(0, quantity.start - reach), quantity.start).split(/[;:]|,\s+(?:but|while|whereas)\b/i).at(-1)!;
  return TOLD_SETTLED.test(clause);
}
const ASKS_SETTLED = /\b(?:settled|agreed|final|finally|in the end|eventually|ultimately|reconciled)\b/i;
// ("Has agreed to pay €85,000" is a promise, not a count agreed.)
const TOLD_SETTLED = /\b(?:settled|agreed(?! to\b)|reconciled)\b|\bfinal (?:death |casualty |injury )?(?:figure|count|toll|total|number|tally|estimate|cost|bill|list)\b/i;
/** A verb that sets a count at a figure, the figure last: "put the toll … at", "settled the number of dead at". */
const PUT_COUNT_AT = /\b(?:put|puts|putting|set|sets|fixed|fixes|placed|places|settled|settles|settling)\s+(?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:toll|total|number|tally|count|figure)\b[^.;]{0,100}\bat\s+(?:about\s+|around\s+|some\s+|nearly\s+|at least\s+)?$/iu;

/** "How much extra …", "additional money": what was added, not the extra staff or services a sum paid for. */
const INCREMENT_ASKED = /\bhow (?:much|many) (?:extra|additional|more)\b|\b(?:extra|additional) (?:money|cash|funds?|funding|sums?)\b/i;

/**
 * "Each side handed over 210 more on Sunday, bringing the total to 1,000": for "how many in total / so far"
 * (and a plain "how many" about a developing story) the running total, not the increment; for a named day, the increment.
 */
function runningTotalFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity, countsNamedOther: boolean): number {
  const before = sentence.slice(Math.max(0, quantity.start - 40), quantity.start);
  const after = sentence.slice(quantity.end, quantity.end + 30);
  const isIncrement = /\b(another|a further|an additional)\s+$/i.test(before) || /^\s+(?:[\p{L}-]+\s+)?(more|additional|further|others?)\b/iu.test(after);
  const wider = sentence.slice(Math.max(0, quantity.start - 70), quantity.start);
  const isTotal =
    /\bin total\b/i.test(sentence.slice(0, quantity.start)) ||
    // ("In all, sixteen people were treated": the total where the sentence opens, which only the latest count asks for.)
    (analysis.time.stage === 'latest' && /^\W*(?:in all|altogether|all told),\s+(?:[\p{L}-]+\s+){0,4}$/iu.test(sentence.slice(0, quantity.start))) ||
    /\b(total(?:ling)?(?: of| to)?|in all|altogether|so far|to date|cumulative|overall|rose to|risen to|climbed to|reached)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) ||
    /\b(?:bringing|taking|raising|pushing) (?:the |its |their )?(?:total|number|toll|tally|count)\b[^.;]{0,45}\bto\s+$/iu.test(wider) ||
    /^\s+(?:[\p{L}-]+\s+){0,2}(?:in all|in total|altogether|so far)\b/iu.test(after) ||
    // "34 people have now reported", "the toll now stands at 34": the current figure, which only the latest asks for.
    (analysis.time.stage === 'latest' && (/\b(?:now|stands at)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) || /^\s+(?:[\p{L}-]+\s+){0,2}now\b/iu.test(after)));
  // "The death toll … rose to 12" counts deaths, never the injured (or any other outcome) a question asks about.
  const toll = /\b(\p{L}+)[- ]toll\b[^.;]*$/iu.exec(sentence.slice(Math.max(0, quantity.start - WEIGHTS.bareFigureReach), quantity.start));
  const tollTerm = toll ? tokenize(toll[1]!)[0]?.term : undefined;
  const askedOutcomes = analysis.terms.filter((t) => OUTCOMES.has(t.term)).map((t) => t.term);
  if (tollTerm !== undefined && OUTCOMES.has(tollTerm) && askedOutcomes.length > 0 && !askedOutcomes.includes(tollTerm)) return WEIGHTS.tollOfAnotherOutcome;
  // ("How much extra money did the authorities put into the fund?" is not answered by "bringing the total to 125 million
  // tenge": what was added is not what it added up to.)
  if (isTotal && INCREMENT_ASKED.test(analysis.text)) return WEIGHTS.totalForIncrement;
  // ("As of Wednesday, how many …": the running total that day is the answer, not one day's share of it.)
  if (analysis.time.stage === 'any' && !analysis.time.asOf) return isIncrement ? WEIGHTS.runningTotal / 2 : isTotal ? WEIGHTS.totalForADay : 0;
  const scale = analysis.time.asksTotal ? 3 : 1;
  // A bare total ("bringing the total … to 1,000") counts the story's main count; gatekeeping already bound it to the focus.
  // (Not "the number of villages … has risen to 420", which names what it counts.)
  const bareTotal = isTotal && !quantity.headTerm && !countsNamedOther ? WEIGHTS.countsFocus : 0;
  return scale * ((isIncrement ? WEIGHTS.increment : 0) + (isTotal ? WEIGHTS.runningTotal : 0)) + bareTotal;
}

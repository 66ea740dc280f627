// Precision first: a sentence answers a question only when it states the relation asked about — the
// question's action and objects (or their synonyms) — and, for a count, when the figure counts what was asked.
// A loosely matching sentence is a "closest passage", never an answer.
import type { Quantity } from './extract.ts';
import type { Lexicon } from './lexicon.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { termOf } from './terms.ts';
import { WEIGHTS } from './answer-weights.ts';

/** Each question term with the terms that mean the same (news synonyms are in the term already; WordNet adds more). */
export type Expansions = ReadonlyMap<string, ReadonlySet<string>>;

export function expandQuestion(analysis: QuestionAnalysis, lexicon: Lexicon): Expansions {
  const expansions = new Map<string, Set<string>>();
  for (const token of analysis.terms) {
    if (token.value !== undefined) continue;
    const alternatives = expansions.get(token.term) ?? new Set<string>();
    for (const word of lexicon.relatedWords(token.word)) {
      const term = termOf(word);
      if (term !== token.term) alternatives.add(term);
    }
    expansions.set(token.term, alternatives);
  }
  return expansions;
}

/** The words to add to a search so that sentences worded otherwise are found ("probing" → "investigation"). */
export function expansionWords(analysis: QuestionAnalysis, lexicon: Lexicon): string[] {
  return analysis.terms.filter((t) => t.value === undefined).flatMap((t) => lexicon.relatedWords(t.word).slice(0, 6));
}

/** How a sentence holds one term: itself, a synonym, in a neighbouring sentence, or not at all. */
export function termMatch(term: string, expansions: Expansions, own: ReadonlySet<string>, around: ReadonlyArray<ReadonlySet<string>>): number {
  if (own.has(term)) return 1;
  const alternatives = expansions.get(term);
  const hasAlternative = (terms: ReadonlySet<string>): boolean => alternatives !== undefined && [...alternatives].some((a) => terms.has(a));
  if (hasAlternative(own)) return WEIGHTS.synonymMatch;
  if (around.some((terms) => terms.has(term) || hasAlternative(terms))) return WEIGHTS.neighbourMatch;
  return 0;
}

/**
 * Share (0–1, weighted by rarity) of the question's relation words a sentence states. A question with a single
 * relation word needs it in the sentence itself (or a synonym); a neighbour's mention is not enough.
 */
export function relationCoverage(
  analysis: QuestionAnalysis,
  expansions: Expansions,
  weightOf: (term: string) => number,
  own: ReadonlySet<string>,
  around: ReadonlyArray<ReadonlySet<string>>,
): number {
  const predicates = [...new Set(analysis.predicates.map((t) => t.term))];
  if (predicates.length === 0) return 1;
  let total = 0;
  let held = 0;
  for (const term of predicates) {
    const weight = weightOf(term);
    total += weight;
    held += weight * termMatch(term, expansions, own, around);
  }
  return total === 0 ? 1 : held / total;
}

const MONEY = /[$€£¥₹]|\b(dollars?|euros?|pounds?|shillings?|yuan|rupees?|pesos?|rand|francs?|zloty|won|yen)\b/i;
const SHARE = /%|\bper ?cent\b|\bpercent\b/i;
/** Nouns that count people: "how many people/residents …" is answered by any of them. */
const PERSON_TERMS = new Set(['peopl', 'person', 'citizen', 'civilian', 'soldier', 'prison', 'pow', 'resid', 'worker', 'child', 'woman', 'man', 'servicemen', 'victim', 'journalist', 'passeng', 'patient', 'employe', 'staff', 'survivor', 'famili', 'miner', 'student', 'custom', 'villag', 'tourist', 'firefight', 'crew', 'member', 'voter', 'adult', 'individu']);
const GENERIC_FOCUS = new Set(['peopl', 'person', 'individu']);

/** Whether the figure counts or measures what the question asks for. */
export function bindsFocus(analysis: QuestionAnalysis, expansions: Expansions, sentence: string, quantity: Quantity): boolean {
  const around = sentence.slice(Math.max(0, quantity.start - 4), quantity.end + 14);
  const isMoney = MONEY.test(around);
  if (analysis.asksMoney) return isMoney;
  if (isMoney) return false;
  if (SHARE.test(quantity.text) && !/\b(percent|percentage|share|proportion|rate|fraction|how much of)\b/i.test(analysis.text)) {
    return quantity.nounTerms.some((t) => matchesFocus(analysis, expansions, t));
  }
  const { focus } = analysis;
  if (!focus) return true;
  if (quantity.nounTerms.some((t) => matchesFocus(analysis, expansions, t))) return true;
  if (GENERIC_FOCUS.has(focus) && PERSON_TERMS.has(quantity.headTerm)) return true;
  // "How much land …" → "5,200 hectares": a unit measures the thing asked about.
  if (isMeasureUnit(quantity.headTerm)) return analysis.asksMeasure;
  if (quantity.headTerm) return false;
  // "The number of people infected … rose to 27": a bare figure counts the focus named before it in the sentence.
  const before = sentence.slice(Math.max(0, quantity.start - WEIGHTS.bareFigureReach), quantity.start);
  return before.split(/[^\p{L}’'-]+/u).some((w) => w && matchesFocus(analysis, expansions, termOf(w.toLowerCase())));
}

function matchesFocus(analysis: QuestionAnalysis, expansions: Expansions, term: string): boolean {
  const focus = analysis.focus!;
  return term === focus || (expansions.get(focus)?.has(term) ?? false) || (GENERIC_FOCUS.has(focus) && PERSON_TERMS.has(term));
}

const UNITS = new Set(['percent', 'km', 'kilomet', 'met', 'metr', 'mile', 'mph', 'kph', 'degre', 'hectar', 'acr', 'tonn', 'ton', 'kg', 'kilogram']);

function isMeasureUnit(term: string): boolean {
  return UNITS.has(term);
}

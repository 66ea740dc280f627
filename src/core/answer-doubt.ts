// How likely a composed answer is to be wrong, read from what picked it. Each gate in answer.ts asks one thing
// of the answering sentence; none sees the whole: a figure from an undated page, found by a weak search, the only
// one of its kind among several rivals scored alike, is wrong far more often than any one of those signs says.
// The weights (DOUBT in answer-weights.ts) are a logistic model of "confidently wrong" fitted on the stored
// held-out questions the code was fixed on, and checked on the rounds nobody read (`scripts/fit-doubt.ts`).
import { DOUBT } from './answer-weights.ts';

/** What the answer's pick and its rivals show; every field is one named weight of DOUBT. */
export interface DoubtSigns {
  /** The question's type ("count", "when", "who" …) and whether it asks the first report's figure. */
  type: string;
  asksFirst: boolean;
  /** The answering sentence's share of the question's relation, terms, own words, and its search score. */
  relation: number;
  coverage: number;
  literal: number;
  retrieval: number;
  /** The answering sentence is not the best-ranked one. */
  notClosest: boolean;
  /** How much more of the relation the best-ranked sentence states. */
  relationBehindClosest: number;
  /** A figure weighed for its fit to a count question; a span singled out of the sentence. */
  fitted: boolean;
  singledOut: boolean;
  /** The sentence's report carries no date. */
  undated: boolean;
  /** Names in the question (0–3), and whether it asks one source's figure. */
  names: number;
  asksSource: boolean;
  /** How the answer is dated, and what backs it. */
  asOf: boolean;
  firstReported: boolean;
  corroborated: boolean;
  disputed: boolean;
  /** Other picks giving the same span or figure (0, 1, 2 or more). */
  sameElsewhere: number;
  /** Picks giving another span or figure, and whether the best of them scored within a point of the answer. */
  rivals: boolean;
  closeRival: boolean;
}

/** How likely the answer is wrong: the logistic of its signs weighed by DOUBT (or weights being fitted). */
export function doubtOf(signs: DoubtSigns, weights: DoubtWeights = DOUBT): number {
  let z = 0;
  for (const [term, value] of Object.entries(doubtTerms(signs))) z += weightOf(weights, term) * value;
  return 1 / (1 + Math.exp(-z));
}

/** DOUBT's shape: a weight per term, or per question type. */
export type DoubtWeights = Readonly<Record<string, number | Readonly<Record<string, number>>>>;

/** Each sign as the value its weight multiplies, named as in DOUBT ("type.when" for a question type). */
export function doubtTerms(signs: DoubtSigns): Record<string, number> {
  return {
    bias: 1,
    [`type.${signs.type}`]: 1,
    asksFirst: Number(signs.asksFirst),
    relation: clamp(signs.relation, 1),
    coverage: clamp(signs.coverage, 1),
    literal: clamp(signs.literal, 1),
    retrieval: clamp(signs.retrieval, 3),
    notClosest: Number(signs.notClosest),
    relationBehindClosest: signs.relationBehindClosest,
    fitted: Number(signs.fitted),
    singledOut: Number(signs.singledOut),
    undated: Number(signs.undated),
    names: Math.min(signs.names, 3) / 3,
    asksSource: Number(signs.asksSource),
    asOf: Number(signs.asOf),
    firstReported: Number(signs.firstReported),
    corroborated: Number(signs.corroborated),
    disputed: Number(signs.disputed),
    sameElsewhere: Number(signs.sameElsewhere >= 1),
    sameElsewhereTwice: Number(signs.sameElsewhere >= 2),
    rivals: Number(signs.rivals),
    closeRival: Number(signs.closeRival),
  };
}

/** Every weighed term of DOUBT, flattened ("type.when"): what `scripts/fit-doubt.ts` fits. */
export function doubtTermNames(weights: DoubtWeights = DOUBT): string[] {
  return Object.entries(weights).flatMap(([key, value]) => (typeof value === 'number' ? [key] : Object.keys(value).map((type) => `${key}.${type}`)));
}

function weightOf(weights: DoubtWeights, term: string): number {
  const [group, name] = term.split('.') as [string, string | undefined];
  const value = weights[group];
  if (value === undefined) return 0;
  return typeof value === 'number' ? value : name !== undefined ? (value[name] ?? 0) : 0;
}

function clamp(value: number, max: number): number {
  return Math.min(Number.isFinite(value) ? value : 0, max);
}

// What kind of answer a question wants, and which of its words must be found in the stories.
import { contentTerms, termOf, type Token } from './terms.ts';

export type AnswerType = 'count' | 'duration' | 'identity' | 'who' | 'where' | 'when' | 'yesno' | 'said' | 'next' | 'other';

export interface QuestionAnalysis {
  text: string;
  type: AnswerType;
  terms: Token[];
  /** The noun a count question counts ("civilians" in "how many civilians …"), as a term. */
  focus?: string;
  /** Capitalised names in the question ("Putin", "Odesa"): each must appear in an answering story. */
  names: string[];
  /** The question asks about a plan or agreement ("agree to swap", "are due to") rather than what happened. */
  asksAboutPlan: boolean;
  /** "How strong/big/deep …": a measurement (magnitude, size, share) rather than a head count. */
  asksMeasure: boolean;
  /** The question asks whether something is over/complete ("is the swap finished?"). */
  asksIfFinished: boolean;
}

const PLAN_WORDS = /\b(agree|agreed|agreement|plan|plans|planned|due|expected|expect|supposed|deal|will|would|intend|aim|promise|promised|pledge|pledged)\b/i;
const FINISH_WORDS = /\b(finished|finish|complete|completed|over|done|ended|end|concluded|still|ongoing|under ?way)\b/i;
const QUESTION_OPENERS = new Set(['how', 'what', 'who', 'whom', 'whose', 'where', 'when', 'why', 'which', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'tell', 'give', 'list', 'name']);

export function analyseQuestion(question: string): QuestionAnalysis {
  const text = question.trim();
  const lower = text.toLowerCase();
  // "how long", "how much", "how far" ask for the answer's type; their adverb is not something to find.
  const terms = contentTerms(text.replace(/\bhow (long|much|far|often|soon|big|large)\b/i, 'how'));
  const analysis: QuestionAnalysis = {
    text,
    type: classify(lower, text),
    terms,
    names: properNames(text),
    asksAboutPlan: PLAN_WORDS.test(lower),
    asksMeasure: /\bhow (strong|big|large|high|deep|fast|severe|powerful|much)\b|\bwhat magnitude\b/.test(lower),
    asksIfFinished: FINISH_WORDS.test(lower) && /^(is|are|was|were|has|have|did|does)\b/.test(lower),
  };
  // "What is the capital of …", "Who is the mayor of …": the office or attribute asked about must exist in the stories.
  if (analysis.type !== 'count') {
    const role = roleAsked(text);
    if (role) analysis.focus = termOf(role);
  }
  if (analysis.type === 'count') {
    const noun = /\bhow (?:many|much)\s+(?:more\s+|of the\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+s|people|personnel|staff|money|aid)\b/.exec(lower);
    if (noun && !/^(were|was|are|is|did|does|do|have|has|had)$/.test(noun[1]!)) analysis.focus = termOf(noun[1]!);
  }
  return analysis;
}

/**
 * The office or attribute in "Who is the governor of …", "Who is Ukraine’s top negotiator?", "What is the
 * capital of …": its last word before "of/in/for/at", unless it is a name ("Who is Kirill Dmitriev?").
 */
function roleAsked(question: string): string | undefined {
  const phrase = /^(?:what|who|which) (?:is|was|are|were) (?:the |a |an )?(.+?)(?:\s+(?:of|in|for|at|on)\s.*)?\??$/i.exec(question.trim())?.[1];
  const last = phrase?.replace(/\?$/, '').split(/\s+/).at(-1);
  if (!last || /^\p{Lu}/u.test(last)) return undefined;
  return last.toLowerCase().replace(/[’']s$/, '');
}

function classify(lower: string, text: string): AnswerType {
  // "Who is Marco Rubio?": a description of a named person, not another name.
  if (/^(?:[Ww]ho|[Ww]hat) (?:is|was|are|were) (\p{Lu}[\p{L}’'.-]*)(\s+\p{Lu}[\p{L}’'.-]*)*\s*\??$/u.test(text.trim())) return 'identity';
  if (/^(for )?how long\b|\bwhat (is|was) the (duration|length)\b/.test(lower)) return 'duration';
  if (/\bhow (many|much|strong|big|large|high|deep|fast|severe|powerful)\b|\bwhat magnitude\b|\bwhat (is|was) the (number|total|toll|figure|count)\b|\bnumber of\b|\bhow large\b|\bwhat percentage\b/.test(lower)) return 'count';
  if (/^(who|whom|whose)\b|\bwhich (country|countries|person|people|official|officials|leader|side|nation|group|organi[sz]ation)\b/.test(lower)) return 'who';
  if (/^where\b|\bin which (city|country|place)\b|\bwhat (city|country|place|location)\b/.test(lower)) return 'where';
  if (/^when\b|\bwhat (day|date|time|year|month)\b/.test(lower)) return 'when';
  if (/\bwhat (did|does|has|have) .+ (say|said|write|wrote|tell|told|post|posted|claim|claimed)\b|\bwhat .+ said\b/.test(lower)) return 'said';
  if (/\bwhat (happens|comes|is) next\b|\bwhat('s| is) (expected|planned|coming)\b|\bnext steps?\b|\bwhat will happen\b/.test(lower)) return 'next';
  if (/^(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/.test(lower)) return 'yesno';
  return 'other';
}

/** Capitalised words that are not the question's first word, nor a question word. */
function properNames(text: string): string[] {
  const names: string[] = [];
  const words = text.match(/[\p{L}][\p{L}’'.-]*/gu) ?? [];
  words.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word)) return;
    if (i === 0 || QUESTION_OPENERS.has(word.toLowerCase())) return;
    if (/^(I|POWs?|US|U\.S\.?|UK|UN|EU)$/.test(word)) return;
    names.push(word.replace(/[’']s$/, ''));
  });
  return names;
}

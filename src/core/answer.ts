// The offline answer: retrieve sentences, pick the span the question asks for, put it first, quote
// the sentence and its corroboration from other independent sources, or say the stories don't say.
import { citeSentences } from './citations.ts';
import { findDurations, findNames, findQuantities, findSpeaker, findTimes, NEGATION, type Quantity, type Span } from './extract.ts';
import { analyseQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { stemOf, STOP_WORDS, termOf, tokenize } from './terms.ts';
import type { Answer, Library, Sentence } from './types.ts';

/** Share of the question's weighted terms a passage must hold before we answer from it. */
const MIN_COVERAGE = 0.5;
const CANDIDATES = 40;
const MAX_CITATIONS = 3;

interface Candidate {
  sentence: Sentence;
  coverage: number;
  retrieval: number;
  /** Share of the question's own word stems (before synonyms) in the sentence: "freed Russians" over "transferred … Moscow". */
  literal: number;
}

interface Pick {
  candidate: Candidate;
  /** A neighbouring sentence the span came from (the speaker of a quotation), cited with the lead. */
  context?: Sentence;
  /** The answer span put first ("390", "the United Arab Emirates"); absent for sentence answers. */
  span?: string;
  /** For counts: the value, to find corroborating and disagreeing sources. */
  quantity?: Quantity;
  score: number;
}

export function answerFromStories(question: string, library: Library): Answer {
  const analysis = analyseQuestion(question);
  const candidates = rankCandidates(analysis, library);
  const closest = candidates[0];
  const missing = missingKeyTerms(analysis, library);
  if (!closest || missing.length > 0 || closest.coverage < MIN_COVERAGE) {
    return abstain(analysis, library, closest?.sentence, missing);
  }
  if (analysis.asksIfFinished) {
    const disputed = answerFinished(analysis, candidates, library);
    if (disputed) return disputed;
  }
  const pick = pickAnswer(analysis, candidates, library);
  if (!pick) return abstain(analysis, library, closest.sentence, []);
  return compose(analysis, pick, candidates, library);
}

/** Names and counted nouns the stories never mention: the question is about something else. */
function missingKeyTerms(analysis: QuestionAnalysis, library: Library): string[] {
  const missing = analysis.names.filter(
    (name) => !STOP_WORDS.has(name.toLowerCase()) && library.index.documentFrequency(termOf(name.toLowerCase())) === 0,
  );
  if (analysis.focus && library.index.documentFrequency(analysis.focus) === 0) {
    const word = analysis.terms.find((t) => t.term === analysis.focus)?.word ?? analysis.focus;
    missing.push(word);
  }
  return missing;
}

function rankCandidates(analysis: QuestionAnalysis, library: Library): Candidate[] {
  const hits = library.search(analysis.text, CANDIDATES);
  const top = hits[0]?.score ?? 1;
  const weights = new Map<string, number>();
  for (const token of analysis.terms) {
    const df = library.index.documentFrequency(token.term);
    // A word the stories never use still counts against coverage (names and counted nouns are checked apart).
    weights.set(token.term, df === 0 ? 1 : Math.min(4, library.index.idf(token.term)));
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const stems = new Set(analysis.terms.map((t) => stemOf(t.word)));
  return hits
    .map(({ sentence, score }) => {
      const own = termSet(sentence.text);
      const story = library.storyById(sentence.storyId);
      const around = new Set<string>();
      for (const neighbour of [story?.sentences[sentence.index - 1], story?.sentences[sentence.index + 1]]) {
        if (neighbour) for (const t of termSet(neighbour.text)) around.add(t);
      }
      const title = termSet(story?.title ?? '');
      let covered = 0;
      for (const [term, weight] of weights) {
        if (own.has(term)) covered += weight;
        else if (around.has(term)) covered += weight * 0.6;
        else if (title.has(term)) covered += weight * 0.5;
      }
      const ownStems = new Set(tokenize(sentence.text).map((t) => stemOf(t.word)));
      const literal = stems.size ? [...stems].filter((s) => ownStems.has(s)).length / stems.size : 0;
      return { sentence, coverage: covered / total, retrieval: score / top, literal };
    })
    .sort((a, b) => rankScore(b) - rankScore(a));
}

function rankScore(c: Candidate): number {
  return c.coverage + 0.3 * c.retrieval + 0.3 * c.literal;
}

function termSet(text: string): Set<string> {
  return new Set(tokenize(text).map((t) => t.term));
}

const PLANNED = /\b(agreed|agree|agreement|due|expected|plans?|planned|would|will|set|to (?:exchange|swap|release|free|return))\b[^.;]{0,40}$/i;

function pickAnswer(analysis: QuestionAnalysis, candidates: Candidate[], library: Library): Pick | undefined {
  const picks: Pick[] = [];
  for (const candidate of candidates.slice(0, 15)) {
    if (candidate.coverage < MIN_COVERAGE * 0.8) continue;
    const base = candidate.coverage * 3 + candidate.retrieval + candidate.literal;
    const text = candidate.sentence.text;
    switch (analysis.type) {
      case 'count': {
        for (const quantity of findQuantities(text)) {
          picks.push({ candidate, span: quantity.figure, quantity, score: base + quantityFit(analysis, text, quantity) });
        }
        break;
      }
      case 'who': {
        const asksSpeaker = /\b(said|say|says|told|tell|wrote|write|posted|announced)\b/i.test(analysis.text);
        const speaker = asksSpeaker ? findSpeaker(text) : undefined;
        const span = speaker?.text ?? pickPerson(analysis, text);
        if (span) {
          picks.push({ candidate, span, score: base + 1 });
          break;
        }
        // A quotation whose speaker is named in the sentence before it.
        const previous = library.storyById(candidate.sentence.storyId)?.sentences[candidate.sentence.index - 1];
        const previousSpeaker = previous ? findSpeaker(previous.text) : undefined;
        if (previous && previousSpeaker && /^[“"]/.test(text)) picks.push({ candidate, span: previousSpeaker.text, context: previous, score: base + 0.5 });
        break;
      }
      case 'where': {
        const span = pickPlace(analysis, text);
        if (span) picks.push({ candidate, span, score: base + 1 });
        break;
      }
      case 'duration': {
        const duration = nearestToQuestionTerms(analysis, text, findDurations(text));
        if (!duration) break;
        // "30-day ceasefire": a duration right beside the asked-about thing fits best.
        const isAdjacent = questionTermPositions(analysis, text).some((p) => Math.abs(p - duration.end) <= 2 || Math.abs(duration.start - p) <= 20);
        picks.push({ candidate, span: duration.text, score: base + 1 + (isAdjacent ? 2 : 0) });
        break;
      }
      case 'when': {
        const time = nearestToQuestionTerms(analysis, text, findTimes(text));
        // "since 2022" dates a comparison, not the event asked about.
        if (time) picks.push({ candidate, span: time.text.replace(/^(on|in|during)\s+/i, ''), score: base + (/\bsince\b[^,.;]{0,60}$/i.test(text.slice(0, time.end)) ? 0 : 1) });
        break;
      }
      case 'yesno': {
        const denied = NEGATION.test(text);
        picks.push({ candidate, span: denied ? 'No' : 'Yes', score: base });
        break;
      }
      case 'said': {
        const isSpeech = /\b(said|says|wrote|told|posted|added|according to|called)\b|[“"]/.test(text);
        picks.push({ candidate, score: base + (isSpeech ? 1 : 0) });
        break;
      }
      case 'next': {
        const isFuture = /\b(will|expected|due|plan(?:ned)?|next|coming days|set to|continue|scheduled)\b/i.test(text);
        picks.push({ candidate, score: base + (isFuture ? 1 : 0) });
        break;
      }
      case 'other':
        picks.push({ candidate, score: base });
        break;
    }
  }
  picks.sort((a, b) => b.score - a.score);
  return picks[0];
}

/** How well a number answers "how many …": it counts the asked-for noun, sits by the asked-for verb, and is a fact or a plan as asked. */
function quantityFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
  let fit = 0;
  if (analysis.focus) fit += quantity.nounTerms.includes(analysis.focus) ? 2 : -0.5;
  const questionTerms = new Set(analysis.terms.map((t) => t.term));
  const nearby = tokenize(sentence.slice(Math.max(0, quantity.start - 50), Math.min(sentence.length, quantity.end + 50)));
  if (nearby.some((t) => questionTerms.has(t.term) && t.term !== analysis.focus)) fit += 1;
  const isPlanned =
    PLANNED.test(sentence.slice(Math.max(0, quantity.start - 60), quantity.start)) ||
    /^\s+(?:[\p{L}-]+\s+){0,2}(?:expected|due|set|scheduled|planned) to\b/u.test(sentence.slice(quantity.end, quantity.end + 50));
  if (isPlanned !== analysis.asksAboutPlan) fit -= 1.5;
  else if (isPlanned) fit += 0.5;
  if (/hundreds|thousands|tens|dozens|millions/i.test(quantity.text) && !/\d/.test(quantity.text)) fit -= 0.5;
  return fit;
}

function questionTermPositions(analysis: QuestionAnalysis, sentence: string): number[] {
  const wanted = new Set(analysis.terms.map((t) => t.term));
  const positions: number[] = [];
  for (const match of sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.,-]*/gu)) {
    const token = tokenize(match[0])[0];
    if (token && wanted.has(token.term)) positions.push(match.index);
  }
  return positions;
}

function nearestToQuestionTerms(analysis: QuestionAnalysis, sentence: string, spans: Span[]): Span | undefined {
  const positions = questionTermPositions(analysis, sentence);
  if (positions.length === 0) return spans[0];
  const distance = (s: Span): number => Math.min(...positions.map((p) => Math.abs(p - s.start)));
  return [...spans].sort((a, b) => distance(a) - distance(b))[0];
}

function notInQuestion(analysis: QuestionAnalysis, span: Span): boolean {
  const asked = new Set(analysis.terms.map((t) => t.term));
  const terms = tokenize(span.text).map((t) => t.term);
  return terms.length > 0 && !terms.every((t) => asked.has(t));
}

/** Who: the agent after a passive "by", else the name nearest before the asked-for verb. */
function pickPerson(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const names = findNames(sentence).filter((n) => notInQuestion(analysis, n));
  if (names.length === 0) return undefined;
  const byAgent = names.find((n) => /\bby\s+(the\s+)?$/i.test(sentence.slice(Math.max(0, n.start - 8), n.start)));
  const positions = questionTermPositions(analysis, sentence);
  const chosen =
    byAgent ??
    [...names].sort((a, b) => {
      const d = (s: Span): number => (positions.length ? Math.min(...positions.map((p) => (p >= s.end ? p - s.end : 3 * (s.start - p)))) : s.start);
      return d(a) - d(b);
    })[0]!;
  const article = /\bthe\s+$/i.test(sentence.slice(Math.max(0, chosen.start - 4), chosen.start)) ? 'the ' : '';
  return article + chosen.text;
}

/** Where: a name after "in", "at" or "to", nearest the asked-for words. */
function pickPlace(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const places = findNames(sentence).filter(
    (n) => notInQuestion(analysis, n) && /\b(in|at|to|near|from|inside)\s+(the\s+)?(\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(sentence.slice(Math.max(0, n.start - 40), n.start)),
  );
  return nearestToQuestionTerms(analysis, sentence, places)?.text;
}

/** "Is the swap finished?": when one source says it is and another that it goes on, say so and cite both. */
function answerFinished(analysis: QuestionAnalysis, candidates: Candidate[], library: Library): Answer | undefined {
  const relevant = candidates.filter((c) => c.coverage >= MIN_COVERAGE * 0.8);
  const finished = relevant.find((c) => /\b(complet\w*|finished|over|concluded|done)\b/i.test(c.sentence.text));
  const ongoing = relevant.find((c) => /\b(under ?way|ongoing|continu\w*|more (?:due|expected)|will free more|still)\b/i.test(c.sentence.text));
  if (!finished || !ongoing) return undefined;
  const sentences = finished === ongoing ? [finished.sentence] : [finished.sentence, ongoing.sentence];
  const citations = citeSentences(library, sentences);
  const body = citations.map((c) => `${c.quote} [${c.n}]`).join(' ');
  return {
    kind: 'answered',
    question: analysis.text,
    text: `Not settled: the sources disagree. ${body}`,
    citations,
    engine: 'offline',
    independentSources: new Set(citations.map((c) => library.groupOf(c.storyId))).size,
    hasConflict: true,
  };
}

function compose(analysis: QuestionAnalysis, pick: Pick, candidates: Candidate[], library: Library): Answer {
  const lead = pick.candidate.sentence;
  const supporting: Sentence[] = pick.context ? [pick.context, lead] : [lead];
  const groups = new Set([library.groupOf(lead.storyId)]);
  let conflict: { sentence: Sentence; quantity: Quantity } | undefined;
  for (const candidate of candidates) {
    if (supporting.length >= MAX_CITATIONS) break;
    const group = library.groupOf(candidate.sentence.storyId);
    if (groups.has(group) || candidate.coverage < MIN_COVERAGE) continue;
    if (pick.quantity) {
      const same = findQuantities(candidate.sentence.text).find((q) => q.value === pick.quantity!.value);
      if (same) {
        supporting.push(candidate.sentence);
        groups.add(group);
      } else if (!conflict) {
        const rival = findQuantities(candidate.sentence.text).find(
          (q) => q.nounTerms.length > 0 && q.nounTerms[0] === pick.quantity!.nounTerms[0] && quantityFit(analysis, candidate.sentence.text, q) >= quantityFit(analysis, lead.text, pick.quantity!),
        );
        if (rival) conflict = { sentence: candidate.sentence, quantity: rival };
      }
    } else if (pick.span && candidate.sentence.text.includes(pick.span.replace(/^the /, ''))) {
      supporting.push(candidate.sentence);
      groups.add(group);
    }
  }
  if (conflict) supporting.push(conflict.sentence);
  const citations = citeSentences(library, supporting);
  const marks = citations.filter((c) => c.sentenceId !== conflict?.sentence.id).map((c) => `[${c.n}]`).join('');
  const leadQuote = trimQuote(lead.text);
  const head = pick.span ? `${capitalise(pick.span)} — ${leadQuote}` : leadQuote;
  let text = `${head} ${marks}`;
  if (conflict) {
    const n = citations.find((c) => c.sentenceId === conflict!.sentence.id)!.n;
    text += ` Another source gives a different figure, ${conflict.quantity.figure}: ${trimQuote(conflict.sentence.text)} [${n}]`;
  }
  return {
    kind: 'answered',
    question: analysis.text,
    text,
    citations,
    engine: 'offline',
    independentSources: new Set(citations.map((c) => library.groupOf(c.storyId))).size,
    hasConflict: Boolean(conflict),
  };
}

function abstain(analysis: QuestionAnalysis, library: Library, closest: Sentence | undefined, missing: string[]): Answer {
  const topic = missing.length > 0 ? ` anything about ${missing.map((m) => `“${m}”`).join(' or ')}` : '';
  const asked = analysis.text.replace(/[?.!\s]+$/, '');
  const citations = closest ? citeSentences(library, [closest]) : [];
  const closestText = citations[0] ? ` The closest they come: “${citations[0].quote}” [1]` : '';
  return {
    kind: 'abstained',
    question: analysis.text,
    text: `The stories don’t say${topic || ` (you asked: “${asked}”)`}.${closestText}`,
    citations,
    engine: 'offline',
    independentSources: 0,
    hasConflict: false,
  };
}

function trimQuote(text: string): string {
  return /[.!?”"’]$/.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

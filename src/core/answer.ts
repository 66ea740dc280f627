// The offline answer: retrieve sentences, pick the span the question asks for, put it first, quote
// the sentence and its corroboration from other independent sources, or say the stories don't say.
import { citeSentences } from './citations.ts';
import { findDurations, findNames, findQuantities, findSpeaker, findTimes, NEGATION, type Quantity, type Span } from './extract.ts';
import { isInstructionLike } from './instruction-guard.ts';
import { analyseQuestion, type QuestionAnalysis } from './question-analysis.ts';
import { stemOf, STOP_WORDS, termOf, tokenize } from './terms.ts';
import type { Answer, Library, Sentence, Story } from './types.ts';

/** Share of the question's weighted terms a passage must hold before we answer from it. */
const MIN_COVERAGE = 0.5;
const CANDIDATES = 40;
const MIN_QUANTITY_FIT = -1;
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
  /** For counts: how well the figure fits what was asked (see quantityFit). */
  fit?: number;
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
  if (isOnlyPlannedFor(analysis, candidates)) return abstain(analysis, library, closest.sentence, []);
  if (analysis.asksIfFinished) return answerFinished(analysis, candidates, library) ?? abstain(analysis, library, closest.sentence, []);
  const pick = pickAnswer(analysis, candidates, library);
  // A figure that fits the question this badly (another day, another outcome) is not an answer.
  if (!pick || (pick.fit !== undefined && pick.fit < MIN_QUANTITY_FIT)) return abstain(analysis, library, closest.sentence, []);
  // "How many civilians died in Kursk?" is not answered by civilians who died elsewhere.
  if (!namesAround(analysis, pick.candidate.sentence, library)) return abstain(analysis, library, closest.sentence, []);
  return compose(analysis, pick, candidates, library);
}

const CALENDAR_WORDS = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Every name the question asks about is in the answering sentence (or a neighbour), or its story's title. */
function namesAround(analysis: QuestionAnalysis, sentence: Sentence, library: Library, withNeighbours = true): boolean {
  const story = library.storyById(sentence.storyId);
  const neighbours = withNeighbours ? [story?.sentences[sentence.index - 1], story?.sentences[sentence.index + 1]] : [];
  const around = [sentence, ...neighbours]
    .filter((s): s is Sentence => s !== undefined)
    .map((s) => library.wordsOf(s).terms);
  const title = titleTerms(story);
  // Days and months are times, weighed by timeFit; a story's day need not be in the answering sentence.
  return analysis.names
    .filter((name) => !STOP_WORDS.has(name.toLowerCase()) && !CALENDAR_WORDS.test(name))
    .every((name) => {
      const term = termOf(name.toLowerCase());
      return around.some((terms) => terms.has(term)) || title.has(term);
    });
}

/** Names and counted nouns the stories never mention: the question is about something else. */
function missingKeyTerms(analysis: QuestionAnalysis, library: Library): string[] {
  const missing = analysis.names.filter(
    (name) => !STOP_WORDS.has(name.toLowerCase()) && library.index.documentFrequency(termOf(name.toLowerCase())) === 0,
  );
  // A figure or year the question names ("freed in 2023") that no story states.
  for (const token of analysis.terms) if (token.value !== undefined && library.index.documentFrequency(token.term) === 0) missing.push(token.word);
  if (analysis.focus && library.index.documentFrequency(analysis.focus) === 0) {
    const word = analysis.terms.find((t) => t.term === analysis.focus)?.word ?? analysis.focus;
    missing.push(word);
  }
  return missing;
}

function rankCandidates(analysis: QuestionAnalysis, library: Library): Candidate[] {
  const hits = library.search(analysis.text, CANDIDATES).filter((hit) => !isInstructionLike(hit.sentence.text));
  const top = hits[0]?.score ?? 1;
  const weights = new Map<string, number>();
  for (const token of analysis.terms) {
    const df = library.index.documentFrequency(token.term);
    // A word the stories never use still counts against coverage (names and counted nouns are checked apart).
    weights.set(token.term, df === 0 ? 2 : Math.min(4, library.index.idf(token.term)));
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const stems = new Set(analysis.terms.map((t) => stemOf(t.word)));
  return hits
    .map(({ sentence, score }) => {
      const own = library.wordsOf(sentence);
      const story = library.storyById(sentence.storyId);
      const neighbours = [story?.sentences[sentence.index - 1], story?.sentences[sentence.index + 1]].filter((n): n is Sentence => n !== undefined).map((n) => library.wordsOf(n).terms);
      const title = titleTerms(story);
      let covered = 0;
      for (const [term, weight] of weights) {
        if (own.terms.has(term)) covered += weight;
        else if (neighbours.some((n) => n.has(term))) covered += weight * 0.6;
        else if (title.has(term)) covered += weight * 0.5;
      }
      const literal = stems.size ? [...stems].filter((s) => own.stems.has(s)).length / stems.size : 0;
      return { sentence, coverage: covered / total, retrieval: score / top, literal };
    })
    .sort((a, b) => rankScore(b) - rankScore(a));
}

function titleTerms(story: Story | undefined): Set<string> {
  return new Set(story ? tokenize(story.title).map((t) => t.term) : []);
}

function rankScore(c: Candidate): number {
  return c.coverage + 0.3 * c.retrieval + 0.3 * c.literal;
}

/** What happened to the people counted: a figure beside another outcome counts something else. */
const OUTCOMES = new Set(['kill', 'injur', 'exchang', 'prison']);

const PLANNED_BEFORE = /\b(due|expected|set|scheduled|planned|will|would)\b[^.;]{0,50}$/i;

const PLANNED = /\b(agreed|agree|agreement|due|expected|plans?|planned|would|will|set|to (?:exchange|swap|release|free|return))\b[^.;]{0,40}$/i;

function pickAnswer(analysis: QuestionAnalysis, candidates: Candidate[], library: Library): Pick | undefined {
  const picks: Pick[] = [];
  for (const candidate of candidates.slice(0, 15)) {
    if (candidate.coverage < MIN_COVERAGE * 0.8) continue;
    const base = candidate.coverage * 3 + candidate.retrieval + candidate.literal;
    const text = candidate.sentence.text;
    switch (analysis.type) {
      case 'count': {
        // "How many hours did the talks last?" asks for a duration, which is never a count.
        if (analysis.focus && TIME_UNITS.has(analysis.focus)) {
          const duration = pickDuration(analysis, text, analysis.focus);
          if (duration) picks.push({ candidate, span: duration.span, score: base + duration.fit });
          break;
        }
        for (const quantity of findQuantities(text)) {
          const fit = quantityFit(analysis, text, quantity);
          // "How strong was it?" → "Magnitude 6.8", not "6.8 earthquake".
          const scale = analysis.asksMeasure ? /\b(magnitude)\s+$/i.exec(text.slice(Math.max(0, quantity.start - 12), quantity.start))?.[1] : undefined;
          picks.push({ candidate, span: scale ? `${scale} ${quantity.text}` : quantity.figure, quantity, fit, score: base + fit });
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
        const duration = pickDuration(analysis, text);
        if (duration) picks.push({ candidate, span: duration.span, score: base + duration.fit });
        break;
      }
      case 'identity': {
        const description = describeNamed(analysis, text);
        if (description) picks.push({ candidate, span: description, score: base + 1 });
        break;
      }
      case 'when': {
        const time = nearestToQuestionTerms(analysis, text, findTimes(text));
        if (!time) break;
        // "since 2022" dates a comparison, not the event asked about; "more due … on Saturday" answers "when are more expected".
        const isReference = /\bsince\b[^,.;]{0,60}$/i.test(text.slice(0, time.end));
        const isPlanned = PLANNED_BEFORE.test(text.slice(Math.max(0, time.start - 60), time.start));
        const planFit = analysis.asksAboutPlan ? (isPlanned ? 1 : -0.5) : 0;
        picks.push({ candidate, span: time.text.replace(/^(on|in|during)\s+/i, ''), score: base + (isReference ? 0 : 1) + planFit });
        break;
      }
      case 'yesno': {
        picks.push({ candidate, ...judgeYesNo(analysis, candidate.sentence, library), score: base });
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

const TIME_UNITS = new Set(['minut', 'hour', 'dai', 'week', 'month', 'year', 'decad']);

/** Nouns that count people, for "how many people/Ukrainians …". */
const PERSON_NOUNS = new Set(['peopl', 'citizen', 'civilian', 'soldier', 'prison', 'pow', 'resid', 'worker', 'child', 'woman', 'man', 'servicemen', 'victim', 'journalist']);
/** Demonyms and the generic "people": any count of persons answers them. */
const GENERIC_FOCUS = new Set(['peopl', 'ukrain', 'russia', 'us']);
/** Counted nouns that name the parties, not what happened to them ("the two sides agreed"). */
const PARTY_NOUNS = new Set(['side', 'parti', 'nation', 'countri', 'time', 'wai']);

/**
 * Yes or no from the sentence: a denial ("didn’t attend") or a hypothetical ("could tighten … But he decided
 * to take no action") is a no; a figure the question names that the sentence does not state is not a yes.
 */
function judgeYesNo(analysis: QuestionAnalysis, sentence: Sentence, library: Library): { span: string; context?: Sentence } {
  const asked = analysis.terms.filter((t) => t.value !== undefined).map((t) => t.value!);
  const stated = findQuantities(sentence.text).map((q) => q.value);
  if (asked.some((value) => !stated.includes(value))) return { span: 'Not that figure' };
  if (isDenied(analysis, sentence.text)) return { span: 'No' };
  // "Was the swap mediated by Turkey?" against "… mediated by the United Arab Emirates": someone else did it.
  // Only the sentence itself (and its story's title) counts here: "Istanbul" next door does not make Turkey the mediator.
  if (!namesAround(analysis, sentence, library, false)) return { span: findNames(sentence.text).some((n) => notInQuestion(analysis, n)) ? 'No' : 'Not stated' };
  const next = library.storyById(sentence.storyId)?.sentences[sentence.index + 1];
  const isHypothetical = /\b(could|would|might|may|threatened to|had said he could)\b/i.test(sentence.text);
  if (next && /^(But|However|Yet)\b/.test(next.text) && NEGATION.test(next.text)) return { span: 'No', context: next };
  return { span: isHypothetical ? 'Not yet' : 'Yes' };
}

/**
 * A duration beside the asked-about thing fits best: "30-day ceasefire", "nearly four years of war"
 * (not the "three years" of talks). With `unit`, only durations in that unit ("how many hours").
 */
function pickDuration(analysis: QuestionAnalysis, sentence: string, unit?: string): { span: string; fit: number } | undefined {
  const durations = findDurations(sentence).filter((d) => !unit || termOf(d.text.split(/[\s-]+/).at(-1)!.toLowerCase()) === unit);
  const duration = nearestToQuestionTerms(analysis, sentence, durations);
  if (!duration) return undefined;
  const isAdjacent = questionTermPositions(analysis, sentence).some((p) => (p >= duration.end && p - duration.end <= 8) || (p <= duration.start && duration.start - p <= 12));
  return { span: duration.text, fit: 1 + (isAdjacent ? 2 : 0) };
}

/** A denial of what was asked: "didn’t attend", "failed to agree", or a refusal ("Russia declined"). */
function isDenied(analysis: QuestionAnalysis, sentence: string): boolean {
  if (/\b(declined|refused|rejected|ruled out)\b/i.test(sentence)) return true;
  const asked = questionTermPositions(analysis, sentence);
  for (const match of sentence.matchAll(new RegExp(NEGATION.source, 'gi'))) {
    const end = match.index + match[0].length;
    if (asked.some((p) => p >= end && p - end <= 25)) return true;
  }
  return false;
}

/** "How many were released on Saturday?" when every story names Saturday only for what is still to come. */
function isOnlyPlannedFor(analysis: QuestionAnalysis, candidates: Candidate[]): boolean {
  if (analysis.asksAboutPlan || analysis.type !== 'count') return false;
  const asked = findTimes(analysis.text).filter((t) => /day\b/i.test(t.text)).map((t) => t.text.replace(/^(on|by|during)\s+/i, '').toLowerCase());
  if (asked.length === 0) return false;
  const mentions = candidates.flatMap(({ sentence }) =>
    findTimes(sentence.text)
      .filter((t) => asked.some((a) => t.text.toLowerCase().includes(a)))
      .map((t) => PLANNED_BEFORE.test(sentence.text.slice(Math.max(0, t.start - 60), t.start))),
  );
  return mentions.length > 0 && mentions.every((isPlanned) => isPlanned);
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
function quantityFit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): number {
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

/** Who: the holder of the asked-for office, the agent after a passive "by", else the name nearest before the asked-for verb. */
function pickPerson(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const names = findNames(sentence).filter((n) => notInQuestion(analysis, n) && !isPlaceMention(sentence, n));
  if (names.length === 0) return undefined;
  const holder = officeHolder(analysis, sentence, names);
  if (holder) return holder.text;
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

/**
 * What a sentence says a named person is: "Marco Rubio, Trump’s top diplomat and national security adviser,"
 * or "Trump’s son-in-law, Jared Kushner" or "property tycoon-turned-diplomat Steve Witkoff".
 */
function describeNamed(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const name = analysis.names.join(' ');
  const at = sentence.indexOf(name);
  const last = analysis.names.at(-1);
  const start = at >= 0 ? at : last ? sentence.indexOf(last) : -1;
  if (start < 0) return undefined;
  const end = at >= 0 ? at + name.length : start + last!.length;
  const after = /^,\s+((?:the |a |an )?[^,;]{3,80}?)(?:,|;|\.|$)/.exec(sentence.slice(end));
  if (after && !/^(who|which|said|says|told|added|and)\b/.test(after[1]!)) return after[1]!;
  const before = sentence.slice(0, start);
  // "Trump’s son-in-law, Jared Kushner": the phrase between the last separator and the comma.
  if (/,\s*$/.test(before)) {
    const chunk = before.replace(/,\s*$/, '').split(/[,;—]|\band\b|\bwith\b/).at(-1)?.trim();
    if (chunk && chunk.length >= 3 && chunk.length <= 80) return chunk;
  }
  // "President Volodymyr Zelenskiy": a title in the name's own capitalised run.
  const title = new RegExp(`\\b(${TITLES})(?:\\s+\\p{Lu}[\\p{L}’'.-]*)*\\s+$`, 'u').exec(before);
  if (title) return title[1]!;
  // "property tycoon-turned-diplomat Steve Witkoff": lower-case words right before the name.
  const words = before.trimEnd().split(/\s+/);
  const modifier: string[] = [];
  for (const word of words.reverse()) {
    if (!/^\p{Ll}[\p{L}’'-]*$/u.test(word) || STOP_WORDS.has(word) || modifier.length === 4) {
      // "Kremlin spokesperson", "Ukraine’s top negotiator": one capitalised word of whose office it is.
      if (modifier.length > 0 && /^\p{Lu}[\p{L}’'-]*$/u.test(word) && !/^(The|A|An|On|In|At|By)$/.test(word)) modifier.unshift(word);
      break;
    }
    modifier.unshift(word);
  }
  return modifier.length > 0 ? modifier.join(' ') : undefined;
}

const TITLES = 'President|Prime Minister|Chancellor|Governor|Minister|Foreign Minister|Defence Minister|Defense Minister|Secretary of State|Secretary|Senator|General|Mayor|King|Queen|Pope|Ambassador';

/** "The governor of Ukraine’s Odesa region, Oleh Kiper" / "top negotiator Rustem Umerov": the name beside the office. */
function officeHolder(analysis: QuestionAnalysis, sentence: string, names: Span[]): Span | undefined {
  if (!analysis.focus) return undefined;
  for (const match of sentence.matchAll(/[\p{L}’']+/gu)) {
    if (termOf(match[0].toLowerCase().replace(/[’']s$/, '')) !== analysis.focus) continue;
    const end = match.index + match[0].length;
    // "of Ukraine’s Odesa region": a possessive name qualifies the office; it does not hold it.
    const isPossessive = (n: Span): boolean => /^[’']s\b/.test(sentence.slice(n.end, n.end + 3));
    const after = names.find((n) => n.start >= end && n.start - end <= 45 && !isPossessive(n));
    if (after) return after;
    const before = [...names].reverse().find((n) => n.end <= match.index && match.index - n.end <= 12);
    if (before) return before;
  }
  return undefined;
}

/** "in southern Peru", "at Witkoff’s golf club": a name after a place preposition. */
function isPlaceMention(sentence: string, name: Span): boolean {
  return /\b(in|at|to|near|from|inside)\s+(the\s+)?(\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.test(sentence.slice(Math.max(0, name.start - 40), name.start));
}

/** Where: a name after "in", "at" or "to", nearest the asked-for words. */
function pickPlace(analysis: QuestionAnalysis, sentence: string): string | undefined {
  const places = findNames(sentence).filter(
    (n) => notInQuestion(analysis, n) && isPlaceMention(sentence, n),
  );
  return nearestToQuestionTerms(analysis, sentence, places)?.text;
}

const STATUS_TERMS = new Set(['finish', 'complet', 'end', 'over', 'done', 'conclud', 'still', 'continu', 'ongo', 'underwai']);

/** "Is the swap finished?": when one source says it is and another that it goes on, say so and cite both. */
function answerFinished(analysis: QuestionAnalysis, candidates: Candidate[], library: Library): Answer | undefined {
  const relevant = candidates.filter((c) => c.coverage >= MIN_COVERAGE * 0.8);
  // The claim must be about the thing asked ("the swap … completed"), near the word that makes it:
  // "completed their largest prisoner exchange since the war began" says nothing about the war.
  const subject = new Set(analysis.terms.map((t) => t.term).filter((t) => !STATUS_TERMS.has(t)));
  const claims = (pattern: RegExp) => (c: Candidate): boolean =>
    [...c.sentence.text.matchAll(new RegExp(pattern.source, 'gi'))].some((m) =>
      tokenize(c.sentence.text.slice(Math.max(0, m.index - 35), m.index + m[0].length + 35)).some((t) => subject.has(t.term)),
    );
  // "over the course of the war" is not "the war is over".
  const finished = relevant.find(claims(/\b(complet\w*|finished|concluded|(?:is|was|are|were) (?:now )?(?:over|done))\b/));
  const ongoing = relevant.find(claims(/\b(under ?way|ongoing|continu\w*|more (?:due|expected)|will free more|still)\b/));
  if (!finished && !ongoing) return undefined;
  const sentences = [finished, ongoing].filter((c): c is Candidate => c !== undefined).map((c) => c.sentence);
  const citations = citeSentences(library, [...new Set(sentences)]);
  const body = citations.map((c) => `${c.quote} [${c.n}]`).join(' ');
  const hasConflict = Boolean(finished && ongoing);
  const verdict = hasConflict ? 'Not settled: the sources disagree.' : finished ? 'Yes —' : 'Not yet —';
  return {
    kind: 'answered',
    question: analysis.text,
    text: `${verdict} ${body}`,
    citations,
    engine: 'offline',
    independentSources: new Set(citations.map((c) => library.groupOf(c.storyId))).size,
    hasConflict,
  };
}

function compose(analysis: QuestionAnalysis, pick: Pick, candidates: Candidate[], library: Library): Answer {
  const lead = pick.candidate.sentence;
  const supporting: Sentence[] = !pick.context ? [lead] : pick.context.index < lead.index ? [pick.context, lead] : [lead, pick.context];
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
          (q) => q.nounTerms.length > 0 && q.nounTerms[0] === pick.quantity!.nounTerms[0] && quantityFit(analysis, candidate.sentence.text, q) >= quantityFit(analysis, lead.text, pick.quantity!) - 1,
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
    text: topic ? `The stories don’t say${topic}.${closestText}` : `The stories don’t answer “${asked}?”.${closestText}`,
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

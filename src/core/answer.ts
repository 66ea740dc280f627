// The offline answer: retrieve sentences, pick the span the question asks for, put it first, quote
// the sentence and its corroboration from other independent sources, or say the stories don't say.
import { asksWhoWasBlamed, describeNamed, isGenericBody, ledBodyAsked, namesALeader, namesAThing, nearestToQuestionTerms, notInQuestion, occupationIn, pickBlamed, pickOrigin, pickPerson, pickPlace, questionTermPositions } from './answer-spans.ts';
import { givenBySource, namesSource, sourceGives } from './answer-sources.ts';
import { bindsFocus, isVerbOfAskedLimit, countsKindOfFocus, countsPeople, measuresAskedThing, expandQuestion, expansionWords, isGenericPersonFocus, isMoneyFigure, isPartOfAnotherFigure, isPriceOfAskedUnit, isRate, isFaultedFigure, tellsCostToAnother, deniesAskedDeed, measureUnitAfter, isReferenceFigure, relationCoverage, statesDenial, statesOpposite, tellsDisputeForAgreed, tellsPaymentTheOtherWay, tellsPaymentToOthers, tellsSumForEachOne, termMatch, TOLL, type Expansions } from './answer-gate.ts';
import { commonNouns, functionWords, loadTagger, mainVerbs } from './parts-of-speech.ts';
import { unitOf } from './measures.ts';
import { chooseByTime, datedTimes, dayFit, withResolvedDay } from './answer-time.ts';
import { WEIGHTS } from './answer-weights.ts';
import { doubtOf, type DoubtSigns } from './answer-doubt.ts';
import { citeSentences } from './citations.ts';
import { isCountryName } from './countries.ts';
import { blamedCause, causeStrength, correctsCause, marksCause, retellsEarlierCause, statesCause, tellsCauseAsFirstSeen } from './causes.ts';
import { findNames, findQuantities, findSpeaker, findTimes, NEGATION, type Quantity, type Span } from './extract.ts';
import { isAboutOtherYear, isToldSettled, pickDuration, PLANNED_BEFORE, quantityFit, replacedValues, replacements, TIME_UNITS, type Replacement } from './figure-fit.ts';
import { initialsIn, spelledOut, withOfficesSpelledOut } from './initials.ts';
import { describedTerms } from './name-descriptions.ts';
import { correctedSpelling } from './typos.ts';
import { isInstructionLike } from './instruction-guard.ts';
import { sharedLexicon, type Lexicon } from './lexicon.ts';
import { analyseQuestion, CHAT_OPENER, isCauseVerb, isLightWord, LED_KIND, LEADER_WORDS, namedThings, setAsideTerms, withoutBeforeClauses, type Comparison, type QuestionAnalysis } from './question-analysis.ts';
import { isFullDate } from './report-date.ts';
import { isCalendarName } from './calendar-words.ts';
import { stemOf, STOP_WORDS, termOf, tokenize, type Token } from './terms.ts';
import type { Answer, Library, ScoredSentence, Sentence, SentenceWords, Story } from './types.ts';
import { literalPattern } from './literal-pattern.ts';
import { CURRENCY_SIGN, isSameFigure, MONEY_SIGN, NUMBER_WORD } from './numbers.ts';
import { sameEventAs } from './same-event.ts';

const MIN_COVERAGE = WEIGHTS.minCoverage;
const SENTENCE_ANSWERS = new Set(['other', 'why', 'said', 'next']);
const CLOCK = /\b(?:(?:at|about|around|shortly (?:before|after))\s+)?\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d{2}\b|\b(?:at )?(?:dawn|dusk|midnight|noon|midday)\b/i;
/** Sentences the search hands on to be ranked: 35 gave the same answers as 40 on the 3,032 held-out and sample questions, in 12 % less time a question. */
const CANDIDATES = 35;
/** "Until what date …?", "till when …?": the day a span runs to. */
const ASKS_UNTIL = /^\W*(?:until|till|up to|up until|through) (?:what|which) (?:date|day|time)\b|^\W*(?:until|till) when\b/i;
const IS_QUESTION = /^["“‘']?(?:when|what|why|how|who|where|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have)\b[^.!]*\?["”’']?\s*$/i;
const MAX_CITATIONS = 3;

interface Candidate {
  sentence: Sentence;
  coverage: number;
  retrieval: number;
  /** Share of the question's own word stems (before synonyms) in the sentence: "freed Russians" over "transferred … Moscow". */
  literal: number;
  /** Share of the question's relation words the sentence states (see answer-gate.ts). */
  relation: number;
  /** The date of the report the sentence is from ('' when undated). */
  reportDay: string;
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
  /** For times: the day is told as the plan first given ("planned for June 12, has been put back to June 22"). */
  toldAsFirstPlan?: boolean;
  score: number;
}

/**
 * Loads what answering reads on first use (the tagger's model, WordNet's indexes), so that the first question a
 * bot or the CLI is asked does not wait a tenth of a second longer than the rest. For entry points, at start.
 */
export function prepareAnswering(lexicon: Lexicon = sharedLexicon()): void {
  loadTagger();
  lexicon.load();
}

export function answerFromStories(question: string, library: Library, lexicon: Lexicon = sharedLexicon()): Answer {
  const weighed = weighAnswer(question, library, lexicon);
  // Precision first: an answer each gate let through may still be more likely wrong than right, taken whole.
  return weighed.doubt !== undefined && weighed.doubt > WEIGHTS.maxDoubt ? weighed.instead : weighed.answer;
}

/** An answer before its doubt is weighed: what the pick and its rivals show, and the closest passage given instead of it. */
export interface WeighedAnswer {
  answer: Answer;
  /** The abstention the bot gives when the answer is doubted (the answer itself when it abstained anyway). */
  instead: Answer;
  signs?: DoubtSigns;
  /** How likely the answer is wrong (doubtOf); absent for an abstention. */
  doubt?: number;
}

/** The answer the gates let through, with its doubt; answerFromStories decides by it. Exported for `scripts/fit-doubt.ts`. */
export function weighAnswer(question: string, library: Library, lexicon: Lexicon = sharedLexicon()): WeighedAnswer {
  const read = withPlacesForDemonyms(withTyposCorrected(withInitialsSpelledOut(question, library), library, lexicon), library, lexicon);
  const asked = { ...analyseQuestion(read), ...(read !== question ? { asked: question } : {}) };
  const expansions = expandQuestion(asked, lexicon);
  const hits = searchCandidates(asked, library, expansionWords(asked, lexicon, (term) => library.index.documentFrequency(term) > 0));
  const found = withNamesFromStories(asked, hits, lexicon);
  // ("In which Chilean region are the Colhuel salmon farms?" → "… a farm in the Aysén region": the country read for the
  // adjective says what kind of place is asked, which the answer lies in; its report need not name it.)
  const analysis = found.type === 'where' ? { ...found, names: found.names.filter((name) => new RegExp(`(?<![\\p{L}])${literalPattern(name)}(?![\\p{L}])`, 'u').test(question)) } : found;
  const candidates = rankCandidates(analysis, library, expansions, hits);
  const closest = candidates[0];
  const missing = missingKeyTerms(analysis, library, expansions, candidates);
  // (A question asking one source's figure may word the rest as no report does: a sentence naming the source still counts.)
  const isCovered = closest !== undefined && (closest.coverage >= WEIGHTS.minAnswerCoverage || candidates.slice(0, 5).some((c) => namesAskedSource(analysis, expansions, c, library)));
  if (!closest || missing.length > 0 || !isCovered) {
    return unweighed(abstain(analysis, library, closest?.sentence, missing));
  }
  if (isOnlyPlannedFor(analysis, candidates)) return unweighed(abstain(analysis, library, closest.sentence, []));
  if (analysis.asksIfFinished) return unweighed(answerFinished(analysis, candidates, library) ?? abstain(analysis, library, closest.sentence, []));
  const considered: Pick[] = [];
  const pick = pickAnswer(analysis, candidates, library, expansions, considered);
  if (!pick) return unweighed(abstain(analysis, library, closest.sentence, []));
  if (!isToldOfWhatIsAsked(analysis, expansions, pick, candidates, library)) return unweighed(abstain(analysis, library, closest.sentence, []));
  const answer = compose(analysis, pick, candidates, library, expansions);
  const signs = doubtSigns(analysis, pick, candidates, considered, answer);
  return { answer, instead: abstain(analysis, library, closest.sentence, []), signs, doubt: doubtOf(signs) };
}

function unweighed(answer: Answer): WeighedAnswer {
  return { answer, instead: answer };
}

/** What the pick and its rivals show of how sure the answer is (see answer-doubt.ts). */
function doubtSigns(analysis: QuestionAnalysis, pick: Pick, candidates: Candidate[], considered: Pick[], answer: Answer): DoubtSigns {
  const closest = candidates[0]!;
  // (A relation may be NaN where nothing of the question could be weighed: it counts as none. doubtTerms bounds the rest.)
  const share = (value: number): number => (Number.isFinite(value) ? Math.min(value, 1) : 0);
  const told = (p: Pick): string => p.span ?? p.candidate.sentence.text;
  const isSame = (p: Pick): boolean => p !== pick && ((p.span !== undefined && p.span === pick.span) || (p.quantity !== undefined && p.quantity.value === pick.quantity?.value));
  const rivals = considered.filter((p) => told(p) !== told(pick) && (p.quantity?.value === undefined || p.quantity.value !== pick.quantity?.value));
  const bestRival = rivals.reduce((best, p) => Math.max(best, p.score), -Infinity);
  return {
    type: analysis.type,
    asksFirst: analysis.time.stage === 'initial',
    relation: pick.candidate.relation,
    coverage: pick.candidate.coverage,
    literal: pick.candidate.literal,
    retrieval: pick.candidate.retrieval,
    notClosest: pick.candidate !== closest,
    relationBehindClosest: share(closest.relation) - share(pick.candidate.relation),
    fitted: pick.fit !== undefined,
    singledOut: pick.span !== undefined,
    undated: pick.candidate.reportDay === '',
    names: analysis.names.length,
    asksSource: analysis.source !== undefined,
    asOf: answer.dated?.label === 'as of',
    firstReported: answer.dated?.label === 'first reported',
    corroborated: answer.independentSources >= 2,
    disputed: answer.hasConflict,
    sameElsewhere: considered.filter(isSame).length,
    rivals: rivals.length > 0,
    closeRival: Number.isFinite(bestRival) && Math.abs(pick.score - bestRival) < 1,
  };
}

/** The pick's sentence tells of what the question names: its names, its cause's relation, the things it names. */
function isToldOfWhatIsAsked(analysis: QuestionAnalysis, expansions: Expansions, pick: Pick, candidates: Candidate[], library: Library): boolean {
  const { sentence } = pick.candidate;
  if (namesAnotherCode(analysis.text, sentence.text)) return false;
  // "How many civilians died in Kursk?" is not answered by civilians who died elsewhere.
  // (What happened on a named day was checked against its report's names where it was picked.)
  if (!analysis.asksEventOnDay && !namesAround(analysis, sentence, library) && !namedInItsEvent(analysis, sentence, candidates, library) && !namedInItsReport(analysis, sentence, library) && !holdsRoleInItsReport(analysis, sentence, library)) return false;
  // "Why did the Gulf state refuse the ship?" is not answered by what caused the deaths on board. (A question with one
  // relation word, "what really caused the network outage", may name the event as its report never does: "core routers".)
  // (A cause told as the one first blamed, for a question about the first, was found in the event's own reports.)
  if (analysis.type === 'why' && analysis.predicates.length > 1 && pick.candidate.relation < WEIGHTS.minCauseRelation && !(pick.span && (analysis.time.stage === 'initial' || analysis.time.stage === 'previous'))) return false;
  // "Where was the recovered painting found?" is not answered by where cash was found.
  return thingsAround(analysis, expansions, sentence, library, candidates, pick.candidate.relation);
}

/**
 * "Whats the job toll at T&V": initials the stories never write are read as the name they spell out in the
 * sentences the question finds, or in those sentences' story titles ("Thornbury & Vale").
 */
function withInitialsSpelledOut(question: string, library: Library): string {
  const isUnknown = (initials: string): boolean => tokenize(initials).some((t) => library.index.documentFrequency(t.term) === 0);
  question = withOfficesSpelledOut(question, isUnknown);
  const unknown = initialsIn(question).filter(isUnknown);
  if (unknown.length === 0) return question;
  const hits = library.search(question, CANDIDATES);
  const texts = hits.flatMap(({ sentence }) => [sentence.text, library.storyById(sentence.storyId)?.title ?? '']);
  return unknown.reduce((text, initials) => {
    const name = spelledOut(initials, texts);
    return name ? text.replace(initials, name) : text;
  }, question);
}

/**
 * "Which Chilean region …", "the Ethiopian ministry": an adjective of a place the stories never write is read as
 * the place they do write ("Chile", "Ethiopia"), so that it is looked for, and found, as a name.
 */
function withPlacesForDemonyms(question: string, library: Library, lexicon: Lexicon): string {
  const uses = (word: string): boolean => library.index.documentFrequency(termOf(word)) > 0;
  return question.replace(/(?<![\p{L}’'-])\p{Lu}\p{Ll}{3,}(?![\p{L}’'-])/gu, (word) => {
    if (uses(word.toLowerCase())) return word;
    const place = lexicon.pertainsTo(word.toLowerCase()).find((noun) => !noun.includes(' ') && uses(noun));
    return place ? place[0]!.toUpperCase() + place.slice(1) : word;
  });
}

/** "how many perscriptions couldnt be filled": a misspelt word read as the word the stories use (typos.ts). */
function withTyposCorrected(question: string, library: Library, lexicon: Lexicon): string {
  const uses = (word: string): number => library.index.documentFrequency(termOf(word));
  // ("… on the barges and along the river": "along" is no misspelling of "long". The question is tagged only when a
  // word would be corrected: most questions have none.)
  let closedClass: Set<string> | undefined;
  return question.replace(/(?<![\p{L}’'-])\p{Ll}{5,}(?![\p{L}’'-])/gu, (word) => {
    const corrected = correctedSpelling(word, lexicon, uses);
    if (corrected === undefined) return word;
    closedClass ??= new Set(functionWords(question));
    return closedClass.has(word) ? word : corrected;
  });
}

/**
 * Slack questions are often typed in lower case ("death toll in san bartolo tecalco?"): a question word that is
 * no English word and that the stories write capitalised inside a sentence is a name, and checked as one.
 */
function withNamesFromStories(analysis: QuestionAnalysis, hits: ScoredSentence[], lexicon: Lexicon): QuestionAnalysis {
  const known = new Set(analysis.names.map((n) => n.toLowerCase()));
  const words = [...new Set(analysis.text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]{2,}/gu) ?? [])].filter((w) => !known.has(w) && !STOP_WORDS.has(w) && !lexicon.isWord(w));
  if (words.length === 0) return analysis;
  const texts = hits.map((h) => h.sentence.text);
  const names = words.filter((word) => {
    const pattern = new RegExp(`(?<![\\p{L}’'-])${literalPattern(word)}(?![\\p{L}’'-])`, 'giu');
    return texts.some((text) => [...text.matchAll(pattern)].some((m) => m[0] !== word && m.index! > 0));
  });
  if (names.length === 0) return analysis;
  const nameTerms = new Set(names.map((n) => termOf(n)));
  return {
    ...analysis,
    names: [...analysis.names, ...names.map((n) => n[0]!.toUpperCase() + n.slice(1))],
    predicates: analysis.predicates.filter((t) => !nameTerms.has(t.term)),
  };
}

/** Every name the question asks about is in the answering sentence (or a neighbour), or its story's title. */
function namesAround(analysis: QuestionAnalysis, sentence: Sentence, library: Library, withNeighbours = true): boolean {
  const { own, neighbours, title } = surroundingsOf(sentence, library);
  const around = withNeighbours ? [own.terms, ...neighbours] : [own.terms];
  // Days and months are times, weighed by timeFit; a story's day need not be in the answering sentence.
  return namedThings(analysis).every((name) => {
    const term = termOf(name.toLowerCase());
    if (around.some((terms) => terms.has(term)) || title.has(term)) return true;
    const parts = partsOfJoinedName(name);
    return parts.length > 1 && parts.every((part) => around.some((terms) => terms.has(part)) || title.has(part));
  });
}

/** "The Kars-Erzurum highway" is "the highway between Kars and Erzurum": a name joined of names, by its names' terms. */
function partsOfJoinedName(word: string): string[] {
  return /^\p{Lu}\p{L}*(?:-\p{Lu}\p{L}*)+$/u.test(word) ? word.split('-').map((part) => termOf(part.toLowerCase())) : [];
}

/**
 * "Who heads the body that organises Tälikon's National Day festivities?" → "Beatrice Frischknecht, president of the
 * Tälikon tourist association, …": the sentence names one of the question's names, its report the others.
 */
function namedInItsReport(analysis: QuestionAnalysis, sentence: Sentence, library: Library): boolean {
  const names = namedThings(analysis);
  const own = library.wordsOf(sentence).terms;
  // ("What is the final death toll of the Kalat-e Bid derailment?" → the lead "Iranian officials on Tuesday set the
  // final death toll from last week's derailment … at 13", whose report names the station further on: a report's
  // lead tells the event the report is about, so a count of that event may be named anywhere in it.)
  const isLeadCount = analysis.type === 'count' && sentence.index === 0 && (analysis.terms.some((t) => t.term === 'toll') || analysis.predicates.some((t) => OUTCOME_TERMS.has(t.term)));
  // ("Which company built the new Série 3700 trains?" → "The new electric trains, built by Carrocerías Ferroviarias del
  // Ebro in Zaragoza, …": whoever did the deed asked about a thing its report names. Not a leader or a role asked for,
  // "who runs …", "who is the headteacher …": a report names the leaders of many bodies, and holders of many roles.)
  const asksDoerOfNamed = analysis.type === 'who' && !analysis.asksLeader && analysis.focus === undefined;
  return (isLeadCount || asksDoerOfNamed || (names.length > 1 && names.some((name) => own.has(termOf(name.toLowerCase()))))) && storyNames(namePatterns(analysis), library.storyById(sentence.storyId));
}

/**
 * "Who is the headteacher of Krešimirovo Primary School?" → "The headteacher, Mirjana Šestak, had the building
 * evacuated": the sentence names the role asked, its report the place or body (as a leader's report names what is led).
 */
function holdsRoleInItsReport(analysis: QuestionAnalysis, sentence: Sentence, library: Library): boolean {
  return analysis.type === 'who' && analysis.focus !== undefined && library.wordsOf(sentence).terms.has(analysis.focus) && storyNames(namePatterns(analysis), library.storyById(sentence.storyId));
}

/**
 * Every name the question asks about is somewhere in the report: a club's newsletter may name the lake only in
 * its last item, after the figure ("It counts 81 people who fell ill"). The caller asks that the report also
 * tells the same event; the name alone would take any report that mentions it.
 */
function storyNames(names: RegExp[], story: Story | undefined): boolean {
  if (!story) return false;
  const text = [story.title, story.outlet, story.byline, story.body].join('\n');
  return names.every((pattern) => pattern.test(text));
}

/** The question's names as written (a report writes a name as the question does, in any case): a text search, not every sentence's terms. */
function namePatterns(analysis: QuestionAnalysis): RegExp[] {
  return namedThings(analysis).map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${literalPattern(name)}`, 'iu'));
}


/**
 * A report may name its event differently ("an explosion at a grain terminal on Argentina's Parana River"
 * for the Puerto Almendra blast): it is about what the question names when another report that does name it
 * tells the same event.
 */
function namedInItsEvent(analysis: QuestionAnalysis, sentence: Sentence, candidates: Candidate[], library: Library): boolean {
  // Only for a figure of the event as a whole: a name that picks a person, a place or a day out of the event ("who", "where", "on Monday") must be in the answer's own report.
  // And for a cause as first thought: the earlier report gave it before the names that came with the finding.
  const asksEarlierCause = analysis.type === 'why' && (analysis.time.stage === 'initial' || analysis.time.stage === 'previous');
  // (And for when a plan of the event is due: "will reopen to the public on Saturday 31 January" in a committee report.)
  const asksPlannedTime = analysis.type === 'when' && !/^(?:\w+ )?when (?:did|was|were|had)\b/i.test(analysis.text.replace(CHAT_OPENER, ''));
  if ((analysis.type !== 'count' && !asksPlannedTime && !asksEarlierCause) || analysis.time.days.length > 0) return false;
  const isSameEvent = sameEventAs(library.storyById(sentence.storyId), library);
  // The names must be the event's own: in the title or the lead of a report of it ("… at the river port of Puerto Almendra rose to 12"), not a detail ("fires in Belgium").
  const namesEvent = (storyId: string): boolean => {
    const story = library.storyById(storyId);
    const lead = story?.sentences[0];
    return lead !== undefined && namesAround(analysis, lead, library, false);
  };
  const naming = candidates.slice(0, CANDIDATES_NAMING_EVENT).filter((c) => c.sentence.storyId !== sentence.storyId && namesEvent(c.sentence.storyId));
  const stories = [...new Set(naming.map((c) => c.sentence.storyId))].slice(0, WEIGHTS.laterReportsWeighed);
  return stories.some((id) => isSameEvent(library.storyById(id)));
}
const CANDIDATES_NAMING_EVENT = 15;
const SPEAKER_BY_PRONOUN = /\b(?:he|she|they)\s+(?:said|says|told|added|expected|expects|hoped|hopes|promised|announced)\b/i;
const BODY_BY_KIND = /\b(?:the|its) (?:company|firm|operator|authority|council|ministry|department|agency|utility|board|management|owner|organisers|organizers)\b/i;

/**
 * Every thing the question names with a common noun (wink-nlp's tags: "painting", "sinkhole"), or a word
 * WordNet relates to it, is in the answering sentence, a neighbour or the story's title: "where was the
 * recovered painting found?" is not answered by where cash was found. Not for counts, whose counted noun
 * bindsFocus checks already (their other nouns cost more right answers than the check saved, on the seen sets),
 * nor for causes.
 */
function thingsAround(analysis: QuestionAnalysis, expansions: Expansions, sentence: Sentence, library: Library, candidates: Candidate[] = [], relationStated = 0): boolean {
  // A cause may name its event in other words ("the rockfall was caused by …" for the roof's collapse): causeInEventStory checks its report.
  if (analysis.type === 'count' || analysis.type === 'identity' || analysis.type === 'yesno' || analysis.type === 'why') return true;
  // The relation words (predicates) are the question's words less its names, times, form words and focus.
  const relation = new Set(analysis.predicates.map((t) => t.term));
  // (Each by its term, with the word as asked, which WordNet needs.)
  // ("If the pump wasn't the problem, where did the gas come from?": the premise sets a thing aside; it is not asked about.)
  // ("When was the inspectors' report on the accident first due?": the asker's word for what went wrong names no thing
  // its report need repeat; it may tell the cabin falling.)
  // ("Which government body ordered work to stop?", "which insurance company is paying?": a word saying what kind of
  // body is asked describes the answer, which the sentence names; it is no thing the sentence must hold.)
  const things = [...new Map(commonNouns(analysis.text.replace(PREMISE, '')).map((w) => [termOf(w), w]))].filter(([t, w]) => relation.has(t) && t !== analysis.entityKindModifier && !(analysis.type === 'when' && sharedLexicon().isMishap(w)));
  if (things.length === 0) return true;
  const { story, own, neighbours, title } = surroundingsOf(sentence, library);
  // ("Who leads the crop protection department at Ethiopia's agriculture ministry?" → "…, said Tesfaye Gebremariam, head of
  // the ministry's crop protection department": a leader's sentence names the body short; its report names it whole.)
  const around = analysis.asksLeader && story ? [...neighbours, new Set(tokenize(story.body).map((t) => t.term))] : neighbours;
  const missing = things.filter(([t]) => termMatch(t, expansions, own.terms, around) === 0 && !title.has(t));
  if (missing.length === 0) return true;
  // ("When did the island authorities first expect to reopen the bay to bathers?" → "the Division expects to reopen
  // Brigand Bay for bathing on Saturday 12 June": who acts is named, not called by the asker's word for it; and
  // "island" only says which authorities.)
  const questionNouns = things.map(([, w]) => w);
  // (Only for when and where: a who-question's role, "the manager", is what it asks about.)
  // ("We expect to run the full timetable again from Monday 19 November": a body speaking as "we" names itself.)
  // ("The company told us it expects to resume production by Sunday 15 May": a body called by its kind names itself too.)
  // ("He said the repair should be finished by Wednesday 11 July": someone told of just before speaks.)
  const namesSomeone = (analysis.type === 'when' || analysis.type === 'where') && relationStated >= WEIGHTS.minRelationWithoutAgent && (findNames(sentence.text).length > 0 || /\b(?:we|our)\b/i.test(sentence.text) || BODY_BY_KIND.test(sentence.text) || SPEAKER_BY_PRONOUN.test(sentence.text));
  // ("On what date was the full bus timetable restored?" → "the full timetable on all 24 routes was restored on …": a noun
  // that only says which, before a noun the sentence holds, may go unsaid in a sentence stating the relation.)
  const statesWhenOrWhere = (analysis.type === 'when' || analysis.type === 'where') && relationStated >= WEIGHTS.minRelationWithoutAgent;
  // ("The rebuild of the database" → "the rebuild": a noun after "of" says which, as one before another does.)
  const onlySaysWhich = (word: string): boolean => (namesSomeone || statesWhenOrWhere) && (modifiesNoun(analysis.text, word, questionNouns) || isOfComplement(analysis.text, word, own.terms));
  // ("Which company supplied the signalling equipment at the Gerlachau interlocking?" → "The signalling equipment at
  // Gerlachau was supplied by …": a thing the question calls by a name the sentence holds is named by it.)
  const asked = missing.filter(([, word]) => !(namesSomeone && sharedLexicon().isAgent(word)) && !onlySaysWhich(word) && !isCalledByNameIn(analysis.text, word, sentence.text));
  if (asked.length === 0) return true;
  // ("When will the Danube channel be fully open again?" → "… the shipping channel will not fully reopen until
  // October 1": a day is bound by its sentence's relation; one of three or more things may go by another name.)
  if (analysis.type === 'when' && asked.length === 1 && things.length >= WHEN_THINGS_ONE_MAY_MISS && relationStated >= WEIGHTS.minRelationWithoutAgent) return true;
  // ("Who heads up the organising committee for the Vrhlipa event?" → "Tjaša Kumelj, head of the organising committee":
  // a leader's role names the body led; what the question says of that body may be in other words, or none.)
  const body = analysis.asksLeader && relationStated >= WEIGHTS.minRelationWithoutAgent ? ledBodyAsked(analysis.text) : undefined;
  if (body && asked.every(([term, word]) => !body.terms.includes(term) || isGenericBody(word))) return true;
  // "How the airline treated travellers" → "the airline's treatment of passengers": a kind of the thing asked about names it.
  const nouns = commonNouns(sentence.text);
  // ("The second mass of seaweed" → "a second mass of sargassum": the reports call it "sargassum seaweed" themselves.)
  // (Read only when WordNet does not know the kind: the reports' bodies are long.)
  let reports: string[] | undefined;
  const reportBodies = (): string[] => (reports ??= [...new Set([sentence.storyId, ...candidates.map((c) => c.sentence.storyId)])].map((id) => library.storyById(id)?.body ?? ''));
  // (Only a head noun: "television" in "the television channels" is no kind of the viewers asked about.)
  const heads = nouns.filter((noun) => !modifiesNoun(sentence.text, noun, nouns));
  return asked.every(([, word]) => nouns.some((noun) => sharedLexicon().isKindOf(noun, word)) || heads.some((noun) => reportBodies().some((body) => namesAsKindOf(body, noun, word))));
}

const WHEN_THINGS_ONE_MAY_MISS = 3;

/** A question's opening premise or time: "if the pump wasn't the problem, …", "when the university first announced the infestation, …". */
const PREMISE = /^(?:so\s+)?(?:(?:if|since|now that|given that|assuming)\b[^,?]*?(?:,\s*|\s+(?=(?:where|what|who|when|why|how|which)\b))|when\b[^,?]*?\b(?:first|initially|originally)\b[^,?]*,\s*(?=(?:where|what|who|when|why|how|which|on|by|from|for|to|in|at)\b))/i;

/** The word stands before another of the nouns in the text, so only says which ("island authorities", "television channels", "the cinema's undamaged halls"). */
function modifiesNoun(text: string, word: string, nouns: string[]): boolean {
  // ("The cinema's undamaged halls": a possessor says which too, an adjective between.)
  const match = new RegExp(`\\b${literalPattern(word)}(['’]s?)?\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?`, 'iu').exec(text);
  if (!match) return false;
  const [, possessive, next, after] = match;
  return nouns.includes(next!.toLowerCase()) || (possessive !== undefined && after !== undefined && nouns.includes(after.toLowerCase()));
}

/** The word only says which of a noun the sentence holds: "the rebuild of the database" → "the rebuild". */
function isOfComplement(question: string, word: string, held: ReadonlySet<string>): boolean {
  const noun = new RegExp(`\\b(\\p{L}+)\\s+of\\s+(?:the\\s+|an?\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+)?${literalPattern(word)}\\b`, 'iu').exec(question)?.[1];
  return noun !== undefined && held.has(termOf(noun.toLowerCase()));
}

/** The question calls the thing by a name before its noun ("the Gerlachau interlocking") that the sentence holds. */
function isCalledByNameIn(question: string, word: string, sentence: string): boolean {
  const name = new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s+${literalPattern(word)}\\b`, 'u').exec(question)?.[1];
  // (Not a month or a day: "the June money" is no thing called June.)
  return name !== undefined && !/^(?:The|A|An|Which|What|Who|Where|When|How|Why|In|On|At|From|To|By|For|Of)$/.test(name) && !isCalendarName(name) && new RegExp(`\\b${literalPattern(name)}\\b`, 'u').test(sentence);
}

/** The text names a noun as a kind of a word by putting one before the other: "sargassum seaweed", "Oderwerk buses". */
function namesAsKindOf(text: string, noun: string, word: string): boolean {
  // ("Warning viewers" is a verb's object, not a kind of viewer.)
  if (noun.toLowerCase() === word.toLowerCase() || /ing$/i.test(noun)) return false;
  return new RegExp(`\\b${literalPattern(noun)}\\s+${literalPattern(word.replace(/(?:es|s)$/i, ''))}(?:s|es)?\\b`, 'i').test(text);
}

/**
 * "Which country was the leaking acid shipped from?" is not answered by "Basra", nor "in which country were the tins
 * produced?" by "Accra": a country asked for is answered by a country's name.
 */
function isOfAskedKind(analysis: QuestionAnalysis, span: string): boolean {
  return !COUNTRY_ASKED.test(analysis.text) || isCountryName(span);
}
const COUNTRY_ASKED = /\b(?:which|what) countr(?:y|ies)\b/i;

/** What "around an answer" means: its sentence's words, its neighbours' search terms, its story's title terms. */
interface Surroundings {
  story: Story | undefined;
  own: SentenceWords;
  neighbours: Array<ReadonlySet<string>>;
  title: ReadonlySet<string>;
}

function surroundingsOf(sentence: Sentence, library: Library, reports?: ReadonlySet<Story>): Surroundings {
  const story = library.storyById(sentence.storyId);
  const neighbours = [story?.sentences[sentence.index - 1], story?.sentences[sentence.index + 1]].filter((n): n is Sentence => n !== undefined).map((n) => library.wordsOf(n).terms);
  // ("The ministry will recover part of the cost from SénéPay Systèmes, which has been ordered to pay …": what the
  // report calls a body it names, "the service provider", stands beside the name, as a neighbour's words do. Only
  // ranking weighs it, so only ranking passes the reports; the sentence's names are not read for the other callers.)
  const described = reports ? describedTerms(reports, sentence.text) : undefined;
  if (described && described.size > 0) neighbours.push(described);
  return { story, own: library.wordsOf(sentence), neighbours, title: titleTerms(story) };
}

/** "What is the average pension?", "the median wait": a figure that stands for many, told as such. */
const AVERAGE_ASKED = /\b(?:average|median)\b/i;
const AVERAGE_TOLD = /\b(?:average[sd]?|averaging|median|mean|typical(?:ly)?|per|each|apiece|a head)\b/i;

const MONEY_WORD_TERMS = new Set(['money', 'cash', 'funds', 'funding'].map(termOf));

/** "How much money did they ask donors for?": a sum is written as a figure, never as the word "money". */
function isMoneyWordOfSum(analysis: QuestionAnalysis, term: string): boolean {
  return analysis.asksMoney && MONEY_WORD_TERMS.has(term);
}

/** Names and counted nouns the stories never mention: the question is about something else. */
function missingKeyTerms(analysis: QuestionAnalysis, library: Library, expansions: Expansions, candidates: Candidate[]): string[] {
  // (A month or weekday the question names is a time to place the reports in, which may write it "Jan.": no missing name.)
  const missing = analysis.names.filter(
    (name) => !STOP_WORDS.has(name.toLowerCase()) && !isCalendarName(name) && !isIndexedName(name, library),
  );
  // ("Car park P3", "turbine T9", "the B8075": a code no story writes.)
  missing.push(...codesIn(analysis.text).filter((code) => !isIndexedName(code, library)));
  // A figure or year the question names ("freed in 2023") that no story states.
  // (Not the day of a date it names, "on Sunday 15 February": a report may tell that day as "Sunday", which timeFit weighs.)
  const dayNumbers = new Set(analysis.time.days.flatMap((day) => day.match(/\d+/g) ?? []));
  // (Nor a year the reports are dated in: "the 1998 maize harvest" of a 1998 wire report that never writes the year.)
  const isReportYear = (word: string): boolean => /^(?:19|20)\d{2}$/.test(word) && candidates.some((c) => c.reportDay.startsWith(word));
  for (const token of analysis.terms) if (token.value !== undefined && !dayNumbers.has(token.word) && !isReportYear(token.word) && library.index.documentFrequency(token.term) === 0) missing.push(token.word);
  // "Dwellings" is asked about when the stories say "homes": a synonym in the stories is not a missing term.
  const isMentioned = (term: string): boolean => library.index.documentFrequency(term) > 0 || [...(expansions.get(term) ?? [])].some((t) => library.index.documentFrequency(t) > 0);
  // ("How many stranded vehicles …" is asked of stories that count lorries: a kind of the thing counts it.)
  const isCountedAsKind = (): boolean => candidates.slice(0, KIND_CANDIDATES).some((c) => findQuantities(c.sentence.text).some((q) => countsKindOfFocus(analysis, q)));
  const focusWord = (focus: string): string => tokenize(analysis.text, true).find((t) => t.term === focus)?.word ?? focus;
  // ("What penalty did the regulator impose?" of "The regulator has fined SEDCo M250,000": a sum of a kind of the asked one.)
  const isSumOfKind = (focus: string): boolean => {
    const asked = focusWord(focus).toLowerCase();
    return analysis.asksMoney && candidates.slice(0, KIND_CANDIDATES).some((c) => [...library.wordsOf(c.sentence).terms].some((term) => sharedLexicon().isKindOf(term, asked)));
  };
  if (analysis.focus && !isGenericPersonFocus(analysis.focus) && !isMoneyWordOfSum(analysis, analysis.focus) && !isMentioned(analysis.focus) && !isCountedAsKind() && !isSumOfKind(analysis.focus)) missing.push(focusWord(analysis.focus));
  // ("What was the average result on the repeat test?" of stories that give no average.)
  const average = AVERAGE_ASKED.exec(analysis.text)?.[0];
  if (average && !candidates.some((c) => AVERAGE_TOLD.test(c.sentence.text))) missing.push(average.toLowerCase());
  return missing;
}

const KIND_CANDIDATES = 15;

/** Codes that name one thing among its like: "P3", "T9", "A321neo", "B8075". */
function codesIn(text: string): string[] {
  return text.match(CODE) ?? [];
}
const CODE = /(?<![\p{L}\p{N}])\p{Lu}{1,3}\d+\p{L}*(?![\p{L}\p{N}])/gu;

/**
 * "How many spaces will car park P3 offer?" is not answered of "P7 East": a sentence naming another code of the asked
 * one's letters ("P7" for "P3") tells of another thing.
 */
function namesAnotherCode(question: string, sentence: string): boolean {
  return codesIn(question).some((code) => {
    const letters = /^\p{Lu}+/u.exec(code)![0];
    const others = (sentence.match(CODE) ?? []).filter((c) => c.startsWith(letters) && /^\d/.test(c.slice(letters.length)));
    return others.length > 0 && !others.includes(code);
  });
}

/** A name the stories write: "P3", "A321neo" and "B8075" are indexed as their letters and their number. */
function isIndexedName(name: string, library: Library): boolean {
  const terms = /\d/.test(name) ? tokenize(name).map((t) => t.term) : [termOf(name.toLowerCase())];
  if (terms.length > 0 && terms.every((term) => library.index.documentFrequency(term) > 0)) return true;
  const parts = partsOfJoinedName(name);
  return parts.length > 1 && parts.every((part) => library.index.documentFrequency(part) > 0);
}

/** The sentences worth weighing: the search's best, without text that tries to instruct the bot. */
function searchCandidates(analysis: QuestionAnalysis, library: Library, extraWords: string[]): ScoredSentence[] {
  const query = [analysis.text, ...extraWords].join(' ');
  return library.search(query, CANDIDATES).filter((hit) => !isInstructionLike(hit.sentence.text));
}

function rankCandidates(analysis: QuestionAnalysis, library: Library, expansions: Expansions, hits: ScoredSentence[]): Candidate[] {
  const top = hits[0]?.score ?? 1;
  const weights = new Map<string, number>();
  for (const token of analysis.terms) {
    // "Who's the boss at Trellis" is answered by its managing director: the leader's word need not be found.
    if (token.term === analysis.entityKind || isLightWord(token.word) || isWhenForm(analysis, token) || isVerbOfAskedLimit(analysis, token.word) || (analysis.type === 'why' && isCauseVerb(token.word)) || (analysis.asksLeader && (LEADER_WORDS.test(token.word) || LED_KIND.test(token.word)))) continue;
    const df = library.index.documentFrequency(token.term);
    if (df === 0 && isMoneyWordOfSum(analysis, token.term)) continue;
    // (A name joined of names the stories write apart is looked for by its names.)
    const parts = df === 0 ? partsOfJoinedName(token.word).filter((t) => library.index.documentFrequency(t) > 0) : [];
    if (parts.length > 1) {
      for (const part of parts) weights.set(part, Math.min(4, library.index.idf(part)));
      continue;
    }
    // A word the stories never use still counts against coverage (names and counted nouns are checked apart).
    weights.set(token.term, df === 0 ? 2 : Math.min(4, library.index.idf(token.term)));
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const stems = new Set(analysis.terms.map((t) => stemOf(t.word)));
  const relationWeight = relationWeightIn(library);
  const reports = new Set(hits.map((hit) => library.storyById(hit.sentence.storyId)).filter((story): story is Story => story !== undefined));
  return hits
    .map(({ sentence, score }) => {
      const { story, own, neighbours, title } = surroundingsOf(sentence, library, reports);
      let covered = 0;
      for (const [term, weight] of weights) {
        const held = termMatch(term, expansions, own.terms, neighbours, WEIGHTS.neighbourCoverage);
        covered += weight * (held === 0 && title.has(term) ? WEIGHTS.titleMatch : held);
      }
      const literal = stems.size ? [...stems].filter((s) => own.stems.has(s)).length / stems.size : 0;
      const relation = relationCoverage(analysis, expansions, relationWeight, own.terms, neighbours, title);
      return { sentence, coverage: covered / total, retrieval: score / top, literal, relation, reportDay: story?.date ?? '' };
    })
    .sort((a, b) => rankScore(b) - rankScore(a));
}

/** "What year did …", "what day was …": the word naming what is asked for is the question's form, never found in the answer's sentence. */
function isWhenForm(analysis: QuestionAnalysis, token: Token): boolean {
  return analysis.type === 'when' && /^(?:year|day|date|month|time)$/i.test(token.word) && new RegExp(`\\b(?:what|which) ${token.word}\\b`, 'i').test(analysis.text);
}

const titleTermsOf = new WeakMap<Story, ReadonlySet<string>>();

/** (Kept per story: every candidate of a question asks it of its report, and so does every gate after.) */
function titleTerms(story: Story | undefined): ReadonlySet<string> {
  if (!story) return new Set();
  let terms = titleTermsOf.get(story);
  if (!terms) titleTermsOf.set(story, (terms = new Set(tokenize(story.title).map((t) => t.term))));
  return terms;
}

/** A relation word's weight: its idf, capped; one the stories never use is likely the asker's paraphrase and weighs less. */
function relationWeightIn(library: Library): (term: string) => number {
  return (term) => (library.index.documentFrequency(term) === 0 ? WEIGHTS.unknownRelationWord : Math.min(3, library.index.idf(term)));
}

function rankScore(c: Candidate): number {
  return c.coverage + WEIGHTS.retrievalShare * c.retrieval + WEIGHTS.literalShare * c.literal;
}

/** The best pick, or none; `considered` receives every pick weighed before time and sources chose among them. */
function pickAnswer(analysis: QuestionAnalysis, candidates: Candidate[], library: Library, expansions: Expansions, considered: Pick[] = []): Pick | undefined {
  const picks: Pick[] = [];
  // "Who heads Norway's tax directorate?": the leader's sentence ("Director General Halvard Mo said …") seldom
  // repeats the question's words, so when the best candidates name no leader, every sentence naming one in the
  // best reports is weighed too.
  function* weighed(): Generator<Candidate> {
    yield* candidates.slice(0, 15);
    if (analysis.asksLeader && picks.length === 0) yield* leaderSentencesOfReports(analysis, expansions, candidates, library);
  }
  let setAside: Set<string> | undefined;
  const asksAverage = AVERAGE_ASKED.test(analysis.text);
  for (const candidate of weighed()) {
    // Precision first: a sentence that does not state the relation asked about is a closest passage, not an answer.
    // A whole sentence as the answer (how, what, why) must state the relation more fully than a sentence a figure or name is taken from.
    // A measure's unit ("82 mph" for "how fast did the wind blow") already binds the answer; its verb matters less.
    // ("What went wrong at the Trelund plant on Friday 16 January?" names no relation but the day: the day binds the answer.)
    const minRelation = analysis.asksEventOnDay ? 0 : SENTENCE_ANSWERS.has(analysis.type) ? WEIGHTS.minSentenceRelation : analysis.type === 'yesno' ? WEIGHTS.minYesNoRelation : analysis.measure ? WEIGHTS.minMeasureRelation : WEIGHTS.minRelation;
    // "Who heads Norway's tax directorate?" → "Director General Halvard Mo said …": a leader's sentence seldom names
    // what they lead again; its report must (leadsWhatIsAsked and the names' check hold the rest).
    const relation = analysis.asksLeader
      ? Math.max(candidate.relation, reportRelation(analysis, expansions, candidate, library))
      : countsFocusInItsReport(analysis, expansions, candidate, library)
        ? Math.max(candidate.relation, reportRelation(analysis, expansions, candidate, library, true))
        : referredRelation(analysis, expansions, candidate, library);
    // (A sentence naming the asked source in its own words, "the national association of truck drivers" for "the lorry
    // drivers' organisation", holds fewer of the question's words than it states.)
    const sourceNamed = namesAskedSource(analysis, expansions, candidate, library);
    // (Nor state as much of the relation: the source and the counted noun bind the figure, "760 flights have been
    // cancelled" for how many flights the dispute wiped out; the relation words left must still be partly there.)
    // ("What does the survivor from Daloa do for a living?" → "Koné Siriki-Dagnogo, a cocoa buyer from Daloa travelling to
    // Korhogo …, was sitting in the third row": the names the question gives the person by bind the work told beside them,
    // though the sentence does not tell what made them the survivor; so does part of the deed they are asked by.)
    if ((candidate.coverage < WEIGHTS.minAnswerCoverage && !sourceNamed) || (relation < (sourceNamed ? WEIGHTS.minSourceRelation : minRelation) && !bindsNamedWorker(analysis, candidate, relation))) continue;
    // A question in the text ("When will the fountains be working again?", an explainer's sub-head) answers nothing.
    if (IS_QUESTION.test(candidate.sentence.text)) continue;
    // "What is the average monthly pension?" is not answered by the total the fund overpaid: an average must be told as one.
    if (asksAverage && !AVERAGE_TOLD.test(candidate.sentence.text)) continue;
    const base = candidate.coverage * WEIGHTS.coverageInPick + candidate.retrieval + candidate.literal;
    const text = candidate.sentence.text;
    switch (analysis.type) {
      case 'count':
        picks.push(...countPicks(analysis, expansions, candidate, library, base));
        break;
      case 'who': {
        const asksSpeaker = /\b(said|say|says|told|tell|wrote|write|posted|announced)\b/i.test(analysis.text);
        const speaker = asksSpeaker ? findSpeaker(text) : undefined;
        // "Who is Ukraine's chief negotiator?": only a sentence naming the office answers.
        if (analysis.focus && !library.wordsOf(candidate.sentence).terms.has(analysis.focus)) break;
        const named = speaker?.text ?? pickPerson(analysis, text);
        // "Who did the health minister blame at the start?" is answered by whoever the sentence blames, never by
        // whoever else it names ("Health Minister Saidou Hamani").
        const asksBlamed = asksWhoWasBlamed(analysis);
        const span = asksBlamed ? pickBlamed(analysis, text, named) : named;
        if (asksBlamed && !span) break;
        // "Whose flock was infected first?", "whose name was left off the ballot?": an owner, told as one ("Dafydd
        // Rees's flock", "the flock of …", "owned by …"), never whoever the sentence names acting or speaking.
        if (WHOSE_ASKED.test(analysis.text) && span && !isToldAsOwner(text, span)) break;
        // "Who owns the cinema whose balcony collapsed?" is not answered by "The Cinema Le Palmier": the thing held is not who holds it.
        if (span && OWNER_ASKED.test(analysis.text) && namesHeldThing(analysis, span)) break;
        // "Who was steering the boat?" is not answered by "The boat overturned …, deputy police chief Sok Vuthy told
        // reporters": whoever a report is attributed to at its end told of the deed (unless he tells of his own: "said he").
        if (span && !asksSpeaker && asksDoer(analysis) && isTrailingAttribution(analysis, text, span)) break;
        if (span && !isOfAskedKind(analysis, span)) break;
        if (span) {
          picks.push({ candidate, span, score: base + 1 });
          break;
        }
        // A quotation whose speaker is named in the sentence before it (who speaks is not who leads).
        if (analysis.asksLeader) break;
        const previous = library.storyById(candidate.sentence.storyId)?.sentences[candidate.sentence.index - 1];
        const previousSpeaker = previous ? findSpeaker(previous.text) : undefined;
        if (previous && previousSpeaker && /^[“"]/.test(text)) picks.push({ candidate, span: previousSpeaker.text, context: previous, score: base + 0.5 });
        break;
      }
      case 'where': {
        const span = pickOrigin(analysis, text) ?? pickPlace(analysis, text);
        if (span && isOfAskedKind(analysis, span)) picks.push({ candidate, span, score: base + 1 });
        break;
      }
      case 'duration': {
        const duration = pickDuration(analysis, text);
        if (duration) picks.push({ candidate, span: duration.span, score: base + duration.fit });
        break;
      }
      case 'identity': {
        const description = analysis.asksOccupation ? occupationIn(analysis, text) : describeNamed(analysis, text);
        if (description) picks.push({ candidate, span: description, score: base + 1 });
        // ("'… I knocked on a pipe until they found me,' she said": who speaks was told of, with their work, just before.)
        const told = !description && analysis.asksOccupation && SPOKEN_BY_PRONOUN.test(text) ? workToldJustBefore(analysis, candidate.sentence, library) : undefined;
        if (told) picks.push({ candidate, span: told.span, context: told.sentence, score: base + 0.5 });
        break;
      }
      case 'when': {
        // "When does the hosepipe ban kick in?" is not answered by the day it was announced: the asked event's verb is in the sentence.
        const event = askedEventVerb(analysis);
        // ("When did the tours start back up?" → "tours restarted on Tuesday 10 March": a return told with "re-".)
        const toldAgain = (verb: string): boolean => RESUMPTION_ASKED.test(analysis.text) && new RegExp(`\\bre-?${literalPattern(termOf(verb))}`, 'i').test(text);
        if (event && termMatch(termOf(event), expansions, library.wordsOf(candidate.sentence).terms, []) === 0 && !toldAgain(event)) break;
        // "When did planes land at Pochentong again?" is not answered by the day it closed: a return is told as one.
        if (RESUMPTION_ASKED.test(analysis.text) && !RESUMPTION_TOLD.test(text)) break;
        if (analysis.asksClock) {
          const clock = CLOCK.exec(text);
          if (clock) picks.push({ candidate, span: clock[0], score: base + WEIGHTS.spanFound });
          break;
        }
        // "…, the fire marshal's office said on Friday": the day it was said, not the day of the event asked about.
        // (Unless the question asks when something was said, reported or announced.)
        const asksWhenSaid = /\b(report|announc|say|said|tell|told|publish|releas|confirm|state|disclos|reveal)/i.test(analysis.text);
        const times = findTimes(text);
        const time = dayOfReturnOrNearest(
          analysis,
          text,
          times.filter(
            (t) =>
              (asksWhenSaid || !isDayOfTelling(text, t)) &&
              // ("Until what date were farmers told to keep out of the fields?" is not answered by the day they were told:
              // the day a span runs to.)
              (!ASKS_UNTIL.test(analysis.text) || /^(?:until|till|through|by)\b/i.test(t.text) || /\b(?:until|till|through|up to|by)\s+(?:at least\s+|about\s+|around\s+)?$/i.test(text.slice(Math.max(0, t.start - 24), t.start))) &&
              // ("For what date was the vote called?" is not answered by "Elections 2034": a year is no date.)
              !(ASKS_A_DATE.test(analysis.text) && /^(?:in\s+)?\d{4}$|^(?:earlier |later )?(?:this|last|next) (?:month|week|year)$/i.test(t.text.trim())) &&
              // "… will no longer happen on 23 August": the day it will not happen.
              // ("Not before 20 January", "not until Friday" give the earliest day: they stand.)
              !(NEGATED_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) && !/\b(?:before|until|till|earlier than|sooner than)\s+$/i.test(text.slice(Math.max(0, t.start - 20), t.start) + (/^(?:before|until|till)\b/i.test(t.text) ? ' before ' : ''))) &&
              // "Wyndle Sunday Returns", "the Monday Club": a day in a name is no time.
              !isInName(text, t) &&
              // ("The hearing, first set for 19 May and later put back to 9 June, was brought forward to 2 June": when it
              // happens is the chain's last day; the earlier ones are plans it replaced.)
              !(analysis.time.stage !== 'initial' && analysis.time.stage !== 'previous' && isReplacedInPlanChain(text, t, times)) &&
              // ("LARISSA, 18 March 2033 — Deliveries … resumed on Wednesday 16 March": the dateline dates the report.)
              !(/^\p{Lu}[\p{Lu}\s.'’()-]*,\s*$/u.test(text.slice(0, t.start)) && /^\s*[–—-]/.test(text.slice(t.end))) &&
              // ("If you had an INR test here between September 12 and October 3, …": a span's ends say whom it concerns, not when.)
              (/\bbetween\b/i.test(analysis.text) || !/\bbetween\s+$|\bbetween\b[^.;]{1,30}\band\s+$/i.test(text.slice(Math.max(0, t.start - 45), t.start))) &&
              // "…, five weeks earlier than the date of 13 January the company announced": a plan it is compared with,
              // not the day of the event (unless the plan as first told is asked).
              // ("… back at full speed, ten days before the 14 March date Trafikverket gave": a day told as a date given.)
              // ("When is the tunnel now expected to reopen?" asks the plan as it stands: "11 April, two weeks earlier than
              // the date of 25 April it gave last month" compares it with the plan it replaced.)
              (asksFirstPlan(analysis) || (analysis.asksAboutPlan && analysis.time.stage !== 'latest') || !(COMPARED_DAY_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) || (/\bthe\s+$/i.test(text.slice(Math.max(0, t.start - 5), t.start)) && DAY_AS_DATE_GIVEN.test(text.slice(t.end, t.end + 20))))),
          ),
        );
        if (!time) break;
        // "since 2022" dates a comparison, not the event asked about; "more due … on Saturday" answers "when are more expected".
        const isReference = /\bsince\b[^,.;]{0,60}$/i.test(text.slice(0, time.end));
        // "Since late on Thursday 12 February, customers have been asked to boil their water": when a state began, never when it ended.
        // ("Trams have been running through this junction again since Saturday 11 September": a return began then.)
        // ("Since Friday 4 March, trains … have been back at full speed": the return told after the day.)
        const startsReturn = RESUMPTION_ASKED.test(analysis.text) && (/\b(?:again|back|resumed|reopened|restored)\b[^.;]{0,40}\bsince\b[^,.;]{0,60}$/i.test(text.slice(0, time.end)) || (/^\W*since\b[^,.;]{0,40}$/i.test(text.slice(0, time.end)) && /^[^.;]{0,80}\b(?:again|back|resumed|reopened|restored)\b/i.test(text.slice(time.end))));
        if (isReference && !startsReturn && !/\b(?:since|start|started|begin|began|first)\b/i.test(analysis.text)) break;
        const isPlanned = PLANNED_BEFORE.test(text.slice(Math.max(0, time.start - 60), time.start));
        // "When did the bridge finally reopen?" asks what happened: "it should reopen by Monday" is a forecast, however it turned out.
        const toldBefore = text.slice(Math.max(0, time.start - 80), time.start);
        if (asksWhenItHappened(analysis) && FORECAST_BEFORE.test(toldBefore)) break;
        // (However far the plan's verb stands from its day: "We will post a free kit, which can be fitted in two
        // minutes, to every registered owner from Monday 5 July"; nor a plan the sentence says was dropped: "had
        // first been allowed to sell from 11 June, but …".)
        if (asksWhenItHappened(analysis) && (PLAN_IN_CLAUSE.test(clauseBefore(text, time.start)) || SUPERSEDED_PLAN.test(toldBefore))) break;
        // "When did the terminal first expect to be loading again?" asks for the plan as first told: the day it
        // did resume ("resumed at 14:00 on Thursday 13 August") is not that plan, however close its words.
        if (asksFirstPlan(analysis) && !PLAN_TOLD_BEFORE.test(toldBefore)) break;
        // "What year was the stand built?" is not answered by a weekday.
        if (ASKS_YEAR.test(analysis.text) && !/\b\d{4}\b/.test(time.text)) break;
        const planFit = analysis.asksAboutPlan ? (isPlanned ? 1 : -0.5) : 0;
        // "When did they originally promise …" is answered by the first plan, not by the sentence that moved it
        // ("will now not be restored before 23 November, later than promised").
        // (Unless it also tells the plan it moved, as first given: "the public destruction, planned for June 12, had
        // been put back to Monday, June 22", "which was to end on March 23, will now last until Monday, April 6".)
        const asksEarlierPlan = analysis.time.stage === 'initial' || analysis.time.stage === 'previous';
        // (A day with its date: "which was to have begun on Saturday", told a week later, names no day that can be placed.)
        // (Not a day the plan was moved to: "which was due to report today, will now report by Friday 24 February".)
        const firstPlan = asksEarlierPlan ? times.find((t) => /\d/.test(t.text) && FIRST_PLAN_BEFORE.test(text.slice(Math.max(0, t.start - 70), t.start)) && !MOVED_TO_BEFORE.test(text.slice(Math.max(0, t.start - 30), t.start))) : undefined;
        const isRevisedPlan = asksEarlierPlan && REVISED_PLAN.test(text);
        if (isRevisedPlan && !firstPlan) break;
        const told = firstPlan && (isRevisedPlan || firstPlan.start === time.start) ? firstPlan : time;
        // ("By what date did officials first say every well would be tested?" → "by this Friday", in a report that gives
        // no date: a weekday that cannot be placed is no date.)
        if (/\b(?:what|which) date\b/i.test(analysis.text) && !/\d/.test(told.text) && !isFullDate(candidate.reportDay)) break;
        const span = told.text.replace(startsReturn ? /^(on|in|during|since)\s+/i : /^(on|in|during)\s+/i, '');
        picks.push({ candidate, span, toldAsFirstPlan: told.start === firstPlan?.start, score: base + (isReference && !startsReturn ? 0 : 1) + planFit });
        break;
      }
      case 'yesno': {
        // "Was the cargo insured?" is not answered "yes" by a sentence about the cargo that says nothing of insurance.
        if (!statesAskedAction(analysis, expansions, candidate.sentence, library)) break;
        const verdict = judgeYesNo(analysis, candidate.sentence, library);
        // A sentence that neither confirms nor denies what was asked is a closest passage, not a verdict.
        if (verdict.span !== NOT_STATED) picks.push({ candidate, ...verdict, score: base });
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
      case 'why': {
        // A cause is answered only by a sentence that gives one: "caused by", "because", "blamed on", "after".
        if (givesCauseOfAskedEvent(analysis, expansions, text) && !givesCauseSetAside(candidate.sentence, (setAside ??= setAsideTerms(analysis)), library)) picks.push({ candidate, score: base + WEIGHTS.spanFound });
        break;
      }
      case 'other': {
        // "Which hotel burned in Kemer?" is not answered by "a fire at a beach hotel in Kemer": the answer names one.
        if (analysis.asksWhichOne && !namesSomethingElse(analysis, text)) break;
        // "What happened at Mount Varua on the Tuesday after the first eruption?" → "The second blast, … on Tuesday, dropped ash …": told of that day.
        // (A numbered section of an inquiry's report names the river once, in its title or first section: the report must name it.)
        // ("… after Sunday's storm flooded a second cable chamber": the day's event named by its day.)
        if (analysis.asksEventOnDay && (dayFit(analysis, text, candidate.reportDay) < WEIGHTS.dayMatches / 3 || datedTimes(text, candidate.reportDay).length === 0 || !storyNames(namePatterns(analysis), library.storyById(candidate.sentence.storyId)))) break;
        // "What did the owner offer at first?" → "3 percent — …, has offered 3 percent, …": what the asked verb takes.
        const object = objectOfAskedVerb(analysis, text);
        picks.push({ candidate, ...(object ? { span: object } : {}), score: base + (object ? WEIGHTS.spanFound : 0) });
        break;
      }
    }
  }
  considered.push(...picks);
  if (analysis.type === 'count' && picks.some((p) => p.quantity)) {
    // A later report of the same story need not repeat its names ("the number injured has risen to 41"):
    // its figure competes on how well it fits the question, not on how many of the question's words it repeats.
    const hasNames = namedThings(analysis).length > 0;
    // Without a name to look for, a pick tells the same story when its report tells the best pick's event.
    const top = picks.reduce((a, b) => (b.score > a.score ? b : a));
    const isTopEvent = sameEventAs(library.storyById(top.candidate.sentence.storyId), library);
    let patterns: RegExp[] | undefined;
    const isNamedInReport = oncePerReport((sentence) => storyNames((patterns ??= namePatterns(analysis)), library.storyById(sentence.storyId)));
    const isSameStoryNamed = (sentence: Sentence): boolean => (hasNames ? namesAround(analysis, sentence, library) : isTopEvent(library.storyById(sentence.storyId)));
    // A report may name its subject once, away from the figure ("… run by Nordvik Havbruk"): it tells the same story still.
    const isSameStory = (sentence: Sentence): boolean => isSameStoryNamed(sentence) || (hasNames && isNamedInReport(sentence) && isTopEvent(library.storyById(sentence.storyId)));
    // For the latest figure, the reports of the event newer than any that gave a figure are read whole: they tell
    // it in their own words.
    const newestPick = picks.reduce((a, b) => (b.candidate.reportDay > a.candidate.reportDay ? b : a), top);
    const hasFigureLikeTop = (sentence: Sentence): boolean => findQuantities(sentence.text).some((q) => isSameKindOfFigure(sentence.text, q, top));
    const newer = analysis.time.stage === 'latest' && isFullDate(top.candidate.reportDay) ? newerSentencesOfEvent(analysis, expansions, newestPick.candidate, candidates, library, newestPick === top, hasFigureLikeTop) : [];
    const weighed = newer.length > 0 ? [...candidates, ...newer] : candidates;
    if (analysis.time.stage === 'latest' && isFullDate(top.candidate.reportDay)) picks.push(...laterFigures(analysis, expansions, candidates, newer, top, library, isSameStory));
    if (analysis.time.stage === 'latest') picks.push(...revisionsOf(analysis, expansions, weighed, picks, library, isSameStory));
    // What the story's sentences say replaced what ("from 74 to 69"), read only if a revision is looked for.
    let storyRevisions: Replacement[] | undefined;
    // "According to the staff trade union, how many …": only a figure the union gave answers, whatever is newer.
    // (The figure is the source's own: "the union said the real figure was 1,520", "31 given by the disaster relief
    // office"; not "760 flights, far more than the authority's count", nor "because four of those villages …".)
    // (Precision first: a figure no sentence gives to the source is no answer, though its report names the source
    // somewhere. Taking such figures gave 11 more right answers and 15 more confidently wrong ones on the stored sets,
    // 4 and 12 on the newest rounds: a report that names the union also tells the ministry's count.)
    const given = new Set(analysis.source ? picks.filter((p) => p.quantity && sourceGives(analysis, expansions, p.candidate.sentence, p.quantity, library)) : []);
    const bySource = given.size > 0;
    const isGiven = (p: Pick): boolean => !analysis.source || given.has(p);
    // "When it first apologised" asks the first report of the event the question tells: an older report of another
    // event, whose words tell less of what is asked than the report stating it best, is not its first report.
    const isOtherEvent = analysis.time.stage === 'initial' ? otherEventThan(analysis, expansions, candidates[0]!, library) : () => false;
    const chosen = chooseByTime(
      analysis,
      picks.filter((p) => isGiven(p) && !isOtherEvent(p.candidate)).map((p) => ({
        ...p,
        reportDay: p.candidate.reportDay,
        value: p.quantity?.value,
        relation: p.candidate.relation,
        isLaterWording: p.score === -Infinity,
        sameStory: () => isSameStory(p.candidate.sentence),
        // What the pick's own figure replaced: "five people earlier counted …, bringing the total from 74 to 69" replaces 74 by 69, not by five.
        replaces: () => replacements(p.candidate.sentence.text).filter((r) => r.by !== undefined && r.by === p.quantity?.value).map((r) => r.replaced),
        toldAsPeak: analysis.time.stage === 'peak' && TOLD_AS_PEAK.test(p.candidate.sentence.text),
      })),
      () => (storyRevisions ??= revisingSentences(weighed, figuresOf(picks), isSameStory).flatMap((r) => r.revisions)),
      bySource ? picks.reduce((day, p) => (isFullDate(p.candidate.reportDay) && p.candidate.reportDay > day ? p.candidate.reportDay : day), '') : '',
    );
    // A newer report of the same event that says the same of another figure ("18.5 million items were now held up"
    // after "21 million letters and parcels are held up") gives the running figure as of its day.
    const restated = chosen && analysis.time.stage === 'latest' && !analysis.time.asksTotal ? restatedInNewerReport(chosen, weighed, isSameStory, (text, q) => !isPartOfAnotherFigure(analysis, text, q) && !tellsDisputeForAgreed(analysis, text) && (!analysis.measure || bindsFocus(analysis, expansions, text, q))) : undefined;
    if (restated && isGiven(restated)) return restated;
    // ("It had reported bed bugs in 94 rooms … The final figure is 81.": the sentence after a figure may correct it, barely.)
    const corrected = chosen && analysis.time.stage === 'latest' && !analysis.time.asksTotal ? correctedInNextSentence(chosen, library) : undefined;
    if (corrected && isGiven(corrected)) return corrected;
    // Precision first: the latest figure is not given from a report that a newer report of the same event contradicts.
    // (Here a report counts as the same story only where its sentence names the subject: a figure elsewhere in it may be of something else.)
    if (chosen && analysis.time.stage === 'latest' && !bySource && newerReportDisagrees(analysis, expansions, weighed, chosen, library, isSameStoryNamed)) return undefined;
    // Nor the final figure from a report older than one of its event's the search reached, which told no figure that fits:
    // the older one may well be superseded.
    // (Unless that newer report tells a figure as the final or settled one, which the older one's better-worded "has
    // risen to 12" gave way to: "put the final death toll from the June 13 landslide in … at 14".)
    if (chosen && asksLaterWordThan(analysis, chosen) && !bySource && newerReportOfEvent(chosen, candidates, library)) return settledInNewerReport(chosen, picks, library);
    // Nor the first figure from a later report, unless that report gives it as the one it replaced ("up from 48,000").
    // (A replaced figure answers only as the first when told as the first: "not the 1,100 in the Government's first
    // statement"; "not the €210,000 expected in June" may have replaced an earlier one.)
    // (A figure told as an earlier one, not the first, may have replaced the first report's own: "the University's
    // earlier figure of 347".)
    // (An earlier report that tells no figure of the kind at all, "Residents of about 300 homes were asked to leave" before
    // any offer of money, did not give a first one the search missed; each report is read once.)
    const toldOfKind = new Map<string, boolean>();
    const tellsFigureOfKindOnce = (storyId: string): boolean => toldOfKind.get(storyId) ?? toldOfKind.set(storyId, tellsFigureOfKind(library.storyById(storyId), chosen!)).get(storyId)!;
    if (chosen && analysis.time.stage === 'initial' && !(isGivenAsReplaced(chosen) && isToldAsFirst(chosen) && !isToldAsMerelyEarlier(chosen)) && earlierReportOfStory(candidates, chosen, (sentence) => isSameStory(sentence) && tellsFigureOfKindOnce(sentence.storyId))) return undefined;
    return chosen;
  }
  if (analysis.type === 'when' && picks.length > 0 && (analysis.time.stage === 'initial' || analysis.time.stage === 'previous')) return firstToldTime(picks, candidates, library);
  if (analysis.type === 'when' && picks.length > 0) {
    const chosen = newestPlannedTime(analysis, expansions, picks, candidates, library) ?? newestCloseTime(analysis, picks);
    // (As for a count: the day it finally happened is not told by a report older than another of its event.)
    return ASKS_LAST_WORD.test(analysis.text) && newerReportOfEvent(chosen, candidates, library) ? undefined : chosen;
  }
  // "Why did the rounds restart two days later than promised?" is answered by the sentence that tells the delay and its cause.
  if (analysis.type === 'why' && analysis.comparison) return causeOfDifference(analysis, expansions, candidates, library);
  // A stated cause ("was caused by") in the report of the event beats a sentence that only says what came "after".
  if (analysis.type === 'why') return causeInEventStory(analysis, expansions, candidates, library) ?? picks.sort((a, b) => b.score - a.score)[0];
  picks.sort((a, b) => b.score - a.score);
  // ("Which firm took over baggage handling for Scaldis flights?": a better-scored sentence from a report that never
  // names Scaldis gives way to "Hangaard Aviation Services" in one that does.)
  // (A verdict is one reading of the best sentence: a yes or no from a lesser one is no answer.)
  return analysis.type === 'yesno' ? picks[0] : picks.find((p) => isToldOfWhatIsAsked(analysis, expansions, p, candidates, library));
}

/**
 * "On what date did Brachan finally switch 3G off for good?": of the days told about as well, the newest dated
 * report's ("on Tuesday 14 March"), not an undated page's "Tuesday of last week".
 */
function newestCloseTime(analysis: QuestionAnalysis, picks: Pick[]): Pick {
  const best = picks.reduce((a, b) => (b.score > a.score ? b : a));
  if (!ASKS_HOW_IT_ENDED.test(analysis.text)) return best;
  const close = picks.filter((p) => p.score >= best.score - WEIGHTS.sameAnswerMargin && isFullDate(p.candidate.reportDay));
  return close.reduce((a, b) => (b.candidate.reportDay > a.candidate.reportDay || (b.candidate.reportDay === a.candidate.reportDay && b.score > a.score) ? b : a), close[0] ?? best);
}

const ASKS_HOW_IT_ENDED = /\b(?:in the end|for good|eventually|ultimately|finally)\b/i;

/** A test of a sentence's whole report, read once per report however many of its sentences are weighed. */
function oncePerReport(test: (sentence: Sentence) => boolean): (sentence: Sentence) => boolean {
  const byReport = new Map<string, boolean>();
  return (sentence) => {
    let result = byReport.get(sentence.storyId);
    if (result === undefined) byReport.set(sentence.storyId, (result = test(sentence)));
    return result;
  };
}

/** A candidate naming the source the question asks about, and holding 60 % of the coverage bar (see the two callers). */
function namesAskedSource(analysis: QuestionAnalysis, expansions: Expansions, candidate: Candidate, library: Library): boolean {
  return analysis.source !== undefined && candidate.coverage >= MIN_COVERAGE * 0.6 && givenBySource(analysis, expansions, candidate.sentence, library);
}

/**
 * "They resumed on Wednesday 28 January, two days later than promised, because our hauliers could not find enough
 * drivers": a sentence that tells a difference of the asked way (later, sooner, lower, higher) and why, in a report
 * of the asked event (its names, and half the things the question names). A cause of the event itself does not
 * say why it came later than planned.
 */
function causeOfDifference(analysis: QuestionAnalysis, expansions: Expansions, candidates: Candidate[], library: Library): Pick | undefined {
  const told = DIFFERENCE_TOLD[analysis.comparison!];
  const things = commonNouns(analysis.text).filter((w) => analysis.predicates.some((t) => t.term === termOf(w)));
  const patterns = namePatterns(analysis);
  const isOfEvent = (sentence: Sentence): boolean => {
    const story = library.storyById(sentence.storyId);
    if (!story || !storyNames(patterns, story)) return false;
    const terms = new Set(tokenize([story.title, story.body].join('\n')).map((t) => t.term));
    return things.filter((w) => termMatch(termOf(w), expansions, terms, []) > 0).length * 2 >= things.length;
  };
  const found = candidates.find(
    // (A reason, not a time: "… two weeks later than first planned, after a handover at sea" says when, not why.)
    (c) => c.relation >= WEIGHTS.minCauseRelation && told.test(c.sentence.text) && givesReason(c.sentence.text) && !IS_QUESTION.test(c.sentence.text) && isOfEvent(c.sentence),
  );
  return found ? { candidate: found, score: 0 } : undefined;
}
const DIFFERENCE_TOLD: Record<Comparison, RegExp> = {
  later: /\blater than\b|\bdelay(?:ed|s)?\b|\bput back\b|\bpushed back\b|\bpostponed\b|\bbehind schedule\b|\b(?:days?|weeks?|months?) late\b/i,
  earlier: /\b(?:earlier|sooner) than\b|\bahead of (?:schedule|time|plan)\b|\bbrought forward\b|\b(?:days?|weeks?|months?) (?:early|earlier|sooner)\b|\b(?:earlier|sooner)\b/i,
  lower: /\b(?:lower|less|smaller|fewer) than\b|\bdown from\b|\brevised down(?:wards)?\b|\breduced\b/i,
  higher: /\b(?:higher|more|bigger|larger|greater) than\b|\bup from\b|\brevised up(?:wards)?\b|\braised\b/i,
};
const GIVES_REASON = /\b(?:because|thanks to|since|allowed|allowing|enabled|meant that|which meant)\b/i;
function givesReason(sentence: string): boolean {
  const marker = marksCause(sentence);
  return GIVES_REASON.test(sentence) || (marker !== null && !/^after\b/i.test(marker[0]));
}

/** The sentences naming someone in a leader's role in the reports whose sentences best state the question's relation. */
function leaderSentencesOfReports(analysis: QuestionAnalysis, expansions: Expansions, candidates: Candidate[], library: Library): Candidate[] {
  const reports = [...new Set(candidates.filter((c) => c.relation >= WEIGHTS.minRelation).map((c) => c.sentence.storyId))].slice(0, WEIGHTS.laterReportsWeighed);
  const seen = new Set(candidates.slice(0, 15).map((c) => c.sentence.id));
  const hits = reports.flatMap((id) => (library.storyById(id)?.sentences ?? []).filter((s) => !seen.has(s.id) && namesALeader(s.text)).map((sentence) => ({ sentence, score: 0 })));
  // Their report holds the question's words; the sentence itself need not.
  return rankCandidates(analysis, library, expansions, hits).map((c) => ({ ...c, coverage: Math.max(c.coverage, WEIGHTS.minAnswerCoverage) }));
}

/** How much of the question's relation the sentence's report states in its title and lead (with the sentence's own words, if asked). */
function reportRelation(analysis: QuestionAnalysis, expansions: Expansions, candidate: Candidate, library: Library, withSentence = false): number {
  const story = library.storyById(candidate.sentence.storyId);
  if (!story) return 0;
  const lead = story.sentences.slice(0, 2).map((s) => library.wordsOf(s).terms);
  const own = withSentence ? new Set([...titleTerms(story), ...library.wordsOf(candidate.sentence).terms]) : titleTerms(story);
  return relationCoverage(analysis, expansions, relationWeightIn(library), own, lead, new Set());
}

/**
 * Whether a candidate's report tells another event than the best candidate's and less of what is asked. Each
 * report's relation is read once, and only for a report of another event (several picks share a report).
 */
function otherEventThan(analysis: QuestionAnalysis, expansions: Expansions, best: Candidate, library: Library): (candidate: Candidate) => boolean {
  const isBestEvent = sameEventAs(library.storyById(best.sentence.storyId), library);
  const relations = new Map<string, number>();
  const relationOf = (storyId: string): number => {
    let relation = relations.get(storyId);
    if (relation === undefined) relations.set(storyId, (relation = wholeReportRelation(analysis, expansions, library.storyById(storyId), library)));
    return relation;
  };
  return (candidate) => !isBestEvent(library.storyById(candidate.sentence.storyId)) && relationOf(candidate.sentence.storyId) < relationOf(best.sentence.storyId);
}

/** How much of the question's relation a report states anywhere, its title included. */
function wholeReportRelation(analysis: QuestionAnalysis, expansions: Expansions, story: Story | undefined, library: Library): number {
  if (!story) return 0;
  const own = new Set([...titleTerms(story), ...story.sentences.flatMap((s) => [...library.wordsOf(s).terms])]);
  return relationCoverage(analysis, expansions, relationWeightIn(library), own, [], new Set());
}

const SPOKEN_BY_PRONOUN = /\b(?:he|she)\s+(?:said|says|told|added|recalled|explained|wrote)\b|^["“]|^(?:He|She)\b/;
const WORK_TOLD_REACH = 2;

/** The work of the person a sentence speaks of by pronoun, told beside their name in one of the sentences just before it. */
function workToldJustBefore(analysis: QuestionAnalysis, sentence: Sentence, library: Library): { span: string; sentence: Sentence } | undefined {
  const sentences = library.storyById(sentence.storyId)?.sentences ?? [];
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - WORK_TOLD_REACH); i--) {
    const earlier = sentences[i]!;
    const span = occupationIn(analysis, earlier.text);
    if (span) return { span, sentence: earlier };
  }
  return undefined;
}

/** The words that ask how a developing story came out: a final count asks them, and so does a last word on a count or a day. */
const LAST_WORD_PHRASES = String.raw`in the end|ended up|all told|altogether|in total|in all|final|finally|overall|when all (?:was|is) (?:said|counted)|eventually|actually|really`;
/** "In the end", "all told", "the final count": the count a developing story settled on, which its last report may tell in its own words. */
const ASKS_FINAL_COUNT = new RegExp(String.raw`\b(?:${LAST_WORD_PHRASES}|end up|all up)\b`, 'i');

/**
 * "The 112 service received 12,450 calls in the hour after the alert" for "how many calls did 112 end up getting
 * after the fake tsunami text": a figure of the counted thing, in a report whose title and lead tell the event
 * asked about (here the alert sent by mistake), is weighed with them.
 */
function countsFocusInItsReport(analysis: QuestionAnalysis, expansions: Expansions, candidate: Candidate, library: Library): boolean {
  const { focus } = analysis;
  if (analysis.type !== 'count' || !focus || candidate.relation >= WEIGHTS.minRelation || !ASKS_FINAL_COUNT.test(analysis.text)) return false;
  const heads = new Set([focus, ...(expansions.get(focus) ?? [])]);
  return findQuantities(candidate.sentence.text).some((q) => heads.has(q.headTerm));
}

/**
 * A developing story's newer reports tell its figure in their own words ("the penalty from Circular BC is now
 * $240,000" after "fined $85,000"), which the question's words may not reach. The sentences that `keeps` in
 * the newest reports that repeat the best report's rarer headline words (found by those words) are weighed as
 * the search's own are, though they repeat few of the question's words; the same-story and fit rules of each
 * caller still hold what they give.
 */
function newerSentencesOfEvent(analysis: QuestionAnalysis, expansions: Expansions, top: Candidate, candidates: Candidate[], library: Library, searchHeadline: boolean, keeps: (sentence: Sentence) => boolean): Candidate[] {
  const title = library.storyById(top.sentence.storyId)?.title ?? '';
  // The headline's rarest words find the event's other reports (the place, the company), and cheaply. (When a
  // newer report already gave a figure, the question's words reach that event's reports: the search is spared.)
  const headline = tokenize(title).filter((t) => t.value === undefined).sort((a, b) => library.index.idf(b.term) - library.index.idf(a.term));
  const rarest = headline.slice(0, HEADLINE_WORDS_SEARCHED);
  const reached = [...candidates.map((c) => c.sentence), ...(searchHeadline && rarest.length > 0 ? library.search(rarest.map((t) => t.word).join(' '), NEWER_REPORTS_SEARCHED) : []).map((h) => h.sentence)];
  // A report of the same event repeats one of the headline's rarer words: most reports reached do not, and are not read.
  const rare = new Set(headline.slice(0, HEADLINE_WORDS_SHARED).map((t) => t.term));
  const repeatsHeadline = (story: Story): boolean => [...titleTerms(story)].some((t) => rare.has(t)) || story.sentences.some((s) => [...rare].some((t) => library.wordsOf(s).terms.has(t)));
  const isNewer = (story: Story | undefined): boolean => story !== undefined && isFullDate(story.date ?? '') && story.date! > top.reportDay && repeatsHeadline(story);
  // The few best reached: telling the event reads each report whole.
  const newerStories = new Set(
    [...new Set(reached.map((s) => s.storyId))]
      .filter((id) => isNewer(library.storyById(id)))
      .slice(0, MAX_NEWER_REPORTS_REACHED)
      // The newest first: the latest figure is theirs.
      .sort((a, b) => (library.storyById(b)?.date ?? '').localeCompare(library.storyById(a)?.date ?? ''))
      .slice(0, MAX_NEWER_REPORTS),
  );
  if (newerStories.size === 0) return [];
  const reports = [...newerStories].map((id) => library.storyById(id)).filter((story) => story !== undefined);
  const seen = new Set(candidates.map((c) => c.sentence.id));
  // Only the sentences that may give what is looked for are ranked (ranking reads each one's neighbours).
  const hits = reports.flatMap((story) => story!.sentences.filter((s) => !seen.has(s.id) && /\d/.test(s.text) && keeps(s)).map((sentence) => ({ sentence, score: 0 })));
  return rankCandidates(analysis, library, expansions, hits).map((c) => ({ ...c, retrieval: 0, coverage: Math.max(c.coverage, WEIGHTS.laterFigureCoverage) }));
}

const NEWER_REPORTS_SEARCHED = 10;
const HEADLINE_WORDS_SEARCHED = 3;
const HEADLINE_WORDS_SHARED = 5;
const MAX_NEWER_REPORTS_REACHED = 4;
const MAX_NEWER_REPORTS = 2;

const WHOSE_ASKED = /^\W*whose\b/i;
const OWNER_ASKED = /^\W*who (?:owns|owned|runs|ran|operates|operated|manages|managed|is the owner of|was the owner of|is the operator of|was the operator of)\b/i;
/** The name carries a noun the question holds ("the cinema" in "The Cinema Le Palmier"). */
function namesHeldThing(analysis: QuestionAnalysis, span: string): boolean {
  const held = new Set(analysis.terms.map((t) => t.term));
  return tokenize(span).some((t) => held.has(t.term));
}
/** The sentence tells the name as an owner: "Dafydd Rees's flock", "the flock of Dafydd Rees", "owned by …". */
function isToldAsOwner(text: string, name: string): boolean {
  const it = literalPattern(name);
  return new RegExp(`${it}['’]s?(?![\\p{L}])|${it},\\s+whose\\b|\\b(?:of|owned by|kept by|farmed by|run by|belonging to|belonged to|belongs to)\\s+(?:the\\s+)?${it}`, 'iu').test(text);
}

/** "How many of the films lost in the fire were silent films?": what the part is, after the whole. */
const PART_ASKED = /^how many of (?:the|those|these|its|their)\b[^?]*?\b(?:were|was|are|is|had been|have been|had|have)\s+([^?]+?)\??$/i;

const PART_FRAMING = /\b(?:(?:eventually|finally|ultimately|actually|later|officially)\s+)?(?:found|confirmed|shown|proved|proven|judged|deemed|considered|counted|recorded|listed|classed|declared)\s+(?:to\s+(?:have\s+)?(?:be|been)|as(?:\s+having\s+been)?)\b|\b(?:eventually|finally|ultimately|actually|in the end|in all|in total|so far|to date)\b|,?\s*(?:by|according to|in) (?:the |its |their )?(?:final|latest|last|first|initial|official|agreed) (?:count|tally|figure|estimate|total|list)\b/gi;

/** Most of the part's own words are in the clause (by term or synonym). */
function statesPart(part: string, expansions: Expansions, clause: string): boolean {
  // (How the part came to be known, "eventually found to be", "confirmed as", is no part of it.)
  const words = tokenize(part.replace(PART_FRAMING, ' ')).map((t) => t.term);
  if (words.length === 0) return true;
  const stated = new Set(tokenize(clause).map((t) => t.term));
  return words.filter((term) => termMatch(term, expansions, stated, []) > 0).length * 2 >= words.length;
}

/** "According to the association, …", "the union's own figure": the question asks one source's figure, whatever came after it. */
const SOURCE_IS_THE_POINT = /\baccording to\b|['’]s?\s+(?:own\s+)?(?:figure|count|estimate|tally|total)\b/i;

/** The figures of a sentence that count what the question asks about, each scored by how well it fits. */
function countPicks(analysis: QuestionAnalysis, expansions: Expansions, candidate: Candidate, library: Library, base: number): Pick[] {
  const text = candidate.sentence.text;
  // "How many died?" is not answered by "252 people were on the ferry": what happened to those counted must be stated with them.
  // (A source's "the number" restates a count just before, which states the outcome: referredRelation.)
  const quantities = findQuantities(text);
  const referred = analysis.source && quantities.some((q) => isReferenceFigure(text, q)) ? countReferredTo(analysis, expansions, candidate.sentence, library) : undefined;
  // ("The number of people made ill by the fumes is in dispute. … The Village Council says 52 people have needed help":
  // each source's figure in the paragraph counts what its opening sentence says is disputed.)
  const topic = referred ?? (analysis.source ? disputedCountBefore(candidate.sentence, library) : undefined);
  const stated = topic ? new Set([...library.wordsOf(candidate.sentence).terms, ...library.wordsOf(topic).terms]) : library.wordsOf(candidate.sentence).terms;
  if (!statesOutcome(analysis, expansions, stated) || !statesDenial(analysis, text)) return [];
  if (isToldOtherSideOf(analysis, text) || tellsDisputeForAgreed(analysis, text)) return [];
  if (analysis.asksMoney && (tellsPaymentTheOtherWay(analysis.text, text) || tellsPaymentToOthers(analysis.text, text) || tellsCostToAnother(analysis.text, text))) return [];
  // "How many people does the cannery employ?" is not answered by "nine people are in hospital": a workforce is told as one.
  if (WORKFORCE_ASKED.test(analysis.text) && !WORKFORCE_TOLD.test(text)) return [];
  // "How many people live in Waga Creek?" is not answered by "9,800 people had been vaccinated": a population is told as one.
  if (POPULATION_ASKED.test(analysis.text) && !POPULATION_TOLD.test(text)) return [];
  // "How much was it fined?" is not answered by what it cost: what the money was must be stated with it
  // (or the sum names the thing asked about: "a $2.1 million contract" is what the contract is worth).
  const roles = analysis.asksMoney ? askedMoneyRoles(analysis) : [];
  const statesRole = statesMoneyRole(analysis, roles, expansions, stated);
  // "How many hours did the talks last?" asks for a duration, which is never a count.
  if (analysis.focus && TIME_UNITS.has(analysis.focus)) {
    const duration = pickDuration(analysis, text, analysis.focus);
    return duration ? [{ candidate, span: duration.span, score: base + duration.fit }] : [];
  }
  // (Told of the sentence as a whole, so of every figure in it.)
  if (isFigureOfEarlierYear(analysis, text, candidate.reportDay)) return [];
  const picks: Pick[] = [];
  const asksOutcome = analysis.predicates.some((t) => OUTCOME_TERMS.has(t.term));
  const partAsked = PART_ASKED.exec(analysis.text)?.[1];
  const totalWithParts = totalAndParts(text, quantities);
  for (const quantity of quantities) {
    // ("The committee said a Red Cross figure of 8,100 was too high because about 750 people had registered twice": the source's figure is 8,100.)
    if (referred && !isReferenceFigure(text, quantity)) continue;
    // (Unless it is the asked source's own: "the taxpayers' association's figure of 19,000 included 2,580 members who …".)
    if (isFaultedFigure(analysis, text, quantity) && !(analysis.source && SOURCE_IS_THE_POINT.test(analysis.text) && namesSource(analysis, expansions, [text.slice(Math.max(0, quantity.start - 60), quantity.start)]))) continue;
    if ((!bindsFocus(analysis, expansions, text, quantity) && !restatesCountBefore(analysis, expansions, candidate.sentence, quantity, library)) || isAboutOtherYear(analysis, text, quantity)) continue;
    if (statesOpposite(analysis, text, quantity) || deniesAskedDeed(analysis, text, quantity)) continue;
    // "What did Warmleigh originally estimate?" is not answered by "the cost has risen to NZ$3.9 million", nor by
    // "now puts the total at HUF 2.6 billion, more than twice its first figure": a figure told as revised.
    // ("2,340 borrowers received invoices for items they had already returned, not about 850": the figure set aside.)
    if (analysis.time.stage !== 'initial' && analysis.time.stage !== 'previous' && /,\s+not\s+(?:the\s+)?(?:about\s+|some\s+|around\s+|nearly\s+)?$/i.test(text.slice(Math.max(0, quantity.start - 20), quantity.start))) continue;
    // ("When we last wrote, we said nineteen paintings had been damaged. After a full examination …, the final number is
    // fifteen.": a quotation's figure its own later words correct.)
    if (analysis.time.stage === 'latest' && CORRECTED_FIGURE.test(text.slice(quantity.end))) continue;
    // ("How many cattle have been vaccinated so far?" is not answered by "40,000 cattle … are to be vaccinated by June".)
    if (ASKS_SO_FAR.test(analysis.text) && !analysis.asksAboutPlan && STILL_TO_BE_AFTER.test(text.slice(quantity.end, quantity.end + 80))) continue;
    if (analysis.time.stage === 'initial' && isToldAsRevision(text, quantity)) continue;
    // "Three more ranches were found infected, but the ministry spared the herds on four neighbouring ranches": the
    // outcome asked of those counted is told in the figure's own clause, not in another joined by "but".
    if (!topic && asksOutcome && !statesOutcome(analysis, expansions, new Set(tokenize(outcomeClauseOf(text, quantity)).map((t) => t.term)))) continue;
    // "How many of the people arrested were sent back to prison?" is not answered by "arrested nine people": the part's
    // own words ("sent back to prison") are told in the figure's clause.
    if (partAsked && !statesPart(partAsked, expansions, clauseOf(text, quantity))) continue;
    // "Milk from 436 supplier farms was disposed of: 412 farms whose milk was in Silos 3 and 4, and 24 farms on the
    // second tanker run": a part of a total told before it answers only a question that asks for that part.
    if (totalWithParts && tellsAnotherShare(analysis, totalWithParts, quantity)) continue;
    if (!sumOfAskedThing(analysis, text, quantity) && !isPriceOfAskedUnit(analysis, text, quantity) && (!statesRole || !nearestRoleFits(roles, text, quantity))) continue;
    // ("58 million lempiras (4.4 million dollars)", "250,000 guilders ($123,000)": the conversion restates the sum as
    // reported, which answers.)
    if (isConversion(text, quantity, quantities) && (analysis.asksMoney || isMoneyFigure(text, quantity))) continue;
    if (analysis.asksMoney && tellsSumForEachOne(analysis.text, text, quantity)) continue;
    // A figure the sentence dates to another day than the one asked about is that day's, however well it fits.
    if (analysis.time.days.length > 0 && dayFit(analysis, text, candidate.reportDay, quantity) <= WEIGHTS.dayDiffers) continue;
    const fit =
      quantityFit(analysis, text, quantity, candidate.reportDay) +
      (analysis.measure === 'distance' && measuresAskedThing(analysis, text, quantity) ? WEIGHTS.measureOfAskedThing : 0);
    // A figure that fits the question this badly (another day, another outcome) is not an answer.
    if (fit < WEIGHTS.minQuantityFit) continue;
    // "How strong was it?" → "Magnitude 6.8", not "6.8 earthquake".
    const scale = analysis.asksMeasure ? /\b(magnitude)\s+$/i.exec(text.slice(Math.max(0, quantity.start - 12), quantity.start))?.[1] : undefined;
    // ("How strong were the gusts?" → "up to 80 km/h": the measure's whole unit, which the figure cuts at "km".)
    const unit = analysis.measure === 'speed' ? measureUnitAfter(analysis.measure, text, quantity) : undefined;
    const figure = unit && unit.includes('/') ? `${quantity.text} ${unit}` : quantity.figure;
    picks.push({ candidate, span: scale ? `${scale} ${quantity.text}` : figure, quantity, fit, score: base + fit });
  }
  return picks;
}

const WORKFORCE_ASKED = /\bhow many\b[^?]*(?:\b(?:do|does|did)\b[^?]*\bemploy\b|\b(?:are|were|is|was) employed (?:at|in|by)\b|\bwork(?:s|ed)? (?:at|in|for) the\b|\bon the (?:staff|payroll) of\b)|\bhow (?:big|large) is the workforce\b/i;
const WORKFORCE_TOLD = /\b(?:employ(?:s|ed|ing|ees?|er)?|staff(?:ed|ing)?|workforce|headcount|payroll|jobs|on its books|work(?:s|ed|ing)? (?:at|in|for))\b/i;
const POPULATION_ASKED = /^\W*(?:roughly |about |approximately )?how many (?:people|residents|inhabitants|families|households|villagers) (?:actually |really |still |now )?(?:live|lived|were living|are living|was living|reside|resided)\b|\bwhat (?:is|was) the (?:total |current )?population\b/i;
const POPULATION_TOLD = /\b(?:live|lives|lived|living|residents?|inhabitants?|population|populated|home to|houses|housed|(?:town|village|city|settlement|hamlet|community|island|district|municipality|commune|camp) of (?:about |some |around |roughly |nearly |more than )?\d)/i;

/**
 * "In 1988, a quake in northern Armenia killed some 25,000 people": a figure its sentence sets in a year before the
 * report's is history told for comparison, never what a question about the story counts (unless it names a year).
 */
function isFigureOfEarlierYear(analysis: QuestionAnalysis, text: string, reportDay: string): boolean {
  const reportYear = Number(reportDay.slice(0, 4));
  if (!reportYear || /\b(?:1[89]|20)\d\d\b|\b(?:last|previous|past|earlier) (?:year|decade)s?\b|\bhistory\b|\bever\b/i.test(analysis.text)) return false;
  // (Only a sentence set in that year as a whole: "the dam, completed in 1968," is the dam's, "opened in 1894 and has 1,150 seats" the hall's.)
  const year = EARLIER_YEAR_OPENING.exec(text)?.[1];
  return year !== undefined && Number(year) < reportYear;
}
const EARLIER_YEAR_OPENING = /^(?:In|Back in|During|Since) ((?:1[89]|20)\d\d),/;

/**
 * "How many objects had the museum found before the joint inventory?" is not answered by "After a joint inventory,
 * both agree that the crates held 97 pieces": the sentence tells the other side of the event the question names.
 */
function isToldOtherSideOf(analysis: QuestionAnalysis, text: string): boolean {
  const [, side, event] = /\b(before|after) (?:the|a|an|its|their) (?:[a-z'-]+ ){0,2}?([a-z-]{4,})\b/i.exec(analysis.text) ?? [];
  if (!side || !event) return false;
  const other = side.toLowerCase() === 'before' ? 'after' : 'before';
  return new RegExp(`\\b${other} (?:the |a |an |its |their )?(?:[\\p{L}'’-]+ ){0,2}?${literalPattern(event)}\\b`, 'iu').test(text);
}

const ASKS_SO_FAR = /\bso far\b|\b(?:have|has) (?:now |already )?been\b/i;
const STILL_TO_BE_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,8}?(?:are|is|were|was) (?:still |now )?(?:to be|due to be|expected to be|planned to be|set to be|yet to be)\b/iu;
const REVISED_TO_BEFORE = /\b(?:has|have) now (?:been )?[a-z]+(?:ed|en)\s+(?:about\s+|around\s+|some\s+|more than\s+)?$|,\s+now\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?$|\b(?:has|have|had) (?:now )?(?:risen|grown|climbed|increased|jumped|soared|fallen|dropped|gone up|gone down|been raised|been revised|been lowered|been increased|been cut)(?: as well| again| further| too)?,? to\s+(?:about\s+|around\s+|some\s+)?$|\bnow (?:puts|put|says|estimates|counts|reckons|gives|expects|believes|thinks|forecasts|totals?|stands? at|numbers?|comes? to|reach(?:es)?|amounts? to|covers|lists|includes|affects|involves)\b(?:(?!\b(?:first|initial|original|earlier|previous|from)\b)[^.;]){0,60}$/i;
/** "Now" before a figure in its clause, which tells the figure as it stands, not as first told. */
// (Not a figure told after it as the one replaced: "now puts the cost at €587,000, up from €162,000".)
const NOW_TOLD = /\bnow\b(?![-–])(?<!\b(?:until|till|up to|from|by|for|right|just|only|even)\s+now)(?![^.;]*?\b(?:from|than|not|against|compared|before|when|at first|initially|originally)\b)[^.;]*$/i;
// ("the tags of 1,640 people went unchecked …, not the 1,100 in the Government's first statement": the correction, then what it corrected.)
const TOLD_AS_REVISED_AFTER = new RegExp(String.raw`^[^.;]{0,100}?,\s+not\s+(?:the\s+)?(?:about\s+|some\s+)?${MONEY_SIGN}?(?:\d|(?:${NUMBER_WORD})\b)|^[^.;]{0,40}?\b(?:(?:less|more|lower|higher|fewer|greater|smaller) than (?:the|its|their) ${MONEY_SIGN}?\d|(?:up|down) from\b)|^[^.;]{0,60}?\bthan (?:its|their|the|his|her) (?:own )?(?:first|initial|original|earlier) (?:figure|estimate|count|total|forecast)\b|\bthan (?:first|initially|originally) (?:reported|estimated|thought|announced|feared|expected)\b`, 'i');
/**
 * The figure a sentence tells as a revision, which no question about the first figure wants: "has risen to 41",
 * "27, not the 23 first reported", "raised its fund to TT$18 million from TT$10 million".
 */
function isToldAsRevision(text: string, quantity: Quantity): boolean {
  return (
    REVISED_TO_BEFORE.test(text.slice(Math.max(0, quantity.start - 80), quantity.start)) ||
    // ("The Caisse … now admits that 7,915 pensioners were overpaid", "the company has now found 9,150 post-paid customers": told as it stands now.)
    NOW_TOLD.test(text.slice(clauseBounds(text, quantity).start, quantity.start)) ||
    TOLD_AS_REVISED_AFTER.test(text.slice(quantity.end, quantity.end + 110)) ||
    replacements(text).some((r) => r.by !== undefined && isSameFigure(r.by, quantity.value))
  );
}

const ASKS_LAST_WORD = new RegExp(String.raw`\b(?:${LAST_WORD_PHRASES}|ultimately|most recent|latest|now|so far|to date|currently)\b`, 'i');
/**
 * The question asks the last word on a count ("… in the end?", "… once the figures were settled?"), and the chosen
 * figure is not told as settled itself ("have agreed a single figure: 121 pupils"). (Not "before the figures were
 * reconciled": that asks what came before.)
 */
function asksLaterWordThan(analysis: QuestionAnalysis, chosen: Pick): boolean {
  if (ASKS_LAST_WORD.test(analysis.text)) return true;
  const { text } = chosen.candidate.sentence;
  return SETTLED_ASKED.test(withoutBeforeClauses(analysis.text)) && !(chosen.quantity && (isToldSettled(text, chosen.quantity) || SETTLED_TOLD_BEFORE.test(text.slice(0, chosen.quantity.start))));
}
const SETTLED_ASKED = /\b(?:settled|agreed|reconciled)\b/i;
const SETTLED_TOLD_BEFORE = /\b(?:settled|agreed|reconciled|accepted)\b/i;

/** A report of the pick's event, dated after the pick's, is among the candidates. */
function newerReportOfEvent(chosen: Pick, candidates: Candidate[], library: Library): boolean {
  if (!isFullDate(chosen.candidate.reportDay)) return false;
  const isSameEvent = sameEventAs(library.storyById(chosen.candidate.sentence.storyId), library);
  return candidates.some((c) => isFullDate(c.reportDay) && c.reportDay > chosen.candidate.reportDay && isSameEvent(library.storyById(c.sentence.storyId)));
}

/**
 * The figure a newer report of the chosen pick's event tells as final or settled, the newest such; undefined when none does.
 */
function settledInNewerReport(chosen: Pick, picks: Pick[], library: Library): Pick | undefined {
  const isSameEvent = sameEventAs(library.storyById(chosen.candidate.sentence.storyId), library);
  return picks
    .filter((p) => p.quantity && isFullDate(p.candidate.reportDay) && p.candidate.reportDay > chosen.candidate.reportDay && p.candidate.relation >= chosen.candidate.relation - WEIGHTS.retellingRelationDrop && isToldSettled(p.candidate.sentence.text, p.quantity) && isSameEvent(library.storyById(p.candidate.sentence.storyId)))
    .sort((a, b) => b.candidate.reportDay.localeCompare(a.candidate.reportDay) || b.score - a.score)[0];
}

/**
 * "It had reported bed bugs in 94 rooms. The final figure is 81.": a bare figure the next sentences give as the
 * final, corrected or true one replaces the pick's, of the same thing.
 */
function correctedInNextSentence(chosen: Pick, library: Library): Pick | undefined {
  const story = library.storyById(chosen.candidate.sentence.storyId);
  if (!story || !chosen.quantity) return undefined;
  for (const next of story.sentences.slice(chosen.candidate.sentence.index + 1, chosen.candidate.sentence.index + 1 + CORRECTION_REACH)) {
    const told = CORRECTED_FIGURE.exec(next.text);
    if (!told) continue;
    const quantity = findQuantities(next.text).find((q) => q.start >= told.index + told[0].length - 1 && !q.headTerm);
    if (!quantity || quantity.value === chosen.quantity.value) continue;
    const unit = chosen.quantity.headTerm ? ` ${(chosen.span ?? '').slice(chosen.quantity.text.length).trim()}` : '';
    return { ...chosen, candidate: { ...chosen.candidate, sentence: next }, quantity, span: `${quantity.text}${unit}`.trim() };
  }
  return undefined;
}
const CORRECTION_REACH = 2;
const CORRECTED_FIGURE = /\b(?:the|its|their|our) (?:final|corrected|revised|true|real|confirmed|actual) (?:figure|count|total|number|tally)\s+(?:is|was|stands at|came to|comes to|now stands at)\s+(?:about\s+|around\s+|some\s+)?(?=\d|[a-z]+\b)/i;

/**
 * A total told with its parts after a colon: "Milk from 436 supplier farms was disposed of: 412 farms whose milk was
 * in Silos 3 and 4, and 24 farms on the second tanker run". Each part with the words that set it apart.
 */
interface TotalWithParts {
  total: Quantity;
  parts: Array<{ part: Quantity; own: string }>;
}

function totalAndParts(text: string, quantities: Quantity[]): TotalWithParts | undefined {
  const colon = text.indexOf(':');
  if (colon < 0) return undefined;
  // (Counted by the figure's last word: "436 supplier farms" and "412 farms" both count farms.)
  const noun = (q: Quantity): string => (q.figure === q.text ? '' : termOf(q.figure.split(' ').at(-1)!.toLowerCase()));
  for (const total of quantities.filter((q) => q.end < colon && noun(q))) {
    const parts = quantities.filter((q) => q.start > colon && noun(q) === noun(total));
    if (parts.length < 2 || !isSameFigure(total.value, parts.reduce((n, q) => n + q.value, 0))) continue;
    // What a part's own words add ("whose milk was in Silos 3 and 4"), less what the total's clause says too ("milk").
    const ofTotal = new Set(tokenize(text.slice(0, colon)).map((t) => t.term));
    return { total, parts: parts.map((part) => ({ part, own: tokenize(text.slice(part.end).split(/,|;|\band\b/)[0]!).filter((t) => !ofTotal.has(t.term) && t.term !== noun(total) && !isLightWord(t.word)).map((t) => t.term).join(' ') })) };
  }
  return undefined;
}

/** A part of a total answers only a question asking for that part; the total, only one that asks for none of them. */
function tellsAnotherShare(analysis: QuestionAnalysis, told: TotalWithParts, quantity: Quantity): boolean {
  const asked = new Set(analysis.terms.map((t) => t.term));
  const isAsked = (own: string): boolean => own.split(' ').some((term) => asked.has(term));
  const part = told.parts.find((p) => p.part === quantity);
  if (part) return !isAsked(part.own);
  return quantity === told.total && told.parts.some((p) => isAsked(p.own));
}

/**
 * "After a full inventory, the health service put the number of discarded units at 1,140. The union … said the
 * real figure was 1,520": "the figure" counts what the count one or two sentences before counts.
 */
function restatesCountBefore(analysis: QuestionAnalysis, expansions: Expansions, sentence: Sentence, quantity: Quantity, library: Library): boolean {
  if (!isReferenceFigure(sentence.text, quantity)) return false;
  // ("The final count of 27 villages … is lower than the figure of 31 given by …": or one before it in its own sentence.)
  return countsFocusItself(analysis, expansions, sentence.text.slice(0, quantity.start)) || countReferredTo(analysis, expansions, sentence, library) !== undefined;
}

/** The text gives a count of the asked thing of its own, not one more "the figure" restating another. */
function countsFocusItself(analysis: QuestionAnalysis, expansions: Expansions, text: string): boolean {
  return findQuantities(text).some((q) => !isReferenceFigure(text, q) && bindsFocus(analysis, expansions, text, q));
}

/** The sentence, one or two before, whose count a reference figure in this one ("the true number is 4,300") restates. */
function countReferredTo(analysis: QuestionAnalysis, expansions: Expansions, sentence: Sentence, library: Library): Sentence | undefined {
  const story = library.storyById(sentence.storyId);
  const before = [story?.sentences[sentence.index - 1], story?.sentences[sentence.index - 2]].filter((s): s is Sentence => s !== undefined);
  return before.find((s) => countsFocusItself(analysis, expansions, s.text));
}

/**
 * The clause that tells what happened to a figure's people: its own, or with the one before when its verb is left
 * out ("The health centre has treated nine people for hypothermia and 23 for injuries": the 23 were treated too).
 */
function outcomeClauseOf(text: string, quantity: Quantity): string {
  const { start, end } = clauseBounds(text, quantity);
  const clause = text.slice(start, end);
  const isVerbless = /^,?\s*and\s+(?:(?:about|some|around|nearly|almost|at least|more than|another|a further)\s+)?\S+\s+(?:for|of|with|from|in|at|on)\b/i.test(clause);
  return isVerbless && start > 0 ? text.slice(clauseBounds(text, { start: start - 1, end: start - 1 }).start, end) : clause;
}

/** The clause a figure is told in: between the contrasts ("…, but", "; ", "…, while") around it. */
function clauseOf(text: string, quantity: Quantity): string {
  const { start, end } = clauseBounds(text, quantity);
  return text.slice(start, end);
}

/** Where the clause around a span starts and ends. */
function clauseBounds(text: string, span: { start: number; end: number }): { start: number; end: number } {
  // ("At least 11 gold panners were killed and about 50 are feared trapped": "and" opens another figure's clause.)
  const breaks = [...text.matchAll(/;|,\s+(?:but|while|whereas|although|though|yet)\b|(?<=\p{L}),?\s+and\s+(?=(?:(?:about|some|around|nearly|almost|at least|more than|another|a further)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b))/giu)].map((m) => m.index!);
  return { start: Math.max(0, ...breaks.filter((i) => i < span.start)), end: Math.min(text.length, ...breaks.filter((i) => i >= span.end)) };
}

/** "The number of departures affected is disputed.": a sentence up to three before that says sources differ over a count. */
function disputedCountBefore(sentence: Sentence, library: Library): Sentence | undefined {
  const story = library.storyById(sentence.storyId);
  const before = [1, 2, 3].map((n) => story?.sentences[sentence.index - n]).filter((s): s is Sentence => s !== undefined);
  return before.find((s) => DISPUTED_COUNT.test(s.text));
}
const DISPUTED_COUNT = /\b(?:number|count|figure|total|toll|tally|scale) of\b[^.;]{0,80}\b(?:is|are|was|were|remains?|has been)\s+(?:(?:still|hotly|now)\s+)?(?:in dispute|disputed|contested|unclear|not agreed|uncertain)\b/i;

/**
 * "How many displaced people did the Red Cross count?" → "The Red Cross put the number at 8,100.": a source's
 * figure that restates a count told just before states that count's relation ("6,800 people had now left their
 * homes"), which it need not repeat.
 */
function referredRelation(analysis: QuestionAnalysis, expansions: Expansions, candidate: Candidate, library: Library): number {
  const { sentence } = candidate;
  if (!analysis.source || !findQuantities(sentence.text).some((q) => isReferenceFigure(sentence.text, q)) || !givenBySource(analysis, expansions, sentence, library)) return candidate.relation;
  const referred = countReferredTo(analysis, expansions, sentence, library);
  if (!referred) return candidate.relation;
  const { neighbours, title } = surroundingsOf(sentence, library);
  const own = new Set([...library.wordsOf(sentence).terms, ...library.wordsOf(referred).terms]);
  return Math.max(candidate.relation, relationCoverage(analysis, expansions, relationWeightIn(library), own, neighbours, title));
}

/**
 * A newer report of the event tells its figure in its own words ("the final count of vehicles destroyed is
 * 312", "in total 58 patients … have had the illness"), often without the question's other words. Its
 * figures that count the asked thing may stand for the latest, but only as a retelling of the best pick
 * (chooseByTime weighs how well each fits): never as an answer of their own.
 */
function laterFigures(analysis: QuestionAnalysis, expansions: Expansions, candidates: Candidate[], eventSentences: Candidate[], top: Pick, library: Library, isSameStory: (sentence: Sentence) => boolean): Pick[] {
  // ("In total, 151,400 tubs were recalled", "The closure cost the company CHF 1.32 million" share few of the question's
  // words: a figure of the best pick's own kind (its noun, or a sum) may share fewer.)
  const countsTopNoun = (c: Candidate): boolean => findQuantities(c.sentence.text).some((q) => isSameKindOfFigure(c.sentence.text, q, top));
  // (A question in the text, "$400k from the machine people?", gives no figure.)
  const later = candidates.filter((c) => c.reportDay > top.candidate.reportDay && isFullDate(c.reportDay) && !/\?["”’]?\s*$/.test(c.sentence.text) && (c.coverage >= WEIGHTS.laterFigureCoverage || countsTopNoun(c)));
  // Not having passed the relation gate, such a figure must fit the question about as well as the best does;
  // one of the event's newer reports (newerSentencesOfEvent) as well as a newer report must (chooseByTime).
  const least = (top.fit ?? 0) - WEIGHTS.sameFigureFitMargin;
  const fitting = [
    // A newer report's figure that names the counted thing ("35 classrooms had been affected" after "12 classrooms, which are
    // now closed") retells the count in its own words, found by the search or by reading the report.
    ...later
      .flatMap((candidate) => countPicks(analysis, expansions, candidate, library, -Infinity))
      .filter((p) => (p.fit ?? -Infinity) >= (isSameKindOfFigure(p.candidate.sentence.text, p.quantity, top) && namesAskedFigure(analysis, expansions, p, library) ? (top.fit ?? 0) - WEIGHTS.otherReportFitMargin : least)),
    ...eventSentences
      .flatMap((candidate) => countPicks(analysis, expansions, candidate, library, -Infinity))
      .filter((p) => isSameKindOfFigure(p.candidate.sentence.text, p.quantity, top) && (namesAskedFigure(analysis, expansions, p, library) ? (p.fit ?? -Infinity) >= (top.fit ?? 0) - WEIGHTS.otherReportFitMargin : (p.fit ?? -Infinity) >= least && p.candidate.relation >= WEIGHTS.minRelation)),
  ];
  // Whether it is the same story (its names, or else its event) is asked last, and of the few newest reports only: telling the event reads both reports whole.
  const newest = fitting.sort((a, b) => b.candidate.reportDay.localeCompare(a.candidate.reportDay));
  const reports = [...new Set(newest.map((p) => p.candidate.sentence.storyId))].slice(0, WEIGHTS.laterReportsWeighed);
  return newest.filter((p) => reports.includes(p.candidate.sentence.storyId) && isSameStory(p.candidate.sentence));
}

/**
 * A newer report's figure that names what it is — a counted noun (the best pick's own: "780 tonnes"), or the
 * money's role ("the city's penalty" for the fine asked about) — may fit the question less well and still be
 * its newer telling; a bare figure ("recovered about 1.3 million rand") must fit about as well as the best, in a
 * sentence that states the question's relation.
 */
function namesAskedFigure(analysis: QuestionAnalysis, expansions: Expansions, p: Pick, library: Library): boolean {
  const { quantity } = p;
  const text = p.candidate.sentence.text;
  // (A sum's currency and a share's "percent" name no thing.)
  if (quantity?.headTerm && !isMoneyFigure(text, quantity) && !isShare(text, quantity)) return true;
  const roles = analysis.asksMoney ? askedMoneyRoles(analysis) : [];
  return roles.length > 0 && statesMoneyRole(analysis, roles, expansions, library.wordsOf(p.candidate.sentence).terms);
}

/**
 * A figure the event's newer report gives for the best pick's: the same noun counted (or none), money for money,
 * a share for a share, and of the same order (a tenth to ten times it): "one employee" is no revision of "400 customers".
 */
function isSameKindOfFigure(textA: string, a: Quantity | undefined, top: Pick): boolean {
  const b = top.quantity;
  if (!a || !b) return false;
  const textB = top.candidate.sentence.text;
  const isMoney = isMoneyFigure(textA, a);
  // ("1.2 tonnes, up from their earlier estimate of 900 kilograms": one mass in two units. Two spellings of one
  // unit, "tons" and "tonnes", stay apart as before: measured on the stored rounds, joining them cost two answers.)
  const unitA = isMoney ? undefined : unitOf(a.headTerm);
  const unitB = isMoneyFigure(textB, b) ? undefined : unitOf(b.headTerm);
  if (unitA && unitB && unitA.size !== unitB.size) return unitA.dimension === unitB.dimension && a.value * unitA.size >= (b.value * unitB.size) / 10 && a.value * unitA.size <= b.value * unitB.size * 10;
  // A sum's "noun" is its currency ("six million dollars"), which "$5.2 million" writes as a sign.
  const sameNoun = isMoney || a.headTerm === b.headTerm;
  return sameNoun && isMoney === isMoneyFigure(textB, b) && isShare(textA, a) === isShare(textB, b) && a.value >= b.value / 10 && a.value <= b.value * 10;
}

/**
 * The sentences of the story that say they replaced one of `values` with a figure of their own ("bringing the
 * total from 74 to 69"), each with those replacements. Whether a sentence tells the same story is asked last,
 * of the few that do.
 */
function revisingSentences(candidates: Candidate[], values: number[], isSameStory: (sentence: Sentence) => boolean): Array<{ candidate: Candidate; revisions: Replacement[] }> {
  return candidates.flatMap((candidate) => {
    const revisions = replacements(candidate.sentence.text).filter((r) => r.by !== undefined && values.some((v) => isSameFigure(v, r.replaced)));
    return revisions.length > 0 && isSameStory(candidate.sentence) ? [{ candidate, revisions }] : [];
  });
}

function figuresOf(picks: Pick[]): number[] {
  return [...new Set(picks.flatMap((p) => (p.quantity ? [p.quantity.value] : [])))];
}

/**
 * "When is the hall opening now?", "when are councillors voting on it?": a date still to come moves between
 * reports, and the newest report of the same event that gives one, nearly as well fitting, has it. (A past event,
 * "when did the sorter fail", keeps its day.)
 */
/**
 * "What date did the metro give in its very first update": the day the event's earliest report gave, never one
 * from a later report while an earlier report of the same event is among the candidates (it may give it in words
 * the time reader misses).
 */
function firstToldTime(picks: Pick[], candidates: Candidate[], library: Library): Pick | undefined {
  const top = picks.reduce((a, b) => (b.score > a.score ? b : a));
  // (A later report that tells the first plan as such answers, whatever earlier reports the search reached.)
  if (top.toldAsFirstPlan) return top;
  if (!isFullDate(top.candidate.reportDay)) return top;
  const isEvent = sameEventAs(library.storyById(top.candidate.sentence.storyId), library);
  const ofEvent = picks.filter((p) => isFullDate(p.candidate.reportDay) && isEvent(library.storyById(p.candidate.sentence.storyId)));
  const earliest = ofEvent.reduce((a, b) => (b.candidate.reportDay < a.candidate.reportDay || (b.candidate.reportDay === a.candidate.reportDay && b.score > a.score) ? b : a), top);
  // (Only an earlier report whose sentence found tells a time may have told the first plan: "Rimba Air welcomes its
  // fourteenth A321neo" told none.)
  return earlierReportOfStory(candidates, earliest, (sentence) => isEvent(library.storyById(sentence.storyId)) && findTimes(sentence.text).length > 0) ? undefined : earliest;
}

function newestPlannedTime(analysis: QuestionAnalysis, expansions: Expansions, picks: Pick[], candidates: Candidate[], library: Library): Pick | undefined {
  const asked = analysis.text.replace(CHAT_OPENER, '');
  // ("On what date is Pontoon C now due to reopen?" asks the plan as it stands, as "when is it due" does.)
  const form = /^(?:\w+ )?when\b|^(?:on |by |for )?(?:what|which) (?:date|day)\b/i.exec(asked);
  if (analysis.time.stage !== 'latest' || !form || /^\s*(?:did|was|were|had)\b/i.test(asked.slice(form[0].length))) return undefined;
  const top = picks.reduce((a, b) => (b.score > a.score ? b : a));
  if (!isFullDate(top.candidate.reportDay)) return undefined;
  const isEvent = sameEventAs(library.storyById(top.candidate.sentence.storyId), library);
  const close = picks.filter((p) => p.score >= top.score - WEIGHTS.newerTimeMargin && isFullDate(p.candidate.reportDay) && isEvent(library.storyById(p.candidate.sentence.storyId)));
  const newest = close.reduce((a, b) => (b.candidate.reportDay > a.candidate.reportDay || (b.candidate.reportDay === a.candidate.reportDay && b.score > a.score) ? b : a), top);
  const moved = movedLater(analysis, newest, candidates, library, isEvent) ?? newest;
  return replannedInNewerReport(analysis, expansions, moved, candidates, library, isEvent) ?? moved;
}

/**
 * A newer report of the event gives the plan a new day in its own words, without saying it moved: "will reopen
 * to the public on Saturday 31 January" after "will reopen on Saturday 14 February". The plan's verb (the one
 * before the chosen day: "reopen") is looked for with a dated day in the event's newer reports, read whole.
 */
function replannedInNewerReport(analysis: QuestionAnalysis, expansions: Expansions, chosen: Pick, candidates: Candidate[], library: Library, isEvent: (story: Story | undefined) => boolean): Pick | undefined {
  const text = chosen.candidate.sentence.text;
  const day = chosen.span === undefined ? -1 : text.indexOf(chosen.span);
  if (day < 0 || !isFullDate(chosen.candidate.reportDay)) return undefined;
  const planned = PLANNED_BEFORE.exec(text.slice(Math.max(0, day - 60), day));
  const verbs = planned ? tokenize(planned[0]).filter((t) => !isLightWord(t.word) && !/^(?:due|expected|set|scheduled|planned|will|would|be|now|again|back)$/.test(t.word) && sharedLexicon().isVerb(t.word)).map((t) => t.term) : [];
  if (verbs.length === 0) return undefined;
  const newerFound = candidates.filter((c) => isFullDate(c.reportDay) && c.reportDay > chosen.candidate.reportDay && isEvent(library.storyById(c.sentence.storyId)));
  const holdsVerb = (sentence: Sentence): boolean => verbs.some((v) => library.wordsOf(sentence).terms.has(v));
  const replans = [...newerFound, ...newerSentencesOfEvent(analysis, expansions, chosen.candidate, candidates, library, true, holdsVerb)].flatMap((c) => {
    const terms = library.wordsOf(c.sentence).terms;
    if (!verbs.some((v) => terms.has(v))) return [];
    const time = findTimes(c.sentence.text).find((t) => DATED_DAY.test(t.text) && PLANNED_BEFORE.test(c.sentence.text.slice(Math.max(0, t.start - 60), t.start)) && verbs.some((v) => tokenize(c.sentence.text.slice(Math.max(0, t.start - 60), t.start)).some((w) => w.term === v)));
    return time ? [{ candidate: c, span: time.text.replace(/^(on|in|during)\s+/i, ''), score: chosen.score }] : [];
  });
  return replans.sort((a, b) => b.candidate.reportDay.localeCompare(a.candidate.reportDay))[0];
}

/**
 * A newer report of the event that moves a planned day ("the university now expects all of them to be back in
 * service by Friday, May 1") though it names the thing in other words: a dated plan, in the asked event's words
 * or half the relation, from the newest such report.
 */
function movedLater(analysis: QuestionAnalysis, chosen: Pick, candidates: Candidate[], library: Library, isEvent: (story: Story | undefined) => boolean): Pick | undefined {
  const moves = candidates
    .filter((c) => isFullDate(c.reportDay) && c.reportDay > chosen.candidate.reportDay && c.relation >= WEIGHTS.minMeasureRelation && MOVED_PLAN.test(c.sentence.text))
    .flatMap((c) => {
      const time = findTimes(c.sentence.text).find((t) => DATED_DAY.test(t.text) && PLANNED_BEFORE.test(c.sentence.text.slice(Math.max(0, t.start - 60), t.start)));
      return time ? [{ candidate: c, span: time.text.replace(/^(on|in|during)\s+/i, ''), score: chosen.score }] : [];
    })
    .sort((a, b) => b.candidate.reportDay.localeCompare(a.candidate.reportDay));
  return moves.find((m) => isEvent(library.storyById(m.candidate.sentence.storyId)));
}
/** A plan restated as moved or now expected: "now expects", "will now open", "has been pushed back to". */
const NEGATED_BEFORE = /\b(?:no longer|not|never|won['’]t|cannot|can['’]t|isn['’]t|aren['’]t)\b[^.;,]{0,30}$/i;

/** A bare weekday between capitalised words ("Wyndle Sunday Returns") is part of a name. */
function isInName(text: string, time: { text: string; start: number; end: number }): boolean {
  if (!/^(?:on |by |until |from |since )?[A-Z][a-z]+day$/.test(time.text)) return false;
  return /(?<![.!?]\s)\b[A-Z][\p{L}'’-]+\s+$/u.test(text.slice(Math.max(0, time.start - 30), time.start)) && /^\s+[A-Z]/.test(text.slice(time.end, time.end + 3));
}

/** Words before a day that tell it as the plan first given: "had promised … by", "was to have begun on", "planned for", "first due to reopen on". */
const FIRST_PLAN_BEFORE = /\b(?:had (?:first |originally |initially )?(?:promised|hoped|planned|expected|intended|aimed|been (?:due|scheduled|set|expected|meant|planned))|(?:first|originally|initially) (?:due|set|scheduled|planned|expected|promised|meant)|(?:was|were) (?:first |originally |initially )?(?:to (?:have )?[a-z]+|due to [a-z]+|meant to [a-z]+|supposed to [a-z]+)|planned for|scheduled for|set for)\b[^.;]{0,30}$/i;

/** Words just before a day that tell it as the plan's new day. */
const MOVED_TO_BEFORE = /\b(?:now|instead|but|later|then)\b[^.;,]*$/i;
const REVISED_PLAN = /\b(?:now|no longer|instead of|pushed back|put back|brought forward|postponed|revised|(?:later|earlier|longer|sooner) than (?:first )?(?:promised|planned|expected|announced|hoped|forecast|predicted|scheduled|given))\b/i;
const MOVED_PLAN = /\b(?:now|new|revised|pushed back|put back|delayed|moved|again|latest)\b/i;
/** A day with its date ("Friday, May 1", "13 April"), not a bare weekday or "next week". */
const DATED_DAY = /\d/;

/**
 * The newest restatement of the chosen figure: a figure of the same order (a third to three times it) in a newer
 * dated report of the same story, whose sentence says the same of it — the same words follow its noun ("are held
 * up" / "were now held up", "were stranded" / "remain stranded"). Revisions are told in the words of the first report.
 */
function restatedInNewerReport(chosen: Pick, candidates: Candidate[], isSameStory: (sentence: Sentence) => boolean, countsAsked: (text: string, quantity: Quantity) => boolean): Pick | undefined {
  const value = chosen.quantity?.value;
  if (value === undefined || !isFullDate(chosen.candidate.reportDay)) return undefined;
  const frame = figureFrame(chosen.candidate.sentence.text, chosen.quantity!);
  const isChosenShare = isShare(chosen.candidate.sentence.text, chosen.quantity!);
  if (frame.length === 0 && !isChosenShare) return undefined;
  const newer = candidates
    .filter((c) => isFullDate(c.reportDay) && c.reportDay > chosen.candidate.reportDay)
    .flatMap((c) =>
      findQuantities(c.sentence.text)
        // ("One cable is no cable" restates no length of 2.8 kilometres: a measure is restated by a measure of it.)
        .filter((q) => !isSameFigure(q.value, value) && q.value >= value / 3 && q.value <= value * 3 && isMoneyAlike(q, chosen.quantity!) && !countsOtherKind(q, chosen.quantity!) && countsAsked(c.sentence.text, q))
        // A share is rarer than a count: one in a sentence that states what was asked ("124, or 58 per cent, showed bleaching") restates it.
        .filter((q) => figureFrame(c.sentence.text, q).some((t) => frame.includes(t)) || (isChosenShare && isShare(c.sentence.text, q) && c.relation >= WEIGHTS.minRelation))
        .map((q) => ({ c, q })),
    )
    .sort((a, b) => b.c.reportDay.localeCompare(a.c.reportDay));
  const found = newer.find(({ c }) => isSameStory(c.sentence));
  return found ? { candidate: found.c, span: found.q.figure, quantity: found.q, fit: chosen.fit, score: chosen.score } : undefined;
}

/** "3,100 people had been vaccinated" restates no "1,200 doses": a count of people and a count of things, both named. */
function countsOtherKind(a: Quantity, b: Quantity): boolean {
  return a.headTerm !== '' && b.headTerm !== '' && countsPeople(a) !== countsPeople(b);
}

/** "63 per cent", "18%": a share, told with or without its sign in the figure. */
function isShare(sentence: string, quantity: Quantity): boolean {
  return /%|per ?cent/i.test(quantity.text) || /^\s*(?:%|per ?cent)/i.test(sentence.slice(quantity.end, quantity.end + 10));
}

/** Both sums of money, or neither. */
function isMoneyAlike(a: Quantity, b: Quantity): boolean {
  return CURRENCY_SIGN.test(a.text) === CURRENCY_SIGN.test(b.text);
}

/** The content words right after a figure's noun, to its clause's end: what the sentence says of the counted. */
function figureFrame(sentence: string, quantity: Quantity): string[] {
  const after = sentence.slice(quantity.end).split(/[,;:()]|\s(?:as|after|while|when|because|but|since|before|until|which|who)\s/)[0]!;
  return tokenize(after)
    .slice(quantity.nounTerms.length)
    .filter((t) => !isLightWord(t.word) && !/^(?:now|still|so|far|about|some|around)$/.test(t.word))
    .slice(0, 3)
    .map((t) => t.term);
}

/**
 * A newer dated report of the chosen figure's event gives another figure for the very thing counted ("2,950
 * hectares" after "3,400 hectares") that nothing here ranks: the chosen figure may be out of date, so none is given.
 */
function newerReportDisagrees(analysis: QuestionAnalysis, expansions: Expansions, candidates: Candidate[], chosen: Pick, library: Library, isSameStory: (sentence: Sentence) => boolean): boolean {
  const value = chosen.quantity?.value;
  const { focus } = analysis;
  if (value === undefined || !focus || !isFullDate(chosen.candidate.reportDay)) return false;
  // Most sentences give no other figure of the counted noun: one look at their figures spares the full rules.
  const othersOfFocus = (c: Candidate): boolean => findQuantities(c.sentence.text).some((q) => q.headTerm === focus && !isSameFigure(q.value, value));
  // (Only a sentence stating the question's relation as an answer must: "54 people fell ill" a week on is no newer count
  // of the visitors the festival had.)
  const newer = candidates
    .filter((c) => isFullDate(c.reportDay) && c.reportDay > chosen.candidate.reportDay && c.relation >= WEIGHTS.minRelation && library.wordsOf(c.sentence).terms.has(focus) && othersOfFocus(c))
    .slice(0, WEIGHTS.newerSentencesWeighed);
  if (newer.length === 0) return false;
  // A figure that would answer the question by the same rules (its outcome, its day, its noun), and is not one the sentence says was replaced.
  const disagreeing = newer.filter((c) => {
    const replaced = replacedValues(c.sentence.text);
    return countPicks(analysis, expansions, c, library, 0).some(
      (p) => p.quantity !== undefined && p.quantity.headTerm === focus && !isSameFigure(p.quantity.value, value) && !replaced.some((v) => isSameFigure(v, p.quantity!.value)),
    );
  });
  // The same story as the picks are held to: its names, or else the best pick's event. (Reports alike in their
  // words are not enough when the question names its subject: "the Joumshaxstel trust bought 3,734 pumps" is another buyer's.)
  return disagreeing.some((c) => isSameStory(c.sentence));
}

/**
 * A replaced figure told as the first: the words after it call it the first ("… not the 1,100 in the Government's first
 * statement"), or it is not one set aside with "not the" at all.
 */
function isToldAsFirst(pick: Pick): boolean {
  const { text } = pick.candidate.sentence;
  return !pick.quantity || FIRST_TOLD_AFTER.test(text.slice(pick.quantity.end, pick.quantity.end + 60)) || !/\bnot\s+(?:the\s+)?(?:about\s+|some\s+)?\S*$/i.test(text.slice(Math.max(0, pick.quantity.start - 20), pick.quantity.start));
}
/** "The University's earlier figure of 347", "its previous count of 23,450": told as before the newest, not as the first. */
function isToldAsMerelyEarlier(pick: Pick): boolean {
  const { text } = pick.candidate.sentence;
  const around = pick.quantity ? text.slice(Math.max(0, pick.quantity.start - 60), pick.quantity.end + 60) : text;
  return /\b(?:earlier|previous|prior|former)\b/i.test(around) && !/\b(?:first|initial|initially|original|originally|earliest|provisional|preliminary)\b/i.test(around);
}
const FIRST_TOLD_AFTER = /^[^.;]{0,50}?\b(?:first|initial|original|earliest)\b/i;

/** "Up from 48,000", "up from the 18 billion baht announced Tuesday": the pick's figure is the one its sentence says was replaced. */
function isGivenAsReplaced(pick: Pick): boolean {
  const value = pick.quantity?.value;
  return value !== undefined && replacedValues(pick.candidate.sentence.text).some((v) => isSameFigure(v, value));
}

/**
 * A sum's earlier report tells a sum of its kind somewhere (isSameKindOfFigure): one that tells none made no offer the
 * search missed. Any other figure is held as told there: a count grows from report to report, and the first report's
 * own wording of it may be what the search missed. (For counts too this gave 60 more right answers and 73 more
 * confidently wrong on the stored rounds.)
 */
function tellsFigureOfKind(story: Story | undefined, pick: Pick): boolean {
  if (!pick.quantity || !isMoneyFigure(pick.candidate.sentence.text, pick.quantity)) return true;
  return story === undefined || story.sentences.some((sentence) => findQuantities(sentence.text).some((q) => isSameKindOfFigure(sentence.text, q, pick)));
}

/**
 * An earlier dated report of the pick's story (its names, or else the best pick's event) is among the sentences
 * found: the figure "at first" is that report's, and a later report's figure is no answer (its own wording was
 * not found, or did not fit).
 */
function earlierReportOfStory(candidates: Candidate[], chosen: Pick, isSameStory: (sentence: Sentence) => boolean): boolean {
  if (!isFullDate(chosen.candidate.reportDay)) return false;
  return candidates.some((c) => isFullDate(c.reportDay) && c.reportDay < chosen.candidate.reportDay && isSameStory(c.sentence));
}

/**
 * "The service also revised the number of whales that stranded down to 214 from 230": a sentence that says it
 * replaced the best pick's figure gives the figure that replaced it, though it repeats none of the question's
 * words and its report is undated. Its figures stand only as revisions of the best (chooseByTime).
 */
function revisionsOf(analysis: QuestionAnalysis, expansions: Expansions, candidates: Candidate[], picks: Pick[], library: Library, isSameStory: (sentence: Sentence) => boolean): Pick[] {
  // Any figure in the running may be the one revised: the best pick is often another count of the newest report ("all 118 stores").
  const values = figuresOf(picks);
  if (values.length === 0) return [];
  // The figure a sentence says replaced one in the running ("from 74 to 69" gives 69), not its other counts.
  return revisingSentences(candidates, values, isSameStory).flatMap(({ candidate, revisions }) =>
    countPicks(analysis, expansions, candidate, library, -Infinity).filter((p) => p.quantity !== undefined && revisions.some((r) => r.by === p.quantity!.value)),
  );
}

/**
 * For "what does … do for a living?", a sentence that tells a person's work (occupationIn) beside every name the
 * question gives, or beside part of the deed the question tells of them (only "a …" then: "its coordinator" and "the
 * quarry operator" may be a body's), binds the work to the person asked about.
 */
function bindsNamedWorker(analysis: QuestionAnalysis, candidate: Candidate, relation: number): boolean {
  if (analysis.asksOccupation !== true || candidate.coverage < WEIGHTS.minAnswerCoverage) return false;
  const text = candidate.sentence.text;
  const work = occupationIn(analysis, text);
  const names = namePatterns(analysis);
  return work !== undefined && ((names.length > 0 && names.every((pattern) => pattern.test(text))) || (relation >= WEIGHTS.minWorkerRelation && /^an? /.test(work)));
}

/** A sentence that says its figure was the highest: "at the height of the strike", "at its peak", "at the worst". */
const TOLD_AS_PEAK = /\bat (?:the|its|their) (?:height|peak|worst)\b|\bpeaked\b|\bat (?:the|its) highest\b/i;

/** A cause its sentence withdraws: "that was wrong", "has withdrawn its claim that …". */
const RETRACTED_CAUSE = /\b(?:that|this|it|which)\s+(?:was|is|has (?:since )?been|proved|turned out to be)\s+(?:wrong|incorrect|mistaken|false|untrue)\b|\b(?:withdrew|withdrawn|retracted)\b/i;

/**
 * "What caused the tunnel roof to collapse?" → "The company said the rockfall was caused by a seismic event":
 * a report names its event again in other words when it gives the cause. A sentence that gives a cause answers
 * when its report also states the event asked about.
 */
function causeInEventStory(analysis: QuestionAnalysis, expansions: Expansions, candidates: Candidate[], library: Library): Pick | undefined {
  // (Holding some of the question's other words too: its relation words alone may be a sentence about something else.)
  const statingEvent = candidates.filter((c) => c.relation >= WEIGHTS.minSentenceRelation && c.coverage >= WEIGHTS.minAnswerCoverage);
  const statesEvent = statingEvent[0];
  if (!statesEvent) return undefined;
  const eventStories = new Set(statingEvent.map((c) => c.sentence.storyId));
  // An earlier report, in other words, is asked about when the question asks what was thought at first.
  const asksEarlier = analysis.time.stage === 'initial' || analysis.time.stage === 'previous';
  const isEvent = eventReportsLinkedTo(statesEvent, eventStories, library);
  // A report of the same event need not name it again near its cause: being that event's report is enough.
  const isEventReport = (c: Candidate): boolean => isEvent(library.storyById(c.sentence.storyId));
  const setAside = setAsideTerms(analysis);
  const causes = [...candidates, ...causeSentencesOfEvent(analysis, expansions, statesEvent, candidates, library, isEvent)].filter(
    (c) =>
      (isEventReport(c) || (eventStories.has(c.sentence.storyId) && namesAround(analysis, c.sentence, library))) &&
      statesCause(c.sentence.text) &&
      !causeTellsAskedEvent(analysis, expansions, c.sentence.text) &&
      !explainsRevisionOrDelay(analysis, c.sentence.text) &&
      !givesCauseSetAside(c.sentence, setAside, library) &&
      // ("Our statement of 15 April blamed a signal fault; that was wrong": a cause withdrawn is the first thought only.)
      (asksEarlier || !RETRACTED_CAUSE.test(c.sentence.text)) &&
      // (Nor one told as first seen, "early indications are that …": what was found may differ.)
      (asksEarlier || !tellsCauseAsFirstSeen(c.sentence.text)) &&
      !isInstructionLike(c.sentence.text),
  );
  // "Why didn't an alarm go off?" asks the cause of something else than the event's, "what was TCR blaming on
  // Tuesday" the cause a day's report gave: the best-ranked answers.
  if (analysis.time.days.length > 0 || WHY_NOT.test(analysis.text)) {
    const ranked = causes.find((c) => candidates.includes(c));
    return ranked ? { candidate: ranked, score: 0 } : undefined;
  }
  // "What did the operator initially blame?": the cause a sentence names as the one first given ("first blamed …",
  // "not a brake failure as the operator first said"), or else one the event's first report blames; the words naming it lead.
  const blamed = asksEarlier ? firstBlamed(causes, library, isEvent) : undefined;
  if (blamed) return blamed;
  // A correction ("X, not Y, caused it") is the finding that came later, never the cause first thought.
  const cause = asksEarlier ? causeAsFirstSeen(analysis, causes.filter((c) => !correctsCause(c.sentence.text)), candidates, library, isEvent) : causeAsLastTold(causes, library, isEvent);
  return cause ? { candidate: cause, score: 0 } : undefined;
}

/** Of the event's cause sentences, the first that tells a cause as the one first blamed, else one the first report blames; its words lead. */
function firstBlamed(causes: Candidate[], library: Library, isEvent: (story: Story | undefined) => boolean): Pick | undefined {
  const told = causes.map((candidate) => ({ candidate, blamed: blamedCause(candidate.sentence.text) })).filter((c) => c.blamed !== undefined);
  const retold = told.find((c) => c.blamed!.isRetold);
  // (A bare "blamed" only from the event's first report: a later one may blame what was found.)
  const firstDay = causes.filter((c) => isFullDate(c.reportDay) && isEvent(library.storyById(c.sentence.storyId))).reduce((day, c) => (day === '' || c.reportDay < day ? c.reportDay : day), '');
  const first = retold ?? told.find((c) => firstDay !== '' && c.candidate.reportDay === firstDay);
  return first ? { candidate: first.candidate, span: first.blamed!.cause, score: 0 } : undefined;
}

/** "If it wasn't the storms, why …" is not answered by "the council blamed storms", only by the cause that replaced them. */
function givesCauseSetAside(sentence: Sentence, setAside: ReadonlySet<string>, library: Library): boolean {
  if (setAside.size === 0 || correctsCause(sentence.text)) return false;
  // "The steering … was working normally, and the ship hit the rocks because the wrong course had been entered":
  // the thing set aside may be cleared before the cause; the cause is what follows its marker.
  // (Only where the marker leads into the cause: "the storms were blamed for the losses" names it before.)
  const marker = marksCause(sentence.text);
  const terms = marker && (/^because\b/i.test(marker[0]) || FORWARD_CAUSE.test(marker[0])) ? new Set(tokenize(sentence.text.slice(marker.index)).map((t) => t.term)) : library.wordsOf(sentence).terms;
  return [...setAside].some((t) => terms.has(t));
}

function causeTellsAskedEvent(analysis: QuestionAnalysis, expansions: Expansions, sentence: string): boolean {
  const marker = marksCause(sentence);
  return marker !== null && causeClauseTellsAskedEvent(analysis, expansions, sentence, marker);
}

const WHY_NOT = /\bwhy (?:\w+ )?(?:(?:did|was|were|is|are|has|have|does|do|wo|could|would|ca)(?:n[’']?t| not)|not)\b/i;

/**
 * A developing story's reports form a chain: the newest may share few words with the first ("an anti-fraud
 * check … was behind last month's missed pension payments") but many with the report between. A report is the
 * event's when it tells the same event as the best candidate's report, or as another report that does.
 */
function eventReportsLinkedTo(top: Candidate, eventStories: ReadonlySet<string>, library: Library): (story: Story | undefined) => boolean {
  const isTop = sameEventAs(library.storyById(top.sentence.storyId), library);
  const linked = [...eventStories]
    .map((id) => library.storyById(id))
    .filter((story) => story && story.id !== top.sentence.storyId && isTop(story))
    .slice(0, WEIGHTS.laterReportsWeighed)
    .map((story) => sameEventAs(story, library));
  return (story) => isTop(story) || linked.some((isSame) => isSame(story));
}

/**
 * The sentences that give a cause in the reports of the asked event, though they share few of the question's
 * words: "so what really took the network down?" is answered by "a faulty software update sent to Plainsway's
 * core routers, not a power failure, caused the Feb. 11 outage". Every sentence of the event's reports that the
 * candidates (and a search by the event's headline) reach is read: a few reports, a few dozen sentences each.
 */
function causeSentencesOfEvent(analysis: QuestionAnalysis, expansions: Expansions, statesEvent: Candidate, candidates: Candidate[], library: Library, isEvent: (story: Story | undefined) => boolean): Candidate[] {
  const title = library.storyById(statesEvent.sentence.storyId)?.title ?? '';
  const reached = [...candidates.map((c) => c.sentence), ...library.search(`${title} ${CAUSE_QUERY_WORDS}`, CANDIDATES).map((h) => h.sentence)];
  const reports = [...new Set(reached.map((s) => s.storyId))].map((id) => library.storyById(id)).filter((story) => isEvent(story)).slice(0, MAX_EVENT_REPORTS);
  const seen = new Set(candidates.map((c) => c.sentence.id));
  const hits = reports.flatMap((story) => story!.sentences.filter((s) => !seen.has(s.id) && statesCause(s.text)).map((sentence) => ({ sentence, score: 0 })));
  // Ranked as the question's own candidates are, but never above them: they were not what it searched for.
  return rankCandidates(analysis, library, expansions, hits).map((c) => ({ ...c, retrieval: 0 }));
}
const CAUSE_QUERY_WORDS = 'caused cause blamed behind reason fault because';
const MAX_EVENT_REPORTS = 8;

/**
 * "So what actually broke it in the end?", "what caused it?": a developing story's cause is the one its newest
 * report gives (the first blamed is often cleared), and there a correction ("X, not Y, caused it") leads.
 */
function causeAsLastTold(causes: Candidate[], library: Library, isEvent: (story: Story | undefined) => boolean): Candidate | undefined {
  // A report may look back on the cause first blamed ("the union had earlier blamed the scanner"): that is
  // never the cause as last told, whichever report it is in.
  const ownFinding = (c: Candidate): boolean => !retellsEarlierCause(c.sentence.text) || correctsCause(c.sentence.text);
  const dated = causes.filter((c) => isFullDate(c.reportDay) && isEvent(library.storyById(c.sentence.storyId)) && ownFinding(c));
  if (dated.length === 0) return causes.find(ownFinding);
  const newest = dated.reduce((day, c) => (c.reportDay > day ? c.reportDay : day), '');
  return firmestCause(dated.filter((c) => c.reportDay === newest));
}

/**
 * "What did officials first think caused it?", "… before the egg farm was cleared?": the cause as the
 * event's first report gave it, or as the last report before the newest did (a report giving no cause is passed over).
 */
function causeAsFirstSeen(analysis: QuestionAnalysis, causes: Candidate[], candidates: Candidate[], library: Library, isEvent: (story: Story | undefined) => boolean): Candidate | undefined {
  const dated = causes.filter((c) => isFullDate(c.reportDay) && isEvent(library.storyById(c.sentence.storyId)));
  if (dated.length === 0) return causes[0];
  const newest = candidates.filter((c) => isFullDate(c.reportDay) && isEvent(library.storyById(c.sentence.storyId))).reduce((day, c) => (c.reportDay > day ? c.reportDay : day), '');
  const days = [...new Set(dated.map((c) => c.reportDay))].sort();
  // "Before they corrected themselves": a correction may come in any report after the first, so the cause held
  // before it is the first report's; the report just before the newest often carries the correction already.
  const day = analysis.time.stage === 'initial' || analysis.time.stage === 'previous' ? days[0] : days.filter((d) => d < newest).at(-1);
  return day === undefined ? undefined : firmestCause(dated.filter((c) => c.reportDay === day));
}

/** What stating the asked event adds to a cause sentence's weight: less than a finding over a mere "because" (causes.ts). */
const STATES_EVENT = 1.5;

/**
 * Of one report's cause sentences, one that states the asked event before one that does not ("an elderly woman
 * died of breathing problems" is no cause of the airport's closing) unless that one is only a "because", then the
 * firmest (a correction, a finding, then a "because"), then the best ranked.
 */
function firmestCause(causes: Candidate[]): Candidate | undefined {
  const weight = (c: Candidate): number => (c.relation >= WEIGHTS.minSentenceRelation ? STATES_EVENT : 0) + causeStrength(c.sentence.text);
  return causes.reduce<Candidate | undefined>((best, c) => (!best || weight(c) > weight(best) ? c : best), undefined);
}

/**
 * The sentence gives a cause, and not of something else: "services were suspended after a section of overhead
 * line fell" says what the fall caused, so it is no answer to what made the line fall. A cause whose clause
 * holds the asked event is the event's consequence told backwards.
 */
function givesCauseOfAskedEvent(analysis: QuestionAnalysis, expansions: Expansions, sentence: string): boolean {
  const marker = marksCause(sentence);
  return marker !== null && !causeClauseTellsAskedEvent(analysis, expansions, sentence, marker) && !explainsRevisionOrDelay(analysis, sentence, marker);
}

/** The cause a sentence gives is of a figure's revision or of a delay, which the question does not ask about. */
function explainsRevisionOrDelay(analysis: QuestionAnalysis, sentence: string, marker = marksCause(sentence)): boolean {
  if (marker === null) return false;
  const effect = sentence.slice(0, marker.index);
  return (REVISION_EXPLAINED.test(effect) && !FIGURE_ASKED.test(analysis.text)) || (DELAY_EXPLAINED.test(effect) && !DELAY_ASKED.test(analysis.text));
}
/** "… said that work would not begin before March 2 because the swells were still too strong": the cause of a delay. */
const DELAY_EXPLAINED = /\b(?:put back|pushed back|held up|delayed|postponed|deferred|(?:would|will|could|can) not (?:begin|start|reopen|open|resume|restart|finish|be (?:finished|completed|ready|reopened))(?: \w+){0,3} (?:before|until)\b)/i;
const DELAY_ASKED = /\b(?:delay\w*|put back|pushed back|held up|postpon\w*|defer\w*|late|later|slow|slower|not|n't|until|before|after|wait\w*|longer|slipp?\w*)\b/i;
/**
 * "The ministry now puts the cost … at 6.1 million soles, lower than the 7.2 million forecast earlier, because an army
 * unit is doing part of the work": the cause of a revised figure, no answer to why the breakwater gave way.
 */
const REVISION_EXPLAINED = new RegExp(String.raw`\b(?:lower|higher|less|more|fewer|greater|smaller|larger) than (?:the |its |their |an? )?(?:earlier |first |initial |original |previous )?${MONEY_SIGN}?\d|\b(?:up|down) from\b|\b(?:below|above) the (?:earlier |first |initial |original |previous )?${MONEY_SIGN}?\d|\b(?:estimate|forecast|figure|count|cost|bill|total)s? (?:was |were |has been |have been )?(?:raised|lowered|revised|cut|increased|reduced)\b`);
const FIGURE_ASKED = /\b(?:cost|costs|bill|estimate|estimates|figure|figures|count|total|price|budget|sum|amount|how much|how many|number|toll|fewer|more|lower|higher|rise|rose|fall|fell|revised|raised|lowered)\b/i;

/**
 * "Every patient who missed an appointment because of wrong reminder texts …" answers why appointments were
 * missed, not why the texts were wrong: the clause a marker puts the cause in ("after", "because of", "due to",
 * "caused by") holds the asked event's verb (after "after"), or two of its things, so the sentence tells what the event caused.
 */
function causeClauseTellsAskedEvent(analysis: QuestionAnalysis, expansions: Expansions, sentence: string, marker: RegExpExecArray): boolean {
  if (!FORWARD_CAUSE.test(marker[0])) return false;
  const clause = sentence.slice(marker.index + marker[0].length).split(/[,;:]|\s(?:and|but|while|which|who)\s/)[0]!;
  const terms = new Set(tokenize(clause).map((t) => t.term));
  const holds = (t: { term: string }): boolean => termMatch(t.term, expansions, terms, []) >= WEIGHTS.synonymMatch;
  const [verbs, things] = partition(analysis.predicates, (t) => sharedLexicon().isVerb(t.word) && !commonNouns(analysis.text).includes(t.word.toLowerCase()));
  // ("Eight people died as a result of the fire": a cause that is only the asked event's own noun is the event.)
  const asked = new Set(analysis.predicates.map((t) => t.term));
  const isOnlyTheEvent = terms.size > 0 && terms.size <= 2 && [...terms].every((t) => asked.has(t)) && things.some(holds);
  return (/^after\b/i.test(marker[0]) && verbs.some(holds)) || things.filter(holds).length >= 2 || isOnlyTheEvent;
}
const FORWARD_CAUSE = /^(?:after|because of|due to|as a result of|caused by|result(?:ed)? from|triggered by|sparked by|set off by|brought on by)\b/i;

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const TRAILING_TIME_PHRASE = /,?\s+(?:in the end|at the end of the day|after all|all told|in total|in all|so far|at first|to begin with|to start with|at the time|by then|by now|this time|last time)$/i;

/**
 * The verb a "when" question ends on ("when is the bridge reopening", "when do services start again", "when
 * does the ban kick in"), when it is one: the event whose time is asked.
 */
function askedEventVerb(analysis: QuestionAnalysis): string | undefined {
  // ("When did the tours start back up in the end?": a closing phrase for the time asked about names no event.)
  // ("In what year was the power station built?" asks when it was built, as "when was it built" does.)
  const shape = /^(?:when|(?:in )?(?:what|which) year)(?:['’]s| is| was| are| were| do| does| did| will| would| has| have| had)\b(.+)$/i.exec(analysis.text.trim().replace(/[?.!\s]+$/, '').replace(TRAILING_TIME_PHRASE, ''))?.[1];
  if (!shape) return undefined;
  // ("In what year was the lift installed in the block on Strada Livezilor?": a passive's participle, where the rest names the place.)
  const participle = /^\W*(?:in )?(?:what|which) year (?:was|were)\b/i.test(analysis.text) ? shape.toLowerCase().split(/\s+/).findLast((w) => /^[a-z]+(?:ed|en|lt|wn|ne)$/.test(w) && sharedLexicon().isPastTense(w)) : undefined;
  if (participle) return participle;
  const words = shape.toLowerCase().split(/\s+/).filter((w) => !/^(?:now|again|originally|first|initially|actually|really|then|exactly|finally|eventually|back|in|up|out|off|down|over|on)$/.test(w));
  const last = words.at(-1);
  if (!last || words.length < 2 || isLightWord(last) || !/(?:ing|ed|en|s)$|^[a-z]+$/.test(last)) return undefined;
  // ("… open back up for swimming", "… running through the mended pipeline", "… get back to class": a last word
  // after a preposition or a determiner is a thing the event is about, though WordNet knows it as a verb too.)
  const asked = shape.toLowerCase().split(/\s+/);
  const before = asked[asked.lastIndexOf(last) - 1] ?? '';
  // ("When were the villagers first told they could go home?": a phrase the reader takes as one word, "returned".)
  const phrase = tokenize(`${before} ${last}`);
  if (phrase.length === 1 && phrase[0]!.word !== last) return phrase[0]!.word;
  if (OBJECT_BEFORE.test(before) || (before === 'to' && sharedLexicon().isNoun(last))) return undefined;
  return sharedLexicon().isVerb(last) ? last : undefined;
}

const OBJECT_BEFORE = /^(?:for|into|through|with|at|from|of|by|about|the|a|an|its|their|his|her|this|that|these|those|[\p{L}-]+['’]s)$/u;

/**
 * "On what date did the road into the valley open again?" → "The road …, cut off since an avalanche killed seven people
 * … on January 18, reopened on Saturday, Jan. 31": a return asked about is dated by the day told right after it.
 */
/** A day the same sentence moves on from: "first set for 19 May and later put back to 9 June, … brought forward to 2 June". */
function isReplacedInPlanChain(text: string, time: Span, times: Span[]): boolean {
  if (!PLAN_CHAIN_LINK.test(text.slice(Math.max(0, time.start - 40), time.start))) return false;
  const next = times.find((t) => t.start > time.end && /\d/.test(t.text));
  return next !== undefined && PLAN_MOVED_TO.test(text.slice(time.end, next.start));
}
const PLAN_CHAIN_LINK = /\b(?:(?:first|originally|initially|earlier) (?:set|due|planned|scheduled|fixed|expected|called|announced)(?: to (?:be held|take place|open|start|begin|reopen|end|finish))? (?:for|on)|(?:put back|pushed back|postponed|delayed|moved|brought forward|rescheduled) (?:to|until|till))\s+$/i;
const PLAN_MOVED_TO = /^[^.;]{0,80}?\b(?:put back|pushed back|postponed|delayed|moved|brought forward|rescheduled) (?:again )?(?:to|until|till)\s+$/i;

function dayOfReturnOrNearest(analysis: QuestionAnalysis, text: string, times: Span[]): Span | undefined {
  if (RESUMPTION_ASKED.test(analysis.text)) {
    for (const told of text.matchAll(RETURN_VERB_TOLD)) {
      const after = times.find((t) => t.start > told.index && t.start - (told.index + told[0].length) <= 25);
      if (after) return after;
    }
  }
  return nearestToQuestionTerms(analysis, text, times);
}
const RETURN_VERB_TOLD = /\b(?:re-?open\w*|resum\w*|restor\w*|re-?start\w*|reconnect\w*|back in (?:service|operation|use))\b/gi;

/** "When did the backlog finally clear", "what day was it back open": a question about what happened, not what was planned. */
function asksWhenItHappened(analysis: QuestionAnalysis): boolean {
  return (
    !analysis.asksAboutPlan &&
    /\b(?:when|what (?:day|date|time|year|month))\s+(?:did|was|were|had|has|have)\b/i.test(analysis.text) &&
    // "When was the theatre hoping to reopen", "what date did the bank give": a plan asked about after all.
    // (Whole words: the Pitcher Plant House asks about no plan.)
    // ("By what date had every patient been given a repeat test?": given something, not a date given.)
    !/\b(?:hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|target\w*|aim(?:s|ed|ing)?|intend\w*|expect\w*|meant|give|gives|gave|(?<!\b(?:been|be|being|was|were|is|are)\s)given|giving|to be|say|says|said|saying|announc\w*|promis\w*|forecast\w*|predict\w*)\b/i.test(analysis.text)
  );
}

/** "When did they originally intend …", "had first planned to …", "at first expect …": a plan as it stood before it changed. */
function asksFirstPlan(analysis: QuestionAnalysis): boolean {
  return analysis.asksAboutPlan && (analysis.time.stage === 'initial' || analysis.time.stage === 'previous');
}
/** The words before a day that tell it as planned, hoped or promised ("was to reopen on", "had pledged to finish by"). */
// ("… a committee of inquiry, which is to report by Friday 4 May", "has been formed and told to report within 15 days,
// by Monday 5 March", "ordered an audit of all private hostels, to be completed by Friday 16 March": a deadline set.)
const PLAN_TOLD_BEFORE = /\b(?:will|would|should|shall|expects?|expected|expecting|hopes?|hoped|due|scheduled|planned|plans?|aims?|aimed|set to|set for|intends?|intended|promised|pledged|targeted|was to|were to|is to|are to|meant to|supposed to|(?:ordered|asked|told|instructed|directed|required|requested|given)\b[^.;]{0,50}?\bto (?:be )?[a-z]+|given until|to be [a-z]+(?:ed|en|ne))\b[^.;]{0,60}$/i;
/** The clause a time stands in, up to it: from the last full stop, semicolon or dash before it. */
function clauseBefore(text: string, at: number): string {
  return text.slice(0, at).split(/[.;:—–]\s/).at(-1) ?? '';
}
const COMPARED_DAY_BEFORE = /\b(?:than|instead of|rather than)\s+(?:the\s+)?(?:(?:[\p{L}-]+\s+)?(?:date|deadline|target)\s+of\s+)?(?:the\s+)?$|\bthe\s+(?:[\p{L}-]+\s+)?(?:date|deadline|target)\s+of\s+$/iu;
const DAY_AS_DATE_GIVEN = /^\s+(?:date|deadline|target)\b/i;
const PLAN_IN_CLAUSE = /^(?:["“]?\s*)(?:[\p{L}'’-]+\s+){1,4}(?:will|shall|plans? to|intends? to|aims? to|hopes? to|expects? to)\b/iu;
const SUPERSEDED_PLAN = /\bhad (?:first |originally |initially |earlier )?(?:been )?(?:due|planned|scheduled|allowed|expected|set|meant|supposed|promised|hoped)\b[^.;]{0,60}$|\b(?:promised|pledged|vowed)\b[^.;]{0,30}$/i;
/** "Will not be cleared before", "should reopen by", "expects to run again by": a day forecast, not one that came. */
const FORECAST_BEFORE = /\b(?:will|would|should|shall|expects?|expected|expecting|hopes?|hoped|due|scheduled|planned|plans|likely|aims?|set to|could|may|might|to be)\b[^.;]{0,60}$/i;

const ASKS_YEAR = /\b(?:what|which) year\b/i;

/** "When can boats go back out", "… running again", "when does the hall reopen": the asked event is a return. */
const RESUMPTION_ASKED = /\b(?:again|back|resum\w*|re-?open\w*|restor\w*|restart\w*|reconnect\w*)\b/i;
/** How a report tells a return ("reopened", "resumed", "back in service", "stays closed until …", "lifted"). */
const RESUMPTION_TOLD = /\b(?:again|back|resum\w*|re-?open\w*|restor\w*|re-?start\w*|return\w*|reconnect\w*|reinstat\w*|lift(?:ed|s|ing)?|normal\w*|until|till|up and running|all[- ]clear|berth\w*|re-?admit\w*|re-?enter\w*)\b/i;

/** "Who was steering the boat?" asks who did a deed; "who heads the plant", "who is the registrar" ask who holds a post. */
function asksDoer(analysis: QuestionAnalysis): boolean {
  // ("Which body found that …" is often answered by whom the finding is attributed to: only "who" asks a deed so.)
  return !analysis.asksLeader && analysis.focus === undefined && /^\W*who\b/i.test(analysis.text) && !/^\W*who(?:['’]?s|\s+(?:is|was|are|were)\s+(?:the|a|an|in|\p{Lu}))\b/iu.test(analysis.text);
}

/**
 * Whether a name is whom the sentence is attributed to after its news (", provincial police chief Sok Vuthy told
 * reporters"), with a title that shares nothing with the question.
 */
function isTrailingAttribution(analysis: QuestionAnalysis, text: string, name: string): boolean {
  const speaker = findSpeaker(text);
  if (speaker?.text !== name) return false;
  // (At the end: "The plant's manager, Sidi Ould Bahah, said the company accepted the findings" tells his own news.)
  const title = TITLE_AFTER_COMMA.exec(text.slice(Math.max(0, speaker.start - 80), speaker.start));
  if (!title || text.length - speaker.end > TRAILING_REACH || speaker.start < text.length / 2) return false;
  const asked = new Set(analysis.terms.map((t) => t.term));
  if (tokenize(title[0] + text.slice(speaker.end).split(/[.;]/)[0]).some((t) => asked.has(t.term))) return false;
  return !/^\W*(?:said|says|told [\p{L}\s]{0,30}?)\s+(?:that\s+)?(?:he|she|they|I|we)\b/iu.test(text.slice(speaker.end));
}
const TITLE_AFTER_COMMA = /,\s+(?:[\p{L}'’.-]+\s+){0,6}$/u;
/** How much may follow an attribution's name at a sentence's end: "told reporters on Sunday", ", head of the service". */
const TRAILING_REACH = 70;

/** "On what day …", "for what date …": a day asked for, which a year or "this month" does not give. */
const ASKS_A_DATE = /\b(?:what|which) (?:date|day)\b|\bon what day\b/i;
/**
 * The day something was said, not the day of what was said: "…, the fire marshal's office said on Friday", "the roads
 * authority told our branch on Tuesday that the tunnel will reopen …", "On Tuesday the commission told us …".
 */
function isDayOfTelling(text: string, time: Span): boolean {
  return (
    SAID_BEFORE.test(text.slice(Math.max(0, time.start - 30), time.start)) ||
    (SAID_TO_BEFORE.test(text.slice(Math.max(0, time.start - 40), time.start)) && /^,?\s+that\b/i.test(text.slice(time.end, time.end + 8))) ||
    (/^\W*(?:on\s+)?$/i.test(text.slice(0, time.start)) && SAID_AFTER.test(text.slice(time.end, time.end + 50)))
  );
}
const SAID_AFTER = /^,?\s+(?:the\s+|our\s+|its\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:told|said|announced|confirmed|wrote|informed|warned)\b/iu;
const SAID_TO_BEFORE = /\b(?:said|told|announced|confirmed|wrote|informed|warned|assured)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:on\s+)?$/iu;
/** "… said on Friday", "… told reporters Friday": the words before the day something was said. */
const SAID_BEFORE = /\b(?:said|says|told|announced|added|reported|confirmed|stated|wrote|admitted|conceded|acknowledged|explained|insisted|warned|agreed|given)\s+(?:\w+\s+)?(?:on\s+)?$/i;

/** "What did / has / will X offer", "what is X giving": a question about what an action took, not "what is X". */
const WHAT_DID = /^what (?:(?:did|does|do|has|have|had|will|would) |(?:is|are|was|were) (?:\S+ ){1,4}?\S+ing\b)/i;

/**
 * The words a sentence puts right after the question's verb ("has offered 3 percent, …" → "3 percent") when
 * the question asks what someone did something to: short, and ending at the clause.
 */
function objectOfAskedVerb(analysis: QuestionAnalysis, sentence: string): string | undefined {
  if (!WHAT_DID.test(analysis.text)) return undefined;
  for (const token of analysis.predicates) {
    const stem = stemOf(token.word);
    if (stem.length < 3 || !sharedLexicon().isVerb(token.word)) continue;
    const verb = new RegExp(`\\b${literalPattern(stem)}[a-z]*\\s+`, 'i').exec(sentence);
    if (!verb) continue;
    const rest = sentence.slice(verb.index + verb[0].length);
    const object = /^(?!to\b|that\b|it\b|on\b|in\b|at\b)([^,.;:"“”()]{2,60}?)(?=\s*(?:[,.;:"“”()]|\s(?:and|but|while|after|before|as|on|to|if|when)\s|$))/i.exec(rest)?.[1]?.trim();
    // (An object names a thing; "centre will end at 6 a" is a clause.)
    if (object && object.split(/\s+/).length <= 6 && !/\b(?:will|would|is|are|was|were|has|have|had|can|could)\b/i.test(object)) return object;
  }
  return undefined;
}

const DIED = termOf('died');
/** What can happen to people counted in the news: a count of one is never a count of another. */
const OUTCOME_TERMS = new Set(['died', 'injured', 'injuries', 'missing', 'rescued', 'survived', 'alive', 'evacuated', 'arrested', 'detained', 'infected', 'hospitalised', 'stranded', 'displaced', 'trapped', 'drowned', 'hospital', 'treated', 'unaccounted', 'sickened', 'poisoned', 'destroyed', 'culled', 'slaughtered', 'vaccinated', 'dismissed', 'sacked'].map(termOf));

/** The question's outcome words ("died", "rescued alive") are in the sentence itself, or their synonyms. */
function statesOutcome(analysis: QuestionAnalysis, expansions: Expansions, own: ReadonlySet<string>): boolean {
  // ("Gave a lower toll of 14" for how many died: a toll counts the dead.)
  return analysis.predicates.filter((t) => OUTCOME_TERMS.has(t.term)).every((t) => termMatch(t.term, expansions, own, []) >= WEIGHTS.synonymMatch || (t.term === DIED && own.has(TOLL)));
}

/**
 * What a sum of money was, in the words news copy uses for it: a fine is no cost, a salary no sum ordered
 * repaid, a price no fine. A question naming one (the first list) is answered only by a sentence naming one
 * of its kind (either list); "pay" takes anything owed.
 */
const MONEY_ROLE_WORDS: Array<[asked: string[], stated: string[]]> = [
  [['fine', 'fined', 'penalty'], ['fines', 'penalties', 'sanction']],
  [['cost', 'costs', 'costing', 'bill', 'expense', 'expenses', 'spend', 'spent', 'spending', 'budget'], ['price', 'estimate', 'estimated', 'damage', 'repair', 'repairs', 'loss', 'losses', 'lost', 'hit']],
  [['worth', 'value', 'valued', 'valuation'], ['price', 'priced', 'estimate', 'estimated']],
  [['salary', 'salaries', 'wage', 'wages', 'earn', 'earned', 'earns', 'earnings'], ['pay', 'paid']],
  [['buy', 'bought', 'buying', 'sell', 'sold', 'selling', 'sale', 'price', 'bid', 'offer', 'offered'], ['pay', 'paid', 'paying', 'payment', 'deal', 'agreed']],
  [['pay', 'paid', 'paying', 'payment', 'repay', 'repaid'], ['fine', 'fined', 'penalty', 'cost', 'costs', 'bill', 'price', 'compensation', 'damages', 'ransom', 'bail', 'settle', 'settled', 'settlement', 'buy', 'bought', 'sold', 'salary', 'wage', 'wages']],
  [['steal', 'stole', 'stolen', 'stealing', 'embezzle', 'embezzled', 'divert', 'diverted', 'siphoned', 'swindle', 'swindled', 'defraud', 'defrauded'], ['took', 'taken', 'fraud', 'theft', 'haul', 'loot', 'lost', 'loss', 'losses']],
  [['loss', 'losses', 'lost'], ['cost', 'costs', 'hit', 'damage', 'shortfall']],
  [['reward', 'bounty'], []],
  [['ransom'], ['demand', 'demanded', 'demanding', 'payment']],
  [['bail'], []],
  [['insure', 'insured', 'insurance'], ['cover', 'covered', 'policy', 'underwritten']],
  [['compensation', 'compensate', 'payout', 'refund', 'refunds'], ['damages', 'payment', 'payments']],
  [['raise', 'raised', 'donate', 'donated', 'donation', 'donations'], ['appeal', 'fund']],
  [['loan', 'loans', 'lend', 'lent', 'borrow', 'borrowed'], []],
];
const MONEY_ROLES = MONEY_ROLE_WORDS.map(([asked, stated]): [string[], string[]] => [asked.map(termOf), [...asked, ...stated].map(termOf)]);

/** A sum in brackets, or after "or" or "about", right after another sum: its conversion into another currency. */
function isConversion(sentence: string, quantity: Quantity, quantities: Quantity[]): boolean {
  const before = quantities.filter((q) => q.end <= quantity.start && quantity.start - q.end <= 40).at(-1);
  if (!before) return false;
  const between = sentence.slice(before.end, quantity.start);
  // ("5.9 million reais, or about 5.2 million dollars"; "5,000 gourdes, about $300, to each family", whose "about" is the figure's own.)
  const isTold = CONVERSION_BETWEEN.test(between) || (/^(?:about|some|around|roughly|nearly)\s/i.test(quantity.text) && ROUGH_AFTER_COMMA.test(between));
  return isTold && isMoneyFigure(sentence, before);
}
const CONVERSION_BETWEEN = /^\s*(?:[\p{L}.]+\s+){0,2}?[\p{L}.]*\s*(?:\(|,\s+or\b|,\s+(?:about|some|around|roughly|nearly)\b)\s*(?:(?:about|some|around|roughly|nearly)\s+)?\S?$/u;
const ROUGH_AFTER_COMMA = /^\s*(?:[\p{L}.]+\s+){0,2}?[\p{L}.]*\s*,\s*$/u;

/** "A $2.1 million no-bid contract": a sum written before a thing the question names is that thing's value. */
function sumOfAskedThing(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  const asked = new Set(analysis.predicates.map((t) => t.term));
  return tokenize(sentence.slice(quantity.end, quantity.end + 30)).slice(0, 3).some((t) => asked.has(t.term));
}

const LOST_SOMEONE = /\blost (?:a|an|the|their|his|her|its|one|two|three|relatives?|children|sons?|daughters?|husbands?|wives|wife|parents?|members?) (?!money|sales|revenue|income|earnings|wages|savings|takings)[a-z]+/g;

const MONEY_ROLE_TERMS = new Set(MONEY_ROLES.flatMap(([, stated]) => stated));

/** The money roles a question names ("fined", "insured for", "pay"), by its words as written: "the insurer" pays no insured sum. */
function askedMoneyRoles(analysis: QuestionAnalysis): Array<[string[], string[]]> {
  // ("How much will the government pay each family that lost a student?": a family's loss is no sum lost.)
  const words = new Set(analysis.text.toLowerCase().replace(LOST_SOMEONE, ' ').split(/[^a-z]+/));
  return MONEY_ROLES.filter((_, i) => MONEY_ROLE_WORDS[i]![0].some((w) => words.has(w)));
}

/** Each money role the question names is held by the sentence: a word of its kind, or a synonym of the asked word. */
function statesMoneyRole(analysis: QuestionAnalysis, roles: Array<[string[], string[]]>, expansions: Expansions, own: ReadonlySet<string>): boolean {
  const words = new Set(tokenize(analysis.text).map((t) => t.term));
  return roles.every(([asked, stated]) => stated.some((t) => own.has(t)) || asked.some((t) => words.has(t) && termMatch(t, expansions, own, []) >= WEIGHTS.synonymMatch));
}

/**
 * "A payment of £250 a week" for what fixing the sinkhole will cost: the money words around a sum say what it
 * is, and one of them must be of the kind asked. A sum with no money word near it is judged by its sentence.
 */
function nearestRoleFits(roles: Array<[string[], string[]]>, sentence: string, quantity: Quantity): boolean {
  if (roles.length === 0) return true;
  // "A reward of 500 million lire": the noun the sum belongs to decides alone, whatever else is near ("the insurers have offered").
  const owner = /\b([a-z]+) of (?:about |around |up to |some |nearly |almost )?$/i.exec(sentence.slice(Math.max(0, quantity.start - 40), quantity.start))?.[1];
  const ownerTerm = owner === undefined ? undefined : termOf(owner.toLowerCase());
  if (ownerTerm !== undefined && MONEY_ROLE_TERMS.has(ownerTerm) && !NEUTRAL_MONEY_TERMS.has(ownerTerm)) return roles.some(([, stated]) => stated.includes(ownerTerm));
  const near = [...tokenize(sentence.slice(Math.max(0, quantity.start - 150), quantity.start)), ...tokenize(sentence.slice(quantity.end, quantity.end + 25))]
    .map((t) => t.term)
    .filter((t) => MONEY_ROLE_TERMS.has(t) && !NEUTRAL_MONEY_TERMS.has(t));
  return near.length === 0 || roles.some(([, stated]) => near.some((t) => stated.includes(t)));
}
/** Words any sum may carry ("estimated at", "a total of"): they say nothing of what it is. */
const NEUTRAL_MONEY_TERMS = new Set(['estimate', 'estimated', 'total', 'final', 'price'].map(termOf));

/** The verdict of a sentence that neither confirms nor denies: no verdict at all (pickAnswer passes it over). */
const NOT_STATED = 'Not stated';

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
  if (!namesAround(analysis, sentence, library, false)) return { span: findNames(sentence.text).some((n) => notInQuestion(analysis, n)) ? 'No' : NOT_STATED };
  const next = library.storyById(sentence.storyId)?.sentences[sentence.index + 1];
  const isHypothetical = /\b(could|would|might|may|threatened to|had said he could)\b/i.test(sentence.text);
  if (next && /^(But|However|Yet)\b/.test(next.text) && NEGATION.test(next.text)) return { span: 'No', context: next };
  return { span: isHypothetical ? 'Not yet' : 'Yes' };
}

/**
 * Whether the sentence (or the sentences beside it, or its story's title) states each action the question asks
 * about ("insured", "arrested", "fined"): a yes or no is a verdict on that action, never on its subject alone.
 */
function statesAskedAction(analysis: QuestionAnalysis, expansions: Expansions, sentence: Sentence, library: Library): boolean {
  const actions = askedActions(analysis);
  if (actions.length === 0) return true;
  const { own, neighbours, title } = surroundingsOf(sentence, library);
  return actions.every((t) => title.has(t.term) || termMatch(t.term, expansions, own.terms, neighbours) > 0);
}

/** The question's actions, tagged once per question (every candidate sentence is weighed against them). */
function askedActions(analysis: QuestionAnalysis): Token[] {
  let actions = ACTIONS.get(analysis);
  if (!actions) {
    const verbs = new Set(mainVerbs(analysis.text));
    // The tagger guesses at words it does not know ("loadshedding"): an action is also a verb WordNet knows.
    actions = analysis.predicates.filter((t) => verbs.has(t.word.toLowerCase()) && isKnownVerb(t.word.toLowerCase()) && !isLightWord(t.word) && !isCauseVerb(t.word));
    ACTIONS.set(analysis, actions);
  }
  return actions;
}
const ACTIONS = new WeakMap<QuestionAnalysis, Token[]>();

function isKnownVerb(word: string): boolean {
  return sharedLexicon().isVerb(word) || sharedLexicon().isPastTense(word);
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

const STATUS_TERMS = new Set(['finish', 'complet', 'end', 'over', 'done', 'conclud', 'still', 'continu', 'ongo', 'underwai']);

/** "Is the swap finished?": when one source says it is and another that it goes on, say so and cite both. */
function answerFinished(analysis: QuestionAnalysis, candidates: Candidate[], library: Library): Answer | undefined {
  const relevant = candidates.filter((c) => c.coverage >= WEIGHTS.minAnswerCoverage);
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
    question: analysis.asked ?? analysis.text,
    text: `${verdict} ${body}`,
    citations,
    engine: 'offline',
    independentSources: new Set(citations.map((c) => library.groupOf(c.storyId))).size,
    hasConflict,
  };
}

function compose(analysis: QuestionAnalysis, pick: Pick, candidates: Candidate[], library: Library, expansions: Expansions): Answer {
  const lead = pick.candidate.sentence;
  const supporting: Sentence[] = !pick.context ? [lead] : pick.context.index < lead.index ? [pick.context, lead] : [lead, pick.context];
  const groups = new Set([library.groupOf(lead.storyId)]);
  let conflict: { sentence: Sentence; quantity: Quantity; reportDay: string } | undefined;
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
          (q) =>
            q.nounTerms.length > 0 &&
            q.nounTerms[0] === pick.quantity!.nounTerms[0] &&
            // "Operates about 900 flights a day" is a rate, no rival to "cancelled 1,870 flights".
            isRate(candidate.sentence.text, q) === isRate(lead.text, pick.quantity!) &&
            bindsFocus(analysis, expansions, candidate.sentence.text, q) &&
            quantityFit(analysis, candidate.sentence.text, q, candidate.reportDay) >= quantityFit(analysis, lead.text, pick.quantity!, pick.candidate.reportDay) - 1,
        );
        if (rival) conflict = { sentence: candidate.sentence, quantity: rival, reportDay: candidate.reportDay };
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
  // ("When will the road reopen?" → "Monday 12 October": a weekday is dated by its report, so the reader need not count.)
  const span = pick.span && analysis.type === 'when' ? withResolvedDay(pick.span, lead.text, pick.candidate.reportDay) : pick.span;
  const head = span ? `${capitalise(span)} — ${leadQuote}` : leadQuote;
  const leadDay = pick.candidate.reportDay;
  // A developing count is told as of its report: the reader sees how fresh the figure is.
  const dated: Answer['dated'] =
    pick.quantity && isFullDate(leadDay) && analysis.time.stage !== 'any' ? { label: analysis.time.stage === 'initial' ? 'first reported' : 'as of', day: leadDay } : undefined;
  let text = `${head} ${marks}`;
  if (conflict) {
    const n = citations.find((c) => c.sentenceId === conflict!.sentence.id)!.n;
    const when = isFullDate(conflict.reportDay) && isFullDate(leadDay) && conflict.reportDay !== leadDay ? (conflict.reportDay < leadDay ? 'earlier' : 'later') : undefined;
    // The report's date is on its citation; in the text it would read as another figure.
    const intro = when ? `A${when === 'earlier' ? 'n earlier' : ' later'} report gave ${conflict.quantity.figure}` : `Another source gives a different figure, ${conflict.quantity.figure}`;
    text += ` ${intro}: ${trimQuote(conflict.sentence.text)} [${n}]`;
  }
  return {
    kind: 'answered',
    question: analysis.asked ?? analysis.text,
    text,
    citations,
    engine: 'offline',
    independentSources: new Set(citations.map((c) => library.groupOf(c.storyId))).size,
    hasConflict: Boolean(conflict),
    ...(dated ? { dated } : {}),
  };
}

/** Whether the sentence names something (past its first word) that the question does not, in any case ("kemer"). */
function namesSomethingElse(analysis: QuestionAnalysis, text: string): boolean {
  const asked = new Set(tokenize(analysis.text, true).map((t) => t.term));
  // "Which hotel burned?": the name is the hotel's ("the Lykia Garden Hotel"), or stands by the word ("the Kemer hotel").
  const kind = /^(?:which|what (?:make|brand|model|kind|type|sort) of) ([a-z]+)/i.exec(analysis.text)?.[1]?.toLowerCase();
  const kindTerm = kind && !/^(of|one|ones)$/.test(kind) ? termOf(kind) : undefined;
  const isOfKind = (name: Span): boolean =>
    !kindTerm || !text.toLowerCase().includes(kind!) || tokenize(text.slice(Math.max(0, name.start - 25), name.end + 25)).some((t) => t.term === kindTerm);
  return findNames(text).some((name) => name.start > 0 && namesAThing(text, name) && isOfKind(name) && tokenize(name.text, true).some((t) => !asked.has(t.term)));
}

function abstain(analysis: QuestionAnalysis, library: Library, closest: Sentence | undefined, missing: string[]): Answer {
  const topic = missing.length > 0 ? ` anything about ${missing.map((m) => `“${m}”`).join(' or ')}` : '';
  const asked = (analysis.asked ?? analysis.text).replace(/[?.!\s]+$/, '');
  const citations = closest ? citeSentences(library, [closest]) : [];
  const closestText = citations[0] ? ` The closest they come: “${citations[0].quote}” [1]` : '';
  return {
    kind: 'abstained',
    question: analysis.asked ?? analysis.text,
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

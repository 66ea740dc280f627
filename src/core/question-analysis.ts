// What kind of answer a question wants, and which of its words must be found in the stories.
import { isCalendarName, MONTH_ALTERNATIVES, WEEKDAY_ALTERNATIVES } from './calendar-words.ts';
import { sharedLexicon } from './lexicon.ts';
import { adjectives, commonNouns } from './parts-of-speech.ts';
import { contentTerms, STOP_WORDS, termOf, type Token } from './terms.ts';

export type AnswerType = 'count' | 'duration' | 'identity' | 'who' | 'where' | 'when' | 'why' | 'yesno' | 'said' | 'next' | 'other';

/** What a "how far / fast / old / strong" question measures: the answer's unit must be of that kind. */
export type MeasureKind = 'distance' | 'speed' | 'age' | 'magnitude' | 'size' | 'temperature' | 'weight' | 'volume';

export interface QuestionAnalysis {
  /** The question as read: typos corrected, initials and place adjectives spelled as the stories write them. */
  text: string;
  /** The question as the user wrote it, when reading changed it: what a reply quotes back. */
  asked?: string;
  type: AnswerType;
  terms: Token[];
  /** The noun a count question counts ("civilians" in "how many civilians …"), as a term. */
  focus?: string;
  /** Capitalised names in the question ("Putin", "Odesa"): each must appear in an answering story. */
  names: string[];
  /** The question asks about a plan or agreement ("agree to swap", "are due to") rather than what happened. */
  asksAboutPlan: boolean;
  /** "Which hotel burned?", "what make of car …": one named thing of a kind answers, not any sentence about the kind. */
  asksWhichOne: boolean;
  /**
   * "Why did the rounds restart two days later than promised?", "how was service restored sooner than forecast?":
   * the cause of a difference from what was planned or first counted, and which way it went.
   */
  comparison?: Comparison;
  /** "What went wrong at the plant on Friday 16 January?": whatever happened on a named day, told in any words. */
  asksEventOnDay?: boolean;
  /** "How strong/big/deep …": a measurement (magnitude, size, share) rather than a head count. */
  asksMeasure: boolean;
  /** The question asks whether something is over/complete ("is the swap finished?"). */
  asksIfFinished: boolean;
  measure?: MeasureKind;
  /** "Which regulator / company …": the kind of name a who-question wants, as a term. */
  entityKind?: string;
  /** "Which government body …": the word before that kind ("government"), which describes the answer, as a term. */
  entityKindModifier?: string;
  /** "What's the name of the arbitrator …": only a name written beside the role (the focus) answers. */
  asksNameOf?: boolean;
  /**
   * "What does Ioane Tuiletufuga-Sapolu do for a living?", "what was the occupation of the survivor who swam to the
   * bank?": the work a person is described by ("a fisherman from Vaitoloa-Uta"), not any description.
   */
  asksOccupation?: boolean;
  /** "At what time of day …": a clock time, not a day. */
  asksClock: boolean;
  /** "How much compensation / will it cost / was he fined": an amount of money. */
  asksMoney: boolean;
  /** "What does a tonne of cement cost", "how much is each ticket", "price per tonne": the thing one price is asked for, as search terms. */
  priceUnit?: string[];
  /** "How many cubic metres", "how many square feet": a volume or an area, never a length. */
  asksVolumeOrArea: boolean;
  /** "How much does a cane cutter make a day", "how many flights a week": a figure for every day or week. */
  asksRate: boolean;
  /** "How many pensioners didn't get paid?": what is asked about did not happen, and the answer must say so. */
  isDenial: boolean;
  /**
   * "Who runs Kelvaig Salmon?", "who's the boss at Trellis?": whoever leads it, named beside a leader's role
   * ("managing director Graeme Passmore"). The leading is then the answer's role, not a word to find.
   */
  asksLeader?: boolean;
  /** Which time the question is about: a named day, the newest report (the default), the first one, the peak. */
  time: TimeAsk;
  /**
   * "According to the staff trade union, how many …", "how many did the Red Cross count": whose figure is asked
   * for, as words. Sources disagree in a developing story; the answer is the one this source gave.
   */
  source?: string[];
  /**
   * The word of the source that says what kind of body it is: "hospital" of "the provincial hospital in Tagum City",
   * "ministry" of "the Ministry of Health". A sentence naming only the rest ("the provincial health office") names another.
   */
  sourceHead?: string;
  /**
   * The relation asked about: the question's words that are neither the counted noun, a name nor a time
   * ("freed", "mediated", "switched … operator"). An answer's sentence must state it.
   */
  predicates: Token[];
}

export type Comparison = 'later' | 'earlier' | 'lower' | 'higher';

export interface TimeAsk {
  /** Day words and dates the question names ("on Sunday", "Friday's", "on 5 June"), as written. */
  days: string[];
  /** 'previous': the figure a revision replaced ("before the final count", "the earlier estimate"). */
  stage: 'latest' | 'initial' | 'previous' | 'peak' | 'any';
  /** "In total", "so far": the running total, never a day's increment. */
  asksTotal?: boolean;
  /** Years the question names relative to now ("this year", "next financial year"): 'this', 'last', 'next', … */
  relativeYears: string[];
  /** "As of Wednesday", "by Monday night": the running figure on that day, not that day's alone. */
  asOf?: boolean;
}

/** "This year", "next financial year": a year named relative to the report. */
export const RELATIVE_YEAR = /\b(this|last|next|the coming|the previous) (?:financial |calendar |tax )?year\b/gi;

const TOLD_THEY_COULD = /\b(?:told|promised|assured)\s+(?:that\s+)?(?:they|he|she|we|people|residents|families|it)\s+(?:could|would|might|can)\b/;
const PLAN_WORDS = /\b(agree|agreed|agreement|plan|plans|planned|due|expected|expect|expects|expecting|forecast|forecasted|predicted|supposed|meant|deal|will|would|intend|intended|aim|aimed|promise|promised|pledge|pledged|scheduled|hope|hoped|hoping|targeted)\b/i;
/** "The agreed final count", "the agreed death toll": a figure the sources settled on, told as fact, no plan. */
const AGREED_COUNT = /\bagreed (?:(?:final|official|joint|new|revised|overall|death|casualty) ){0,2}(?:count|toll|figure|total|number|tally)s?\b/g;
/** "The figure both sides (finally) agreed", "the count the two parties accept": an agreed figure, whoever agreed it. */
const AGREED_BY_BOTH = /\b(?:the\s+)?(?:figure|count|toll|total|number|tally|estimate)s?\s+(?:that\s+|which\s+)?(?:both|the two)(?:\s+(?:sides|parties|bodies|agencies|authorities|organi[sz]ations|groups|camps|of them))?\s+(?:(?:finally|later|now|eventually|have|had|both)\s+)*(?:agreed?|accept(?:ed)?|settled|reconciled)(?:\s+on)?\b/gi;
/** The question without the words that set it before something ("before the toll was agreed", "until the joint count"): those name no figure asked for. */
export function withoutBeforeClauses(text: string): string {
  return text.replace(BEFORE_CLAUSE, ' ');
}
const BEFORE_CLAUSE = /\b(?:before|until|prior to|ahead of)\b[^,;?]*/gi;
const AGREED_BY_BOTH_PHRASE = new RegExp(`^(?:${AGREED_BY_BOTH.source})$`, 'i');
const PART_WORDS = /^(?:stretch|section|part|portion|length|span|segment|piece|stretches|sections|parts|portions|spans|segments|pieces)$/;
const FINISH_WORDS = /\b(finished|finish|complete|completed|over|done|ended|end|concluded|still|ongoing|under ?way)\b/i;
const QUESTION_OPENERS = new Set(['how', 'what', 'who', 'whom', 'whose', 'where', 'when', 'why', 'which', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'can', 'could', 'will', 'would', 'should', 'tell', 'give', 'list', 'name']);

export function analyseQuestion(question: string): QuestionAnalysis {
  // "Looking into" is the asker's "investigating"; alone, "looking" would match any looking.
  const text = spelledOut(question.trim()).replace(/\blook(?:s|ing|ed)? into\b/gi, 'investigating');
  const lower = text.toLowerCase();
  const shape = questionShape(lower);
  // "how long", "how much", "how far" ask for the answer's type; their adverb is not something to find.
  // Chat's "whats" is "what is" (else "whats" is searched for), and "what's the damage" names no damage to find.
  const asked = withoutContractions(text)
    .replace(CHAT_OPENER, '')
    .replace(SUM_HANDED_OVER, '$1pay')
    .replace(/\bwhat is the damage\b/i, 'what is')
    .replace(/\b(?:is|are|was|were) going to\b/gi, 'will')
    // ("Who mediated earlier swaps?" asks who mediated the previous ones: "earlier" before a plural noun describes them,
    // which "Earlier on Friday, Trump lauded the swap" does not tell.)
    .replace(/\bearlier (?=(?!days|weeks|months|years|times|reports|figures|estimates|counts)[a-z]+s\b)/gi, 'previous ')
    // "as of Tuesday the 11th": a day of the month dates the question; "th" is no word to find.
    .replace(/\b(?:the )?\d{1,2}(?:st|nd|rd|th)\b/gi, ' ');
  // "What number of turbines …" asks "how many turbines": "number" is the form of the question, no word to find.
  const terms = contentTerms(
    asked
      .replace(/\bhow (long|much|far|often|soon|big|large|strong|deep|fast|high|tall|severe|powerful|old|close|bad|serious|wide|heavy)\b/i, 'how')
      .replace(/^(?:(?:what|which)(?: is| was|['’]s)?(?: the)? |(?:the |latest |current |final |overall )?)(?:total )?number of\b/i, 'how many')
      .replace(STAGE_WORDS_ANY_CASE, ' ')
      // (Nor are "the figure both sides agreed": words of how it was settled, not of what it counts.)
      .replace(AGREED_BY_BOTH, ' '),
  );
  const analysis: QuestionAnalysis = {
    text,
    type: kindAsked(shape, text, lower),
    terms,
    names: properNames(text),
    // ("When were the villagers first told they could go home?": what people were told they could do is a plan.)
    asksAboutPlan: PLAN_WORDS.test(lower.replace(AGREED_COUNT, '').replace(AGREED_BY_BOTH, '')) || TOLD_THEY_COULD.test(lower),
    asksWhichOne: /^(?:(?:aboard|on|in|at|to|from|into|onto|by|with|for|through|over|under|across|along|near|beside|behind|past|off) )?(?:which|what (?:make|brand|model|kind|type|sort) of)\b/.test(shape),
    asksMeasure: /\bhow (strong|big|large|high|deep|fast|severe|powerful|much|far|tall|long|wide)\b|\bwhat magnitude\b|\bat what (depth|speed|height)\b/.test(shape),
    asksIfFinished: FINISH_WORDS.test(shape) && /^(is|are|was|were|has|have|did|does)\b/.test(shape),
    // ("How much in arrears …": a sum of money "in" what it is owed or paid as.)
    asksMoney: DAMAGE_PRICED.test(shape) || /\bhow much (?:more )?in\b/.test(shape) || (MONEY_WORDS.test(shape) && !asksAmountOfThing(shape) && /\bhow much\b|\bwhat (?:is|was|were|are) the (?:\w+ ){0,2}(?:cost|price|fine|bill|ransom|compensation|pay|salary|wage)/.test(shape)) || /^what (?:(?:daily|weekly|monthly|yearly|annual|hourly|total|lump) )?(sum|price|fee|ransom|fine)\b/.test(shape) || MONEY_ASKED.test(shape) || (/^(?:figure|amount|sum|total|estimate)$/.test(WHAT_FIGURE.exec(shape)?.[1] ?? '') && MONEY_WORDS.test(shape) && !asksAmountOfThing(shape)) || COST_QUESTION.test(shape) || (PUT_AT.test(shape) && MONEY_WORDS.test(shape)) || HOW_BIG_A_SUM.test(shape),
    time: timeAsked(lower),
    predicates: [],
    measure: measureAsked(shape),
    asksClock: /\b(what time|at what hour|what hour)\b/.test(shape),
    priceUnit: priceUnitAsked(text),
    // ("On the market square" names a place, not an area: the word must come before a unit.)
    asksVolumeOrArea: AREA_OR_VOLUME_UNIT.test(text),
    // ("How many people tour the mine in a normal year?": a yearly figure too, never this week's bookings.)
    asksRate:
      /\b(?:a|an|per|each|every|in an? (?:normal|typical|usual|average|ordinary)|on an? (?:normal|typical|usual|ordinary))\s+(?:day|week|month|year|hour|night|shift|weekday|season)\b/i.test(text) ||
      // ("What is the monthly salary of a doctor?": pay by the month.)
      /\b(?:daily|weekly|monthly|yearly|annual|hourly)\s+(?:salary|salaries|wage|wages|pay|earnings|income|rent|fee|allowance)\b/i.test(text),
    // "If it wasn't the storms" sets a cause aside; it does not ask what did not happen.
    isDenial: DENIAL.test(shape.replace(SET_ASIDE, '')),
  };
  // "How long was the blade that snapped off?": a thing has a length; an event ("how long was the strike?") lasts.
  // ("How long did the operator say the crack was when it was found?": the same, as someone told it.)
  const [, article, measured] =
    /^how long (?:is|was|are|were) (the |a |an |its |their )?(?:[^\s?]+ ){0,2}?([a-z]+)(?: (?:that|which|who|in|at|on|of|from|when|after|before|during|over|across|between|near|along|under|to)\b.*)?\??$/.exec(shape) ??
    /^how long (?:did|does|do) .{2,60}? (?:say|think|estimate|report|believe|claim) (?:that )?(the |a |an |its |their )?(?:[^\s?]+ ){0,2}?([a-z]+) (?:is|was|are|were|had been)\b/.exec(shape) ??
    [];
  // ("How long is the Brandlertobel Viaduct?": the thing's kind may end its name, after its article; "how long was
  // Trump on the phone" names a person. "From one end to the other" asks a length whatever the thing.)
  // (A cable, a blade or a tram network has a length; a strike, a ban or a curfew lasts: WordNet's broad classes tell them apart.)
  const isThing = (word: string): boolean =>
    (sharedLexicon().isPhysicalObject(word) || sharedLexicon().isConcreteThing(word)) &&
    (commonNouns(text).includes(word) || (article !== undefined && new RegExp(`\\b${word[0]!.toUpperCase()}${word.slice(1)}\\b`).test(text)));
  // ("How long was the stretch of the pier that fell?": a stretch of a thing has the thing's kind of length.)
  // (Only a part's word: "the closure of the bridge" lasts.)
  const partOf = measured && PART_WORDS.test(measured) ? new RegExp(`\\b${measured} of (?:the |a |an |its |their )?([a-z]+)\\b`).exec(shape)?.[1] : undefined;
  if (analysis.type === 'duration' && measured && (isThing(measured) || (partOf !== undefined && isThing(partOf)) || END_TO_END.test(shape))) {
    analysis.type = 'count';
    analysis.measure = 'distance';
    // (The phrase says how it is measured; its "one" is no figure to find, its "end" no word.)
    const phrase = new Set(END_TO_END.exec(shape)?.[0].split(' ') ?? []);
    analysis.terms = analysis.terms.filter((t) => !phrase.has(t.word.toLowerCase()));
  }
  // "What is the capital of …", "Who is the mayor of …": the office or attribute asked about must exist in the stories.
  // (A cause is no office: "what was first blamed for the explosion" names no "blamed" to find.)
  if (analysis.type !== 'count' && !(analysis.type === 'why' && /\bblamed (?:for|on)\b/.test(shape))) {
    const role = roleAsked(text);
    if (role) analysis.focus = termOf(role);
  }
  if (analysis.type === 'count') {
    const countedBy = countedNoun(lower);
    const noun = /\bhow (?:many|much)\s+(?:more\s+|of (?:the|its|their|his|her|our|your)\s+)?(?:[a-z-]+(?:['’]s?)?\s+){0,2}?([a-z]+s(?<!ss|us|is|as)|people|personnel|staff|money|aid)\b(?!['’])/.exec(lower);
    // A plural noun right after "how many" is what is counted ("how many Legionnaires' patients": the owner's name counts nothing); otherwise ("how many fish were …") the word before the verb.
    // ("How many bogus tickets", "how many previous swaps": an adjective in -s counts nothing.)
    // ("How many head of cattle …": "head" is how cattle are counted; the cattle are what is.)
    const headOf = /\bhow many head of ([a-z]+)\b/.exec(lower)?.[1];
    // "How many of the striking workers were women?": the part asked about is counted, not the whole.
    const partOf = /^how many of (?:the|those|them|these)\b[^?]*?\b(?:were|are|was|is)\s+(?:[a-z]+\s+)?(women|men|children|people|[a-z]+s)\??$/.exec(shape)?.[1];
    if (headOf) analysis.focus = termOf(headOf);
    else if (partOf) analysis.focus = termOf(partOf);
    else if (noun && !/^(were|was|are|is|did|does|do|have|has|had)$/.test(noun[1]!) && !adjectives(lower).includes(noun[1]!)) analysis.focus = termOf(pluralHeadAfter(lower, noun) ?? noun[1]!);
    else if (countedBy) analysis.focus = termOf(countedBy);
    // "How much land / compensation / production …": the amount of what.
    const mass = muchOf(lower);
    // "How much cash / money …" asks for an amount of money, which the stories write as a sum, not as the word.
    if (!analysis.focus && mass && !NOT_A_MASS_NOUN.test(mass) && !MONEY_TYPE_WORDS.test(mass)) analysis.focus = termOf(mass);
    // "What pay rise …" counts the rise; "what death toll / figure / number …" names no noun of its own.
    // "What was its estimate of pupils …": the figure's word names no noun; what it is "of" is counted.
    const figureOf = /^(?:what (?:[a-z-]+ ){0,3}?(?:estimate|figure|number|total|tally|count)|(?:the |latest |current |final |overall )?(?:total |final )?(?:number|total|tally|count)) (?:of|on|for) (?:the |its |their )?(?:[a-z-]+ )?([a-z]+s|people)\b/.exec(shape)?.[1];
    if (!analysis.focus && figureOf) analysis.focus = termOf(figureOf);
    // "What is the population of the commune?" counts the people who live there: "the commune's 4,300 residents".
    if (!analysis.focus && /\bpopulation\b/.test(shape)) analysis.focus = termOf('residents');
    const superlative = SUPERLATIVE_AMOUNT.exec(shape)?.[1];
    if (!analysis.focus && superlative) analysis.focus = termOf(superlative);
    const asked = WHAT_FIGURE.exec(shape)?.[1]?.split(' ').at(-1);
    if (!analysis.focus && asked && !FORM_WORDS.test(asked)) analysis.focus = termOf(asked);
    // "Whats the recycling fine sitting at now", "what's the tab for the repairs": a counted noun WordNet files
    // under sums of money is answered by a sum (counts of a tally, a rate or an estimate are not).
    // "How big is the signing bonus", "how large was the fine": the size of a sum is the sum.
    // ("How big a penalty did the council impose?", "how large a fine was imposed?": the same, asked before its verb.)
    const sized = (/^how (?:big|large|high) (?:is|was|are|were|will be) (?:the |a |an |their |its |this |that )?((?:[a-z-]+ ){0,2}?[a-z]+)(?: (?:for|of|in|on|at|from|to|that|which|after|over|they|we|he|she|it)\b.*)?\??$/.exec(shape) ?? SIZED_BEFORE_VERB.exec(shape))?.[1]?.split(' ').at(-1);
    if (sized && !analysis.focus && sharedLexicon().isSumOfMoney(sized) && !COUNT_FORMS.test(sized)) {
      analysis.focus = termOf(sized);
      analysis.measure = undefined;
    }
    // "How much were tickets for the Pescara show?": what they cost, never how many there were.
    if (/^how much (?:is|are|was|were) (?:the )?(?:[a-z-]+ )?[a-z]+s(?: (?:for|to|at|on|in|of)\b.*)?\??$/.test(shape) && !/^how much (?:is|are|was|were) (?:the )?(?:[a-z-]+ )?(?:losses|damages|costs|sales|earnings|savings|wages|fees|prices|funds|profits|revenues)\b/.test(shape)) {
      analysis.focus = undefined;
      analysis.asksMoney = true;
    }
    const counted = terms.find((t) => t.term === analysis.focus)?.word.toLowerCase();
    if (!analysis.asksMoney && counted && !/\bhow many\b/.test(shape) && !FORM_WORDS.test(counted) && !COUNT_FORMS.test(counted) && sharedLexicon().isSumOfMoney(counted)) analysis.asksMoney = true;
  }
  // "Which regulator …": the kind of name wanted. The answer names one ("the Data Protection Commission")
  // without the word, so it is neither a relation to find nor a term that must be in the stories.
  const words = /^(?:which|what) (\w+)(?: (\w+))?(?: (\w+))?/.exec(lower);
  const isAux = (w: string | undefined): boolean => !w || /^(is|was|are|were|did|does|do|has|have|had|will|would|can|could|should|may|might)$/.test(w);
  // ("Which cement company …" names its kind second; "which company owns …" first, before its verb.)
  // ("Which company supplies the hospital's …", "which company fitted the meters": a second word before an article is
  // the verb, though the tagger may read "supplies" or "fitted" as a noun.)
  const isVerbBeforeObject = words?.[3] !== undefined && /^(?:the|a|an|its|their|his|her|this|that|these|those)$/.test(words[3]);
  const kind = words && (isAux(words[2]) || isVerbBeforeObject || !commonNouns(lower).includes(words[2]!) ? words[1] : words[2]);
  if (analysis.type === 'who' && kind && !isAux(kind)) {
    analysis.entityKind = termOf(kind);
    if (kind === words[2]) analysis.entityKindModifier = termOf(words[1]!);
  }
  const role = nameOfRole(shape);
  if (analysis.type === 'who' && role) {
    analysis.focus = termOf(role);
    analysis.asksNameOf = true;
  }
  if (analysis.type === 'who' && LEADER_ASKED.test(shape)) {
    analysis.asksLeader = true;
    analysis.focus = undefined;
  }
  // (The words asking for the work are the question's form, none to find: the answer's sentence says "fisherman", not "job".)
  if (OCCUPATION_ASKED.test(shape)) {
    analysis.type = 'identity';
    analysis.asksOccupation = true;
    analysis.focus = undefined;
    analysis.terms = analysis.terms.filter((t) => !OCCUPATION_FORM_WORDS.test(t.word));
    // ("What job was Festo Mgaya-Lwila doing at the warehouse?": a person named in full is found by the name; the rest
    // says where the asker met them, which the sentence telling the work need not repeat.)
    const named = new Set(analysis.names.map((n) => termOf(n.toLowerCase())));
    if (analysis.names.length >= 2 && analysis.terms.some((t) => named.has(t.term))) analysis.terms = analysis.terms.filter((t) => named.has(t.term));
  }
  const comparison = comparisonAsked(shape);
  if (comparison && (analysis.type === 'why' || /^how (?:was|were|could|did|had|has|have|is|are)\b/.test(shape))) {
    analysis.type = 'why';
    analysis.comparison = comparison;
  }
  if (analysis.type === 'count') {
    const source = sourceAsked(text, analysis.focus);
    analysis.source = source?.words;
    analysis.sourceHead = source?.head;
  }
  // ("What went wrong on Thursday 13 August?" asks what happened that day, not what caused something.)
  if ((analysis.type === 'other' || analysis.type === 'why') && analysis.time.days.length > 0 && EVENT_ASKED.test(shape)) {
    analysis.type = 'other';
    analysis.asksEventOnDay = true;
  }
  // "Who is Ukraine's chief negotiator?": the office is the relation; a name beside it answers.
  analysis.predicates = (analysis.type === 'who' || analysis.type === 'identity') && analysis.focus ? [] : predicateTerms(analysis);
  // ("To which island were aircraft sent?": the kind of place is what the answer is, not a word its sentence must hold.)
  // ("To which neighbouring island": the kind is its last word; a modifier, "neighbouring", is still told of the place.)
  const placeKind = analysis.type === 'where' ? /\b(?:in|to|from|on|at|into|onto) which (?:[a-z-]+ ){0,2}?([a-z]+)\b(?= (?:is|are|was|were|did|does|do|had|has|have|will|would|can|could)\b)/.exec(shape)?.[1] : undefined;
  if (placeKind) analysis.predicates = analysis.predicates.filter((t) => t.word.toLowerCase() !== placeKind);
  // ("The smelter at the centre of the dispute": a figure of speech, no place or thing to find.)
  const idioms = new Set([...shape.matchAll(IDIOM_NOUN)].map((m) => m[1]!));
  if (idioms.size > 0) analysis.predicates = analysis.predicates.filter((t) => !idioms.has(t.word.toLowerCase()));
  // ("Who heads the company that operates the mine?": the kind of body led, which its name shows, "… S.A.", is no relation to find.)
  if (analysis.asksLeader) analysis.predicates = analysis.predicates.filter((t) => !LEADER_WORDS.test(t.word) && !LED_KIND.test(t.word));
  return analysis;
}

const OCCUPATION_ASKED = /^how (?:does|did|do) .{2,160}? (?:earn|make) (?:his|her|their|a) living\b|^what (?:(?:does|did|do) .{2,160}? (?:do|sell|make) (?:for (?:a )?(?:living|work|job)|by trade|before (?:he|she|they) retired)\b|trade (?:is|was|are|were) .{2,160}? in\s*\??$|(?:is|was|are|were) (?:the )?(?:occupation|job|profession|trade|line of work)s?(?: [a-z]+){0,2}? of\b|(?:is|was) .{2,120}?['’]s? (?:occupation|job|profession|trade|line of work)\b|(?:[a-z-]+ )?(?:job|work|occupation|profession|trade|kind of work|line of work) (?:does|did|do|has|had) .{2,160}? (?:do|have|hold|had|held|practi[sc]e|practi[sc]ed|ply|plied|follow|followed)\b|(?:does|did|do) .{2,160}? work as\b|(?:job|work) (?:is|was|are|were) .{2,160}? doing\b)/;
const OCCUPATION_FORM_WORDS = /^(?:occupations?|jobs?|professions?|trade|work|living|line|kind)$/i;

const IDIOM_NOUN = /\b(?:at|in) the (centre|center|heart|middle|root|forefront) of\b/g;

const END_TO_END = /\bfrom (?:one|end) (?:end )?to (?:the other|end)\b|\bin length\b/;

/** Which way a difference asked about went: "later than promised", "smaller than the figure given in July". */
function comparisonAsked(shape: string): Comparison | undefined {
  const word = /\b(later|longer|sooner|earlier|shorter|smaller|lower|fewer|less|higher|bigger|larger|greater|more)\b[^?]*?\bthan\b/.exec(shape)?.[1];
  if (!word) return undefined;
  if (/^(?:later|longer)$/.test(word)) return 'later';
  if (/^(?:sooner|earlier|shorter)$/.test(word)) return 'earlier';
  if (/^(?:smaller|lower|fewer|less)$/.test(word)) return 'lower';
  return 'higher';
}

/** "How much will the supplier hand over / chip in / fork out?": a sum handed over is paid (a handover of people is a release). */
const SUM_HANDED_OVER = /\b(how much\b(?! of\b)[^?]*?\b)(?:hand(?:s|ed|ing)? over|chip(?:s|ped|ping)? in|fork(?:s|ed|ing)? out|shell(?:s|ed|ing)? out|cough(?:s|ed|ing)? up)\b/i;

const EVENT_ASKED = /^what (?:(?:new|else|other|further) )?(?:[a-z]+ )?(?:went wrong|happened|occurred|arose|took place|broke out|struck)\b/;

/**
 * Whose figure the question asks for: "according to the staff trade union", "did the Itar-Tass news agency say",
 * "what figure did the Red Cross give", "the growers' council's estimate". Not "according to the final count"
 * (a count is no source) nor "did they say" (a pronoun names nobody).
 */
function sourceAsked(text: string, focus: string | undefined): { words: string[]; head: string | undefined } | undefined {
  const phrase =
    /\baccording to (?:the |an? |its |their )?([^,?;]+?)\s*(?:[,?;]|$)/iu.exec(text)?.[1] ??
    // ("How much has the software company agreed to put towards the cost?": a verb after "to" is the deed, not the telling;
    // nor is giving back or giving each family a sum: "how much did the bank give back to its customers?")
    /\b(?:did|does|do|has|have|had) (?:the |an? |its |their )?((?:[\p{L}\p{N}'’.-]+ ){0,4}?[\p{L}\p{N}'’.-]+)(?<! to) (?:(?:first|initially|originally|later|finally|eventually|then|now|at first) )?(?:say|count|claim|report|give(?! (?:back|out|up|away|in|way|each|every|to|per|them|him|her|it)\b)|put(?! (?:through|up|out|in|on|off|down|together|away|back)\b)|estimate|record|cite|tally|quote|publish|announce|find|put forward)\b/iu.exec(text)?.[1] ??
    /\b(?:the|an?) ((?:[\p{L}\p{N}.'’-]+ ){0,3}?[\p{L}\p{N}.-]+)['’]s? (?:own |latest |final |first |initial |higher |lower )?(?:figure|count|estimate|tally|total)\b/iu.exec(text)?.[1] ??
    // ("What death toll was the hospital in Beira giving?")
    /\bwhat (?:[\p{L}-]+ )?(?:figure|toll|count|number|estimate|total|tally)s? (?:was|is|were|are) (?:the |an? |its |their )?((?:[\p{L}\p{N}'’.-]+ ){0,4}?[\p{L}\p{N}'’.-]+) (?:(?:first|initially|originally|later|finally|then|now|at first) )?(?:giving|reporting|putting forward|citing|quoting|using|publishing|announcing|claiming)\b/iu.exec(text)?.[1];
  if (!phrase || NO_SOURCE.test(phrase.trim()) || AGREED_BY_BOTH_PHRASE.test(phrase.trim())) return undefined;
  // ("According to the environmental regulator's own estimate": the source is whose estimate it is; "own estimate"
  // would find the company's.)
  const source = OWNER_OF_FIGURE.exec(phrase.trim())?.[1] ?? phrase;
  // (As words, which WordNet needs: "the lorry drivers' organisation" is told as "the national association of truck drivers".)
  const tokens = contentTerms(source.replace(STAGE_WORDS_ANY_CASE, ' ')).filter((t) => t.term !== focus);
  const words = [...new Map(tokens.map((t) => [t.term, t.word.toLowerCase().replace(/['’]s?$/, '')])).values()];
  return words.length > 0 ? { words, head: sourceHeadOf(phrase, words) } : undefined;
}
/**
 * The word of a source phrase that says what kind of body it is: "hospital" of "the provincial hospital in Tagum City"
 * and of "the district hospital's rapid tests" (what it owns is no body), "office" of "the Department of Health's
 * regional office" and "manager" of "the estate's manager" (what it owns is one).
 */
function sourceHeadOf(phrase: string, source: string[]): string | undefined {
  let body = phrase.trim();
  const owned = /^(.+?)['’]s?\s+(.+)$/u.exec(body);
  if (owned !== null) body = sharedLexicon().isAgent(owned[2]!.split(/\s+/).at(-1)!.toLowerCase()) ? owned[2]! : owned[1]!;
  const named = body.split(/\s+(?:of|in|at|for|from|on|near|speaking|representing|working|that|which|who)\s+/i)[0]!;
  const head = named.split(/\s+/).at(-1)?.toLowerCase().replace(/['’]s?$/, '');
  return head !== undefined && source.includes(head) ? head : undefined;
}
const OWNER_OF_FIGURE = /^(.+?)['’]s?\s+(?:(?:own|latest|final|first|initial|original|revised|new|earlier|later|official|updated|higher|lower|current)\s+)*(?:figures?|counts?|estimates?|tally|tallies|totals?|records?|lists?|reports?|data|account|numbers?|tolls?|statements?|books|register|registers|logs?)$/iu;
const NO_SOURCE = /^(?:(?:the|its|their|final|latest|first|initial|official|new|revised|agreed|settled|combined|overall|definitive|reconciled|corrected|updated|confirmed|audited|verified|independent|joint|last|early|earliest|later|most recent|same|other|death|casualty)\s+)*(?:account|accounts|count|figures?|tally|tolls?|estimates?|totals?|reports?|numbers?|data|records?|sources?|survey|statement|inspections?|reviews?|audits?|investigations?|inquiry|inquiries|checks?|assessments?|analys[ie]s|stud(?:y|ies)|recounts?|re-counts?|census|tests?|searches?|lists?|list of (?:the )?(?:dead|injured|victims|missing))(?:\s+(?:(?:finally|first|later|now|eventually|officially)\s+)?(?:agreed|reconciled|published|given|released|settled|accepted|adopted))?$|^(?:they|it|he|she|we|you|i|officials|authorities|people|anyone|someone|somebody|the media|reports)$|^(?:how|what|which|who)\b|^(?:(?:the|its|their|first|initial|original|final|latest|earlier|later|new|old|official)\s*)+$/i;

/** The role in "what's the name of the (independent) arbitrator handling …": its last word before the clause. */
function nameOfRole(shape: string): string | undefined {
  // "What is the name of the arbitrator?", and chat's bare "name of the guard who died?".
  const after = /^(?:what (?:is|was|are|were) )?(?:the )?names? of (?:the |a |an |its |their |this |that )?(.+)$/.exec(shape)?.[1];
  if (!after) return undefined;
  const words: string[] = [];
  for (const raw of after.replace(/[?!.,]/g, ' ').split(/\s+/).filter(Boolean)) {
    const word = raw.replace(/['’]s$/, '');
    if (/^(who|whom|whose|that|which|in|at|on|for|over|from|with|behind|of)$/.test(word) || (words.length > 0 && /(ing|ed)$/.test(word))) break;
    words.push(word);
  }
  return words.at(-1);
}

/** "How much copper output was lost": an amount of a thing, though "lost" is often said of money. */
/**
 * What "how much" asks an amount of: the phrase's last word before its verb ("how much bus and parking income did
 * Hälleborg expect to lose" → "income", "how much emergency cash" → "cash"), else the word after it ("how much land").
 */
function muchOf(lower: string): string | undefined {
  // ("How much in overtime and night-shift arrears will the hospital pay?": what the sum is "in".)
  const phrase = /\bhow much\s+(?:more\s+)?(?:in\s+)?((?:[a-z-]+\s+){0,4}?[a-z]+)\s+(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could)\b/.exec(lower)?.[1];
  if (phrase && phrase.split(/\s+/).length > 1 && phrase.split(/\s+/).every((w) => w === 'and' || !VERB_LIKE.test(w))) return phrase.split(/\s+/).at(-1);
  return /\bhow much\s+(?:more\s+)?(?:in\s+)?([a-z]+)\b/.exec(lower)?.[1];
}
const VERB_LIKE = /^(?:was|were|is|are|did|does|do|will|would|has|have|had|can|could|should|of|the|a|an|more|for|to|in|on|at|by|from|with|that|which)$/;

function asksAmountOfThing(lower: string): boolean {
  // ("The final estimate of the quantity of mussels lost": a quantity of a thing, whatever its loss cost.)
  const noun = muchOf(lower) ?? /\b(?:quantity|volume|tonnage|weight|amount) of (?:the |its |their )?([a-z]+)\b/.exec(lower)?.[1];
  return noun !== undefined && !NOT_A_MASS_NOUN.test(noun) && !MONEY_WORDS.test(noun) && !MONEY_TYPE_WORDS.test(noun);
}

const MONEY_WORDS = /\b(cost|costs|costing|price|paid|pay|payments?|payout|offer|offers|offered|relief|fine|fined|compensation|arrears|dues|refund(?:s|ed|ing)?|underpaid|overpaid|underpayments?|overpayments?|shortfall|deduct\w*|overcharg\w*|sums?|ransom|worth|spend|spends|spending|spent|money|cash|funds?|funding|budget|bill|salary|wages?|earn|earns|earned|owe|owed|damages|loss|losses|lost|revenue|income|earnings|takings|turnover|sales|profit|donors?|aid|reward|bail|fees?|charge|charges|charging|charged|bailout|loans?|subsidy|grant|investment|settlement|insured|insure|insurance|sell|sold|buy|bought|fetch|fetched|reserves|deposits|steal|stole|stolen|embezzle|embezzled|swindle|swindled|defraud|defrauded)\b/;
/** "The earliest estimate of the damage", "what figure did they put on the damage": the damage priced. */
const DAMAGE_PRICED = /\b(?:estimate|estimated|figure|value|valuation|assessment|bill|cost) (?:of|for|on|put on) (?:the |its |their )?(?:[a-z-]+ )?damages?\b|\bput (?:a )?(?:figure|value|price) on (?:the |its |their )?(?:[a-z-]+ )?damages?\b|^at what (?:figure|sum|amount|value|level) .{2,80}\bput (?:the |its |their )?(?:[a-z-]+ )?damages?\b/;
const MONEY_TYPE_WORDS = /^(cash|money|cost|costs|price|sum|amount)$/;
/** "What will the repairs cost?", "what's the expansion going to cost", "so what's the damage?": an amount of money. */
// ("What did Boekenpost expect its extra costs to be?", "what did the agent say the crew were owed?": a sum.)
const COST_QUESTION = /^what (?:will|would|did|does|do|is|was|are|were|might|could|should) (?:.+ )?(?:costs?|costing)\b|^what (?:did|does|do|will|would) .{2,80}\b(?:add|added|adds|amount|amounted|amounts|come|came|comes) (?:up )?to\??$|^what is the damage\b|^what (?:did|does|do|is|was|are|were|has|have|had) .{2,80}\b(?:owed|owing)\b/;
/** "What did investigators put the losses at?", "what was the painting valued at": a figure, put at a value. */
// ("At what figure did the mayor first put the cost of the damage?": the preposition asked first.)
const PUT_AT = /^what (?:did|do|does|has|have|had|is|was|are|were) .{2,80}\b(?:put|putting|estimated?|estimating|valued?|valuing|pegged?|pegging|set|setting|fixed|priced?|pricing) (?:.+ )?at\??$|^at what (?:figure|sum|amount|level|number|total|value|price)\b/;
const NOT_A_MASS_NOUN = /^(was|were|is|are|did|does|do|will|would|has|have|had|can|could|should|of|the|a|an|more|longer|further|did|money)$/;

const TIME_WORD = new RegExp(`^(${WEEKDAY_ALTERNATIVES}|${MONTH_ALTERNATIVES}|today|yesterday|tomorrow|day|days|week|weeks|morning|evening|night|afternoon|initially|first|originally|latest|newest|recent|current|now|currently|far|total|peak|height|initial|earlier|later|recently|date|time|year|month)$`);
/** A price asked per thing: "what does a tonne of cement cost", "what does a box of Levotyra 50 cost", "how much does one wheel … go for", "how much is each ticket", "what price per tonne". */
const PER_UNIT_ASKED = /\b(?:what (?:does|do|did|will|would) (?:a|an|one|each|every|a single) ((?:[a-z]+ )?[a-z]+?)\b(?: of (?:the |an? )?[a-z0-9'’-]+(?: [a-z0-9'’-]+){0,3}?)?(?: [a-z]+)? (?:cost|sell|go|fetch|retail)|how much (?:is|are|was|were|does|do|did|will|would) (?:a|an|one|each|every|a single) ((?:[a-z]+ )?[a-z]+)\b|\b(?:price|cost|rate|paying|charging|pay|charge) (?:per|a|an|for (?:a|an|each|one)) ((?:[a-z]+ )?[a-z]+)\b|\b(?:pay|pays|paid|paying|charge|charges|charged|earn|earns|earned|get|gets|got) (?:[a-z'’]+ ){1,3}?(?:per|for each|for every) ([a-z]+)\b)/i;

/** The thing a price is asked for ("a tonne of cement", "each ticket"), as search terms; undefined when no price per thing is asked. */
function priceUnitAsked(text: string): string[] | undefined {
  const perUnit = PER_UNIT_ASKED.exec(text);
  return (perUnit?.[1] ?? perUnit?.[2] ?? perUnit?.[3] ?? perUnit?.[4])?.toLowerCase().split(' ').map((w) => termOf(w));
}

/** Nouns of a figure that may count anything: "the final tally of eggs", "the infection rate". */
const COUNT_FORMS = /^(?:tally|rate|rates|estimate|percentage|score)$/;
// Words a question uses for its form, not its content: "how many people …", "what is the number …".
const FORM_WORDS = /^(number|figure|figures|estimate|total|totals|toll|tolls|count|counts|tally|tallies|amount|amounts|sum|sums|many|much|people|peopl|happen|kind|sort|type|name|named|called|side|sides|each|both|party|parties)$/;
// Connectives and light verbs carry no relation of their own: "affected", "involved", "because of".
const LIGHT_WORDS = /^(because|due|meant|supposed|slated|despite|amid|following|result|launch|launched|open|opened|begin|began|begun|start|started|conduct|conducted|carry|carried|below|above|beneath|under|inside|outside|cause|affect|affected|affecting|involve|involved|involving|impact|impacted|concern|concerned|occur|occurred|happened|take|took|taken|make|made|get|gets|getting|got|gotten|report|reported|reportedly|say|reveal|revealed|put|give|given|gave)$/;
// How long something took: "how many years has the war lasted?" asks for the duration, "lasted" is the form.
// "What caused / killed …": the verb asks for the cause, it is not the relation to find.
// "What did they think made it burst?": the verbs of the belief, too.
// ("Lead" is as often the metal: "what was causing the lead?"; "what led to it" keeps "led".)
const CAUSE_VERBS = /^(cause|caused|causes|causing|kill|killed|trigger|triggered|triggering|spark|sparked|start|started|set|led|prompt|prompted|blame|blamed|blaming|reason|made|make|making|think|thought|believe|believed|suspect|suspected|reckon|reckoned|pin|pinned|pinning|point|pointed|pointing|finger|chalk|chalked|drove|driven|forced|pushed|spurred|compelled|persuaded|grievance|grievances|complaint|complaints|motive|motives)$/;
const DURATION_VERBS = /^(last|lasted|lasting|take|taken|took|run|ran|go|gone|went|continue|continued)$/;

/** The people, places and bodies a question names: its names without day and month names or stop words. */
export function namedThings(analysis: QuestionAnalysis): string[] {
  return analysis.names.filter((name) => !STOP_WORDS.has(name.toLowerCase()) && !isCalendarName(name));
}

/** "Blame", "caused", "made": in a "why" question, a word that only asks for the cause. */
export function isCauseVerb(word: string): boolean {
  return CAUSE_VERBS.test(word);
}

/** Words that carry no content of their own in a question ("affected", "launched a probe", "because of"). */
export function isLightWord(word: string): boolean {
  return LIGHT_WORDS.test(word.replace(/s$/, ''));
}

function predicateTerms(analysis: QuestionAnalysis): Token[] {
  let terms = relationTerms(analysis);
  // ("What did the 71-year-old woman from Raufoss do for a living?": her age and "woman" say who she is; the answer
  // tells her as "Kirsten Ravnåsen-Holm, 71, a retired postwoman".)
  if (analysis.asksOccupation) terms = terms.filter((t) => !/^(?:year-old|man|woman|person)$/i.test(t.word));
  // "Who did the independent review of the gate chaos": the mishap's name is the asker's, for who acted as for why.
  if (analysis.type === 'who') return withoutMishaps(terms);
  if (analysis.type !== 'why') return terms;
  // "Why did the freezer really stop if there wasn't a power cut?": the cause set aside is not the event asked about.
  const setAside = setAsideTerms(analysis);
  if (setAside.size > 0 && terms.some((t) => !setAside.has(t.term))) terms = terms.filter((t) => !setAside.has(t.term));
  // "What caused the water bill screwup?": the mishap's name is the asker's; the report says what went wrong, and how.
  return withoutMishaps(terms);
}

function withoutMishaps(terms: Token[]): Token[] {
  const mishaps = terms.filter((t) => sharedLexicon().isMishap(t.word));
  return mishaps.length < terms.length ? terms.filter((t) => !mishaps.includes(t)) : terms;
}

// The ways a question opens on a cause it sets aside: "if it wasn't …", "if there was no …", "if the pump wasn't …".
const IT_WAS_NOT = String.raw`(?:it|there|that|this|they) (?:was|were|is|are|had|did)(?: not|n[’']?t)\b`;
const THERE_WAS_NO = String.raw`(?:(?:there|it) (?:was|were) )?no\b`;
const THING_WAS_NOT = String.raw`(?:the |a |an )?([a-z]+(?: [a-z]+)?) (?:was|were|is|are|did|had)(?: not|n[’']?t)\b`;
/** "If the bulb was ok", "if the rego plates were fine": a cause cleared in other words. */
const THING_WAS_FINE = String.raw`(?:the |a |an )?([a-z]+(?: [a-z]+)? (?:was|were|is|are) (?:(?:all |perfectly |totally )?(?:ok|okay|fine|clean|working|all right|alright|normal|intact|in order|not to blame)))\b`;
const CLAUSE_END = String.raw`(?=,|\?|$|\s(?:what|why|how|then|where|who)\b)`;
/** "If it wasn't vandals", "if there was not a power cut", "…, was it really that teacher": a cause the asker sets aside. */
const SET_ASIDE = new RegExp(
  String.raw`\b(?:if|unless) ${IT_WAS_NOT}([^,?]*?)${CLAUSE_END}|\b(?:was|is) it (?:really |actually )?(?:that |the |a |an )?([^,?]*?)(?=,|\?|$| or\b)|\bif ${THERE_WAS_NO} ([^,?]*?)${CLAUSE_END}|\bif ${THING_WAS_NOT}(?: (?:the |a )?(?:problem|cause|to blame|at fault))?|\bif ${THING_WAS_FINE}`,
  'g',
);

/** The terms of a cause the question sets aside ("if it wasn't the storms, why …" → storms). */
export function setAsideTerms(analysis: QuestionAnalysis): Set<string> {
  return new Set([...analysis.text.toLowerCase().matchAll(SET_ASIDE)].flatMap((m) => contentTerms(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').map((t) => t.term)));
}

const CAPACITY_FRAME = /\b(permitted|allowed|licensed|licenced|authori[sz]ed|certified|approved|rated|designed|built|intended|meant|supposed)\s+to\s+(?:carry|hold|seat|take|accommodate|house|serve|handle|store|bear|support|load)\b/i;

function relationTerms(analysis: QuestionAnalysis): Token[] {
  const names = new Set(analysis.names.map((n) => termOf(n.toLowerCase())));
  // "What jammed it": the asker's verb for what the cause did, which the report need not repeat.
  const causeWords = whatDidIt(questionShape(analysis.text.toLowerCase())) ?? [];
  const framing = framingVerbs(analysis.text);
  // ("What did the environmental inspectors find had actually killed the bacteria?": who found it, and the finding,
  // say how the cause is known; the event is what the cause did.)
  const finder = analysis.type === 'why' ? FINDING_OF_CAUSE.exec(questionShape(analysis.text.toLowerCase()))?.[1] : undefined;
  if (finder) for (const word of finder.split(/\s+/)) framing.add(word);
  // ("How many passengers was the launch permitted to carry?" → "licensed to carry 25 passengers": who allowed the load
  // and in what words is the frame; what it may carry is asked.)
  const capacity = CAPACITY_FRAME.exec(analysis.text)?.[1]?.toLowerCase();
  if (capacity) framing.add(capacity);
  return analysis.terms.filter(
    (t) =>
      t.term !== analysis.focus &&
      t.term !== analysis.entityKind &&
      !names.has(t.term) &&
      t.value === undefined &&
      !TIME_WORD.test(t.word) &&
      !FORM_WORDS.test(t.word) &&
      !isLightWord(t.word) &&
      !(asksDuration(analysis) && DURATION_VERBS.test(t.word)) &&
      // "How much cash …", "what will it cost": the answer is the sum; the word for money is not in its sentence.
      !(analysis.asksMoney && MONEY_TYPE_WORDS.test(t.word)) &&
      !(analysis.type === 'why' && (CAUSE_VERBS.test(t.word) || causeWords.includes(t.word))) &&
      // "How many dead were they reporting on Wednesday?": the telling is how the figure came, not what it counts.
      !(analysis.type === 'count' && TELLING_VERBS.test(t.word)) &&
      // "How many tickets were finally found to have been sold …": how the fact came to be known, not the fact.
      !((analysis.type === 'count' || analysis.type === 'when' || finder !== undefined) && framing.has(t.word.toLowerCase())),
  );
}

/** The verbs of a question that only say how a fact is known: "found to have been", "confirmed to have", "believed to be". */
function framingVerbs(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(FRAMING)].map((m) => m[1]!));
}
const FRAMING = /\b(found|confirmed|believed|thought|known|shown|proved|proven|understood|reported|said|estimated|judged|deemed|considered)\s+to\s+(?:have\s+)?(?:be|been|have|had)\b/g;

const TELLING_VERBS = /^(report|reports|reported|reporting|say|says|said|saying|claim|claimed|claiming|quote|quoted)$/;

function asksDuration(analysis: QuestionAnalysis): boolean {
  return analysis.type === 'duration' || /^(minut|hour|dai|week|month|year|decad)$/.test(analysis.focus ?? '');
}

const AUXILIARY = /^(were|was|are|is|be|been|have|has|had|did|do|does|will|would|could|can|should|may|might|must)$/;

/** "How many measles cases": a plural noun right after the one found is the head it modifies ("cases"). */
function pluralHeadAfter(lower: string, found: RegExpExecArray): string | undefined {
  const next = /^\s+([a-z]+s)(?<!ss|us|is|as)\b(?!['’])/.exec(lower.slice(found.index + found[0].length))?.[1];
  return next && !AUXILIARY.test(next) && sharedLexicon().isNoun(next) ? next : undefined;
}

/**
 * The noun "how many" counts: the last word before the verb ("how many fish were killed" → fish, "how many
 * Ukrainian prisoners of war are held" → prisoners, "how many of the freed Ukrainians needed …" → Ukrainians).
 */
function countedNoun(lower: string): string | undefined {
  const after = /\bhow many\s+(?:more\s+)?(?:of (?:the|those|their|its)\s+)?(.*)$/.exec(lower)?.[1];
  if (!after) return undefined;
  // ("How many of those who survived …": people, told by what they did; "those that" names nothing.)
  if (/^(?:who|whom)\b/.test(after)) return 'people';
  if (/^(?:that|which)\b/.test(after)) return undefined;
  const words: string[] = [];
  let nouns: Set<string> | undefined;
  for (const word of after.replace(/[?!.,]/g, ' ').split(/\s+/).filter(Boolean)) {
    if (AUXILIARY.test(word) || word === 'of' || word === 'in' || word === 'from' || word === 'on' || word === 'at') break;
    // A verb in the past ("needed", "died") ends the noun phrase unless it is a modifier right after "how many"
    // or a noun ("how many bogus parking tickets").
    if (words.length > 0 && /(ed|ing)$/.test(word) && words.at(-1) !== 'been' && !(nouns ??= new Set(commonNouns(after))).has(word)) break;
    words.push(word.replace(/[’']s?$/, ''));
    if (words.length === 4) break;
  }
  // "How many salmon got out of the farm": the counted thing is the last noun of the phrase, not "out".
  nouns ??= new Set(commonNouns(after));
  return words.findLast((w) => nouns!.has(w)) ?? words.at(-1);
}

function measureAsked(lower: string): MeasureKind | undefined {
  // ("How much further must drivers travel?": a distance, not "80 kilograms" of concrete.)
  if (/\bhow (far|close|near|deep|high|tall|wide)\b|\bhow much (?:further|farther)\b|\bat what (depth|height|altitude)\b|\bwhat (depth|height|altitude|distance|length|width)\b|\bwhat (?:is|was|are|were|will be|would be) (?:the |its |their )?(?:total |overall |full |maximum |greatest )?(depth|height|altitude|length|width)\b/.test(lower)) return 'distance';
  // ("How strong were the gusts?" asks how fast the wind blew: "gusts of up to 80 km/h".)
  if (/\bhow fast\b|\bwhat speed\b|\bat what speed\b|\bhow (?:strong|powerful) (?:(?:is|was|are|were) )?(?:the )?(?:\w+ )?(?:winds?|gusts?|gales?)\b/.test(lower)) return 'speed';
  if (/\bhow old\b|\bwhat age\b|\bat what age\b/.test(lower)) return 'age';
  if (/\bhow (strong|powerful)\b|\bwhat magnitude\b/.test(lower)) return 'magnitude';
  if (/\bhow (big|large)\b|\bhow much (land|ground|area|forest)\b|\bwhat area\b/.test(lower)) return 'size';
  if (/\bhow (hot|cold|warm)\b|\bwhat temperature\b/.test(lower)) return 'temperature';
  // "… in hectares", "… in tonnes": the unit the question names is the measure asked.
  const unit = /\bin (hectares|acres|square [a-z]+|tonnes|tons|kilograms|kg|kilomet(?:re|er)s|km|met(?:re|er)s|miles|feet|litres|liters|gallons|barrels|cubic [a-z]+)\b/.exec(lower)?.[1];
  if (unit) return /^(?:hectares|acres|square)/.test(unit) ? 'size' : /^(?:tonnes|tons|kilograms|kg)$/.test(unit) ? 'weight' : /^(?:litres|liters|gallons|barrels|cubic)/.test(unit) ? 'volume' : 'distance';
  // ("How much copper, by weight, did the thieves carry away?" asks a weight, not "two km" of cable.)
  if (/\bby weight\b/.test(lower)) return 'weight';
  // ("What volume of ice had piled up?" is not answered by "four kilometres".)
  if (/\bby volume\b|\bwhat (?:is the |was the )?volume\b|\bhow many (?:cubic|litres|liters|gallons|barrels)\b/.test(lower)) return 'volume';
  // ("How much did the limb that fell from the elm weigh?" is not answered by "about eleven metres".)
  if (/\bhow heavy\b|\b(?:what|how much) (?:does|did|do|will|would|had|has|have)\b[^?]{1,60}?\bweigh(?:ed)?\b(?! (?:in|up|on)\b)|\bwhat weight\b|\bhow much weight\b|\bwhat (?:is|was|were|are) (?:the |its |their )?(?:total |combined |overall |gross |net )?weight\b/.test(lower)) return 'weight';
  return undefined;
}

// "When Calderbrook first owned up", "when the blackout started, how many …", "… to cancel when the grounding began?",
// "when the roof panel had just fallen": as the first report told it.
// (Only the time words are matched: "central bank" stays a word to find.)
const INITIAL = /(?<=\bwhen (?:[^\s?,]+ ){1,7}?)(?:first\b|just(?= [a-z]+(?:ed|en|n)\b)|(?:started|began|(?<!\b(?:count|figure|toll|tally|total|results?|findings|verdict|agreement|deal|settlement|report|decision|ruling) )(?:was|were) (?:officially |formally |publicly )?(?:announced|launched|issued|ordered|declared|called|introduced|imposed|confirmed|made public))(?=\s*\??$)|(?:declared|announced|confirmed) (?:the|an|its) (?:outbreak|epidemic|emergency|alert)(?=\s*\??$)|(?:started|began|broke|collapsed|struck|erupted|failed|burst|broke out|went down|was seized|were seized|was discovered|were discovered|came to light)\b(?=,? (?:(?:by|on|from|in|at|until|to|for) )?(?:how|what|who|which|where)))|\bon the (?:very )?(?:day|evening|night|morning|afternoon) (?:of|it|that|when)\b|\bon the (?:very )?(?:day|evening|night|morning|afternoon) (?:the|a|an) [a-z-]+ (?:struck|hit|began|started|happened|broke out|collapsed|fell|burst|erupted|sank|capsized|crashed|failed)\b|\bon day one\b|\bon the opening (?:day|night|morning)\b|\b(initial(?:l?y)?|first (?:say|tell|announce|report|estimate|state|publish|confirm|record|issue|name|cite|order)|at first|orig(?:i)?nall?y|original|first (?:(?:official|public|published|formal|reported|available|government|police|company|provisional|rough|provincial|regional|national|local|state|city|media|press|news) )?(?:reported|said|put|estimated|announced|thought|think|believed?|suspected|suspect|blamed?|reckon(?:ed)?|figured?|guess(?:ed)?|claimed?|expect(?:ed)?|forecast(?:ed)?|predict(?:ed)?|plann?(?:ed)?|intend(?:ed)?|hoped?|scheduled?|promised?|pledged?|propose[ds]?|offer(?:ed|s)?|demand(?:ed|s)?|recommend(?:ed|s)?|aimed|set aside|earmark(?:ed)?|allocate[ds]?|budget(?:ed)?|reserve[ds]?|count|figure|estimate|check|survey|inspection|inventory|audit|assessment|reports?|gave|give|given|stated|released|published|counted|quoted|cited|confirmed|press release|release|statement|notice|announcement|update|bulletin|explanation|excuse|theory|account|version|(?:couple of |few )?(?:days?|hours?|week))|first(?= [a-z-]+ (?:notice|statement|report|announcement|update|bulletin|release|count|figure|estimate|tally|list)s?\b)|first (?:due|set|meant|supposed|slated|timed|fixed|targeted|aimed|aiming|aim|going|penciled|pencilled)\b|first(?= (?:recall|offer|proposal|plan|deadline|target|timetable|schedule|forecast|bid|quote|budget|pledge|promise)s?\b)|(?<=\b(?:was|were|had been|has been|have been|been)\s)first(?=\s+[a-z]+(?:ed|en|wn|nt|ght)\b)|(?<=\b(?:was|were|had|has|have)\s(?:[a-z'’-]+\s){1,4}?)(?<!\b(?:the|its|their|his|her|our|a|an|this|that|be|been)\s)first(?=\s+[a-z]+(?:ed|en|wn|nt|ght)\b)|(?<=\b(?:did|does|do)\s(?:[a-z'’-]+\s){1,4}?)(?<!\b(?:the|its|their|his|her|our|a|an|this|that)\s)first(?=\s+[a-z]+\b)|earliest|to begin with|at the outset|at the (?:start|beginning)|in the beginning|early estimates?|(?:preliminary|provisional) (?:[a-z-]+ )?(?:estimate|figure|count|toll|tally|assessment|number|total|cost|findings?)s?|(?:blamed?|say|said|think|thought|reported|put|gave) first)\b|\b(?:right|straight|immediately|just) after (?:it|the \w+|that) (?:happened|hit|struck|broke|started|began|fell|collapsed)\b|\b(?:shortly|soon|immediately) after (?:the|it|that)\b|\bearly on\b(?=\s*(?:,|\?|$|what\b|how\b|who\b|when\b|which\b))|\b(?:a (?:couple|few)(?: of)?|one|two|three) (?:days?|hours?) in\b(?! a row)|\b(?:on |by )?the (?:day|morning|evening|night) after\b(?! (?:it|that|they|the \w+) (?:returned|reopened|resumed|came back))|\b(?:a day|one day|two days|a couple of days|a few hours) after\b/;
const PEAK = /\b(at (?:the|its) (?:height|peak|worst)|peak(?:ed)?|at most|maximum|highest|at one point)\b/;
const TOTAL = /\b(in total|total|so far|in all|altogether|to date|overall|cumulative|all told)\b/;
/** "So what actually broke it in the end": how the story came out, which is the newest report's telling. */
const FINALLY = /\b(in the end|for good|after all|eventually|ultimately|finally|actually|actualy|actual|really|realy|end(?:ed)? up|final(?= (?:count|tally|total|figure|number|toll|bill|cost|estimate|account|assessment)))\b/;
/**
 * "Before the Cardiff case was ruled out", "before they found out about the drilling", "before the gene tests
 * came back": before something was learnt that revised the story, so the report before the revision.
 * ("Before the bank was seized" is an event in the story, not a revision of what was known.)
 */
const BEFORE_FINDING =
  /\bbefore (?:[a-z'&]+ ){1,5}?(?:(?:was|were|got|had been|been|is|are) )?(?:ruled out|cleared|found out|found|discovered|turned up|showed up|detected|surfaced|emerged|came out|came back|confirmed|established|identified|traced|revised|redated|re-dated|recounted|corrected|reconciled|compared|cross-checked|matched|merged|pooled|raised|lowered|updated|learned|learnt|realised|realized|determined)\b(?: (?:about|that|of|on) (?:the |a |an )?[a-z'-]+(?=[ ,?]|$))?|\bbefore (?:(?:the|a|an|its|their) )?(?:[a-z'&-]+ ){0,3}?(?:meeting|hearing|inquiry|investigation|review|audit|survey|(?:re-?)?inspection|lab tests?|(?:re-?)?tests?|test results|findings?|inventory|stocktake|checks?|assessment|analysis|reconciliation|(?:re-?)?count|census)\b|\bbefore (?:[a-z'&]+ ){1,5}?(?:weighed in|stepped in|looked into|checked|inspected|examined|investigated|fessed up|owned up|came clean|admitted|backtracked|backpedalled|retracted|walked (?:it|that) back|changed (?:its|their|his|her) (?:tune|story|mind))\b/;
const PREVIOUS = new RegExp(`${/\bbefore (?:(?:the|its|their|it|they|this) )?(?:[a-z']+ ){0,3}?(?:final|latest|new|revised|updated|last|revision|update|correction|recount|re-count|was raised|was revised|was lowered|was corrected|were revised|was agreed|were agreed|was settled|were settled|agreement)\b(?: (?:count|figure|estimate|total|tally|number)s?)?|\b(?:previous|earlier|prior) (?:estimate|figure|count|total|tally|number|forecast)s?\b/.source}|${BEFORE_FINDING.source}`);
/** The words that asked for the time ("initially", "so far"): the answer's report, not words to find in it. */
const STAGE_WORDS = new RegExp(`${PREVIOUS.source}|${INITIAL.source}|${PEAK.source}|${TOTAL.source}|${FINALLY.source}`, 'g');

const STAGE_WORDS_ANY_CASE = new RegExp(STAGE_WORDS.source, 'gi');

export const ORDINAL_DAY = /\b(?:first|second|third|fourth|fifth|sixth|seventh|1st|2nd|3rd|[4-7]th) (?:day|night|morning|evening)\b|\bday (?:one|two|three|four|five|six|seven)\b/g;

const DAY_WORDS = new RegExp(`\\b(?:on|by|since|until|during|last|this)?\\s*(${WEEKDAY_ALTERNATIVES})(?:[’']s)?\\b|\\b(yesterday|today)\\b|\\b(\\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{1,2}(?:st|nd|rd|th)?)\\b`, 'g');

/** "As of Wednesday", "by Monday night", "up to 5 June": a day the running figure is asked as of. */
const AS_OF_DAY = new RegExp(`\\b(?:as of|by|up to|until|till)\\s+(?:last\\s+|this\\s+)?(?:${WEEKDAY_ALTERNATIVES}|\\d{1,2}(?:st|nd|rd|th)? [a-z]+|[a-z]+ \\d{1,2})`);

/**
 * "In the end, at how many centres had candidates seen the questions before the original sitting?": "the original
 * sitting" names an event of the story; "in the end" asks for the last word on it.
 */
function namesOriginalEventOnly(lower: string): boolean {
  const initial = INITIAL.exec(lower);
  return initial !== null && FINALLY.test(lower) && /^original$/.test(initial[0]) && /\b(?:the|its|their|his|her|that) $/.test(lower.slice(0, initial.index));
}

function timeAsked(lower: string): TimeAsk {
  const days = [
    ...lower.matchAll(DAY_WORDS),
  ].map((m) => (m[1] ?? m[2] ?? m[3])!);
  // "On the second day of the outage": a day counted from an event's start, which only a sentence saying so dates.
  // ("On the first day of the walkout" asks for the first reports: INITIAL.)
  for (const m of lower.matchAll(ORDINAL_DAY)) if (!/^(?:first|1st) |^day one$/.test(m[0])) days.push(m[0]);
  const relativeYears = [...lower.matchAll(RELATIVE_YEAR)].map((m) => m[1]!);
  if (PREVIOUS.test(lower)) return { days, stage: 'previous', asksTotal: false, relativeYears };
  if (INITIAL.test(lower) && !namesOriginalEventOnly(lower)) return { days, stage: 'initial', asksTotal: false, relativeYears };
  if (PEAK.test(lower)) return { days, stage: 'peak', asksTotal: false, relativeYears };
  const asOf = days.length > 0 && AS_OF_DAY.test(lower);
  return { days, stage: days.length > 0 ? 'any' : 'latest', asksTotal: TOTAL.test(lower), relativeYears, ...(asOf ? { asOf } : {}) };
}

/**
 * The office or attribute in "Who is the governor of …", "Who is Ukraine’s top negotiator?", "What is the
 * capital of …": its last word before "of/in/for/at", unless it is a name ("Who is Kirill Dmitriev?").
 */
const PARTICLE = /^(?:up|out|off|on|in|over|down|back|away|around|along|through)$/;

const PASSIVE_ASKED = /^who (?:is|was|are|were) (?:(?:first|later|then|also|now|finally|eventually)\s+)?(?:[a-z]+ed|[a-z]+en|made|sent|held|put|set|hit|paid|left|brought|caught|found|told|built|kept|sold|shot|struck|led|hurt|known|seen)\s+(?:by|with|to|for|over|in|as|on|at|after|from|into)\b/i;
function roleAsked(asked: string): string | undefined {
  // Chat's "who's the curator at …" asks as "who is" does.
  const question = asked.replace(/^who(?:['’]s|s)\b/i, 'who is');
  const phrase = /^(?:what|who|which) (?:is|was|are|were) (?:the |a |an )?(.+?)(?:\s+(?:of|in|for|at|on)\s.*)?\??$/i.exec(question.trim())?.[1];
  // "What was Northsound offering the crews when the strike started?" holds a clause, not an office.
  if (!phrase || /\b(when|where|while|that|which|who|because|after|before|since|until)\b/i.test(phrase)) return undefined;
  // "Who is leading the review into …" asks who acts, not for an office named "failure"; nor "Who was charged with
  // manslaughter over the collapse?" for an office named "collapse": a passive tells what was done to them.
  if (/^(?:who|what) (?:is|was|are|were) [a-z]+ing\b/i.test(question.trim()) || PASSIVE_ASKED.test(question.trim())) return undefined;
  let words = phrase.replace(/\?$/, '').split(/\s+/);
  // "Who's the deputy finance minister handling it?": the role ends where its clause starts.
  if (/^(?:it|them|this|that|these|those|there|things?)$/i.test(words.at(-1) ?? '')) words = phrase.split(/\s+(?=[a-z]{2,}ing\b)/)[0]!.split(/\s+/);
  const last = words.at(-1);
  if (!last || /^\p{Lu}/u.test(last)) return undefined;
  const role = last.toLowerCase().replace(/[’']s$/, '');
  // "What was the hold up … supposed to be", "who's the person actually in charge", "… to make up for it": no office is "be", "actually" or "up".
  return STOP_WORDS.has(role) || PARTICLE.test(role) || /ly$/.test(role) ? undefined : role;
}

const AREA_OR_VOLUME_UNIT = /\b(?:cubic|square|sq\.?)\s+(?:(?:kilo|centi|milli)?met(?:re|er)s?|miles?|feet|foot|yards?|inch(?:es)?|km|m|ft|mi|yd|in)\b/i;
/**
 * "What is the most people …", "what is the maximum number of passengers …": a count, of the things named. (Not "the
 * largest explosive load": a load is measured, and "loaded two rows of holes" would count it.)
 */
const SUPERLATIVE_AMOUNT = /^what (?:is|was|are|were|will be) the (?:most|greatest|largest|highest|biggest|maximum|max|fewest|least|smallest|lowest|minimum) (?:number of )?(?:[a-z-]+ )?(people|persons|[a-z]+s)\b/;
/** "What was the registration number of the plane?": a number that names something, which counts nothing. */
const NAMING_WORDS = String.raw`registration|serial|flight|phone|telephone|reference|case|licen[cs]e|plate|account|model|tail|house|room|seat|route|platform|gate|badge|identification|file|order|lot|batch|part|policy|ticket|tracking|vehicle|hull|call|contact|hotline|pin|bus|train|line|track`;
const NAMED_BY_NUMBER = new RegExp(String.raw`\b(?:${NAMING_WORDS})\s+number\b`);
/**
 * "What death toll did police first give?", "what pay rise is the union holding out for?": a figure is asked for. (Not
 * "what was the registration number of the plane": a number that names something counts nothing.)
 */
const WHAT_FIGURE = new RegExp(String.raw`^what (?:[a-z'’-]+ ){0,6}?(death toll|toll|pay rise|pay increase|pay offer|wage rise|wage increase|raise|percentage|figure|(?<!\b(?:${NAMING_WORDS})\s)number|total|sum|amount|price|fee|ransom|fine|bill|tally|count|estimate|reward|loss|losses|penalty|payout|bid|compensation|valuation|value|refund|salary|rate)\b`);
/** "How big is the fine …", "how large is the emergency fund now": the size of a sum is its amount. */
const HOW_BIG_A_SUM = /^how (?:big|large|high|steep|hefty|generous) (?:is|was|are|were|will be|has) (?:the |a |an |its |their |his |her )?(?:[a-z'’-]+ ){0,3}?(?:fine|penalty|bill|payout|payment|compensation|fund|grant|budget|award|settlement|ransom|reward|subsidy|allowance|refund|bonus|loan|debt|shortfall|overpayment|levy|tax|tariff|fee)s?\b/;
/** "How big a penalty did the council impose?", "how large a fine was …": the size of a sum, asked before its verb (sized in analyseQuestion). */
const SIZED_BEFORE_VERB = /^how (?:big|large|high|steep|hefty|generous) (?:a|an) ((?:[a-z-]+ ){0,2}?[a-z]+) (?:did|does|do|has|have|had|was|were|is|are|will|would|could|can|should|must|may|might)\b/;
/** "What's the reward now", "what's Castellane paying per share", "what is Sentinel paying for tip-offs": a sum of money. */
const MONEY_ASKED = /^(?:at |for )?what (?:[a-z-]+ ){0,4}?(?:price|fee|ransom|fine|bill|reward|loss|losses|penalty|payout|payment|bid|compensation|valuation|value|refund|salary|wage|wages|amount|sum|allowance|grant|subsidy|bonus|stipend|rebate|costs?(?![\w-])|budget(?![\w-]))\b|^what (?:is|are|was|were) (?:a |an |the )?(?:[a-z'’-]+ ){1,5}?paid\b|^what (?:is|are|was|were|will) (?:[a-z'’&.-]+ ){1,7}?(?:paying|charging|offering|costing|worth)\b|^what (?:does|do|did|will|would) (?:[a-z0-9'’&.-]+ ){1,7}?(?:to be |is |was )?worth\b|^what (?:does|do|did|will|would|could) (?:[a-z0-9'’&.-]+ ){1,6}?(?:(?:earn|take home|charge|pay|get paid|gets paid)\b|receive\b(?= (?:a|an|per|each|every|in)\b|\s*\?|$))|^(?:what|how much) (?:did|does|do|will|would|could|is|are|was|were) (?:[a-z0-9'&.-]+ ){1,6}?(?:sell|selling|go|going|fetch|fetching|retail|retailing) for\b/;

/** "Who heads the company that operates the mine?": the kind of body led, which its name shows ("… S.A."). */
export const LED_KIND = /^(?:company|firm|business|operator|operates|operate|operating|runs)$/i;
/**
 * "Who runs / heads / leads / chairs X", "who's the boss / head / chief of X": who leads it.
 * ("Who is the Chief Registrar", "the chief prosecutor": "chief" before an office names the office, held by whoever the
 * sentence names beside it, not a leader of anything.)
 */
const LEADER_ASKED =
  /^(?:who|(?:which|what) (?:official|officer|executive|person|man|woman)(?= (?:is|was|are|were) ))(?: is| was| are| were)? (?:currently |now |actually )?(?:(?:heads?|headed|heading|runs|running|ran|leads|leading|led|chairs|chaired|chairing|directs|directed|directing|in (?:overall )?charge (?:of|at))\b|the (?:boss|head|chief(?! (?!executive\b|of\b|at\b|for\b|in\b|is\b|was\b|now\b|(?:[a-z]+ )?(?:person|guy|man|woman|bloke)\b)[a-z]+)|leader|ceo|chair(?:man|woman|person)?|director|owner|manager|top (?:man|woman|boss|guy|dog))\b(?! \w+ (?:of|at|for)\b)|the (?:head |big )?(?:honcho|bigwig|big cheese)\b|the (?:guy|man|woman|person|one|bloke|fella)(?: who(?:['’]s| is)?)? (?:heading|running|leading|in charge)\b|the (?:most )?(?:senior|top|highest-ranking|chief) (?:[\p{L}'’-]+ ){0,2}?(?:official|officer|executive|manager)\b|(?:spoke|speaks|speaking) for (?:[\p{L}'’-]+ ){1,4}?as (?:the |its |their )?(?:head|chair(?:man|woman|person)?|leader|chief|president|secretary|spokes(?:man|woman|person)) of\b)/u;
export const LEADER_WORDS = /^(?:heads?|headed|heading|runs?|running|ran|leads?|leading|led|chairs?|chaired|chairing|directs?|directed|directing|charge|boss|chief|leader|ceo|chair(?:man|woman|person)?|director|owner|manager|top|honcho|bigwig|guy|bloke|fella|person|man|woman|senior|official|officer|executive|spoke|speaks|speaking)$/i;

/** A question about what did not happen: "didn't get paid", "were not rescued", "never arrived", "failed to connect". */
const DENIAL = /\b(?:not|never|cannot|failed to)\b/;

/** Chat shorthand, spelled out so its words can be found in news copy ("how many ppl r stuck" → "how many people are stuck"). */
const SHORTHAND: Record<string, string> = {
  ppl: 'people', r: 'are', u: 'you', ur: 'your', wat: 'what', wot: 'what', wht: 'what', govt: 'government', gov: 'government', compo: 'compensation',
  info: 'information', b4: 'before', cuz: 'because', coz: 'because', yr: 'year', yrs: 'years', hrs: 'hours', mins: 'minutes', approx: 'approximately',
  thru: 'through', tho: 'though', gonna: 'will', wanna: 'want to', gotta: 'got to', y: 'why', some1: 'someone', n: 'and',
  // Titles chat shortens ("who's the gm at Prairie Crest"); news copy writes them out.
  gm: 'general manager', vp: 'vice president', cfo: 'chief financial officer', coo: 'chief operating officer', cto: 'chief technology officer', cio: 'chief information officer',
  howd: 'how did', whyd: 'why did', whatd: 'what did', whod: 'who did', whered: 'where did',
  // "How many folks lost their homes", "the old bloke who …": news copy says people, a person, money.
  folks: 'people', bloke: 'person', fella: 'person', dosh: 'money', dough: 'money', ops: 'operations',
  // Chat drops the apostrophe of a denial ("didnt get paid"); read as typed, the denial would go unseen.
  didnt: 'did not', doesnt: 'does not', dont: 'do not', wasnt: 'was not', werent: 'were not', isnt: 'is not', arent: 'are not',
  hasnt: 'has not', havent: 'have not', hadnt: 'had not', couldnt: 'could not', wouldnt: 'would not', cant: 'cannot',
};
const SHORTHAND_WORD = new RegExp(`(?<![\\p{L}\\d'’.&-])(${Object.keys(SHORTHAND).join('|')})(?![\\p{L}\\d'’&-])`, 'giu');

function spelledOut(question: string): string {
  // Only lower case: "R" and "U" in capitals are more often a name or a grade than shorthand.
  return question
    .replace(SHORTHAND_WORD, (word: string) => (word === word.toLowerCase() ? SHORTHAND[word]! : word))
    // "haven't been found" → "have not been found": the denial is read once (isDenial), not searched for as a word.
    .replace(/\b(\p{L}+)n[’']t\b/giu, (_word: string, stem: string) => (/^ca$/i.test(stem) ? 'cannot' : /^wo$/i.test(stem) ? 'will not' : `${stem} not`));
}

/**
 * The question as its kind is read: chat's contractions spelled out ("whats the toll" → "what is the toll")
 * and a leading filler or day taken off ("so by tuesday what was the death toll" → "what was the death toll").
 * The day still counts for when the answer must be from; it only hid the question word.
 */
function questionShape(lower: string): string {
  // ("What was Sajó Pálya's contract … worth?": the shape's patterns spell words in plain letters, names too.)
  return withoutContractions(lower.normalize('NFD').replace(/\p{M}/gu, ''))
    .replace(CHAT_OPENER, '')
    // "Before the council's final count, what was …": a leading clause dates the question, it hides its kind.
    .replace(/^(?:before|after|when|once|until|by the time|at the time|as of|in|during)\b[^,?]{1,80},\s+(?=(?:how|what|who|where|when|why|which)\b)/, '')
    // … and without the comma chat leaves out ("before the board meeting what was the library blaming").
    .replace(/^(?:before|after|once|until|by the time|at the time|as of|in the (?:end|first|beginning)|on the)\b[^,?]{1,80}?\s+(?=(?:how|what|who|where|when|why|which)\b)/, '')
    .replace(LEADING_DAY, '')
    // "If it wasn't vandals what actually knackered the lifts", "so if no branch fell what ripped the cable down":
    // the cause set aside comes first, the question after it.
    .replace(LEADING_SET_ASIDE, '')
    // "namibian dollars, what did the crisis cost", "apart from the mayor, who spoke": any short lead-in before a comma.
    // (Not a question of its own: "how much cropland was hit, when its figure differed …" asks how much.)
    .replace(/^(?!(?:how|what|who|whom|whose|where|when|why|which)\b)[^,?]{1,60},\s+(?=(?:how|what|who|where|when|why|which)\b)/, '');
}

const LEADING_SET_ASIDE = new RegExp(String.raw`^(?:if|unless) (?:${IT_WAS_NOT}|${THERE_WAS_NO}|${THING_WAS_NOT}|${THING_WAS_FINE})[^,?]{0,60}?,?\s+(?=(?:how|what|who|where|when|why|which)\b)`);

/** "So …", "ok but …", "any word on when …", "remind me who …": chat's way into a question, no part of it. */
export const CHAT_OPENER = /^(?:(?:so|ok|okay|and|also|hey|btw|quick question|wait|but|right|any (?:word|news|update|idea)s? on|any idea|do (?:you|u) know|can (?:you|u) tell me|remind me|tell me|what(?:['’]?s| is) the latest on)\b[,:]?\s+)+/i;

/** Chat's "whats", "who's": "what is", "who is". */
function withoutContractions(text: string): string {
  return text.replace(/\b(what|who|where|when|how)(?:['’]s|s)\b/gi, '$1 is');
}

const LEADING_DAY = new RegExp(`^(?:(?:by|as of|on|until|till|up to|at the end of)\\s+)?(?:${WEEKDAY_ALTERNATIVES}|today|yesterday|last night|this morning|tonight)(?:\\s+(?:morning|afternoon|evening|night))?[,:]?\\s+(?=(?:how|what|who|where|when|why|which)\\b)`);

/** "If there was no power cut, how did the cold store lose power?": setting a cause aside asks for the one that was. */
function kindAsked(shape: string, text: string, lower: string): AnswerType {
  const kind = classify(shape, text);
  return kind === 'other' && LEADING_SET_ASIDE.test(withoutContractions(lower).replace(CHAT_OPENER, '')) ? 'why' : kind;
}

function classify(shape: string, text: string): AnswerType {
  // "Who is Marco Rubio?": a description of a named person, not another name.
  if (/^(?:[Ww]ho|[Ww]hat) (?:is|was|are|were) (\p{Lu}[\p{L}’'.-]*)(\s+\p{Lu}[\p{L}’'.-]*)*\s*\??$/u.test(text.trim())) return 'identity';
  if (/^(for )?how long\b|\bwhat (is|was) the (duration|length)\b/.test(shape)) return 'duration';
  // "What caused / killed …", "why": a cause, answered by the sentence that gives it.
  if (/^why\b|^what (?:(?:actually|really|exactly|finally|first|initially|originally|then) )?(caused|causes|killed|triggered|sparked|started|set off|led to|prompted|brought down|lit|broke|blew up)\b|^what (?:(?:actually|really|exactly|finally|first|initially|originally|then) )?set (?:[a-z'’-]+ ){1,4}(?:on fire|alight|ablaze|off)\b|\bwhat (?:is|was) (?:actually |really )?to blame\b|\bwhat (is|was) the (cause|reason|trigger)\b|\bwhat (do|does|did) .{2,40} blame\b|^how did .{2,60} (die|start|begin)\b/.test(shape)) return 'why';
  // "What did health officials think caused the outbreak?", "what made the pipe burst": a cause, as someone saw it then.
  // ("What did the uni first say was causing the lead?")
  // ("What did the contractor initially say had brought the crane down?": a verb and its particle around the thing.)
  if (/^what (do|does|did) .{2,40} (think|believe|suspect|say) (had |has |have |was |were |is )?(caused|causing|made|making|started|triggered|sparked|set off|led to|(?:brought|knocked|took|blew|set) (?:[a-z'’-]+ ){0,3}?(?:down|over|out|off|alight|ablaze|about))\b|^what (?:actually |really )?made\b/.test(shape)) return 'why';
  // "What did the investigators find had actually produced the smoke?", "what was finally found to have damaged the
  // wheels?": what a finding says did it — a cause.
  if (FINDING_OF_CAUSE.test(shape)) return 'why';
  // ("What was initially said to have made the factory roof give way?": a cause as it was told, not what was said.)
  if (/^what (?:is|was|were) (?:(?:first|initially|originally|at first|wrongly|widely) )?(?:said|thought|believed|reported|suspected|claimed) to have (?:caused|made|started|triggered|sparked|set off|led to|brought down)\b/.test(shape)) return 'why';
  // ("What was finally found to be the cause of the bags missing their flights?", "what is now given as the cause of the
  // explosion?", "what is now established as the cause …": any participle that names something the cause.)
  if (/^what (?:is|was|were|has been|had been) (?:[a-z]+ ){0,2}?(?:[a-z]{3,}(?:ed|en|wn)|found|held|thought|told|said|put|set|seen|shown|known) (?:to (?:be|have been) |as )the (?:main |real |actual |root |likely |probable |official )?(?:cause|reason|trigger)\b/.test(shape)) return 'why';
  if (whatDidIt(shape) !== undefined || CAUSE_IDIOM.test(shape)) return 'why';
  // "What did the governor reckon was spreading the cholera?": what someone thought was doing it.
  if (/^what (?:do|does|did) .{2,40}? (?:think|believe|suspect|say|reckon|figure|guess|claim)s? (?:was|were|is|are|had been) (?!happening|going|doing)[a-z]+ing\b/.test(shape)) return 'why';
  // "What were the border guards blaming at first?", "how did the fake numbers end up online?", "what was the actual glitch?"
  if (/^what (?:is|are|was|were) .{2,40} blaming\b|^how did .{2,60} end up (?:on|in|into|onto|online|with)\b/.test(shape)) return 'why';
  // ("What was first blamed for the Rustavi explosion?", "what was the flooding initially blamed on?": the cause as first given.)
  if (/^what (?:is|are|was|were|had been|has been) (?:(?:first|initially|originally|at first|later|finally|officially|wrongly) )?blamed (?:for|on)\b|^what (?:is|are|was|were) .{2,60} (?:(?:first|initially|originally|at first|later|finally|wrongly) )?blamed on\b/.test(shape)) return 'why';
  // "How did the same seats really get sold twice?", "so how did the fire at the terminal actually start": the
  // "really" asks for the cause as finally found, which a cause sentence gives ("because", "caused by").
  if (/^how (?:did|do|does|could|can|come) .{2,80}\b(?:really|actually)\b/.test(shape)) return 'why';
  // "What grievance drove the ferry staff to walk off the job?", "what concern led the council to close it?": a cause.
  if (/^what (?:[a-z'’-]+ ){0,3}?(?:drove|led|prompted|forced|pushed|spurred|moved|persuaded|compelled|caused) (?:[a-z'’-]+ ){1,5}?to (?!the\b|a\b|an\b)[a-z]+\b/.test(shape)) return 'why';
  // "What was the metro's first explanation for the escalators seizing up": the reason given, a cause.
  if (/^what (?:is|was|are|were) (?:the |their |its |his |her |[a-z']+(?:['’]s) |[a-z]+ [a-z]+['’]s )?(?:first |initial |original |official |latest |real |actual )?(?:explanation|excuse|theory|reason)s? (?:for|of|behind)\b/.test(shape)) return 'why';
  // ("What reason did the Commission at first give for the missing names?", "what explanation has the airline offered?")
  if (/^what (?:[a-z]+ )?(?:explanation|excuse|reason|cause)s? (?:did|do|does|has|have|had|was|were|is) (?:[a-z0-9'’&.-]+ ){1,6}?(?:give|given|gave|offer|offered|cite|cited|put forward|provide|provided|blame|blamed|state|stated)\b/.test(shape)) return 'why';
  const named = /^what (?:is|was) (?:the|that) (?:actual |real |main |exact )?([a-z-]+)(?: (?:with|in|at|on|behind|that)\b|\s*\??$)/.exec(shape)?.[1];
  if (named && sharedLexicon().isMishap(named)) return 'why';
  // "Since when was the folder open?", "what's the deadline to pay the refund back": a day answers, not the refund.
  // ("By when did the bank promise to restore its services?": the day it was due by.)
  // ("What was the original deadline for businesses to pay back …", "what was its first deadline": any deadline.)
  if (/^(?:since|by) when\b|^what (?:is|was|were|will be) (?:the |its |their |his |her )(?:[a-z-]+ ){0,2}?deadline\b|^what deadline\b/.test(shape)) return 'when';
  if (/\bhow (many|much|strong|big|large|high|deep|fast|severe|powerful|far|close|near|old|tall|hot|cold|warm|wide|heavy)\b|\bwhat weight\b|^(?:the |latest |current |final |total )?(?:death toll|toll|number of|total number)\b|^(?:the |latest |current |final )?(?:count|tally|total) (?:of|on|for)\b|^what (sum|amount|price|fee|ransom|fine)\b|\bwhat magnitude\b|\bwhat (is|was) the (number|total|toll|figure|count|population)\b|\bhow large\b|\bwhat percentage\b/.test(shape) || (/\bnumber of\b/.test(shape) && !NAMED_BY_NUMBER.test(shape))) return 'count';
  // "What area of field crops was wiped out?", "what length of core thawed?": a measure.
  // ("Within what distance of the plant were residents cleared?", "at what depth …": a measure after its preposition.)
  // ("What will be the total length of the sea defence?": the same, asked of the measure.)
  if (/^(?:(?:within|at|to|over|across|for|by) )?what (?:area|acreage|length|distance|depth|height|width|volume|weight|tonnage|radius)\b|^what (?:is|was|are|were|will be|would be) (?:the |its |their )?(?:total |overall |full |maximum |greatest )?(?:area|acreage|length|distance|depth|height|width|volume|weight|tonnage|radius)\b/.test(shape)) return 'count';
  // ("What share of the loss has the insurer agreed to cover?" → "two thirds", "about 40 per cent".)
  if (/^what (?:share|proportion|fraction|percentage) of\b/.test(shape)) return 'count';
  // ("What is the most people the escalator was built to carry at one time?": an amount, the most or least of it.)
  if (SUPERLATIVE_AMOUNT.test(shape)) return 'count';
  if (WHAT_FIGURE.test(shape) || MONEY_ASKED.test(shape) || COST_QUESTION.test(shape) || PUT_AT.test(shape) || /^what (?:%|per ?cent)/.test(shape)) return 'count';
  // ("From which country did the replacement bolts come?": a place, though "which country" alone may ask who acted.)
  if (/^(?:from|to|at|in|on|into|onto|near) which (?:[a-z-]+ ){0,2}?(?:city|country|island|town|village|port|region|province|state|county|district)\b/.test(shape)) return 'where';
  if (/^(who|whom|whose)\b|\bwhich (country|countries|person|people|official|officials|leader|side|nation|group|organi[sz]ation)\b|^(?:the )?names? of\b/.test(shape)) return 'who';
  // "Which regulator …", "What is the name of the gang …": a named person or body answers, not a sentence.
  // ("What did the ministry say …" asks what it said, not which ministry.)
  if (/^(which|what) (?!(?:did|does|do|is|was|are|were|will|would|has|have|had|can|could|should)\b)(\w+ ){0,2}(ministry|department|agency|regulator|watchdog|authority|commission|company|firm|body|court|union|group|gang|team|official|organi[sz]ation|airline|carrier|operator|insurer|contractor|charity|party|police force|institute|newspaper|hospital|bank|council|vessel|ship|boat|tanker|ferry|freighter|barge|tug|trawler|aircraft)\b|\bwhat (is|was|are|were) the names? of\b|\bwho (is|was) the\b/.test(shape)) return 'who';
  // ("Which roofers got wrongly blamed", "which toolmaker produced the die": a noun WordNet knows first as a person
  // asks for a name. Bodies, "which outfit", "which crowd", gave as many wrong names as right ones.)
  if (asksWhichAgent(shape)) return 'who';
  if (/^(?:(?:from|to|at|in) )?where\b|\b(?:in|to|from|on|at|into|onto) which (?:[a-z-]+ ){0,2}?(city|country|place|island|town|village|port|region|province|state|county|district|regency|municipality|department|prefecture|governorate|canton|parish|borough|suburb|neighbourhood|neighborhood|commune|oblast|territory)\b|\bwhat (city|country|place|location)\b/.test(shape)) return 'where';
  // ("What reopening date did the airport give?", "which new date": a date, whatever it is the date of.)
  if (/^when\b|\b(?:what|which) (day|date|time|year|month)\b|\b(?:what|which) [a-z-]+ (?:day|date)\b/.test(shape)) return 'when';
  if (/\bwhat (did|does|has|have) .+ (say|said|write|wrote|tell|told|post|posted|claim|claimed)\b|\bwhat .+ said\b/.test(shape)) return 'said';
  if (/\bwhat (happens|comes|is) next\b|\bwhat('s| is) (expected|planned|coming)\b|\bnext steps?\b|\bwhat will happen\b/.test(shape)) return 'next';
  if (/^(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b/.test(shape)) return 'yesno';
  return 'other';
}

/** "Which roofers …", "which scientist …": the first noun after "which", within three words, is a kind of person. */
function asksWhichAgent(shape: string): boolean {
  const words = /^which ((?:[a-z'’-]+ ){0,2}[a-z'’-]+)/.exec(shape)?.[1]?.split(' ') ?? [];
  // (The first noun: "which city is the nurse … from" asks for a place, never the nurse.)
  const noun = words.find((w) => !/^(?:is|was|are|were|did|does|do|has|have|had|will|would|can|could)$/.test(w) && sharedLexicon().isNoun(w));
  return noun !== undefined && !STOP_WORDS.has(noun) && sharedLexicon().isPerson(noun);
}

const FINDING_OF_CAUSE =
  /^what (?:did|do|does|has|have|had) .{2,60}? (?:find|found|establish|established|determine|determined|identify|identified|confirm|confirmed|conclude|concluded|give|gave|name|named) (?:as )?(?:to be )?(?:the )?(?:real |actual |true |main |root |final )?(?:cause|reason)\b|^what (?:did|do|does|has|have|had) (.{2,60}? (?:find|found|conclude|concluded|determine|determined|establish|established|decide|decided|rule|ruled|confirm|confirmed|discover|discovered|identify|identified|show|showed)) (?:had|has|have|was|were) (?:actually |really |in fact |finally )?(?!(?:happened|occurred|gone|done|been|become|seen|shown|taken|given|left|remained|stayed|returned|reopened|restarted)\b)[a-z]+(?:ed|t|n)\b|^what (?:was|were|is|has been|had been) (?:finally |eventually |ultimately |later |actually |in the end )?(?:found|confirmed|shown|identified|established|determined) (?:to have (?:actually |really )?(?!(?:happened|occurred|gone|done|been|become|seen|shown|taken|given|left|remained|stayed|returned|reopened|restarted)\b)[a-z]+(?:ed|t|n)\b|as the (?:real |actual |true )?cause\b)/;

/**
 * "So what actually jammed it in the end", "what ripped the net", "what went wrong with the letters", "what was
 * behind the outage": the asker's own verb in the past, with "what" as its subject, asks what did it — a cause.
 * ("What happened", "what changed" and "what came next" ask for events, not causes.) Returns that verb, which
 * says only that something caused the event, so no answer need repeat it.
 */
function whatDidIt(shape: string): string[] | undefined {
  const phrase = /^what (?:[a-z]+ly )?(went wrong|(?:is|was) (?:really |actually )?behind)\b/.exec(shape)?.[1];
  if (phrase) return phrase.split(' ');
  // … also as someone told it: "what did they first reckon let the water in?", "what did Valais say brought the rocks down?"
  const verbs = [
    // A phrasal verb's particle stays with it: "what really knocked out the computers", "what took the lights out".
    /^what (?:[a-z]+ly )?([a-z]+) (?:(?:out|up|down|off) (?!(?:of|to|for|in|on|at|by|with|from)\b))?(?!(?:of|to|for|in|on|at|by|with|is|was|are|were|next|out)\b)\S/.exec(shape)?.[1],
    /^what (?:do|does|did) .{2,40}? (?:think|believe|suspect|say|reckon|figure|guess|claim)s? ([a-z]+) (?!(?:of|to|for|in|on|at|by|with|is|was|are|were|next|out)\b)\S/.exec(shape)?.[1],
    // "What was the airport saying took the runway lights out?"
    /^what (?:is|are|was|were) .{2,40}? (?:saying|claiming|thinking|suggesting|reckoning) ([a-z]+) (?!(?:of|to|for|in|on|at|by|with|is|was|are|were|next|out)\b)\S/.exec(shape)?.[1],
  ];
  const verb = verbs.find((v) => v !== undefined && !EVENT_VERBS.test(v) && sharedLexicon().isPastTense(v));
  return verb !== undefined ? [verb] : undefined;
}
/** Chat's ways of asking who or what was blamed: "put it down to", "pin it on", "point the finger at", "chalk it up to", "blaming for". */
const CAUSE_IDIOM = /^what (?:do|does|did|is|was|are|were|had|has|have) .{2,60}? (?:put(?:ting)?|chalk(?:ed|ing)?) .{1,60}? (?:down|up) to\b|^what (?:do|does|did|is|was|are|were|had|has|have) .{2,60}? pin(?:ned|ning)? .{1,60}? on\b|\bpoint(?:s|ed|ing)? (?:the |a )?fingers? at\b|^(?:what|who) (?:is|are|was|were) .{2,40} blaming\b/;
const EVENT_VERBS = /^(happened|changed|came|went|was|were|did|had|said|told|followed|remained|stayed|showed|seemed|meant|cost|put|set)$/;

/** Capitalised words that are not the question's first word, nor a question word. */
function properNames(text: string): string[] {
  const names: string[] = [];
  // ("Furnace No. 2", "Gate No 4": the abbreviation of "number" names nothing.)
  const words = text.replace(/\bNos?\.?\s*(?=\d)/g, '').match(/[\p{L}][\p{L}’'.-]*/gu) ?? [];
  words.forEach((word, i) => {
    if (!/^\p{Lu}/u.test(word)) return;
    if (i === 0 || QUESTION_OPENERS.has(word.toLowerCase())) return;
    if (/^(I|POWs?|US|U\.S\.?|UK|UN|EU)$/.test(word)) return;
    names.push(word.replace(/[’']s$/, ''));
  });
  return names;
}

// Precision first: a sentence answers a question only when it states the relation asked about — the
// question's action and objects (or their synonyms) — and, for a count, when the figure counts what was asked.
// A loosely matching sentence is a "closest passage", never an answer.
import { findQuantities, isNewestDeath, isNounCompound, MISSING_WORDS, opensWithCurrencyCode, type Quantity } from './extract.ts';
import { CURRENCY_SIGN } from './numbers.ts';
import { isCurrencyCode, isCurrencyName } from './currencies.ts';
import { PHRASAL_PARTICLES, sharedLexicon, type Lexicon } from './lexicon.ts';
import { literalPattern } from './literal-pattern.ts';
import type { QuestionAnalysis } from './question-analysis.ts';
import { termOf, withoutAccents } from './terms.ts';
import { isCalendarName } from './calendar-words.ts';
import { WEIGHTS } from './answer-weights.ts';

/** Each question term with the terms that mean the same (news synonyms are in the term already; WordNet adds more). */
export type Expansions = ReadonlyMap<string, ReadonlySet<string>>;

export function expandQuestion(analysis: QuestionAnalysis, lexicon: Lexicon): Expansions {
  const expansions = new Map<string, Set<string>>();
  const asksHowMany = analysis.type === 'count' && /\bhow many\b/i.test(analysis.text);
  const particles = phrasalParticles(analysis.text);
  for (const token of analysis.terms) {
    if (token.value !== undefined) continue;
    const alternatives = expansions.get(token.term) ?? new Set<string>();
    for (const word of lexicon.relatedWords(token.word)) {
      const term = termOf(word);
      if (term !== token.term) alternatives.add(term);
    }
    // "Didn't get paid" is said "left unpaid", "weren't answered" "went unanswered".
    if (analysis.isDenial) alternatives.add(termOf(`un${token.word.toLowerCase()}`));
    // ("How many riders …" of stories that count passengers, "how many homes …" of households: the thing counted may go
    // by a rarer sense's name. Only for what is counted: "how much land" is no "estate", and a cause is no "lawsuit".)
    if (token.term === analysis.focus && asksHowMany) for (const word of lexicon.nounSynonyms(token.word.toLowerCase())) alternatives.add(termOf(word));
    // ("… expect its main systems to be working again?" → "to be running again by Friday 15 June": being back in
    // service is told with any of these verbs.)
    if (IN_SERVICE_VERBS.includes(token.word.toLowerCase()) && IN_SERVICE_AGAIN.test(analysis.text)) for (const word of IN_SERVICE_VERBS) alternatives.add(termOf(word));
    // ("How many operations were put off?" → "152 planned operations were postponed": a phrasal verb's own synonyms.)
    const particle = particles.get(token.word.toLowerCase());
    if (particle) for (const word of lexicon.phrasalSynonyms(token.word.toLowerCase(), particle)) alternatives.add(termOf(word));
    expansions.set(token.term, alternatives);
  }
  return expansions;
}

/** Each verb of the question followed by a particle ("put off", "handed out"), with its particle. */
function phrasalParticles(question: string): Map<string, string> {
  return new Map([...question.toLowerCase().matchAll(PHRASAL)].map((m) => [m[1]!, m[2]!]));
}
const PHRASAL = new RegExp(String.raw`\b([a-z]{2,20})\s+(${PHRASAL_PARTICLES.join('|')})\b`, 'g');

const IN_SERVICE_VERBS = ['working', 'running', 'operating', 'functioning'];
const IN_SERVICE_AGAIN = new RegExp(`\\b(?:${IN_SERVICE_VERBS.join('|')})\\s+(?:again|normally|properly|as normal)\\b`, 'i');

/**
 * The words to add to a search so that sentences worded otherwise are found ("probing" → "investigation"):
 * only for words the stories never use, so a used word's rare neighbours (a town's name) still decide the ranking.
 */
export function expansionWords(analysis: QuestionAnalysis, lexicon: Lexicon, isUsed: (term: string) => boolean): string[] {
  return analysis.terms.filter((t) => t.value === undefined && !isUsed(t.term)).flatMap((t) => lexicon.relatedWords(t.word).slice(0, 6));
}

/** How a sentence holds one term: itself, a synonym, in a neighbouring sentence, or not at all. */
export function termMatch(term: string, expansions: Expansions, own: ReadonlySet<string>, around: ReadonlyArray<ReadonlySet<string>>, neighbourWeight: number = WEIGHTS.neighbourMatch): number {
  if (own.has(term)) return 1;
  const alternatives = expansions.get(term);
  const hasAlternative = (terms: ReadonlySet<string>): boolean => alternatives !== undefined && [...alternatives].some((a) => terms.has(a));
  if (hasAlternative(own)) return WEIGHTS.synonymMatch;
  if (around.some((terms) => terms.has(term) || hasAlternative(terms))) return neighbourWeight;
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
  title: ReadonlySet<string>,
): number {
  // (A limit's verb is bound by the limit told, which the answer gate checks: "the permit allowed 180 people".)
  const predicates = [...new Set(analysis.predicates.filter((t) => !isVerbOfAskedLimit(analysis, t.word)).map((t) => t.term))];
  if (predicates.length === 0) return 1;
  let total = 0;
  let held = 0;
  for (const term of predicates) {
    const weight = weightOf(term);
    total += weight;
    const match = termMatch(term, expansions, own, around);
    held += weight * (match === 0 && title.has(term) ? WEIGHTS.titleRelation : match);
  }
  return total === 0 ? 1 : held / total;
}

/**
 * Words that say something did not happen: "did not receive", "went unanswered", "left unpaid", "failed to
 * connect", "missed". A question about what did not happen ("how many didn't get paid?") is answered only by
 * a sentence that says so: "the fund pays 41,300 pensioners" counts those it pays.
 */
const SENTENCE_DENIAL = /\b(?:not|never|no|none|without|failed|fail|fails|unable|missed|missing|lost|denied|refused|declined|short)\b|n[’']t\b|\bun(?!it|der|til|less)[a-z]{2,}(?:ed|id|en)\b/i;

export function statesDenial(analysis: QuestionAnalysis, sentence: string): boolean {
  return !analysis.isDenial || SENTENCE_DENIAL.test(sentence);
}

// (Plurals WordNet does not file under money: "5.9 million reais", "4.8 million soles", "2 million leva".)
const MONEY = /\b(dollars?|euros?|pounds?|shillings?|yuan|rupees?|pesos?|rand|francs?|zloty|won|yen|lire|lira|lei|crowns|kronor|kroner|kronur|marks|markkas?|reais|soles|leva|shekels?|kunas?|tolars?|cruzeiros?|c[oó]rdobas?|drachmae|drams?|ariary|meticais)\b/i;

/**
 * A figure of money: a currency sign or code beside it, or a word after it that names a currency: the runtime's
 * ISO 4217 names ("610 million somoni", "4 million vatu"), WordNet's monetary units, past ones too ("410 million
 * kroons", "18 billion baht"), or the news spellings of MONEY.
 */
export function isMoneyFigure(sentence: string, quantity: Quantity): boolean {
  // The sign or code stands before the figure ("€19.8 million", "A$1.2m", "EUR 40m", "R9.8 million", "Rs 40 crore");
  // "by 10% to €19.8 million" prices nothing at 10%.
  if (CURRENCY_SIGN.test(sentence.slice(Math.max(0, quantity.start - 4), quantity.start)) || CURRENCY_SIGN.test(quantity.text) || /^R\d/.test(quantity.text) || opensWithCurrencyCode(quantity.text)) return true;
  // "7.1 million U.S. dollars", "2 million Swiss francs", "500 Hong Kong dollars": the country before the unit.
  // ("25,000 CFA francs": a zone's letters before the unit.)
  const after = /^\s*(?:(?:[Mm]illion|[Bb]illion|[Tt]rillion|bn|m|mn|[Tt]housand)(?!\p{L})\s*)?(?:(?:\p{Lu}\.){1,3}\s*|(?:\p{Lu}\p{Ll}+\s+){1,2}|\p{Lu}{2,4}\s+(?=\p{Ll}))?(\p{L}{2,20})(?!\p{L})(?:\s+(\p{L}{2,20})(?!\p{L}))?/u.exec(sentence.slice(quantity.end, quantity.end + 40));
  if (!after) return false;
  const unit = after[1]!;
  const next = after[2];
  // ("11 million EUR", "260,000 zł": a code or a country's letters after the sum; "3.4 crore rupees", "60,000
  // convertible marks": a word that says which, then the currency. Not WordNet's there: "310 people at the mine" is
  // no sum in Lao "at".)
  return isCurrencyUnit(unit) || isCurrencyCode(unit) || (next !== undefined && /^\p{Ll}+(?<!s)$/u.test(unit) && unit !== 'per' && (MONEY.test(next) || isCurrencyName(next)));
}

/** A word for a currency: in the runtime's list of the world's currencies, WordNet's monetary units, or written so in news. */
function isCurrencyUnit(word: string): boolean {
  // ("1.8 billion guaraníes": the unit read whole, its accents dropped for WordNet, which spells it "guaranies".)
  const plain = withoutAccents(word);
  return MONEY.test(plain) || isCurrencyName(word) || sharedLexicon().isMonetaryUnit(plain.toLowerCase());
}
const LEVEL_ASKED = /\b(?:paid|pay|earn|earns|cost|costs|price|charge|charged|worth)\b/i;
const SHARE = /%|\bper ?cent\b|\bpercent\b/i;
const CHANGE_ASKED = /\b(rise|rose|risen|fall|fell|fallen|increase|increased|drop|dropped|grow|grew|grown|cut|jump|jumped|climb|climbed|decline|declined|slump|slumped|go up|went up|gone up|go down|went down)\b/i;
/** Nouns that count people: "how many people/residents …" is answered by any of them. */
const PERSON_TERMS = new Set(['peopl', 'person', 'citizen', 'civilian', 'soldier', 'prison', 'pow', 'resid', 'worker', 'child', 'woman', 'man', 'servicemen', 'victim', 'journalist', 'passeng', 'patient', 'employe', 'staff', 'survivor', 'famili', 'miner', 'student', 'custom', 'villag', 'tourist', 'firefight', 'crew', 'member', 'voter', 'adult', 'individu']);
const GENERIC_FOCUS = new Set(['peopl', 'person', 'individu']);

/** "How many people …" names nobody in particular: a story that counts them as a toll or as miners need not say "people". */
export function isGenericPersonFocus(focus: string): boolean {
  return GENERIC_FOCUS.has(focus);
}
const CASE = termOf('cases');
const PATIENT = termOf('patients');
/** Words for people in general: "three more men …, bringing the number to 22" counts miners as well. */
const GENERIC_PERSON = new Set(['peopl', 'person', 'individu', 'man', 'woman']);
/** A death toll, or the dead and injured: people counted without a word for people. */
const TOLL_TERMS = new Set(['kill', 'toll', 'injur']);
export const TOLL = termOf('toll');
/** "The total rescued", "the number evacuated": people counted by what happened to them. */
const COUNTED_BY_FATE = new Set([...TOLL_TERMS, 'rescu', 'evacu', 'displac', 'hospitalis', 'hospitaliz', 'arrest', 'detain', 'drown']);

/** Where a clause ends after a figure: a new verb's clause starts ("… rose to 11 as inmates kept …"). */
const CLAUSE_BREAK = /[,;:()]|\s(?:as|after|while|when|because|but|since|before|until|though|although|where)\s/;

/**
 * "How many schools stayed open?" is not answered by "3,150 schools had been closed", nor "how many private schools"
 * by a count of public ones: the figure's own clause says the opposite (WordNet's antonyms) of a word the question
 * asks with, and not that word itself.
 */
export function statesOpposite(analysis: QuestionAnalysis, sentence: string, quantity: Quantity, lexicon: Lexicon = sharedLexicon()): boolean {
  // ("How many ended up not getting paid?" asks the opposite itself: "22,400 were left unpaid" answers it.)
  if (analysis.isDenial) return false;
  const before = sentence.slice(0, quantity.start).split(CLAUSE_BREAK_OR_AND).at(-1) ?? '';
  const after = sentence.slice(quantity.end).split(CLAUSE_BREAK)[0] ?? '';
  const words = `${before} ${after}`.toLowerCase().split(/[^\p{L}'-]+/u).filter(Boolean);
  // ("Work stopped on 3,860 sites" for "how many sat idle": an opposite negated or stopped states the asked thing.)
  if (words.some((w) => NEGATING.test(w))) return false;
  const terms = new Set(words.map(termOf));
  // The opposite as written, or inflected ("close" → "closed"): a stem would match "work stopped" for "working".
  const isWritten = (opposite: string): boolean => words.some((w) => w === opposite || (w.startsWith(opposite) && /^(?:s|d|ed|es)$/.test(w.slice(opposite.length))));
  return analysis.terms.some((t) => t.value === undefined && !terms.has(t.term) && lexicon.antonymsOf(t.word.toLowerCase()).some(isWritten));
}
const NEGATING = /^(?:not|no|never|without|stopped|halted|ceased|suspended|no longer|n't|didn't|wasn't|weren't|hadn't)$/;

/**
 * "How many people were on board?" is not answered by "the two people listed as missing … never boarded the vessel":
 * the figure's own clause denies the asked deed.
 */
export function deniesAskedDeed(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  // ("How many were unable to reach the island?", "barred from graduating": a question asking a denial itself.)
  if (analysis.isDenial || NEGATIVE_ASKED.test(analysis.text)) return false;
  // (Up to the clause's comma: the deed may follow what describes those counted, "listed as missing after the fire";
  // but not into a clause of its own, "40 fishermen who were not on the register", "… and did not need to go".)
  const after = sentence.slice(quantity.end).split(/[,;:()]|\s(?:and|but|or|who|which|that|whose|whom)\s/i)[0] ?? '';
  const asked = new Set(analysis.predicates.map((t) => t.term));
  return [...after.matchAll(DENIED_DEED)].some((denied) => asked.has(termOf(denied[1]!.toLowerCase())));
}
const DENIED_DEED = /\b(?:never|not|no longer|n['’]t)\s+(?:(?:have|has|had|been|be|yet|even|actually|really|in fact)\s+)*([\p{L}-]+)/giu;
const NEGATIVE_ASKED = /\b(?:unable|barred|waiting|still|yet|remain\w*|pending|outstanding|prevented|kept from|stopped from|failed|denied|refused|without|missed|besides|other|lack\w*|not|never|no|n['’]t)\b/i;
const CLAUSE_BREAK_OR_AND = new RegExp(`${CLAUSE_BREAK.source}|\\s(?:and|or)\\s`);

/** A sum given as the price of one of the things the question prices ("€92 a tonne"): it says what it is itself. */
export function isPriceOfAskedUnit(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  return analysis.priceUnit !== undefined && isMoneyFigure(sentence, quantity) && isPricePer(analysis.priceUnit, sentence, quantity);
}

/** "€85 a tonne", "$3 per ticket", "a wheel sells for £250": the sum is the price of one such thing. */
function isPricePer(unit: string[], sentence: string, quantity: Quantity): boolean {
  const after = PRICE_PER_AFTER.exec(sentence.slice(quantity.end, quantity.end + 40))?.[1];
  const before = PRICE_PER_BEFORE.exec(sentence.slice(Math.max(0, quantity.start - 50), quantity.start))?.[1];
  // ("How much will each affected household be credited?" → "Each affected household will receive €60 …": the sum one of them gets.)
  const eachOne = EACH_ONE_BEFORE.exec(sentence.slice(Math.max(0, quantity.start - 90), quantity.start))?.[1];
  // The asked thing's words ("one overstay fine") and the priced thing's ("each overstay fine is $99") share a noun.
  return [after, before, eachOne].some((words) => words !== undefined && words.toLowerCase().split(' ').some((w) => unit.includes(termOf(w))));
}
const PRICE_PER_AFTER = /^\s*(?:(?:million|billion|m|bn)\s+)?(?:[a-z]+\s+)?(?:a|an|per|each|for (?:a|an|each|one|every))\s+([a-z]+)/i;
const PRICE_PER_BEFORE = /\b(?:a|an|per|each|one|every|the) ((?:[a-z]+ )?[a-z]+)(?: of [a-z]+)? (?:costs?|sells?|sold|goes|went|fetche?s?|retails?|is priced|was priced|is|was)(?: for| at)?(?: about| around| some)?\s*$/i;
const EACH_ONE_BEFORE = /\b(?:each|every) ((?:[a-z]+ )?[a-z]+)\b[^.;:,]{0,60}?\s*$/i;

/** "900 flights a day", "40 sailings per week", "$12 an hour": a figure for every day or week, not a count of what happened. */
export function isRate(sentence: string, quantity: Quantity): boolean {
  const after = sentence.slice(quantity.end, quantity.end + 40);
  return /^\s*(?:[\p{L}’'-]+\s+){0,2}?(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night|shift|weekday|season)|daily|weekly|monthly|hourly|nightly|annually|yearly)\b/iu.test(after) || /^[\s\p{L}’'-]{0,30}\b(?:a|per)\s+(?:day|week|month|year|hour)\b/iu.test(after);
}

/**
 * "How much did the hospital pay Medikod for the software?" is not answered by "Medikod … will pay 85,000 euros
 * towards the hospitals' costs": the sum went the other way, from the one asked to be paid to the one asked to pay.
 */
export function tellsPaymentTheOtherWay(question: string, sentence: string): boolean {
  const asked = PAYMENT_ASKED.exec(question);
  // ("How much was Quillstone paid?" asks the other way round itself.)
  if (!asked || /^\W*how much (?:money )?(?:is|was|are|were|has|had) .+? paid\b/i.test(question)) return false;
  const pay = /\bpa(?:y|ys|id|ying)\b/i.exec(sentence);
  if (!pay) return false;
  // ("Medikod was paid 120,000 euros by the hospital": told the passive way round, the one paid comes first.)
  if (PASSIVE_BEFORE.test(sentence.slice(0, pay.index))) return false;
  const wordsOf = (phrase: string): string[] => contentWords(phrase).map((w) => w.replace(/['’]s$/, ''));
  const says = (words: string[], text: string): boolean => words.some((w) => new RegExp(`\\b${literalPattern(w)}(?:s|es|['’]s?)?\\b`, 'i').test(text));
  // ("Pay to each family that lost a miner": whoever is paid "to" is the one the sum goes to, named in their own words.)
  const [payer, payee] = [wordsOf(asked[1]!), wordsOf(asked[2]!.replace(/^to\s+/i, ''))];
  const before = sentence.slice(0, pay.index);
  if (says(payee, before) && !says(payer, before) && says(payer, sentence.slice(pay.index))) return true;
  // (Or whoever the question has paid is the one paying, the subject of "pay" in its own clause: "Adriasoft Sustavi will
  // pay a penalty of 400,000 euros" for how much the Institute paid Adriasoft.)
  const payingClause = before.split(/[,;:]|\b(?:and|but|while|said|says)\b/i).at(-1)!;
  if (says(payee, payingClause) && !says(payer, payingClause)) return true;
  // (The subject may stand further back, past a clause about it: "Numeris Carthage SARL, which supplied the system, …
  // has agreed to pay a penalty", "the ONP told the committee that the supplier, Andinasoft, will pay a penalty". What
  // a speaker says is its own clause; the speaker is not the one paying. That far back, only the head of whoever is
  // asked to be paid counts ("the family of each dead worker"), and not where the clause sends money to it ("raised its
  // payment to each bereaved family").)
  const reported = before.split(REPORTED_CLAUSE).at(-1)!.replace(SENT_TO, ' ');
  if (says(wordsOf(asked[2]!.replace(/^to\s+/i, '').split(PHRASE_HEAD_ENDS)[0]!), reported) && !says(payer, reported)) return true;
  // (Or the one asked to pay only tells of it, while someone else pays: "The company has agreed to pay 250,000 Omani rials,
  // the ministry said" for how much the ministry paid for the platform.)
  const unattributed = sentence.replace(ATTRIBUTION, ' ');
  return says(payer, sentence) && !says(payer, unattributed) && PAYING_SUBJECT.test(unattributed.slice(0, unattributed.search(/\bpa(?:y|ys|id|ying)\b/i)));
}
const ATTRIBUTION = /(?:^|,)\s*(?:according to\s+)?(?:the|its|their)?\s*(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+\s+(?:said|says|told\s+[\p{L}'’-]+|announced|confirmed)\s*(?=[,.;]|$)|\baccording to\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+(?=[,.;]|$)/giu;
/** A clause that opens with whoever pays, named: "The company has agreed to", "Numeris will". */
const PAYING_SUBJECT = /^\s*(?:(?:the|a|an)\s+[\p{L}'’-]+|\p{Lu}[\p{L}'’-]+)(?:\s+[\p{L}'’-]+){0,3}?\s+(?:has|have|had|will|would|is|was|agreed|must|should|shall|to)\b/u;
const SENT_TO = /\b(?:to|for|from|by|with|of)\s+(?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+/giu;
const PHRASE_HEAD_ENDS = /\s+(?:of|that|who|which|whose|with)\s+/i;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|get|gets|got|getting)\s+(?:\w+ly\s+)?$/i;
const REPORTED_CLAUSE = /;|\b(?:said|says|told|tells|announced|announces|stated|confirmed|explained|added)\b[^;]*?\bthat\b/i;

/**
 * "What is the agreed number of leishmaniasis cases?" is not answered by "… infected 520 people, the health ministry said
 * Friday, but an aid group working in the area put the number at 700", nor "once the figures were settled" by "The Civil
 * Protection puts it at 16, but the hospital's director, Dr Salma Bennani-Ouazzani, said her staff had treated 21": a
 * sentence telling two sources apart gives neither's figure as the one they agreed (unless it tells the agreement too).
 */
export function tellsDisputeForAgreed(analysis: QuestionAnalysis, sentence: string): boolean {
  return analysis.source === undefined && AGREED_ASKED.test(analysis.text) && DISPUTE_TOLD.test(sentence) && !AGREEMENT_TOLD.test(sentence);
}
const AGREED_ASKED = /\b(?:agreed|settled|reconciled|joint)\b|\bboth\b[^?,;]{0,60}\b(?:accept|agree)/i;
const DISPUTE_TOLD = /,\s+but\s+(?:the\s+|an?\s+|its\s+)?[\p{L}'’ ,.-]{2,80}?,?\s+(?:put|puts|said|says|gave|gives|counted|counts|estimated|estimates|reported|reports)\b|\b(?:gave|give|giving) (?:different|conflicting|differing)\b/iu;
const AGREEMENT_TOLD = /\b(?:agree[ds]?|accept(?:ed|s)?|settled|reconciled|joint)\b/i;

/**
 * "How much money did the victims' fund raise in the end?" is not answered by "Each bereaved family will receive three
 * million shillings": a sum told for each one is no total raised or spent (unless the question asks for each one).
 */
export function tellsSumForEachOne(question: string, sentence: string, quantity: Quantity): boolean {
  if (!TOTAL_SUM_ASKED.test(question) || EACH_ASKED.test(question)) return false;
  const clause = sentence.slice(Math.max(0, quantity.start - 80), quantity.start).split(/[;:]|,\s/).at(-1)!;
  return EACH_RECEIVES_BEFORE.test(clause) || EACH_AFTER.test(sentence.slice(quantity.end, quantity.end + 40));
}
const TOTAL_SUM_ASKED = /\b(?:raise[ds]?|raising|collect(?:ed|s)?|in total|altogether|all told|total)\b/i;
const EACH_ASKED = /\b(?:each|every|per|apiece|a head|a month|a year|a week|a day)\b/i;
const EACH_RECEIVES_BEFORE = /\b(?:each|every)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:will\s+|would\s+|is to\s+|are to\s+|is\s+|was\s+)?(?:receive|receives|received|get|gets|got|be paid|be given|paid|given)\s+(?:about\s+|some\s+|up to\s+)?$/iu;
const EACH_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:each|apiece|per\s+[\p{L}-]+|a head|(?:to|for)\s+(?:each|every))\b/iu;

/**
 * "How much did the Social Fund pay Tengri Soft for the module?" is not answered by "compensation of 1,200 som for each
 * veteran", nor "How much did AVK pay for the tram?" by "AVK will pay 300,000 forints to every injured passenger": the
 * sentence sends its sum to others of its own, and never names the one the question has paid.
 */
export function tellsPaymentToOthers(question: string, sentence: string): boolean {
  if (!PAYMENT_ASKED.test(question) || !EACH_RECIPIENT.test(sentence)) return false;
  const paid = PAID_PHRASE.exec(question)?.[1] ?? '';
  const termOfWord = (word: string): string => termOf(word.toLowerCase().replace(/['’]s?$/, ''));
  const payee = contentWords(paid).map(termOfWord);
  if (payee.length === 0) return false;
  const told = new Set((sentence.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map(termOfWord));
  return !payee.some((term) => told.has(term));
}
/** Whoever or whatever the question has paid: "pay Tengri Soft for …", "pay for the tram when …", "pay in late-payment interest". */
const PAID_PHRASE = /\b(?:pay|paying|paid|give|giving|hand(?:ing)? over)\s+(?:(?:to|for|in|towards?)\s+)?(?:the\s+)?(.+?)(?:\s+(?:for|to|in|over|as|when|after|before|while|because|since|so)\b|[?.!]|$)/i;
/** "… to every injured passenger", "… for each veteran": the sentence's own recipients, each paid the sum. */
const EACH_RECIPIENT = /\b(?:to|for)\s+(?:each|every|all(?:\s+the)?)\s+[\p{L}'’-]+/iu;
/**
 * "How much did the outbreak end up costing the county?" is not answered by "the new tank cost the school 1.9 million
 * shillings": a cost told as borne by someone the question does not name.
 */
export function tellsCostToAnother(question: string, sentence: string): boolean {
  const asked = COST_BORNE_ASKED.exec(question);
  if (!asked) return false;
  const bearers = new Set(contentWords(asked[1]!).map((w) => w.toLowerCase()));
  return [...sentence.matchAll(COST_BORNE_TOLD)].some((told) => !contentWords(told[1]!).some((w) => bearers.has(w.toLowerCase())));
}
const COST_BORNE_ASKED = /\bcost(?:s|ing)?\s+(?:the|its|their)\s+([^?,]+)/i;
// (Only a bearer told by "the": "cost the school", not "cost FVB" or "cost it", which may be the one asked.)
const COST_BORNE_TOLD = /\bcost(?:s|ing)?\s+the\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+(?:about\s+|around\s+|some\s+|nearly\s+|more than\s+|less than\s+)?(?:\p{Sc}|[A-Z]{1,3}\$|\d)/giu;
const PAYMENT_ASKED = /^\W*how much (?:money )?(?:did|does|do|will|has|had|would|is|was) (?:the )?(.+?) (?:pay|paying|paid|give|giving|hand(?:ing)? over to) (?:the )?(.+?)(?: for| to| in| over| as|\?|$)/i;
/** A phrase's words that can name who pays or is paid: at least three letters, no articles, pronouns or linking words. */
function contentWords(phrase: string): string[] {
  return (phrase.match(/[\p{L}][\p{L}'’-]{2,}/gu) ?? []).filter((w) => !/^(?:the|its|their|his|her|our|and|for|from|with|each|every|all|that|who|which|whose|now|then|lost|had|has|have)$/i.test(w));
}

function isTemperatureNotAsked(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  return TEMPERATURE_AFTER.test(sentence.slice(quantity.end, quantity.end + 20)) && analysis.measure !== 'temperature' && !TEMPERATURE_ASKED.test(analysis.text);
}
const TEMPERATURE_AFTER = /^\s*(?:°|º|degrees?\b|deg\b)/i;
const TEMPERATURE_ASKED = /\b(?:temperatures?|degrees?|hot|hotter|heat|cold|colder|warm|warmer|freezing|frost|chill)\b/i;

function isPlacingDistance(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  return PLACING_DISTANCE_AFTER.test(sentence.slice(quantity.end, quantity.end + 40)) && analysis.measure !== 'distance' && !DISTANCE_ASKED.test(analysis.text);
}
const PLACING_DISTANCE_AFTER = /^\s*(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|m|miles?|feet|ft|yards?)\s+(?:above|below|away|off|north|south|east|west|upstream|downstream|inland|offshore|outside|short of|behind|ahead of)\b/i;
const DISTANCE_ASKED = /\b(?:far|distance|deep|depth|high|height|long|length|wide|width|tall|away|above|below|close|near|where)\b/i;

/** Whether the figure counts or measures what the question asks for. */
export function bindsFocus(analysis: QuestionAnalysis, expansions: Expansions, sentence: string, quantity: Quantity): boolean {
  const around = sentence.slice(Math.max(0, quantity.start - 4), quantity.end + 14);
  const isMoney = isMoneyFigure(sentence, quantity);
  // "How much does a cane cutter make a day" is not answered by what the whole strike cost.
  if (analysis.asksRate && !isRate(sentence, quantity)) return false;
  // ("What is the exporters' latest estimate of the losses?" is not answered by "6 million euros a day": a rate is no total.)
  if (!analysis.asksRate && !analysis.measure && !RATE_WORDS.test(analysis.text) && isRate(sentence, quantity)) return false;
  // ("By how much did the pump price rise?" is not answered by the level it rose to: "bring the pump price to about GH₵20.70".)
  if (/\bby how much\b/i.test(analysis.text) && /\b(?:to|at)\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 6), quantity.start))) return false;
  // "How much did Acme's profit rise?": a rise is told as a share as often as a sum.
  if (analysis.asksMoney) {
    // ("What was the mean sum by which each patient was overcharged?" is not answered by the total overcharged.)
    if (!tellsPerUnitAsked(analysis, sentence)) return false;
    // "What does a tonne of cement cost?", "how much does one wheel go for?": a price per thing, not a sum of the story's.
    if (analysis.priceUnit && isMoney) return isPricePer(analysis.priceUnit, sentence, quantity);
    // ("How much are the cutters paid for each tonne they cut?" asks a level of pay, not a change: no share answers it.)
    return isMoney || (CHANGE_ASKED.test(analysis.text) && !LEVEL_ASKED.test(analysis.text) && (SHARE.test(quantity.text) || SHARE.test(around)));
  }
  // ("How much rain fell during the surazo?" is not answered by "temperatures … rose above 20 degrees", nor "how much
  // electricity can the plant generate?" by "a canal … about 300 metres above the hamlet": a temperature, or a distance
  // that places something, measures nothing the question asks an amount of.)
  if (/\bhow much\b/i.test(analysis.text) && (isTemperatureNotAsked(analysis, sentence, quantity) || isPlacingDistance(analysis, sentence, quantity))) return false;
  // "How much is a single ticket?", "how much were the paintings insured for?": an amount of money, a share
  // or a measure, never a head count ("60,000 visitors", "900 jobs").
  if (!analysis.focus && /\bhow much\b/i.test(analysis.text) && !/\bhow much (?:more|longer|further|of)\b/i.test(analysis.text)) {
    // ("How much did the limb weigh?" names its measure: "a limb about eleven metres long" is no weight.)
    if (analysis.measure) return !isMoney && isMeasureOf(analysis.measure, sentence, quantity);
    return isMoney || SHARE.test(quantity.text) || SHARE.test(around) || isMeasureUnit(quantity.headTerm);
  }
  if (isMoney) return false;
  // "How many litres does each centre collect in a year?" asks a share per centre: "HemaVia collects about 190,000
  // litres of plasma a year" is the whole company's.
  if (!tellsPerUnitAsked(analysis, sentence)) return false;
  // "Two of the four villagers who died at home had been poisoned", "four of the children the hospital had counted turned
  // out to have a chest infection": a part picked out of those the clause counts, never their number ("what was the
  // final death toll?"), unless the question asks for a part ("how many of the …").
  if (PART_OF_RELATIVE.test(sentence.slice(quantity.end, quantity.end + 80)) && !/\bhow many of\b/i.test(analysis.text)) return false;
  // "It found 65 more damaged pipes than its specialists had counted": a difference between two counts, not a count.
  if (DIFFERENCE_TOLD.test(sentence.slice(quantity.end, quantity.end + 90)) && !DIFFERENCE_ASKED.test(analysis.text)) return false;
  // "The health department's figure of 900,000 included about 150,000 people who never lost their supply": a part
  // of another figure, said to explain it, not the count asked for (unless asked: "how many of them", "included").
  if (isPartOfAnotherFigure(analysis, sentence, quantity)) return false;
  // "How many people caught diphtheria?" is not answered by "bringing the toll to five", nor "how many have died" by
  // "88 people caught typhoid": the figure's own clause tells another outcome.
  if (tellsOtherOutcome(analysis, sentence, quantity)) return false;
  // ("A second person has died" counts the dead, never how many stood on the balcony.)
  if (isNewestDeath(quantity) && !DEATHS.test(analysis.text)) return false;

  // "Dead mussels have been found on 140 of the 412 rafts in the ría": the whole a part is counted out of, not those
  // the sentence tells of (unless the whole is asked: "how many rafts are there").
  if (WHOLE_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 30), quantity.start)) && !WHOLE_ASKED.test(analysis.text)) return false;
  // ("Of the 37 scales taken away in May, 34 had been tampered with": a whole named first, its part after the comma.)
  // (Only when a part is asked, "how many of the scales …": "Of the 57 branches that will still close, 12 are in Bristol" counts the closures.)
  if (WHOLE_OPENING.test(sentence.slice(0, quantity.start)) && /^\W*how many of\b/i.test(analysis.text)) return false;
  // ("Of the 26 workshops checked, nine were ordered closed", "inspectors have checked 1,240 coaches … and taken 87 off
  // the road": those looked at are not those the looking found or sanctioned, unless the looking is asked.)
  if (isCheckedNumber(sentence, quantity) && !asksChecking(analysis)) return false;
  // "How much grain can the silo store?" asks what it holds when full: "Berths 3 and 4" or "43 wells" is no capacity.
  if (CAPACITY_ASKED.test(analysis.text) && !CAPACITY_TOLD.test(sentence.slice(Math.max(0, quantity.start - 60), quantity.end + 40))) return false;
  // ("How many inmates is the prison designed to hold?" is not answered by what it "now holds": the limit set for it.)
  if (LIMIT_ASKED.test(analysis.text) && !LIMIT_TOLD.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start).split(/,\s/).at(-1)! + sentence.slice(quantity.start, quantity.end + 20))) return false;
  if (isNumberInName(sentence, quantity)) return false;
  // ("Landslides … kill dozens of people in India's Himalayan states each year": a yearly rate, not the event's count.)
  if (EACH_YEAR_AFTER.test(sentence.slice(quantity.end, quantity.end + 70)) && !/\b(?:each|every|a|per) year\b|\bannual|\byearly\b/i.test(analysis.text)) return false;
  // ("The man, 58, had a long-standing liver illness", "Ana Ruiz, 34, said": a person's age between commas counts nothing.)
  if (!quantity.headTerm && quantity.value < 120 && AGE_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start)) && /^\s*[,)]/.test(sentence.slice(quantity.end, quantity.end + 3)) && !ASKS_AGE.test(analysis.text)) return false;
  // ("pensioners aged over eighty, about 310 of the 1,875, will not have to repay": an age that picks out whom, not how many.)
  if (!quantity.headTerm && quantity.value < 120 && /\baged\s+(?:(?:over|under|above|below|between|from|at least|up to|more than|less than)\s+)?$/i.test(sentence.slice(Math.max(0, quantity.start - 24), quantity.start)) && !/\bhow old\b|\b(?:what|which) age\b|\bage (?:limit|of)\b/i.test(analysis.text)) return false;
  // ("… a woman and a boy of 12 had died": a person "of" a bare figure is that old.)
  if (!quantity.headTerm && quantity.value < 120 && AGE_OF_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 30), quantity.start)) && !ASKS_AGE.test(analysis.text)) return false;
  // "How many cubic metres of rock came down": a volume, never "200 metres above the road".
  if (analysis.asksVolumeOrArea && !/^\s*-?\s*(?:cubic|square|sq\b|(?:km|m|ft|mi)\s?[23²³])/i.test(sentence.slice(quantity.end, quantity.end + 12))) return false;
  const asksShare = /\b(percent|per cent|percentage|share|proportion|rate|fraction|how much of)\b|%/i.test(analysis.text);
  // "More than half of the customers" is a share; "how many customers" wants a count.
  if (quantity.value < 1 && !asksShare) return false;
  // "How much of the territory …" wants a share or an area, never a head count.
  const isArea = /^[\s-]*(km|kilomet|metre|meter|mile|hectare|acre|square)/i.test(sentence.slice(quantity.end, quantity.end + 12));
  if (asksShare && quantity.value >= 1 && !SHARE.test(quantity.text) && !SHARE.test(around) && !isArea) return false;
  if (SHARE.test(quantity.text) && !asksShare) {
    return quantity.nounTerms.some((t) => matchesFocus(analysis, expansions, t));
  }
  // "65 kilometres west of Wendal Creek" says where something is, not how much of anything there was.
  // (Nor how high, deep or wide anything is: "the volcano, about 35 kilometres (22 miles) south-west of the capital".)
  if ((analysis.measure !== 'distance' || !ASKS_HOW_FAR.test(analysis.text)) && LOCATING_DISTANCE.test(sentence.slice(quantity.end, quantity.end + 50))) return false;
  // ("How far did the tornado travel?" is not answered by where it touched down, "1.2 km south-west of Olšová Lhota".)
  if (ASKS_HOW_FAR_IT_WENT.test(analysis.text) && COMPASS_DISTANCE.test(sentence.slice(quantity.end, quantity.end + 50))) return false;
  // "How high is the volcano?" is not answered by "a column of ash about four kilometres into the sky": what rose, not what stands.
  if (analysis.measure === 'distance' && HOW_HIGH_IS.test(analysis.text) && THROWN_UP.test(sentence.slice(quantity.end, quantity.end + 50))) return false;
  // "How tall is the dam?" is not answered by "lowered by 11 metres": the figure must be told as the asked dimension.
  if (analysis.measure === 'distance' && !tellsDimensionAsked(analysis, sentence, quantity)) return false;
  // "How long is the tunnel?" is not answered by "the old road …, which is 70 kilometres longer": a difference, not a length.
  if (analysis.measure && COMPARED_AFTER.test(sentence.slice(quantity.end, quantity.end + 40)) && !DIFFERENCE_ASKED.test(analysis.text) && !/\bhow much (?:longer|shorter|higher|lower|deeper|wider|further|farther|bigger|larger|smaller|heavier|lighter)\b/i.test(analysis.text)) return false;
  if (analysis.measure) return isMeasureOf(analysis.measure, sentence, quantity);
  // "The other five guards who were suspended have returned": what is left of a count, never the count.
  if (/\b(?:the|its|their) (?:other|remaining)\s+$/i.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start)) && !/\b(?:others?|remaining|rest|left)\b/i.test(analysis.text)) return false;
  const { focus } = analysis;
  // ("What was the final death toll?" counts people: not "… from two bays".)
  if (!focus) return !analysis.terms.some((t) => t.term === TOLL) || !quantity.headTerm || countsPeople(quantity) || TOLL_TERMS.has(quantity.headTerm);
  // ("How many kilometres of power line …" is not answered by "gusts of up to 122 kilometres per hour": a speed.)
  if (PER_HOUR_AFTER.test(sentence.slice(quantity.end, quantity.end + 30)) && !/\b(?:per|an|a) hour\b|\bspeed|\bfast\b/i.test(analysis.text)) return false;
  if (quantity.nounTerms.some((t) => matchesFocus(analysis, expansions, t))) return true;
  // ("11,000 head of cattle have died, up from 4,500 a week ago": the earlier figure counts what the revised one does.)
  const revised = REVISED_FROM_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 30), quantity.start)) && !quantity.headTerm ? previousFigure(sentence, quantity) : undefined;
  if (revised) return revised.nounTerms.some((t) => matchesFocus(analysis, expansions, t)) || countsKindOfFocus(analysis, revised);
  // "How many vehicles …" → "30 cars": a count of a kind of the thing asked about counts it.
  if (countsKindOfFocus(analysis, quantity)) return true;
  // ("How many people died?" → "its volunteers had recorded 52 deaths": each death is a person's.)
  if (GENERIC_FOCUS.has(focus) && (countsPeople(quantity) || (quantity.headTerm === DEATH && analysis.predicates.some((t) => t.term === DEATH)))) return true;
  // ("How many people had caught dengue?" → "about 760 cases": each case of an illness is a person who has it.)
  if ((GENERIC_FOCUS.has(focus) || focus === PATIENT) && quantity.headTerm === CASE) return true;
  const termsIn = (text: string): string[] => text.split(/[^\p{L}’'-]+/u).filter(Boolean).map((w) => termOf(w.toLowerCase().replace(/[’']s$/, '')));
  // A figure inside a compound counts the compound's own noun ("a 12-member jury" has 12 members), never
  // the noun after it: "the 334-metre ship" is one ship, "an 8-kilometre stretch" and "the 84-year-old woman" count nothing.
  const compound = /^-(\p{L}+)/u.exec(sentence.slice(quantity.end, quantity.end + 30))?.[1];
  if (compound) return matchesFocus(analysis, expansions, termOf(compound.toLowerCase()));
  // "3.4 million current and former customers": the noun a few words on; "injuring 17 people" for
  // "how many injuries": the asked-for thing right before the figure.
  // The noun must be in the figure's own clause: "rose to 11 on Thursday as inmates kept holding 17 hostages" does not count inmates.
  // (Not at the comma inside the whole a part is counted of: "171,000 of the 215,000 recalled bottles" counts bottles.)
  const after = sentence
    .slice(quantity.end, quantity.end + 40)
    .replace(/^(\s+of\s+(?:the|its|their|all)\s+(?:about\s+|some\s+|around\s+)?)(\d[\d,]*)/i, (_, of: string, whole: string) => of + whole.replace(/,/g, ''))
    .split(CLAUSE_BREAK)[0]!;
  // ("How many members …" is not answered by "150 tonnes that members later sent": a measure counts its unit.)
  // ("How much oil …" → "900 tonnes of heavy fuel oil": a mass is measured, a head count is not.)
  if (isMeasureUnit(quantity.headTerm) && /\bhow many\b/i.test(analysis.text)) return false;
  // ("463 passengers in 11 coaches" counts no coaches: a figure with a noun of its own counts nothing past a preposition.)
  const counts = quantity.headTerm ? after.split(HEAD_NOUN_ENDS)[0]! : after;
  if (termsIn(counts).slice(0, 4).some((t) => matchesFocus(analysis, expansions, t))) return true;
  const verbBefore = /([\p{L}-]+(?:ing|ed))\s+(?:about\s+|around\s+|at least\s+)?$/iu.exec(sentence.slice(Math.max(0, quantity.start - 30), quantity.start))?.[1];
  if (verbBefore && matchesFocus(analysis, expansions, termOf(verbBefore.toLowerCase()))) return true;
  // "How much land …" → "5,200 hectares": a unit measures the thing asked about.
  if (isMeasureUnit(quantity.headTerm)) return analysis.asksMeasure;
  // "How many people took part?" → "the committee said 6,000 took part": a bare figure that does what the question
  // asks of the people counted counts them.
  if (GENERIC_FOCUS.has(focus) && doesAskedAction(analysis, sentence.slice(quantity.end, quantity.end + 40))) return true;
  // ("How many of the sick guests were admitted?" → "Forty-one of them were admitted to hospital": a part of those the
  // report speaks of, asked as a part.)
  if (PART_ASKED_OF.test(analysis.text) && PART_OF_THEM_AFTER.test(sentence.slice(quantity.end, quantity.end + 20))) return true;
  if (quantity.headTerm) return false;
  // ("How many people did the hospital treat?" → "The hospital says it has treated 41.": a bare figure right after the
  // asked verb is whom it was done to.)
  if (GENERIC_FOCUS.has(focus) && isAskedVerbBefore(analysis, sentence.slice(Math.max(0, quantity.start - 40), quantity.start))) return true;
  // "Homes damaged: 455", "Unit holders: 22,650": a factsheet's label before the colon names what its figure counts.
  const label = LABEL_COLON.exec(sentence.slice(0, quantity.start))?.[1];
  if (label) return termsIn(label).some((t) => matchesFocus(analysis, expansions, t) || (PERSON_TERMS.has(analysis.focus!) && GENERIC_PERSON.has(t)));
  // "… after the number of fires rose to 17": a bare figure counts the nearest "number of …" or toll before it.
  // ("The number of people killed when the roof of a bus terminal waiting hall fell in … has risen to 12": the count
  // named at the clause's head, however far back, before any word near the figure.)
  const counted = nearestCountedNoun(sentence.slice(Math.max(0, quantity.start - COUNTED_NOUN_REACH), quantity.start).split(/[;:]/).at(-1)!);
  // A death toll counts the dead, not a group among them ("how many kids were killed").
  if (counted === 'toll') return GENERIC_FOCUS.has(analysis.focus!) || TOLL_TERMS.has(analysis.focus!);
  // ("How many people died?" → "fixes the number of dead at seventeen": the dead are counted by their fate.)
  if (counted !== undefined && !matchesFocus(analysis, expansions, counted) && !(PERSON_TERMS.has(analysis.focus!) && (PERSON_TERMS.has(counted) || GENERIC_PERSON.has(counted))) && !(GENERIC_FOCUS.has(analysis.focus!) && COUNTED_BY_FATE.has(counted))) return false;
  // "The number of people infected … rose to 27": a bare figure counts the focus named before it in the sentence.
  // ("The Sanmatenga Gold Panners' Association had counted 110" counts no gold: a word of a name counts nothing.)
  const before = termsIn(sentence.slice(Math.max(0, quantity.start - WEIGHTS.bareFigureReach), quantity.start).replace(NAME_RUN, ' '));
  // "Three more men were brought out …, bringing the number rescued alive to 22": people counted as people.
  // "The death toll rose to 27" counts people too, though no word for them is written.
  return before.some(
    (t) => matchesFocus(analysis, expansions, t) || (PERSON_TERMS.has(analysis.focus!) && GENERIC_PERSON.has(t)) || (GENERIC_FOCUS.has(analysis.focus!) && COUNTED_BY_FATE.has(t)),
  );
}

const HEAD_NOUN_ENDS = /\s(?:in(?=\s+\d)|on|at|from|to|into|onto|for|by|across|aboard|inside|near|under|over|after|before|during|since|between)\s/i;
const PER_UNIT_ASKED = /\b(?:each|per|every)\s+(?:single\s+)?(?:one of (?:the|its|their)\s+)?([a-z]+)(?=(?:\s+([a-z]+))?)/i;
const TIME_UNIT = /^(?:year|day|weekday|week|month|hour|minute|night|time|season|shift|morning|evening|weekend|quarter|decade)s?$/;
/** A figure asked "each / per / every X" is told for one X ("… each centre", "a centre", "apiece"), not for all of them. */
function tellsPerUnitAsked(analysis: QuestionAnalysis, sentence: string): boolean {
  const told = perUnitTold(analysis);
  return told === null || told.test(sentence);
}

/** "Each mouldy household", "each bereaved family": the unit is the noun a word describing it may come before. */
function units(first: string, second: string | undefined): string[] {
  return second !== undefined && sharedLexicon().isNoun(second.toLowerCase()) ? [first, second.toLowerCase()] : [first];
}

/** How a sentence tells one of the unit the question asks "each / per / every" of, once a question (null: none asked). */
const perUnitTolds = new WeakMap<QuestionAnalysis, RegExp | null>();
function perUnitTold(analysis: QuestionAnalysis): RegExp | null {
  if (perUnitTolds.has(analysis)) return perUnitTolds.get(analysis)!;
  const asked = PER_UNIT_ASKED.exec(analysis.text);
  const unit = asked?.[1]?.toLowerCase();
  // ("By the time every refund was made" tells when, not per what.)
  const told =
    !asked || !unit || TIME_UNIT.test(unit) || unit === 'of' || /^\s*(?:was|were|is|are|had|has|have)\b/i.test(analysis.text.slice(asked.index + asked[0].length))
      ? null
      : new RegExp(`\\b(?:each|per|every|a|an|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${units(unit, asked[2]).map((u) => literalPattern(termOf(u))).join('|')})|\\b(?:apiece|each)\\b`, 'iu');
  perUnitTolds.set(analysis, told);
  return told;
}

/**
 * "The union … said the real figure was 1,520", "a Red Cross figure of 8,100", "put the total rescued at 480": a
 * figure given as "the figure" or "the total" with nothing counted after it restates a count told just before,
 * by another source or at another time. It counts what that count counts (see countPicks).
 */
export function isReferenceFigure(sentence: string, quantity: Quantity): boolean {
  if (quantity.headTerm !== '') return false;
  const before = sentence.slice(Math.max(0, quantity.start - 40), quantity.start);
  if (REFERENCE_BEFORE.test(before)) return true;
  // ("The ministry says 2,300 small boats are tied up. The federation says 3,100.": a bare figure a source tells, ending
  // its clause, counts what the one before it counted.)
  return TOLD_BARE_BEFORE.test(before) && /^\s*(?:[.;]|,\s|$)/.test(sentence.slice(quantity.end, quantity.end + 3));
}
const TOLD_BARE_BEFORE = /\b(?:says?|said|shows?|showed|counts?|counted|gives?|gave|reports?|reported|estimates?|estimated|claims?|claimed|puts? it at|put it at|records?|recorded|registers?|registered|lists?|listed|logged)\s+(?:(?:about|around|some|nearly|almost|more than|at least|roughly)\s+)?$/i;
const REFERENCE_BEFORE =
  /\b(?:figure|number|total|count|tally)(?:\s+[\p{L}-]+(?:ed|en))?(?:,\s+|\s+(?:(?:was|is|were|are|stood|stands|had (?:risen|reached|climbed)|has (?:risen|reached|climbed)|reached|rose|climbed)\s+(?:at\s+|to\s+|(?:closer|close|nearer) to\s+|more like\s+)?|(?:at|of)\s+))(?:(?:about|around|some|nearly|almost|more than|at least|roughly)\s+)?$/iu;

/** The words right after a figure are the question's own verb, told of the figure: "6,000 took part", "40 were hurt". */
function doesAskedAction(analysis: QuestionAnalysis, after: string): boolean {
  const told = /^\s+(?:(?:have|had|has|were|was|are|is)\s+(?:been\s+)?)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(after);
  // (Or an outcome told alone, "leaving about 60 missing".)
  if (!told || !(/(?:ed|en|ok|nt|ew|ught)$/i.test(told[1]!) || OUTCOME_TOLD_ALONE.test(told[1]!))) return false;
  // (The question's own words, "took part": a synonym reaches too far, "three used" is not "how many does it employ".)
  const terms = told.slice(1).filter((w): w is string => w !== undefined).map((w) => termOf(w.toLowerCase()));
  return analysis.predicates.some((t) => terms.includes(t.term));
}
const PART_ASKED_OF = /\bhow many of (?:the|its|their|those|these)\b/i;
const PART_OF_THEM_AFTER = /^\s+of (?:them|these|those)\b/i;

/** "… has treated 41", "had evacuated about 300": the question's own verb, told just before a figure. */
function isAskedVerbBefore(analysis: QuestionAnalysis, before: string): boolean {
  const verb = /\b([\p{L}-]+(?:ed|en|ght|ok|nt))\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|more than\s+|at least\s+|only\s+|just\s+)?$/iu.exec(before)?.[1];
  return verb !== undefined && analysis.predicates.some((t) => t.term === termOf(verb.toLowerCase()));
}
const OUTCOME_TOLD_ALONE = new RegExp(`^(?:${MISSING_WORDS}|dead)$`, 'i');

/**
 * A number that names something counts nothing: "Grade 12 students", "Route 7", "Gate 3"; a bare number after the
 * thing it names ("the grip of cabin 41 slipped", "the reactor at well 7") or after its street ("Rua dos Pescadores 17").
 */
function isNumberInName(sentence: string, quantity: Quantity): boolean {
  const before = sentence.slice(Math.max(0, quantity.start - 50), quantity.start);
  const justBefore = before.slice(-12);
  return LABEL_BEFORE.test(justBefore) || isCapitalisedLabel(sentence, quantity) || (!quantity.headTerm && (NAMED_BY_NUMBER_BEFORE.test(justBefore) || STREET_NUMBER_BEFORE.test(before)));
}
/** "Standard 7 learners", "Silo 3", "Reactor 4": a capitalised word right before a figure, inside the sentence, names a thing by its number. */
function isCapitalisedLabel(sentence: string, quantity: Quantity): boolean {
  const word = /(?:^|[^\p{L}'’.-])(\p{Lu}\p{Ll}+)\s$/u.exec(sentence.slice(Math.max(0, quantity.start - 30), quantity.start))?.[1];
  // (A label's number is written in digits: "Standard 7", never "Standard seven".)
  if (word === undefined || !/^\d/.test(quantity.text)) return false;
  const at = quantity.start - word.length - 1;
  // (Not the sentence's first word, nor a weekday or month: "Monday 14 June", "Nine people …"; nor a body's figure told
  // with its verb left out: "Police had counted 15 dead and the Red Crescent 22", "and Oxfam 22".)
  const previous = /(\S+)\s+$/u.exec(sentence.slice(Math.max(0, at - 20), at))?.[1];
  if (previous === undefined || !/^\p{Ll}+,?$/u.test(previous) || /^(?:and|or|the|but|while|whereas|with|by)$/.test(previous)) return false;
  return !isCalendarName(word) && !sharedLexicon().isVerb(word.toLowerCase());
}
const NAMED_BY_NUMBER_BEFORE = /\b(?:cabin|carriage|coach|wagon|tower|pylon|platform|gate|berth|bay|cell|ward|route|track|lane|exit|junction|pump|well|shaft|reactor|turbine|lot|batch|bed|room|pier|terminal|runway)\s+$/;
const LABEL_BEFORE = /\b(?:Grade|Year|Class|Form|Route|Line|Platform|Gate|Terminal|Pier|Berth|Chapter|Section|Article|Room|Ward|Lift|Block|Unit|Flight|Bus|Tram|No\.?|Number)\s+$/;
const PER_HOUR_AFTER = /^\s*(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|knots?)\s*(?:per|an|a|\/)\s*(?:hour|h|second|s)\b/i;
const EACH_YEAR_AFTER = /^[^.;,]{0,60}?\b(?:each|every|per) year\b|^[^.;,]{0,60}?\bannually\b/i;
const ASKS_AGE = /\bhow old\b|\bage\b|\baged\b/i;
const AGE_OF_BEFORE = /\b(?:man|woman|boy|girl|child|baby|son|daughter|youth|teenager|pensioner)\s+of\s+$/i;
const AGE_BEFORE = /(?:\b(?:man|woman|boy|girl|father|mother|son|daughter|husband|wife|grandmother|grandfather|driver|worker|farmer|fisherman|victim|patient|pensioner|widow|teacher|miner|resident)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)\s*[,(]\s*$/u;
/** "Rua dos Pescadores 17", "Calle Mayor 5", "Main Street 12": a house number after its street's name. */
const STREET_NUMBER_BEFORE = /\b(?:Rua|Rue|Calle|Avenida|Av\.|Avenue|Street|St\.|Road|Rd\.|Lane|Strasse|Straße|Ulica|ul\.|Via|Viale|Boulevard|Bulevar|Bulevardul|Strada|Str\.|Utca|Ulitsa|Carrer|Travessa|Largo|Praça)(?:\s+(?:d[aeo]s?|de la|del|di|della|of the)?\s*\p{Lu}[\p{L}'’.-]*){0,3},?\s+$/u;
// ("• Total supply points cut off: 47,850": a bulleted label too.)
const LABEL_COLON = /^(?:[^.:;]*[.;]\s+)?(?:[•▪●◦‣*·–—-]\s*)?((?:\p{L}[\p{L}'’-]*\s+){0,8}\p{L}[\p{L}'’-]*)\s*:\s*(?:about\s+|around\s+|some\s+)?$/iu;
/**
 * "The fire brigade's figure of 1,400 included 137 cars that escaped with soot", "the museum's figure of 583 left out 79
 * objects": a figure told with what it wrongly held or missed is the figure corrected, not the last word.
 */
export function isFaultedFigure(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  // ("… had counted 6,800 people evacuated, but it left out 1,320 islanders": the fault may follow in a "but" clause, or
  // past an aside about the figure.)
  const after = sentence.slice(quantity.end, quantity.end + 160);
  // ("The association's estimate of about 12,000 included owners who had paid an ordinary fine …": a source's figure
  // told with whom it took in is told to explain it.)
  const explained = FIGURE_OF_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start)) && INCLUDED_WHO_HAD_AFTER.test(after);
  return analysis.time.stage === 'latest' && (FAULTED_AFTER.test(after) || FAULTED_BUT.test(after) || FAULT_NAMED_AFTER.test(after) || explained);
}
const FIGURE_OF_BEFORE = /\b(?:figure|estimate|count|total|tally|list)\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|more than\s+)?$/i;
const INCLUDED_WHO_HAD_AFTER = /^\s+(?:had\s+|has\s+)?included\s+(?:[\p{L}'’-]+\s+){1,4}?(?:who|whose|that|which)\s+(?:had|were|was)\b/iu;
/** "The union's figure of about 7,000 included employees who had in fact been paid on time", "5,200 left out staff of two hospitals". */
// ("The hospital's figure of five included a man who died of kidney failure and whose cholera culture came back negative.")
// ("The Committee of Emergency Situations' figure of five did not include a 67-year-old neighbour who died in Khujand", "The
// police list of four, three who died at the wharf and a woman who died in hospital, did not yet include one of the two missing men.")
const FAULT_NAMED_AFTER = /^\s+(?:had\s+|has\s+)?(?:left out|missed|excluded|double-counted)\s+\p{L}|^(?:\s*,[^,;.]{2,100},)?\s+(?:did|does|had|has)\s+not\s+(?:yet\s+)?(?:include|included|count|counted)\s+\p{L}|^\s+(?:had\s+|has\s+)?included\s+(?:[\p{L}'’-]+\s+){1,4}?(?:who|that|which)\s+(?:had\s+)?(?:in fact|actually|already|never|not|later|wrongly)\b|^\s+(?:had\s+|has\s+)?included\s+(?:[\p{L}'’-]+\s+){1,4}?(?:who|whose|that|which)\b[^.;]{0,100}?\b(?:(?:came|come|comes) back negative|tested negative|of other causes|of another cause|unrelated)\b/iu;
const FAULTED_BUT = /^[^.;]{0,50}?,\s+but\s+(?:it|they|that|this|its \w+|their \w+|the \w+)\s+(?:had\s+|has\s+)?(?:(?:not|never)\s+(?:included|counted)|left out|missed|excluded|included|double-counted|counted (?:\w+ )?twice)\b/;
const FAULTED_AFTER = /^\s+(?:(?:had|has|did|does)\s+)?(?:(?:not|never)\s+)?(?:included|include|left out|excluded|missed|double-counted|counted (?:\w+ )?twice)\s+(?:(?:about|some|around|nearly|almost|only|just|another)\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozens|hundreds)\b)/i;
/** A run of capitalised words, a name's: its words count nothing before a bare figure. */
const NAME_RUN = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|the\s+|for\s+|and\s+)*\p{Lu}[\p{L}'’-]*)+/gu;
const PART_OF_RELATIVE = /^\s+of\s+(?:the|those|these|its|their)\s+(?:[\d,.]+\s+|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:who|that|which|whose|(?:the|its|their)\s+[\p{L}'’-]+\s+(?:had|has|have)\s+\p{L}+ed)\b/iu;
/**
 * Whether a question asks one outcome (the dead, the sick, the hurt, the missing or the vaccinated) and the figure's
 * own clause tells only another: "how many caught diphtheria?" is not answered by "bringing the toll to five", nor
 * "how many deaths?" by "seven workers were killed and 12 were missing".
 */
function tellsOtherOutcome(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  const asked = OUTCOME_KINDS.filter((kind) => kind.test(analysis.text));
  // ("How many guests were at the wedding meal?" is not answered by "Fifty-nine guests fell ill after a wedding dinner":
  // who was there is asked, not what befell some of them.)
  const asksPresence = asked.length === 0 && PRESENCE_ASKED.test(analysis.text);
  if (asked.length !== 1 && !asksPresence) return false;
  const before = sentence.slice(Math.max(0, quantity.start - 60), quantity.start).split(/;|,\s|\b(?:and|but|while|whereas|including|of which|of whom)\s/i).at(-1)!;
  const after = sentence.slice(quantity.end, quantity.end + 60).split(/;|,\s|\b(?:and|but|while|whereas)\s/i)[0]!;
  const clause = before + quantity.text + after;
  // ("None of the eleven passengers on board was hurt": an outcome denied befell no one, and says who was there.)
  if (asksPresence && /\b(?:none|no one|nobody|neither)\b/i.test(clause)) return false;
  return !(asked[0]?.test(clause) ?? false) && OUTCOME_KINDS.some((kind) => kind.test(clause));
}
const PRESENCE_ASKED = /\bhow many\b.{0,80}?\b(?:(?:were|was) (?:there|present|at|in attendance|on board|aboard|inside|invited|(?:in|on|inside) (?:the|a|an|their|its) (?!hospital\b|intensive\b|critical\b|custody\b|jail\b|prison\b)|on the job\b)|attend(?:ed|ing)?|turn(?:ed)? up|show(?:ed)? up|gathered|came to|took part)\b/i;
const DEATHS = /\b(?:died|dies|dead|deaths?|killed|killing|fatal\w*|toll|lives|perished|drowned|bodies)\b/i;
const ILLNESS = /\b(?:caught(?! fire)|catch(?! fire)|infected|infections?|cases?|(?:fell|falling|taken|taking|become|became|becoming) ill|sick|sickened|contracted|tested positive)\b/i;
const HURT = /\b(?:injur\w*|hurt|wounded|wounding)\b/i;
const MISSING = new RegExp(`\\b(?:${MISSING_WORDS})\\b`, 'i');
const VACCINATED = /\b(?:vaccinat\w*|immuni[sz]\w*|inoculat\w*|jabbed)\b/i;
const OUTCOME_KINDS = [DEATHS, ILLNESS, HURT, MISSING, VACCINATED];

/** "The count of 2,100 did not include 760 claims reported late": a figure said to be in or out of another, to explain it. */
export function isPartOfAnotherFigure(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  if (COMPONENT_ASKED.test(analysis.text)) return false;
  // ("The council had missed 11 businesses that closed without asking it for help": what a count got wrong.)
  // ("… the company's figure of 9,500 had counted 1,700 miners who ride twice a day as two people.")
  // ("The group had left out 42 day-case procedures, and the union had counted 36 operations postponed for other
  // reasons": beside another count's fault, what a count "had counted" is its fault too.)
  const counted = /\b((?:had|has|have)\s+)?counted\s+(?:about\s+|some\s+)?$/i.exec(sentence.slice(Math.max(0, quantity.start - 20), quantity.start));
  const countedWrongly =
    counted !== null &&
    // ("the mayor's list had counted five villagers as dead who were later found alive": counted by mistake.)
    // ("The Coordinadora's figure of 12,800 counted 1,380 households twice": with or without "had".)
    (MISCOUNTED_AFTER.test(sentence.slice(quantity.end)) || (counted[1] !== undefined && FAULT_TOLD.test(sentence.slice(0, quantity.start))));
  // ("One woman who had been counted among the hurt … has been taken off the list": what a count dropped.)
  // ("… after the joint survey removed four houses from the municipality's list": told actively too.)
  const takenOff =
    (TAKEN_OFF_AFTER.test(sentence.slice(quantity.end, quantity.end + 140)) || (REMOVED_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 20), quantity.start)) && REMOVED_FROM_AFTER.test(sentence.slice(quantity.end, quantity.end + 80)))) &&
    !/\b(?:taken|removed|struck|dropped|deleted) (?:off|from)\b/i.test(analysis.text);
  // ("Nine people had been counted twice, she said": the figure is the fault.)
  // (Unless that is asked: "How many farmers' names turned out to have been registered at two depots?")
  const itselfCountedTwice = COUNTED_TWICE_AFTER.test(sentence.slice(quantity.end, quantity.end + 60)) && !TWICE_ASKED.test(analysis.text);
  // ("One patient first listed as a leptospirosis death was found by laboratory tests to have died of dengue": what a count wrongly held.)
  const listedWrongly = LISTED_WRONGLY_AFTER.test(sentence.slice(quantity.end, quantity.end + 160)) && !WRONGLY_ASKED.test(analysis.text);
  return COMPONENT_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 90), quantity.start)) || MISCOUNT_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start)) || FIGURE_MISSED_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 80), quantity.start)) || countedWrongly || itselfCountedTwice || takenOff || listedWrongly;
}
/** Told right after a counted figure as counted by mistake: "counted 1,380 households twice", "five villagers … who were later found alive". */
const MISCOUNTED_AFTER = /^[^.;]{0,60}?\b(?:twice|as two|two times|double|who (?:were|was|had been) later|who (?:were|was) (?:later )?found (?:alive|to)|who turned out|by mistake|wrongly|in error)\b/i;
const LISTED_WRONGLY_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:first|earlier|initially|originally|wrongly)\s+(?:listed|counted|recorded|classed|classified|reported|registered|included)\s+(?:as|among)\b[^.;]{0,80}?\b(?:(?:was|were|had been|has been|have been)\s+(?:later\s+|since\s+|now\s+)?found|turned out|proved|(?:was|were) in fact)\b/iu;
const WRONGLY_ASKED = /\b(?:wrong\w*|mistaken\w*|misclassif\w*|in fact|turned out|found to|really|actually died|attributed|listed as|counted as|reclassif\w*|taken off|removed)\b/i;
const REMOVED_BEFORE = /\b(?:removed|struck|took|dropped|deleted|crossed)\s+(?:(?:about|some|another)\s+)?$/i;
const REMOVED_FROM_AFTER = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:from|off)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:list|count|toll|tally|register|figures?|total)\b/iu;
const TAKEN_OFF_AFTER = /^[^.;]{0,110}?\b(?:(?:has|have|had) been|were|was) (?:taken|removed|struck|dropped|deleted) (?:off|from) (?:the|its|their) (?:list|count|toll|tally|register|figures?)\b/i;
/** "Died", "deaths", "killed" read as one term. */
const DEATH = termOf('deaths');
const TWICE_ASKED = /\b(?:twice|two times|double|duplicat\w*|at two|in two|both)\b/i;
// ("18 people who had been counted in both Osh and Jalal-Abad": twice, by the places.)
const COUNTED_TWICE_AFTER = /^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:(?:had|have|has)\s+been|were|was)\s+(?:counted|listed|recorded|registered)\s+(?:twice|two times|double|(?:in|at|by|on) (?:both|two)\b)/iu;
const REVISED_FROM_BEFORE = /\b(?:up|down|rising|falling|risen|fallen|increased|decreased|raised|lowered|revised)\s+from\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$/i;
/** The figure told before this one in its sentence. */
export function previousFigure(sentence: string, quantity: Quantity): Quantity | undefined {
  return findQuantities(sentence.slice(0, quantity.start)).at(-1);
}
const FAULT_TOLD = /\b(?:had|has|have)\s+(?:also\s+)?(?:missed|left out|(?:not\s+)?included|not counted|double-counted)\s/i;
// ("The department's figure of 9,150 missed 1,270 recipients in Kanchanpur": told of a figure, the fault needs no "had".)
const FIGURE_MISSED_BEFORE = /\b(?:figure|count|total|tally|list|estimate)\s+of\s+(?:about\s+|some\s+|around\s+)?[\d,.]+\s+(?:[\p{L}'’-]+\s+){0,2}?(?:missed|left out|omitted|overlooked|excluded|double-counted)\s+(?:(?:about|some|around|nearly|almost|another|a further)\s+)?$/iu;
const MISCOUNT_BEFORE = /\b(?:had|has|have)\s+(?:also\s+|only\s+)?(?:missed|left out|included|double-counted|wrongly (?:counted|included))\s+(?:(?:about|some|around|nearly|almost|another|a further)\s+)?$/i;

/**
 * The figure counts what was checked, inspected or tested: "checked 1,240 coaches", "the 212 children tested so far",
 * "an inspection of all 26 registered fireworks workshops".
 */
function isCheckedNumber(sentence: string, quantity: Quantity): boolean {
  return CHECKED_BEFORE.test(sentence.slice(Math.max(0, quantity.start - 40), quantity.start)) || CHECKED_AFTER.test(sentence.slice(quantity.end, quantity.end + 60));
}
const CHECKING_VERBS = 'inspected|checked|tested|examined|screened|surveyed|audited|sampled|assessed|x-rayed';
const CHECKING_AUXILIARY = '(?:were|was|had been|have been|has been|being)';
const CHECKED_BEFORE = new RegExp(`\\b(?:${CHECKING_VERBS}|(?:inspections?|checks?|tests?|surveys?|audits?|screenings?|examinations?)\\s+of)\\s+(?:(?:about|some|around|nearly|almost|roughly|more than|over|all|the|its|their)\\s+)*$`, 'i');
// (After a word or an auxiliary at least: "About 2,400 checked bags" are luggage; "examined and treated" were treated too.)
const CHECKED_AFTER = new RegExp(`^\\s+(?:(?:(?!(?:and|or|but|after|before|when|while|as|who|that|which|by|had|have|has|then|to)\\s)[\\p{L}'’-]+\\s+){1,3}?(?:${CHECKING_AUXILIARY}\\s+)?|${CHECKING_AUXILIARY}\\s+)(?:${CHECKING_VERBS})\\b(?!\\s+(?:positive|negative|and\\s+\\p{L}+ed)\\b)`, 'iu');
/**
 * The question asks what was checked ("how many coaches were inspected?"), not what the checking found or led to:
 * "after the inspections" dates it, "inspectors" do it ("how many coaches have inspectors pulled from service?").
 */
function asksChecking(analysis: QuestionAnalysis): boolean {
  return CHECKING_ASKED.test(analysis.text.replace(CHECKING_AS_TIME, ' '));
}
const CHECKING_ASKED = /\b(?:inspect(?:s|ed|ing|ions?)?|check(?:s|ed|ing)?|test(?:s|ed|ing)?|examin\w*|screen(?:s|ed|ing)?|survey(?:s|ed|ing)?|audit(?:s|ed|ing)?|sampl\w*|assess\w*|x-ray\w*|look(?:ed|ing)? (?:at|into|over)|review\w*|visit\w*|go(?:ne)? through|went through)\b/i;
const CHECKING_AS_TIME = /\b(?:after|since|before|during|following|until|in)\s+(?:the|its|their|these|those|a|an)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\b/giu;
// ("14 of the farm's 31 ponds", "2,400 of the country's roughly 3,100 pharmacies": an owner and a qualifier may stand between.)
const WHOLE_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen))\s+(?:of\s+(?:the|its|their|our|all)|(?:[\p{L}-]+\s+){0,4}?out\s+of(?:\s+(?:the|its|their|our|all))?)\s+(?:[\p{L}-]+['’]s?\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$/iu;
const WHOLE_OPENING = /^\W*of\s+(?:the|its|their|these|those|all|all the)\s+(?:[\p{L}-]+['’]s?\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately)\s+)?$/iu;
const WHOLE_ASKED = /\b(?:are|were) there\b|\b(?:does|did|do|has|had|have) (?:it|they|he|she|the [a-z'-]+(?: [a-z'-]+)?) (?:have|has|had|own|run|operate|employ)\b|\bout of how many\b|\bin all\b/i;
// ("… had put the toll at 23, counting four missing passengers as dead": what the figure counted in.)
// ("The police list of four, three who died at the wharf and a woman who died in hospital, …": an aside naming its parts.)
const COMPONENT_BEFORE =
  /\b(?:figure|count|total|tally|estimate|list|toll)\s+of\s+(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?),\s+(?:about\s+|some\s+)?$|(?:\b(?:figure|count|total|tally|estimate|number|list|toll|register|records?)\b[^.;]{0,70}?|\d[\d,.]*\s+(?:had\s+|has\s+)?|^\W*(?:this|that|it)\s+(?:also\s+)?)\b(?:included|includes|including|counting|did not include|does not include|didn['’]t include|excluded|excludes|left out|leaves out|(?:is|was|are|were) made up of)\s+(?:(?:about|some|around|nearly|almost|roughly|the|a further|another|only|also)\s+)*$/i;
const COMPONENT_ASKED = /\bhow many of (?:them|those|these)\b|\binclud|\bexclud|\bleft out\b|\bmade up\b/i;
const DIFFERENCE_TOLD = /^\s*(?:[a-z-]+\s+){0,2}?(?:more|fewer|less)\b[^.;]{0,60}?\bthan\b/i;
/** A measure's unit followed by a comparison: "70 kilometres longer", "two metres higher than". */
const COMPARED_AFTER = /^\s*-?\s*(?:[\p{L}.²³]+\s+){1,2}(?:longer|shorter|higher|lower|deeper|shallower|wider|narrower|taller|bigger|larger|smaller|heavier|lighter|further|farther|more|less|fewer|faster|slower)\b/iu;
const DIFFERENCE_ASKED = /\b(?:more|fewer|less|than|difference|gap|extra|additional)\b/i;
// ("How much ammonia did the refrigeration system hold before the leak?": what it held, not what leaked.)
const CAPACITY_ASKED = /\bcan\b[^?]*\b(?:hold|store|carry|take|accommodate|seat|house)\b|\bcapacity\b|\bwhen (?:it is |it's |its )?full\b|\bhow (?:much|many)\b[^?]*\b(?:did|does|do)\b[^?]*\b(?:hold|contain|store)\b/i;
const RATE_WORDS = /\b(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|night|shift|weekday|season)\b|\b(?:daily|weekly|monthly|hourly|nightly|annual(?:ly)?|yearly|normally|usually|ordinary|typical|average)\b/i;
/**
 * "How many people was the club allowed to hold?": the verb of a limit is the question's form, as "how many" is — "the
 * occupancy permit allowed 180 people" tells the limit without it.
 */
export function isVerbOfAskedLimit(analysis: QuestionAnalysis, word: string): boolean {
  return LIMIT_ASKED.test(analysis.text) && LIMIT_VERB.test(word);
}
const LIMIT_VERB = /^(?:hold|carry|take|accommodate|seat|house|transport|admit|store|keep|stock|sleep|lodge)$/i;
const LIMIT_ASKED = /\b(?:designed|built|meant|permitted|allowed|licen[cs]ed|certified|rated|approved)\s+(?:to\s+(?:hold|carry|take|accommodate|seat|house|transport|let in|admit|store|keep|stock|sleep|lodge|take in)|for)\b/i;
const LIMIT_TOLD = /\b(?:designed|built|meant|permitted|allowed|licen[cs]ed|licen[cs]e|certified|rated|approved|capacity|limit|maximum)\b/i;
const CAPACITY_TOLD = /\b(?:capacity|capable|hold|holds|held|holding|contain|contains|contained|containing|store|stores|storing|carry|carries|carrying|room for|accommodate|accommodates|seats?|seating|up to|when full|can take|takes|designed for|built for|licensed for)\b/i;

type Dimension = 'height' | 'depth' | 'width' | 'length';

const DIMENSION_ASKED: Array<[Dimension, RegExp]> = [
  ['height', /\bhow (?:high|tall)\b|\b(?:what|at what) (?:height|altitude)\b|\b(?:height|altitude) of\b/i],
  ['depth', /\bhow (?:deep|far (?:down|below|beneath|under))\b|\b(?:what|at what) depth\b|\bdepth of\b/i],
  ['width', /\bhow wide\b|\bwhat width\b|\bwidth of\b/i],
  ['length', /\bhow long (?:is|was|are|were)\b|\bwhat length\b/i],
];

/** The words a sentence tells each dimension with, near the figure: "120 metres tall", "at a depth of 60 metres". */
const DIMENSION_TOLD: Record<Dimension, RegExp> = {
  height: /\b(?:high|higher|tall|taller|height|altitude|above|elevation)\b|\binto the (?:sky|air)\b/i,
  depth: /\b(?:deep|deeper|depth|down|below|beneath|under|underground)\b/i,
  width: /\b(?:wide|wider|width|across|radius|diameter|broad|breadth|around|round)\b/i,
  length: /\b(?:long|longer|length|stretch(?:es|ed|ing)?|runs?|ran|running|along|spans?|spanning|extends?|extending)\b/i,
};

/**
 * Whether a distance figure measures the dimension the question asks: a dimension word beside it, or a length
 * written onto the asked thing ("a 68-metre blade"). "What length of core thawed?" is answered by "160 metres of
 * core"; "how long is the cable from one end to the other" is not answered by "2.8 kilometres of cable were
 * damaged", a part of it. ("How high did the rocket get" is not answered by "the 21-metre rocket" either.)
 */
function tellsDimensionAsked(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  const dimension = DIMENSION_ASKED.find(([, asked]) => asked.test(analysis.text))?.[0];
  if (!dimension) return true;
  const near = sentence.slice(Math.max(0, quantity.start - 50), quantity.end + 40);
  if (DIMENSION_TOLD[dimension].test(near)) return true;
  const standsAs = dimension === 'length' || (dimension === 'height' && HOW_HIGH_IS.test(analysis.text));
  if (standsAs && measuresAskedThing(analysis, sentence, quantity)) return true;
  const stuff = /^\s*-?\s*(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|m|miles?|feet|ft|yards?)\s+of\s+(?:the\s+)?([a-z]+)/i.exec(sentence.slice(quantity.end, quantity.end + 40))?.[1];
  return /\bwhat length of\b/i.test(analysis.text) && stuff !== undefined && analysis.predicates.some((t) => t.term === termOf(stuff.toLowerCase()));
}

/** "The 68-metre blade", "a 48-metre tunnel": a length written onto the thing the question asks about. */
export function measuresAskedThing(analysis: QuestionAnalysis, sentence: string, quantity: Quantity): boolean {
  const thing = /^[\d.,]+\s*-?\s*(?:metres?|meters?|foot|feet|ft|km|kilometres?|kilometers?|miles?|m|inch(?:es)?|cm|yards?)[- ](?:long )?([a-z]+)/i.exec(sentence.slice(quantity.start, quantity.start + 40))?.[1];
  return thing !== undefined && analysis.predicates.some((t) => t.term === termOf(thing.toLowerCase()));
}

const HOW_HIGH_IS = /\bhow (?:high|tall) (?:is|was|are|were)\b/i;
const THROWN_UP = /^[\s-]*(?:km|kilomet(?:re|er)s?|met(?:re|er)s?|m|feet|ft|miles?)\b\s*(?:\([^)]{1,30}\)\s*)?(?:high\s+)?(?:up\s+)?into the (?:sky|air|atmosphere)\b/i;

const ASKS_HOW_FAR_IT_WENT = /\bhow far (?:did|does|do|has|have|had|will|would) (?!.*\bfrom\b)/i;
const COMPASS_DISTANCE = /^[\s-]*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\)?(?:\s*\([^)]{1,30}\))?\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b/i;
const ASKS_HOW_FAR = /\bhow (?:far|close|near)\b|\bdistance\b/i;
// ("… about 35 kilometres (22 miles) south-west of the capital": a conversion may stand between the unit and the direction.)
const LOCATING_DISTANCE = /^[\s-]*(?:(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\)?(?:\s*\([^)]{1,30}\))?|\([^)]{1,30}\))\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|away|outside|off|short of|up(?:stream|river)|down(?:stream|river)|inland|offshore)\b/i;

/** How far back a bare figure's "number of …" may stand in its sentence. */
const COUNTED_NOUN_REACH = 200;
/** The noun of the last "number of X" / "X toll" in the words before a bare figure, as a term ('toll' for a death toll). */
function nearestCountedNoun(before: string): string | undefined {
  // (A possessive opens the phrase without being counted: "the number of fishermen's fuel subsidy cards refused".)
  const counts = [...before.matchAll(/\b(?:number|total|tally|count) of (?:the |its |their )?(?:[\p{L}-]+[’']s?\s+)?(?:([\p{L}-]+(?:ed|ing))\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?|\b(toll)\b/giu)];
  const last = counts.at(-1);
  if (!last) return undefined;
  if (last[5]) return 'toll';
  // ("The number of accused held beyond their remand dates": a word told like a participle is the counted noun itself
  // when the word after it is none.)
  if (last[1] !== undefined && !sharedLexicon().isNoun(last[2]!.toLowerCase()) && sharedLexicon().isNoun(last[1].toLowerCase())) return termOf(last[1].toLowerCase());
  // ("The number of unit holders": a compound's last noun is what is counted; "the number of fires rose" counts fires.)
  const [first, second, third] = [last[2]!.toLowerCase(), last[3]?.toLowerCase(), last[4]?.toLowerCase()];
  // ("the number of fuel subsidy cards": two nouns before the plural one.)
  if (second !== undefined && third !== undefined && isNounCompound(first, second, third) && !isNounCompound(first, second)) return termOf(third);
  const isCompound = second !== undefined && !/s$/.test(first) && /[^s]s$/.test(second) && sharedLexicon().isNoun(first) && sharedLexicon().isNoun(second);
  return termOf(isCompound ? second : first);
}

/** The word a figure counts, as written ("guests" of "741 guests"), for WordNet; none for a bare figure or a sum. */
function countedWord(quantity: Quantity): string | undefined {
  return quantity.headTerm === '' ? undefined : /([a-z]+)$/.exec(quantity.figure)?.[1];
}

/** "741 guests", "1,200 commuters": a figure whose noun WordNet files under persons counts people. */
function countsKindOfPerson(quantity: Quantity): boolean {
  const noun = countedWord(quantity);
  return noun !== undefined && sharedLexicon().isPerson(noun);
}

/** "3,100 people", "741 guests": a figure that counts people, by its noun. */
export function countsPeople(quantity: Quantity): boolean {
  return PERSON_TERMS.has(quantity.headTerm) || countsKindOfPerson(quantity);
}

/** "196 houses" for "how many homes": a figure of a kind of the asked noun counts it. */
export function countsKindOfFocus(analysis: QuestionAnalysis, quantity: Quantity): boolean {
  const noun = countedWord(quantity);
  const focus = analysis.terms.find((t) => t.term === analysis.focus)?.word.toLowerCase();
  return noun !== undefined && focus !== undefined && sharedLexicon().isKindOf(noun, focus);
}

function matchesFocus(analysis: QuestionAnalysis, expansions: Expansions, term: string): boolean {
  const focus = analysis.focus!;
  return (
    term === focus ||
    (expansions.get(focus)?.has(term) ?? false) ||
    (GENERIC_FOCUS.has(focus) && PERSON_TERMS.has(term)) ||
    // ("How many residents did the village council count?" → "The Village Council says 52 people have needed help": a
    // source's own count of people, in the words of the one asked about, counts the people asked.)
    (analysis.source !== undefined && GENERIC_FOCUS.has(term) && PERSON_TERMS.has(focus))
  );
}

const UNITS = new Set(['percent', 'km', 'kilomet', 'kilometr', 'met', 'metr', 'mile', 'mph', 'kph', 'degre', 'hectar', 'acr', 'tonn', 'ton', 'kg', 'kilogram', 'litr', 'liter', 'gallon', 'barrel', 'millimetr', 'millimet', 'centimetr', 'centimet', 'mm', 'cm']);

function isMeasureUnit(term: string): boolean {
  return UNITS.has(term);
}

const MEASURE_UNITS: Record<NonNullable<QuestionAnalysis['measure']>, RegExp> = {
  // "19 km/h", "40 miles an hour" measure a speed, not a distance.
  distance: /^[\s-]*(km|kilomet(?:re|er)s?|met(?:re|er)s?|m\b|miles?|feet|foot|ft\b|yards?|nautical miles?)\b(?!\s*\/\s*h|\s*(?:per|an|a) hour)/i,
  speed: /^[\s-]*(km\/h|kph|mph|knots?|kilomet(?:re|er)s? (?:per|an) hour|miles (?:per|an) hour|met(?:re|er)s per second)/i,
  age: /^[\s-]*(years?[\s-]+old|-year-old|years? of age)/i,
  magnitude: /^$/,
  size: /^[\s-]*(hectares?|acres?|square|sq\b|km2|km²)/i,
  temperature: /^[\s-]*(degrees|°)/i,
  volume: /^[\s-]*(cubic|m3\b|m³|litres?\b|liters?\b|gallons?\b|barrels?\b)/i,
  weight: /^[\s-]*(kg\b|kilo(?:gram(?:me)?)?s?\b|tonnes?\b|tons?\b|pounds?\b|lbs?\b|grams?\b|g\b)/i,
};

/** The unit of the asked measure written right after a figure ("km/h" after "80"), as written. */
export function measureUnitAfter(kind: NonNullable<QuestionAnalysis['measure']>, sentence: string, quantity: Quantity): string | undefined {
  return MEASURE_UNITS[kind].exec(sentence.slice(quantity.end, quantity.end + 30))?.[1];
}

/** "How deep …" → "1,100 metres"; "how strong" → "magnitude 6.8"; "how old" → "41 years old". */
function isMeasureOf(kind: NonNullable<QuestionAnalysis['measure']>, sentence: string, quantity: Quantity): boolean {
  const after = sentence.slice(quantity.end, quantity.end + 30);
  if (MEASURE_UNITS[kind].test(after)) return true;
  const before = sentence.slice(Math.max(0, quantity.start - 30), quantity.start);
  if (kind === 'magnitude' || kind === 'size') return /\b(magnitude|measuring|scale of|registered|measured at|put (?:it|the quake) at)\s+(?:of\s+)?(?:about\s+|around\s+)?$/i.test(before) || /^\s+on the Richter scale/i.test(after);
  if (kind === 'age') return /\baged\s+$/i.test(before);
  return false;
}

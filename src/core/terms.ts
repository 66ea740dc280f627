// Words as the search sees them: lower-cased, stemmed, numbers normalised, with news synonyms.
import { createHash } from 'node:crypto';
import { stemmer } from 'stemmer';
import { DIGITS, numberValue } from './numbers.ts';

export const STOP_WORDS = new Set(
  ('a an the and or but if of to in on at by for with from as into onto about over after before than then so such ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    'it its this that these those there here their them they he she his her him we our you your i me my mine us who whom whose ' +
    'what which when where why how whether not no nor also just only very more most much many some any each every all both ' +
    'said says say told according also still yet up down out off again further once per via below above beneath too ' +
    'tell know please ever exactly roughly approximately around altogether overall actually currently now far total').split(/\s+/),
);

// Question words that never carry content.
const QUESTION_FILLER = new Set(['happen', 'happened', 'thing', 'things', 'anyone', 'someone', 'somebody', 'people']);

// Groups of words that news copy uses for the same thing; each word maps to its group's first member.
const SYNONYM_GROUPS: string[][] = [
  ['exchang', 'swap', 'trade', 'releas', 'free', 'freed', 'return', 'repatri', 'handov', 'transfer', 'took'],
  ['prison', 'captiv', 'pow', 'detaine', 'hostag', 'captur', 'captive'],
  ['kill', 'die', 'dead', 'death', 'fatal', 'casualti', 'killed', 'di'],
  ['injur', 'wound', 'hurt'],
  ['talk', 'negoti', 'meet', 'meeting', 'summit', 'gather', 'discuss'],
  ['mediat', 'broker', 'facilit', 'intermediari', 'mediator'],
  ['agre', 'agreement', 'deal', 'pact'],
  ['lead', 'led', 'head', 'chair', 'leader'],
  ['attend', 'join', 'particip'],
  ['ceasefir', 'truce', 'armistic'],
  ['ukrain', 'kyiv', 'kiev', 'ukrainian'],
  ['russia', 'russian', 'moscow', 'kremlin'],
  ['us', 'u.s', 'america', 'american', 'washington'],
  ['uae', 'emir'],
  ['turkei', 'turkish', 'istanbul', 'ankara', 'turkiy'],
  ['civilian', 'noncombat'],
  ['soldier', 'servicemen', 'troop', 'militari', 'fighter', 'combat'],
  ['finish', 'complet', 'end', 'conclud'],
  ['continu', 'ongo', 'underwai', 'resum'],
  // Weapons (missile, drone, shell) are not merged with strikes: "how many drones" must not count missiles.
  ['strike', 'attack', 'struck', 'hit', 'bombard'],
  ['bodi', 'corps'],
  ['start', 'begin', 'began', 'launch', 'commenc'],
  ['sanction', 'penalti', 'fine'],
  ['presid'],
  ['peopl', 'person', 'individu'],
  ['propos', 'suggest'],
];

const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) for (const word of group) SYNONYMS.set(word, group[0]!);

// Forms the stemmer leaves apart but readers treat as one.
const IRREGULAR_FORMS: Record<string, string> = {
  pows: 'pow', was: 'be', were: 'be', led: 'lead', took: 'took', began: 'begin', begun: 'begin', went: 'went',
  died: 'die', dying: 'die', struck: 'strike', freed: 'free', held: 'hold', met: 'meet', said: 'said', told: 'told',
  'u.s': 'u.s', 'u.s.a': 'u.s', usa: 'u.s',
  children: 'child', men: 'man', women: 'woman', people: 'peopl', under: 'under', way: 'way', underway: 'underwai',
};
// A Map, not the object: a word such as "constructor" would read Object.prototype's function as its form.
const IRREGULAR = new Map(Object.entries(IRREGULAR_FORMS));

// Multi-word expressions that mean one thing; replaced before splitting into words.
const PHRASES: Array<[RegExp, string]> = [
  [/\bunder way\b/gi, 'underway'],
  [/\bprisoners? of war\b/gi, 'pows'],
  [/\b(?:hand(?:ed|ing|s)?|turn(?:ed|ing|s)?|g[ai]ve|giving|sen[dt]|sending) (?:over|back)\b/gi, 'handover'],
  [/\b(?:c[ao]me|comes|coming|brought|bring|returned|sent|went|go|going) home\b/gi, 'returned'],
  [/\bset free\b/gi, 'freed'],
  // ("How many people had lost their lives?" → "it had counted 170 deaths": the idiom is dying.)
  [/\b(?:lost|lose|loses|losing) (?:their|his|her|its|our) lives?\b/gi, 'died'],
  [/\b(?:call(?:ed|ing|s)?|push(?:ed|ing|es)?|press(?:ed|ing|es)?) for\b/gi, 'proposed'],
  [/\bcease[- ]fire\b/gi, 'ceasefire'],
  // ("How many were aboard?" → "with 81 people on board": news copy writes both; a board of directors stays a board.)
  [/\bon board\b/gi, 'aboard'],
  // ("When did Brachan shut down 3G?" → "switched off its 3G network": one act, in the words either side uses.)
  [/\b(?:switch(?:ed|es|ing)?|turn(?:ed|s|ing)?|shut(?:s|ting)?) (?:off|down)\b/gi, 'switchoff'],
  // ("Which firm did Utilar wrongly hold responsible?" asks whom it blamed; what it held stays a word of its own.)
  [/\b(?:hold|holds|held|holding)\s+((?:[\p{L}'’-]+\s+){0,4}?)responsible\b/giu, 'blamed $1'],
];

// Most sentences hold none of the phrases; one test spares them the replacements.
const PHRASE_TRIGGER = /\b(?:under|lives|prisoners?|hand|handed|handing|hands|turn|turned|turning|turns|gave|give|giving|send|sent|sending|came|come|comes|coming|brought|bring|returned|went|go|going|set|call|called|calling|calls|push|pushed|pushing|pushes|press|pressed|pressing|presses|cease|hold|holds|held|holding|switch|switched|switches|switching|shut|shuts|shutting|board)\b/i;

export interface Token {
  /** The surface form, lower-cased. */
  word: string;
  /** The stem used for matching (synonym group applied). */
  term: string;
  /** Numeric value when the token is a number (digits or words). */
  value?: number;
}

const WORD = new RegExp(`${DIGITS}|[\\p{L}]+(?:[’'.-][\\p{L}]+)*`, 'gu');
/**
 * WORD for a text whose only characters outside ASCII are typographic punctuation (’ “ — …): the same
 * matches, and twice as fast without the Unicode property class. Any other character takes WORD.
 */
const ASCII_WORD = new RegExp(`${DIGITS}|[A-Za-z]+(?:[’'.-][A-Za-z]+)*`, 'g');
const BEYOND_ASCII = /[^\x00-\x7f\u2000-\u206f]/;
const wordPattern = (text: string): RegExp => new RegExp(BEYOND_ASCII.test(text) ? WORD : ASCII_WORD);

/** The text with each multi-word expression (PHRASES) replaced by its one word. */
function withPhrases(text: string): string {
  return PHRASE_TRIGGER.test(text) ? PHRASES.reduce((t, [phrase, word]) => t.replace(phrase, word), text) : text;
}

/** Tokenise text for indexing and matching. Stop words are dropped unless `keepStopWords`. */
export function tokenize(text: string, keepStopWords = false): Token[] {
  const tokens: Token[] = [];
  const normalised = withPhrases(text);
  for (const match of normalised.matchAll(wordPattern(normalised))) {
    const { word, term, value, isStopWord } = readWord(match[0]);
    if (!keepStopWords && isStopWord) continue;
    tokens.push(value !== undefined ? { word, term, value } : { word, term });
  }
  return tokens;
}

/** What the search index stores of a sentence: its search terms as one text of index words, and how many. */
export interface IndexedTerms {
  text: string;
  count: number;
}

/**
 * The search terms of a text (`tokenize(text).map((t) => t.term)`) as index words, space-separated: the
 * index build reads every sentence of the library through here, so there is no token object a word and
 * each distinct word is spelled as an index word once.
 */
export function indexTermsOf(text: string): IndexedTerms {
  const words: string[] = [];
  const normalised = withPhrases(text);
  const pattern = wordPattern(normalised);
  for (let match = pattern.exec(normalised); match !== null; match = pattern.exec(normalised)) {
    const known = readWord(match[0]);
    if (!known.isStopWord) words.push(known.indexWord);
  }
  return { text: words.join(' '), count: words.length };
}

/**
 * A term as a word of [a-z0-9_] only (the '#' of a number and any other character spelled out as _hex_),
 * so a full-text index that splits on anything else keeps it whole.
 */
export function indexWord(term: string): string {
  return term.replace(/[^a-z0-9]/gu, spellOut);
}

const spellOut = (c: string): string => `_${c.codePointAt(0)!.toString(16)}_`;

interface ReadWord {
  word: string;
  term: string;
  value: number | undefined;
  isStopWord: boolean;
  /** The term as the search index spells it (indexWord). */
  indexWord: string;
}

/** What tokenize makes of one matched word, each distinct spelling worked out once per process (bounded like TERMS). */
function readWord(raw: string): ReadWord {
  let known = WORDS.get(raw);
  if (known === undefined) {
    // "US" in capitals is the country, not the pronoun (a stop word).
    const word = raw === 'US' ? 'u.s' : raw.toLowerCase().replace(/[’']s$/, '');
    const value = numberValue(word);
    const term = value !== undefined ? `#${value}` : termOf(word);
    known = { word, term, value, isStopWord: STOP_WORDS.has(word), indexWord: indexWord(term) };
    if (WORDS.size < 200_000) WORDS.set(raw, known);
  }
  return known;
}

const WORDS = new Map<string, ReadWord>();

/** The matching key of one word: irregular form, stem, then synonym group. */
export function termOf(word: string): string {
  const known = TERMS.get(word);
  if (known !== undefined) return known;
  const base = word.includes("'") || word.includes('’') ? (IRREGULAR.get(word) ?? stemmer(withoutAccents(word).replace(/[’']/g, ''))) : stemOf(word);
  const term = SYNONYMS.get(base) ?? SYNONYMS.get(word) ?? base;
  // The vocabulary is bounded in practice; the cap keeps a hostile input from growing it forever.
  if (TERMS.size < 200_000) TERMS.set(word, term);
  return term;
}

/** Stemming is the cost of indexing; each distinct word is stemmed once per process. */
const TERMS = new Map<string, string>();

/** The plain stem of a word, before synonym groups; each distinct word stemmed once per process (bounded like TERMS). */
export function stemOf(word: string): string {
  let stem = STEMS.get(word);
  if (stem === undefined) {
    stem = IRREGULAR.get(word) ?? stemmer(withoutAccents(word));
    if (STEMS.size < 200_000) STEMS.set(word, stem);
  }
  return stem;
}

const STEMS = new Map<string, string>();

/** "Betão Atlântico", "Ekström": a name is asked about without its accents as often as with them, so terms drop them. */
export function withoutAccents(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}+/gu, '') : word;
}

/** Content terms of a question: what must be found in an answering passage. */
export function contentTerms(question: string): Token[] {
  return tokenize(question).filter((t) => !QUESTION_FILLER.has(t.word));
}

/**
 * Changes whenever the word lists or the stemmer do, so an index stored with other terms is rebuilt
 * instead of silently missing words.
 */
export const TERMS_VERSION = createHash('sha256')
  .update(JSON.stringify([[...STOP_WORDS], SYNONYM_GROUPS, IRREGULAR_FORMS, PHRASES.map(([re, word]) => [String(re), word]), String(WORD), tokenize('Running swapped prisoners, 1,000 POWs; constructor; Betão Ekström')]))
  .digest('hex')
  .slice(0, 16);

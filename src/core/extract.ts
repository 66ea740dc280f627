// Spans a sentence can answer with: quantities, names, places and times, each with its position.
import { capitalised, WEEKDAY_ALTERNATIVES } from './calendar-words.ts';
import { isCurrencyCode } from './currencies.ts';
import { CURRENCY_SIGNS, DIGITS, figureValue, isYear, numberWord, ORDINAL_VALUES, RAND_FIGURE_AHEAD } from './numbers.ts';
import { sharedLexicon } from './lexicon.ts';
import { endsWithPlaceOpener } from './sentences.ts';
import { termOf } from './terms.ts';

export interface Span {
  text: string;
  start: number;
  end: number;
}

export interface Quantity extends Span {
  /** Numeric value for comparing sources (vague amounts such as "hundreds of thousands" get an order of magnitude). */
  value: number;
  /** The words the number counts ("prisoners", "Ukrainian soldiers"), as terms. */
  nounTerms: string[];
  /** The counted noun itself ("soldier" in "270 Ukrainian soldiers"), as a term; '' when the figure stands alone. */
  headTerm: string;
  /** Just the figure, as it must appear in the answer ("almost 10,000"). */
  figure: string;
}

const NUMBER_WORD = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand|dozens?|a dozen)';
const QUALIFIER = '(?:(?:almost|nearly|about|around|roughly|approximately|some|over|more than|fewer than|less than|at least|up to|as many as|close to|an estimated|a total of|just over|just under)\\s+)?';
const FRACTION = '(?:(?:a|one|two|three|four)[ -](?:half|third|quarter|fifth|sixth|tenth)s?|half)';
/**
 * A currency sign, with the country letters some put before it ("A$30m", "US$2bn", "EC$95,000"). After a sign "m"
 * and "k" are millions and thousands ("£4.2m"); without one "40m" is as often metres, so only "bn" and "mn" count.
 * South Africa's rand is a letter glued to a figure with a point or separator ("R9.8 million", "R18,400"; not "route R2").
 */
// ("R26 million", "R9.8 million", "R1,200": the rand's R before a figure with a magnitude or a separator; "R500" alone may be a model's name.)
const CURRENCY = `(?:(?:[A-Z]{1,3})?[${CURRENCY_SIGNS}]|R(?=${RAND_FIGURE_AHEAD}))`;
// A count or amount: "almost 10,000", "$2.4 billion", "£4.2m", "18%", "one thousand", "a fifth", "hundreds of thousands",
// "one hundred and twenty-seven" (tens and units after a scale, with or without "and"; "twenty-seven" after a tens' hyphen).
// (Never the digits after another figure's point: "R9.8 million" is not 8 million.)
const QUANTITY = new RegExp(
  `(?<![\\w${CURRENCY_SIGNS}]|\\d[.,])${QUALIFIER}(?:${FRACTION}|(?:hundreds|thousands|tens|millions|dozens) of (?:thousands|millions)?|${CURRENCY}(?:${DIGITS})(?:bn|mn|m|k)(?![\\w])|${CURRENCY}?(?:${DIGITS})(?:\\s?(?:million|billion|trillion|thousand|%|percent)|(?:bn|mn)(?![\\w]))?|${NUMBER_WORD}(?:(?<=hundred|thousand|million)[ -]and(?=[ -]${NUMBER_WORD}\\b)|[ -](?:hundred|thousand|million|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?![\\w])(?<=(?:hundred|thousand|million|and)[ -]\\w+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\\w+|[ -](?:hundred|thousand|million)))*)(?![\\w])`,
  'gi',
);
const LEADING_SIGN = new RegExp(`^[A-Z]{0,3}[${CURRENCY_SIGNS}]`);
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const DAY = `(?:${capitalised(WEEKDAY_ALTERNATIVES)})`;
const TIME_EXPRESSION = new RegExp(
  `\\b(?:(?:on|by|until|since|from|before|after|in|during|earlier|later|last|next|this)\\s+)?(?:${DAY}(?:\\s+(?:afternoon|morning|evening|night))?(?:\\s+and\\s+${DAY})?|${MONTH}\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{4}|(?:19|20)\\d{2}|(?:last|next|this|earlier this|later this)\\s+(?:week|month|year|weekend)|the coming days|the near future|yesterday|today|tomorrow)\\b`,
  'g',
);

/** Numbers that are dates, years or durations are not counts. */
function isCountLike(sentence: string, start: number, end: number, raw: string): boolean {
  const after = sentence.slice(end, end + 12);
  const before = sentence.slice(Math.max(0, start - 12), start);
  // "bought 1911 buses" counts buses; "in 1998", "since 2022", "the 2019 figure" are years.
  if (isYear(raw) && !isCountOfThings(sentence, start, end)) return false;
  // ("Glass 1600–1800": a span of years, whatever follows it.)
  if (/^(?:1[0-9]{3}|20[0-9]{2})$/.test(raw) && (/^[–—]\d{4}\b/.test(after) || /\b\d{4}[–—]$/.test(before))) return false;
  if (new RegExp(`${MONTH}\\s*$`).test(before) || new RegExp(`^\\s*${MONTH}`).test(after)) return false;
  // ("on the night of 12 to 13 September", "between 3 and 5 May": the first day of a span is a day too.)
  if (new RegExp(`^\\s*(?:to|and|-|–)\\s*\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}`).test(sentence.slice(end, end + 24))) return false;
  if (/^-(day|hour|week|month|year|minute)/i.test(after)) return false;
  if (/^\s+(days?|hours?|weeks?|months?|years?|minutes?|decades?|sec|seconds?)\b/i.test(after)) return false;
  if (/^(?:st|nd|rd|th)\b/.test(after)) return false;
  // An emergency number is a name: "212 calls to 911", "the 911 figure", "dialled 999".
  if (/^(?:911|999|112)$/.test(raw) && (/\b(?:to|call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|reach(?:ed|ing)?|the|a|state|county|on)\s+$/i.test(before) || /^\s+(?:calls?|call-?takers?|dispatch\w*|operators?|cent(?:er|re)s?|office|system|lines?|services?|figure|outage)\b/i.test(after))) return false;
  // A telephone number is a name too: "calling 8 800 22 115", "on 0800 555 0199" (digit groups no thousands separator makes).
  if (isInPhoneNumber(sentence, start, end)) return false;
  // A section's number opening its heading or paragraph ("1.5 Every affected patient was retested …") counts nothing,
  // nor does a list item's ("1. remove all dead fish from the cages"), whatever case its first word takes.
  const opens = /^\s*$/.test(sentence.slice(0, start));
  if (opens && /^\d+(?:\.\d+)+\.?$|^\d+\.$/.test(raw) && /^\s+\p{Lu}/u.test(after)) return false;
  if (opens && /^\d{1,2}$/.test(raw) && /^[.)]\s+\p{L}/u.test(after)) return false;
  // ("VOID 15/03 — REFUND", "open 24/7": a numeric date or a fraction of days counts nothing.)
  if (/^\/\d/.test(after) || /\d\/$/.test(before)) return false;
  // A code's number names something ("error E-214", "the Ilyushin-76 cargo plane", "a MiG-29"): it counts nothing.
  if (/\p{L}-$/u.test(before) && /^\d/.test(raw)) return false;
  // A number after "N°", "No." or "#" names something: "Escuela Básica N° 3416", "Gate No. 4", "Ward #12".
  if (/^\d/.test(raw) && /(?:\bN[°º]|\bN[oO]\.|\bNr\.?|#)\s*$/.test(before)) return false;
  // Clock times ("3:15 p.m.", "10.40pm", "9 a.m.") are not counts.
  if (/^:\d/.test(after) || /\d:$/.test(before) || /^(?:\.\d{2})?\s?(?:am\b|pm\b|a\.m\.|p\.m\.)/i.test(after)) return false;
  return true;
}

/** The run of space- or hyphen-separated digit groups around a figure has three or more groups that are not thousands. */
function isInPhoneNumber(sentence: string, start: number, end: number): boolean {
  const head = /(?:\d+[ -])*$/.exec(sentence.slice(Math.max(0, start - 24), start))![0];
  const tail = /^(?:[ -]\d+)*/.exec(sentence.slice(end, end + 24))![0];
  const run = `${head}${sentence.slice(start, end).replace(/^\D+/, '')}${tail}`;
  const groups = run.split(/[ -]/).filter(Boolean);
  return groups.length >= 3 && groups.every((g) => /^\d+$/.test(g)) && !/^\d{1,3}(?: \d{3})+$/.test(run);
}

/** A year-like figure after a verb and before a plural noun ("bought 1911 buses", "1998 people were evacuated") counts them. */
function isCountOfThings(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(Math.max(0, start - 16), start);
  if (start === 0 || /\b(?:in|on|at|by|of|since|from|until|till|to|the|a|year|years|between|and|or|before|after|during|early|late|mid|summer|winter|spring|autumn|fall|season|its|their)\s+$/i.test(before) || /[(\-–/]\s*$/.test(before)) return false;
  return /^\s+(?!(?:and|or|to|in|on|at|by|for|with|from|when|as|after|before|during|until|since|the|a|an|was|were|is|are)\b)[a-z]+s\b/.test(sentence.slice(end, end + 30));
}

const CODE_BEFORE = /(?<![\p{L}])(\p{L}{2,3}\.?)\s?$/u;
/** Whether a figure's text opens with a currency's code or letters ("CHF 1.45 million", "Rs 40 crore"). */
export function opensWithCurrencyCode(text: string): boolean {
  const code = /^(\p{L}{2,3}\.?)\s?\d/u.exec(text)?.[1];
  return code !== undefined && isCurrencyCode(code);
}

export function findQuantities(sentence: string): Quantity[] {
  const quantities: Quantity[] = [];
  for (const match of sentence.matchAll(QUANTITY)) {
    let raw = match[0];
    let start = match.index;
    // "handed over 303", "turned over 40": the particle of the verb, not "more than".
    const particle = /^(over|about|around|some)\s+/i.exec(raw);
    if (particle && /\b(hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|t[oa]ken?|took|pass(?:ed)?|g[ai]ven?|gave|brought|br[io]ng|sen[dt]|flew|moved?|spread|went|came|looked)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start))) {
      raw = raw.slice(particle[0].length);
      start += particle[0].length;
    }
    // "CHF 1.45 million", "Rs 40 crore", "Kč 2.4 million": a currency's code or letters before the figure are the sum's.
    const code = CODE_BEFORE.exec(sentence.slice(Math.max(0, start - 5), start));
    if (code && /^\d/.test(raw) && isCurrencyCode(code[1]!)) {
      raw = code[0] + raw;
      start -= code[0].length;
    }
    // ("several hundred dockers", "a few thousand people": a vague amount, read whole, not a hundred or a thousand.)
    const vagueScale = /^(?:hundred|thousand)$/i.test(raw) ? /\b(?:several|a few)\s+$/i.exec(sentence.slice(Math.max(0, start - 12), start)) : null;
    if (vagueScale) {
      raw = vagueScale[0] + raw;
      start -= vagueScale[0].length;
    }
    const end = start + raw.length;
    // "one" in "one of the", "no one" or "each one" is not a count.
    // ("one on top of another", "one by one", "one after another": a way of doing, not a count.)
    if (/^one$/i.test(raw) && (/^\s+(?:of|another|side|day|on top of|by one|after (?:another|the other))\b/i.test(sentence.slice(end, end + 20)) || /\bone\s+by\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)))) continue;
    if (!isCountLike(sentence, start, end, raw.replace(/^\D+\s/, '').replace(LEADING_SIGN, ''))) continue;
    // "A third patient died" is the third to die, no fraction of anyone; it counts only when told as the newest death.
    const nextWord = /^\s+([\p{L}-]+)/u.exec(sentence.slice(end, end + 30))?.[1];
    if (/^(?:a|one)[ -](?:third|fifth|sixth|tenth)$/i.test(raw) && nextWord !== undefined && !NOT_A_NOUN.test(nextWord)) continue;
    const value = vagueScale ? 3 * figureValue(raw.slice(vagueScale[0].length))! : quantityValue(raw);
    if (value === undefined) continue;
    const nounWords = countedWords(sentence.slice(end));
    const nounTerms = nounWords.map((w) => termOf(w.toLowerCase().replace(/[’']s$/, '')));
    quantities.push({
      text: raw,
      figure: raw + unitOrNoun(sentence.slice(end)),
      start,
      end,
      value,
      nounTerms,
      headTerm: nounTerms.at(-1) ?? '',
    });
  }
  quantities.push(...newestDeaths(sentence));
  return quantities.sort((a, b) => a.start - b.start);
}

/**
 * "… as the number of cases rose to 31 and a third patient died": an ordinal told of a death counts the dead so far
 * (the figure is the ordinal's number; its text is the words, which the answer quotes).
 */
function newestDeaths(sentence: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of sentence.matchAll(NEWEST_DEATH)) {
    const value = ORDINAL_VALUES[match[1]!.toLowerCase()];
    const noun = match[2]!;
    if (value === undefined || !sharedLexicon().isPerson(noun.toLowerCase())) continue;
    const start = match.index;
    const text = match[0].slice(0, match[0].indexOf(noun) + noun.length);
    const term = termOf(noun.toLowerCase());
    // (The answer leads with the count, "Three dead", the sentence's words following in the quote.)
    found.push({ text, figure: `${capitalised(numberWord(value)!)} dead`, start, end: start + text.length, value, nounTerms: [term], headTerm: term });
  }
  return found;
}
const ORDINAL = `(${Object.keys(ORDINAL_VALUES).join('|')})`;
const NEWEST_DEATH = new RegExp(String.raw`\b[Aa] ${ORDINAL} ([a-z-]+) (?:(?:has|had|have) )?(?:also |now |since |later )?(?:died|been killed|was killed|succumbed|passed away)\b`, 'g');
const NEWEST_DEATH_TEXT = new RegExp(`^a ${ORDINAL} `, 'i');
/** Whether a quantity is one newestDeaths read: it counts the dead, and answers nothing else. */
export function isNewestDeath(quantity: Quantity): boolean {
  return NEWEST_DEATH_TEXT.test(quantity.text);
}

const NOT_A_NOUN = /^(of|the|a|an|and|or|to|in|on|at|from|each|per|by|for|with|than|as|since|until|till|during|after|before|because|over|under|into|onto|about|around|towards|toward|against|between|among|within|without|across|through|via|despite|beyond|upon|below|above|behind|beside|besides|near|off|out|up|down|while|when|where|if|but|not|nor|yet|had|have|has|were|was|are|is|be|been|did|does|do|will|would|could|can|should|may|might|must|who|which|that|so|said|says|more|this|its|their|his|her|next|last|ago|now|then|yesterday|today|tomorrow|earlier|later|it|they|we|he|she|you|i)$/i;

/** "The museum's figure of 583 left out 79 objects", "about 900 included 146 complaints": a verb comes next, telling of another figure. */
const VERB_OF_ANOTHER_FIGURE = /^\s+(?:\p{Ll}+ed|left|put|cut|set|made|took|gave|rose|fell|lost|hit|found|kept|held|meant|included|excluded|covers|includes|excludes|counts)\s+(?:(?:out|off|up|down|in)\s+)?(?:(?:about|some|around|nearly|almost|only|just)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a dozen|dozens|hundreds)\b)/u;

/** The words for those missing ("12 were missing", "60 unaccounted for"), which the answer gate weighs as an outcome too. */
export const MISSING_WORDS = 'missing|unaccounted';
const OUTCOME_ALONE = new RegExp(`^(?:${MISSING_WORDS})$`, 'i');
/** The word a figure counts or measures ("390 people", "35 kilometers", "270 Ukrainian soldiers"), with its leading space. */
function unitOrNoun(after: string): string {
  if (VERB_OF_ANOTHER_FIGURE.test(after)) return '';
  // ("about 40 per cent of a normal crop": a share is told with its sign.)
  const share = /^\s*(per ?cent|percent)\b/i.exec(after);
  if (share) return ` ${share[1]}`;
  const words = /^\s+([\p{L}’'-]+)(?:\s+([\p{L}’'-]+))?(?:\s+([\p{L}’'-]+))?/u.exec(after);
  if (!words || NOT_A_NOUN.test(words[1]!) || /[’']s$/.test(words[1]!)) return '';
  // ("killing 14 people and leaving about 60 missing": an outcome standing alone says what befell them, not what they are.)
  if (OUTCOME_ALONE.test(words[1]!) && (!words[2] || NOT_A_NOUN.test(words[2]))) return '';
  // ("two badly burned women": an adverb goes with the words it modifies.)
  if (isAdverb(words[1]!)) {
    const rest = unitOrNoun(after.slice(after.indexOf(words[1]!) + words[1]!.length));
    return rest ? ` ${words[1]}${rest}` : '';
  }
  // A nationality or other capitalised modifier goes with its noun: "270 Ukrainian soldiers", "7.1 million U.S.
  // dollars", "40 million Hong Kong dollars".
  const modified = /^\s+((?:\p{Lu}\.){1,3}|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)\s+(\p{Ll}[\p{L}’'-]*)/u.exec(after);
  if (modified && !NOT_A_NOUN.test(modified[2]!)) return ` ${modified[1]} ${modified[2]}`;
  // "three surgical wards", "4,000 stranded passengers": an adjective-like modifier goes with its noun too.
  const second = words[2];
  if (second && (/(?:ed|ing|al|ian|ese|ish|ern)$/.test(words[1]!) || /^(?:cubic|square)$/.test(words[1]!)) && /^\p{Ll}/u.test(second) && !NOT_A_NOUN.test(second)) return ` ${words[1]} ${second}`;
  // "58 examination centres", "three bus routes": a noun before the plural noun it names.
  if (second && words[3] && isNounCompound(words[1]!, second, words[3]) && !isNounCompound(words[1]!, second)) return ` ${words[1]} ${second} ${words[3]}`;
  if (second && isNounCompound(words[1]!, second)) return ` ${words[1]} ${second}`;
  return /^\p{Ll}/u.test(words[1]!) ? ` ${words[1]}` : '';
}

/** The noun phrase a figure counts: capitalised or adjective-like modifiers, then the noun ("Ukrainian soldiers", "captured soldiers"). */
export function countedWords(after: string): string[] {
  if (VERB_OF_ANOTHER_FIGURE.test(after)) return [];
  // "9 of the victims": the partitive names what is counted.
  // "9 of the victims", "2.9 million of the affected customers": the partitive names what is counted.
  const partitive = /^\s+of\s+(?:the\s+|those\s+|them\s+|its\s+|their\s+)?((?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)/u.exec(after);
  if (partitive) {
    const words: string[] = [];
    for (const word of partitive[1]!.split(/\s+/)) {
      if (NOT_A_NOUN.test(word)) break;
      words.push(word);
    }
    if (words.length > 0) return words;
  }
  // "14 more miners", "another 230 flights": the increment word is not what is counted.
  const words = (/^\s+(?:(?:more|additional|further|other|new|extra)\s+)?((?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+)/u.exec(after)?.[1] ?? '').split(/\s+/).filter(Boolean);
  const phrase: string[] = [];
  for (const [i, word] of words.entries()) {
    if (NOT_A_NOUN.test(word)) break;
    phrase.push(word);
    const next = words[i + 1];
    const isModifier = /^\p{Lu}/u.test(word) || /(ed|ing|al|ian|ese|ish|ern)$/.test(word) || isAdverb(word) || (next !== undefined && isNounCompound(word, next, words[i + 2]));
    if (!isModifier || !next || NOT_A_NOUN.test(next)) break;
  }
  return phrase;
}

/** "Badly", "seriously": a word in -ly that is no noun ("family", "supply") modifies the words after it. */
function isAdverb(word: string): boolean {
  return /^\p{Ll}{3,}ly$/u.test(word) && !sharedLexicon().isNoun(word);
}

/** A singular noun naming the plural one after it: "examination centres", "bus routes" (not "coaches near", "people died"). */
export function isNounCompound(first: string, second: string, third?: string): boolean {
  // ("fuel subsidy cards", "water treatment plants": two singular nouns before the plural one.)
  if (third !== undefined && /^\p{Ll}{3,}$/u.test(first) && !/s$/.test(first) && !NOT_A_NOUN.test(first) && sharedLexicon().isNoun(first) && isNounCompound(second, third)) return true;
  return /^\p{Ll}{3,}$/u.test(first) && !/s$/.test(first) && /^\p{Ll}{3,}[^s]s$/u.test(second) && !NOT_A_NOUN.test(first) && !NOT_A_NOUN.test(second) && sharedLexicon().isNoun(first);
}

function quantityValue(raw: string): number | undefined {
  return figureValue(raw.replace(new RegExp(`^${QUALIFIER}`, 'i'), ''));
}

// "Joris van Dijk", "Ana da Silva": the particles of a family name join it.
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'al', 'bin', 'van', 'von', 'der', 'den', 'del', 'da', 'di', 'du', 'dos', 'das', 'es', 'el', 'la', 'le', 'ul', 'ud']);
const NOT_NAMES = new Set(['The', 'A', 'An', 'But', 'And', 'In', 'On', 'At', 'As', 'It', 'He', 'She', 'They', 'We', 'I', 'This', 'That', 'These', 'Those', 'While', 'After', 'Before', 'Earlier', 'Later', 'Instead', 'Despite', 'Until', 'Since', 'Both', 'Previous', 'More', 'Most', 'Some', 'Any', 'Until', 'Talks', 'Above', 'Referring', 'Posting', 'When', 'If', 'Although',
  // Time zones ("at about 2:30 a.m. (0030 GMT)") name no one.
  'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'CEST', 'BST']);
const NON_ENTITY = new RegExp(`^(?:${DAY}|${MONTH})$`);

/** Runs of capitalised words ("United Arab Emirates", "Kirill Dmitriev"), possessive stripped. */
export function findNames(sentence: string): Span[] {
  const names: Span[] = [];
  const word = /[\p{L}][\p{L}’'.-]*/gu;
  let current: Span | undefined;
  let pendingConnector = '';
  const flush = (): void => {
    if (current) names.push(current);
    current = undefined;
    pendingConnector = '';
  };
  for (const match of sentence.matchAll(word)) {
    // "Ukraine." ends its sentence: the capitalised word after it starts another name ("It").
    const ended = current !== undefined && /[^.]\p{Ll}\.$/u.test(current.text) && !endsWithPlaceOpener(current.text);
    if (ended) flush();
    const w = match[0];
    const start = match.index;
    const gap = current ? sentence.slice(current.end + (pendingConnector ? pendingConnector.length + 1 : 0), start) : '';
    // "A-level", "X-ray", "U-turn": a capital letter joined to a lower-case word names nobody.
    // ("DKK 2.1 million": a currency's code before a sum names nobody either.)
    const capital = /^\p{Lu}/u.test(w) && !NON_ENTITY.test(w.replace(/[’']s$/, '')) && !/^\p{Lu}-\p{Ll}/u.test(w) && !(isCurrencyCode(w) && /^\s?\d/.test(sentence.slice(start + w.length, start + w.length + 2)));
    // The first word of a sentence (or of an opening quotation) is capitalised anyway.
    const isOpening = sentence.slice(0, start).trim().replace(/^["“‘']/, '') === '';
    if (capital && !(isOpening && (NOT_NAMES.has(w) || /ly$/.test(w)))) {
      if (current && /^\s+$/.test(gap)) {
        current = { text: sentence.slice(current.start, start + w.length), start: current.start, end: start + w.length };
        pendingConnector = '';
      } else {
        flush();
        current = { text: w, start, end: start + w.length };
      }
      if (/[’']s$/.test(w)) {
        current = { ...current, text: current.text.replace(/[’']s$/, ''), end: current.end - 2 };
        flush();
      }
    } else if (current && !pendingConnector && CONNECTORS.has(w) && /^\s+$/.test(sentence.slice(current.end, start))) {
      pendingConnector = w;
    } else {
      flush();
    }
  }
  flush();
  // A name at the end of a sentence picked up its full stop ("Istanbul."); initials like "U.S." keep theirs.
  return names
    .map((n) => (/[^.]\p{Ll}\.$/u.test(n.text) ? { ...n, text: n.text.slice(0, -1), end: n.end - 1 } : n))
    .filter((n) => !NOT_NAMES.has(n.text));
}

const DURATION = new RegExp(
  // ("thirteen school days", "13 working days", "three consecutive days": a kind of day is still days.)
  `\\b${QUALIFIER}(?:\\d+|${NUMBER_WORD}|a|an)[ -](?:(?:school|working|business|trading|calendar|teaching|consecutive|straight|full)[ -])?(?:minute|hour|day|week|month|year|decade)s?(?:-long)?\\b`,
  'gi',
);

/** "30-day", "two hours", "more than three years": answers to "how long". */
export function findDurations(sentence: string): Span[] {
  return [...sentence.matchAll(DURATION)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

export function findTimes(sentence: string): Span[] {
  const times = [...sentence.matchAll(TIME_EXPRESSION)]
    .map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }))
    // "this year's expected profit", "Monday's blast": a time that qualifies a noun says when nothing happened.
    .filter((t) => !/^['’]s?\b/.test(sentence.slice(t.end, t.end + 3)))
    // "Again on a Monday", "every Friday": a weekday any week has is no day.
    .filter((t) => !(/^\p{L}+day$/u.test(t.text) && /\b(?:a|every|each|any|another)\s+$/i.test(sentence.slice(Math.max(0, t.start - 9), t.start))))
    // ("… will open on Saturday afternoons": the weekday of a plural time is every such day.)
    .filter((t) => !(/\p{L}+day$/u.test(t.text) && /^\s+(?:mornings|afternoons|evenings|nights)\b/i.test(sentence.slice(t.end, t.end + 12))))
    // ("(2030 GMT Monday)", "at 1900 hours": a clock time written as four figures is no year.)
    .filter((t) => !(/^(?:19|20)\d{2}$/.test(t.text) && /^\s*(?:GMT|UTC|Z\b|hours?\b|hrs\b|local time\b)/.test(sentence.slice(t.end, t.end + 12))));
  // "on Thursday 17 September", "on Monday, April 13": a weekday and its date are one time.
  const merged: Span[] = [];
  for (const t of times) {
    const last = merged.at(-1);
    if (last && /^,?\s+$/.test(sentence.slice(last.end, t.start)) && WEEKDAY_END.test(last.text)) merged[merged.length - 1] = { text: sentence.slice(last.start, t.end), start: last.start, end: t.end };
    else merged.push(t);
  }
  return merged;
}
const WEEKDAY_END = /(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** The speaker of a reported statement: "Zelenskiy said", "said Rubio", "Umerov wrote". */
export function findSpeaker(sentence: string): Span | undefined {
  const names = findNames(sentence);
  return (
    names.find((n) => /^,?\s+(said|says|told|wrote|writes|added|posted|announced|stated)\b/.test(sentence.slice(n.end, n.end + 12))) ??
    names.find((n) => /\b(said|says|wrote|according to)\s+$/.test(sentence.slice(Math.max(0, n.start - 14), n.start)))
  );
}

/** Words ("not", "didn’t", "failed to") that turn a statement into its denial. */
export const NEGATION = /\b(not|never|no|didn[’']t|doesn[’']t|don[’']t|wasn[’']t|weren[’']t|isn[’']t|aren[’']t|hasn[’']t|haven[’']t|won[’']t|failed to|declined|refused|ruled out)\b/i;

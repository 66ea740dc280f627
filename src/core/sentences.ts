// Sentence splitting that keeps every sentence a verbatim slice of its paragraph, so it can be quoted.

/** A dateline opening a report's first sentence ("KNOCKFERRY —", "SEPANG -"): capitals, then a dash. A pattern's source, for a sentence's start. */
export const DATELINE_OPENING = String.raw`\p{Lu}[\p{Lu}\s.,'’()-]*\s[–—-]`;

// Abbreviations that end in a period but rarely end a sentence. Compared without the final period, lower-cased.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'lt', 'col', 'capt', 'cmdr', 'maj', 'sgt', 'adm',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'amb', 'supt', 'insp', 'ing', 'mgr', 'dipl',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'no', 'nos', 'vs', 'etc', 'approx', 'est', 'inc', 'corp', 'ltd', 'co', 'plc', 'dept', 'univ', 'mt', 'ft', 'fig',
  // ("Sto. Niño Industrial Park", "Sta. Rosa", "Brgy. San Isidro": Spanish and Philippine place names.)
  'sto', 'sta', 'brgy',
  'u.s', 'u.k', 'u.n', 'e.u', 'e.g', 'i.e', 'a.m', 'p.m', 'u.s.a', 'd.c',
]);

/** Abbreviations that open a place's name ("St. Petersburg", "Mt. Elgon", "Sto. Niño Industrial Park"): the name goes on after the period. */
const PLACE_OPENERS = /(?:^|\s)(?:St|Mt|Ft|Sto|Sta|Brgy)\.$/;

/** Does `text` end in the abbreviation that opens a place's name? */
export function endsWithPlaceOpener(text: string): boolean {
  return PLACE_OPENERS.test(text);
}

const QUOTE_MARKS = /["“”«»„]/g;

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence inside the paragraph. */
  start: number;
}

/** Split one paragraph (a single line of text) into verbatim sentence spans. */
export function splitSentences(paragraph: string): SentenceSpan[] {
  const pieces = splitAtBoundaries(paragraph);
  return mergeOpenQuotes(pieces, paragraph)
    .map((span) => trimSpan(span))
    .filter((span) => /[\p{L}\p{N}]/u.test(span.text));
}

function splitAtBoundaries(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  // A boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then a sentence opener.
  // The lookbehind starts a match only at the first mark of a run, so a long run of dots is scanned once.
  const boundary = /(?<![.!?])([.!?]+)(["”’'»)\]]*)(\s+)(?=["“‘'«(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[1]!.length + match[2]!.length;
    if (match[1] === '.' && !match[2] && isAbbreviation(paragraph, match.index)) continue;
    spans.push({ text: paragraph.slice(start, end), start });
    start = end + match[3]!.length;
  }
  if (start < paragraph.length) spans.push({ text: paragraph.slice(start), start });
  return spans;
}

/** Longer than any abbreviation or dotted acronym: the word before a period is read back this far at most. */
const MAX_ABBREVIATION = 12;

/** Is the period at `dot` the end of an abbreviation or an initial ("U.S.", "Mr.", "J. Smith")? */
function isAbbreviation(paragraph: string, dot: number): boolean {
  // Only the word before the period is read (never everything before it), so a paragraph parses in linear time.
  let from = dot;
  while (from > 0 && dot - from <= MAX_ABBREVIATION && /[\p{L}.]/u.test(paragraph[from - 1]!)) from--;
  if (dot - from > MAX_ABBREVIATION) return false;
  const word = paragraph.slice(from, dot);
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // A single capital letter is an initial ("John F. Kennedy").
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted acronyms such as "U.S" or "U.N" not in the list.
  return /^(\p{L}\.)+\p{L}$/u.test(word);
}

/** A sentence that opens a quotation and does not close it continues into the next piece. */
function mergeOpenQuotes(spans: SentenceSpan[], paragraph: string): SentenceSpan[] {
  const merged: SentenceSpan[] = [];
  let open: SentenceSpan | undefined;
  // Quotes are counted per piece and summed, so an unclosed quote costs each piece once, not once per piece after it.
  let quotes = 0;
  for (const span of spans) {
    quotes += countQuotes(paragraph.slice(open ? open.start + open.text.length : span.start, span.start + span.text.length));
    open = open ? { start: open.start, text: paragraph.slice(open.start, span.start + span.text.length) } : span;
    if (quotes % 2 === 0) {
      merged.push(open);
      open = undefined;
      quotes = 0;
    }
  }
  if (open) {
    // An unbalanced quote to the end of the paragraph: keep the pieces rather than one run-on sentence.
    // A loop, not push(...spans): a spread of 100,000 pieces overflows the call stack.
    for (const span of spans) if (span.start >= open.start) merged.push(span);
  }
  return merged;
}

function countQuotes(text: string): number {
  return text.match(QUOTE_MARKS)?.length ?? 0;
}

function trimSpan(span: SentenceSpan): SentenceSpan {
  const leading = span.text.length - span.text.trimStart().length;
  return { text: span.text.trim(), start: span.start + leading };
}

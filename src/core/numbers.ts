// The one number reader: digits ("390", "1,000", "3.5"), words ("ninety-five", "two hundred and fifty",
// "a dozen"), scaled figures ("1.5 million", "$2.4 billion"), vague amounts ("hundreds of thousands") and
// fractions ("a fifth"). Ordinals ("second", "21st") are positions, not amounts, and are never read as one (what
// position an ordinal names is here too, for the newest death a report tells by it).

/** Digits with thousands separators only where a group of three follows: "41," is 41 and a comma. */
export const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** What follows the rand's R glued to a figure: "R9.8 million", "R1,200", "R26 million", "R12m" (never a bare "R500", a name). */
export const RAND_FIGURE_AHEAD = String.raw`\d{1,3}[,.]\d|\d+(?:\.\d+)?\s?(?:million|billion|bn|mn|m|k)\b`;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FRACTIONS: Record<string, number> = { half: 2, halves: 2, third: 3, quarter: 4, fifth: 5, sixth: 6, tenth: 10 };
/** Vague amounts, read as an order of magnitude so sources can still be compared. */
const VAGUE: Record<string, number> = { dozens: 24, tens: 20, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9 };

/**
 * The positions an ordinal names ("a third patient died" is the third death): read only where a position is told of
 * a count, never as an amount.
 */
export const ORDINAL_VALUES: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12 };

/** The word for a small whole number ("three" for 3), as the number words above spell it; undefined past nineteen. */
export function numberWord(value: number): string | undefined {
  return Object.keys(UNITS).find((word) => UNITS[word] === value);
}

/** A regex alternative matching one number word (used to build patterns elsewhere). */
export const NUMBER_WORD = [...Object.keys(UNITS), ...Object.keys(TENS), 'hundred', 'thousand', 'million', 'billion', 'dozen'].join('|');

const ONLY_DIGITS = new RegExp(`^(?:${DIGITS})$`);

/** The value of one word or digit string ("twelve", "1,000", "dozen"); undefined for anything else. */
export function numberValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  // Built once: tokenize calls this for every word of every story indexed.
  if (ONLY_DIGITS.test(lower)) return Number(lower.replace(/,/g, ''));
  if (lower === 'dozen') return 12;
  // Own keys only: "constructor" or "toString" are words, not the tables' inherited properties.
  return (Object.hasOwn(UNITS, lower) ? UNITS[lower] : undefined) ?? (Object.hasOwn(TENS, lower) ? TENS[lower] : undefined) ?? (Object.hasOwn(SCALES, lower) ? SCALES[lower] : undefined);
}

/** The signs of the world's currencies, beyond the dollar, euro and pound: the guaraní's ₲, the cedi's ₵, the kip's ₭, … */
export const CURRENCY_SIGNS = '$€£¥₹₩₦₱₽₴₪₫₸₾฿₺₲₵₡₭₮₼¢';
/** Any of them, anywhere in a text: "GH₵4.8 million" is a sum. */
export const CURRENCY_SIGN = new RegExp(`[${CURRENCY_SIGNS}]`);
/** A money sign before a figure, a country's letters included: "$", "TT$", "N$", "GH₵", "₱". */
export const MONEY_SIGN = String.raw`(?:[A-Z]{0,3}[${CURRENCY_SIGNS}]\s?)`;
const SIGN_WITH_LETTERS = new RegExp(`(?:\\b[a-z]{1,3})?[${CURRENCY_SIGNS}]`, 'g');

/**
 * The value of a written figure without its qualifier ("ninety-five", "1.5 million", "$2.4 billion",
 * "a dozen", "two hundred and fifty", "a fifth", "hundreds of thousands"). Undefined when it is no amount.
 */
export function figureValue(raw: string): number | undefined {
  // ("R9.8 million": the rand's sign is a letter glued to the figure; "CHF 1.45 million", "Rs 40 crore": a code before it.)
  const text = raw.toLowerCase().replace(SIGN_WITH_LETTERS, '').replace(/^r(?=\d)/, '').replace(/^\p{L}{2,3}\.?\s?(?=\d)/u, '').trim();
  const digits = new RegExp(`^(${DIGITS})\\s*(hundred|thousand|million|billion|trillion|bn|mn|m|k)?\\b`).exec(text);
  if (digits) {
    const scale = digits[2] === 'bn' ? 1e9 : digits[2] === 'm' || digits[2] === 'mn' ? 1e6 : digits[2] === 'k' ? 1e3 : (SCALES[digits[2] ?? ''] ?? 1);
    return Number(digits[1]!.replace(/,/g, '')) * scale;
  }
  const fraction = /^(?:(a|an|one|two|three|four)[ -])?(half|halves|third|quarter|fifth|sixth|tenth)s?$/.exec(text);
  if (fraction) return (fraction[1] && fraction[1] !== 'a' && fraction[1] !== 'an' ? UNITS[fraction[1]]! : 1) / FRACTIONS[fraction[2]!]!;
  const vague = /^(dozens|tens|scores|hundreds|thousands|millions|billions)(?: of (thousands|millions|billions))?\b/.exec(text);
  if (vague) return VAGUE[vague[1]!]! * (vague[2] ? SCALES[vague[2].replace(/s$/, '')]! : 1);
  return wordsValue(text);
}

/** "two hundred and fifty" → 250, "a dozen" → 12, "one thousand" → 1000; undefined when no number word. */
function wordsValue(text: string): number | undefined {
  const words = text.replace(/^an? (?=dozen|hundred|thousand|million|billion)/, 'one ').split(/[\s-]+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return undefined;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'dozen') {
      current = (current || 1) * 12;
    } else if (UNITS[word] !== undefined) current += UNITS[word]!;
    else if (TENS[word] !== undefined) current += TENS[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (SCALES[word] !== undefined) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

// A figure in running text: digits with an optional scale ("£4.2m" after a currency sign, "2bn"), or a run of number words.
const FIGURE = new RegExp(
  String.raw`(?:(?<![\w.,])|(?<=(?<![\w.,])R)(?=${RAND_FIGURE_AHEAD}))(?:(?<=[${CURRENCY_SIGNS}]|(?<![\w.,])R)(?:${DIGITS})(?:bn|mn|m|k)\b|(?:${DIGITS})(?:\s*(?:hundred|thousand|million|billion|trillion)\b|(?:bn|mn)\b)?)(?![\w]|[.,]\d)` +
    String.raw`|\b(?:(?:${NUMBER_WORD})(?:[\s-]+(?:and[\s-]+)?(?=(?:${NUMBER_WORD})\b))?)+\b`,
  'gi',
);
const ORDINAL_AFTER = /^(?:st|nd|rd|th)\b/;

/** The values of every amount in a text, in order (ordinals left out): what a model's sentence claims. */
export function figuresIn(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(FIGURE)) {
    if (ORDINAL_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const value = figureValue(match[0]);
    if (value !== undefined) values.push(value);
  }
  return values;
}

/** A four-digit number that reads as a year ("since 2022"), kept apart from counts. */
export function isYear(raw: string): boolean {
  return /^\d{4}$/.test(raw) && Number(raw) >= 1900 && Number(raw) <= 2100;
}

/** Whether two figures are the same value, read from different texts ("1.2 million" and "1,200,000"): equal up to rounding. */
export function isSameFigure(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(b) * 1e-9;
}

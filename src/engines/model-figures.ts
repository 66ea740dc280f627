// Figures are where a model invents most readily, so every figure in a model's sentence must appear in
// a quote it kept. Figures compare by value: "1,000" backs "1000", "five" backs "5".

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20,
};
const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

// A number in digits ("390", "1,000", "3.5", the "30" of "30-day") or a run of number words
// ("one thousand", "two hundred"), optionally scaled ("1.5 million").
const FIGURE = new RegExp(
  String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s+(hundred|thousand|million|billion)\b)?` +
    String.raw`|\b((?:(?:${Object.keys(SMALL_NUMBERS).join('|')}|hundred|thousand|million|billion)\b[\s-]*)+)`,
  'gi',
);

/** The values of every figure in the text, in order. */
export function figuresIn(text: string): number[] {
  const values: number[] = [];
  for (const match of text.matchAll(FIGURE)) {
    if (match[1] !== undefined) {
      const value = Number(match[1].replace(/,/g, ''));
      values.push(match[2] ? value * MULTIPLIERS[match[2].toLowerCase()]! : value);
    } else if (match[3] !== undefined) {
      values.push(wordsValue(match[3]));
    }
  }
  return values;
}

/** "two hundred" → 200, "one thousand" → 1000, "thousand" → 1000. */
function wordsValue(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/).filter(Boolean)) {
    const multiplier = MULTIPLIERS[word];
    if (multiplier === undefined) {
      current += SMALL_NUMBERS[word] ?? 0;
    } else if (multiplier >= 1000) {
      total += Math.max(current, 1) * multiplier;
      current = 0;
    } else {
      current = Math.max(current, 1) * multiplier;
    }
  }
  return total + current;
}

/** Figures in `text` that none of the quotes contains (by value); empty when every figure is backed. */
export function unbackedFigures(text: string, quotes: string[]): number[] {
  const backed = new Set(quotes.flatMap(figuresIn));
  return figuresIn(text).filter((value) => !backed.has(value));
}

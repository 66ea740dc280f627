// Initials a question uses for a name the stories spell out: "T&V" for Thornbury & Vale, "MPSB" for the
// Maritime Pharmacy Standards Board, "the HB marathon" for the Harlan Bay Marathon.

/** Capitals written together ("MPSB", "T&V"): read as initials when the stories never write them so. */
const INITIALS = /(?<![\p{L}&])(?:\p{Lu}{2,6}|\p{Lu}{1,3}(?:&\p{Lu}{1,3})+)(?![\p{L}&])/gu;

/** Runs of capitalised words, with the small words names hold ("Thornbury & Vale", "Bank of England"). */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:&|and|of|for|the)\s+)?\p{Lu}[\p{L}’'-]*)*/gu;

/** The initials written in a question, as written. */
export function initialsIn(question: string): string[] {
  return [...new Set(question.match(INITIALS) ?? [])];
}

/**
 * The name in these texts whose capitalised words begin with the initials' letters, in order: any run of
 * consecutive capitalised words of a longer name ("HB" is the "Harlan Bay" of "Harlan Bay Marathon"), a
 * word in capitals giving all its letters ("USGS", the "US Geological Survey").
 */
export function spelledOut(initials: string, texts: readonly string[]): string | undefined {
  const letters = initials.replace(/&/g, '');
  for (const text of texts) {
    for (const run of text.match(NAME_RUN) ?? []) {
      const words = run.split(/\s+/);
      // Each capitalised word's letters for initials, with the word each letter comes from.
      const units = words.flatMap((word, i) => (!/^\p{Lu}/u.test(word) ? [] : /^\p{Lu}{2,4}$/u.test(word) ? [...word].map((letter) => ({ letter, i })) : [{ letter: word[0]!, i }]));
      for (let start = 0; start + letters.length <= units.length; start++) {
        const picked = units.slice(start, start + letters.length);
        const whole = (start === 0 || units[start - 1]!.i !== picked[0]!.i) && (start + letters.length === units.length || units[start + letters.length]!.i !== picked.at(-1)!.i);
        // A name of as many words as letters is not its own initials ("MD" is no spelling-out of "MD").
        if (whole && picked.every(({ letter }, k) => letter === letters[k]) && picked[0]!.i !== picked.at(-1)!.i) {
          return words.slice(picked[0]!.i, picked.at(-1)!.i + 1).join(' ');
        }
      }
    }
  }
  return undefined;
}

/**
 * Offices news copy writes out but chat abbreviates ("who's the ceo of veltrane", "the estonian PM"): the
 * title the stories use. Few and fixed, so kept here rather than guessed from the stories' capitals.
 */
const OFFICES: Record<string, string> = {
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  md: 'managing director',
  pm: 'prime minister',
  mp: 'member of parliament',
  mps: 'members of parliament',
};
const OFFICE_WORD = new RegExp(`(?<![\\p{L}'’&-])(${Object.keys(OFFICES).join('|')})(?![\\p{L}'’&-])`, 'giu');

/** The question with the office abbreviations it uses, and `isUnknown` says the stories never write, spelled out. */
export function withOfficesSpelledOut(question: string, isUnknown: (abbreviation: string) => boolean): string {
  return question.replace(OFFICE_WORD, (word: string) => (isUnknown(word) ? OFFICES[word.toLowerCase()]! : word));
}

// A question's misspelt word ("perscriptions", "culed") read as the word the stories use: one letter
// dropped, added, changed or two swapped, and the result an English word the stories hold.
import type { Lexicon } from './lexicon.ts';
import { STOP_WORDS } from './terms.ts';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** Longer than any English word: no misspelling, and its one-edit spellings would number in the tens of thousands. */
const MAX_WORD_LETTERS = 30;

/** Every spelling one edit away (Damerau–Levenshtein distance 1). */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of LETTERS) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(word);
  return [...out];
}

/**
 * The word as the stories spell it, when it is no English word and nowhere in the stories: the one-edit
 * spelling that is an English word the stories use most (`uses` counts the sentences holding it).
 * Short words are left alone: one edit from a four-letter word reaches too many others.
 */
export function correctedSpelling(word: string, lexicon: Lexicon, uses: (word: string) => number): string | undefined {
  if (word.length < 5 || word.length > MAX_WORD_LETTERS || !/^[a-z]+$/.test(word) || STOP_WORDS.has(word) || isKnownForm(word, lexicon) || uses(word) > 0) return undefined;
  let best: { word: string; uses: number } | undefined;
  for (const candidate of oneEditAway(word)) {
    if (!lexicon.isWord(candidate)) continue;
    const n = uses(candidate);
    if (n > 0 && (!best || n > best.uses)) best = { word: candidate, uses: n };
  }
  return best?.word;
}

/**
 * WordNet knows "sue" but not always "suing"; chat drops apostrophes ("wasnt", "couldnt"). Such a word is
 * spelt as meant, whatever one edit away would also be a word.
 */
function isKnownForm(word: string, lexicon: Lexicon): boolean {
  // "wasnt", "couldnt", "theyre", "youve", "whats", "theyd": a stop word with its apostrophe dropped.
  if (lexicon.isWord(word) || [/nt$/, /re$/, /ve$/, /ll$/, /s$/, /d$/].some((ending) => ending.test(word) && STOP_WORDS.has(word.replace(ending, '')))) return true;
  // ("supplied", "earlier", "stopped", "bigger", "safer": WordNet knows "supply", "early", "stop", "big", "safe"; an -ied,
  // a doubled consonant or a comparative is a form, not a misspelling of "supplier" or "stopper".)
  const stems = [
    word.replace(/ing$/, ''),
    word.replace(/ing$/, 'e'),
    word.replace(/e?d$/, ''),
    word.replace(/ed$/, 'e'),
    word.replace(/e?s$/, ''),
    word.replace(/ie[ds]$|ier$|iest$/, 'y'),
    word.replace(/([b-df-hj-np-tv-z])\1(?:ed|ing|er|est)$/, '$1'),
    word.replace(/e(?:r|st)$/, ''),
    word.replace(/(?:r|st)$/, ''),
  ];
  return stems.some((stem) => stem !== word && stem.length >= 2 && lexicon.isWord(stem));
}

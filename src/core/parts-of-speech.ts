// Parts of speech of a question, from wink-nlp's English model (shipped in its package, so this stays
// offline): which of its words are things ("painting", "sinkhole") rather than actions or descriptions.
// A question is a dozen words; tagging one costs about 0.04 ms, and the model loads once (loadTagger, or when first asked).
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let nlp: WinkMethods | undefined;

/** The common nouns of a text, lower-cased, in order (names, pronouns and numbers left out). */
export function commonNouns(text: string): string[] {
  return wordsTagged(text, 'NOUN');
}

/** The main verbs of a text, lower-cased, in order ("was", "did" and other auxiliaries left out). */
export function mainVerbs(text: string): string[] {
  return wordsTagged(text, 'VERB');
}

/** The adjectives of a text, lower-cased, in order ("bogus", "previous"). */
export function adjectives(text: string): string[] {
  return wordsTagged(text, 'ADJ');
}

/**
 * The words of a closed class (prepositions, conjunctions, determiners, pronouns, auxiliaries: "along", "amongst",
 * "whose"), lower-cased. WordNet lists none of them, so they must not be taken for misspellings or names.
 */
export function functionWords(text: string): string[] {
  return wordsTagged(text, ...CLOSED_CLASSES);
}

const CLOSED_CLASSES = ['ADP', 'SCONJ', 'CCONJ', 'DET', 'PRON', 'AUX', 'PART'];

/** Loads the model now (about a tenth of a second), not when a question first needs a tag. */
export function loadTagger(): WinkMethods {
  return (nlp ??= winkNLP(model, ['pos']));
}

function wordsTagged(text: string, ...wanted: string[]): string[] {
  const tagger = loadTagger();
  const tokens = tagger.readDoc(text).tokens();
  const words = tokens.out();
  const tags = tokens.out(tagger.its.pos);
  return words.filter((_, i) => wanted.includes(tags[i]!)).map((w) => w.toLowerCase());
}

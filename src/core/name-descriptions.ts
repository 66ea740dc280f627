// What a report calls the bodies it names: "SénéPay Systèmes SARL, the service provider", "Frigo Kayar Pêche SA, a fish
// cold store", "the service provider, SénéPay Systèmes SARL". A question asks about "the software provider" or "the
// cold store's owner"; the sentence that answers names the body ("SénéPay Systèmes, which has been ordered to pay a
// penalty of 18 million CFA francs"). The description told elsewhere in the report stands beside the name.
import { findNames } from './extract.ts';
import { sharedLexicon } from './lexicon.ts';
import { tokenize } from './terms.ts';
import type { Story } from './types.ts';

/** "X, a fish cold store on the …", "X, the company that built …": an apposition after the name, up to its first function word. */
const AFTER_NAME = /^,\s+(?:a|an|the)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s*[,;.)]|\s+(?:who|which|that|on|in|at|of|from|near|with|whose|for|run|owned|based|behind|to|and)\b)/u;
/**
 * "the service provider, X", "by its contractor X": the description before the name, where a phrase opens (not the
 * object of a clause before it: "The company that owned the van, Sentinel Cash Services, said" is no van).
 */
const BEFORE_NAME = /(?:^|[,;:(]\s*|\b(?:by|from|to|with|against|for|and|of|said|says)\s+)(?:the|its|their)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+),?\s+$/u;
/** "the Frigo Kayar Pêche cold store": the name as the modifier of what it is. */
const NAME_AS_MODIFIER = /^\s+([\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)/u;

const FUNCTION_WORD = /\b(?:from|to|by|with|of|for|on|in|at|into|over|under|and|or|but|than|as)\b/;

/** Per report, what it calls each name asked about so far, by key. */
const cache = new WeakMap<Story, Map<string, Set<string>>>();

/** The name's key: its first two words ("Frigo Kayar" of "Frigo Kayar Pêche SA"), as the report's later mentions shorten it. */
function keyOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  return words.length >= 2 ? words.slice(0, 2).join(' ') : undefined;
}

/**
 * The terms of what the report calls the name of this key. Read per key, not for every name of the report: ranking
 * asks it of each report the search reached, and reading every name of every such report was a tenth of a question's time.
 */
function descriptionOf(story: Story, key: string): Set<string> {
  let known = cache.get(story);
  if (!known) cache.set(story, (known = new Map()));
  const cached = known.get(key);
  if (cached) return cached;
  const terms = new Set<string>();
  const add = (words: string | undefined): void => {
    // ("recover part of the cost from SénéPay": a phrase that runs through a preposition describes something else.)
    if (words === undefined || FUNCTION_WORD.test(words)) return;
    for (const token of tokenize(words)) terms.add(token.term);
  };
  // (A sentence without the key's first word names no one of that key.)
  const first = key.slice(0, key.indexOf(' '));
  for (const sentence of story.sentences) {
    const text = sentence.text;
    if (!text.includes(first)) continue;
    for (const name of findNames(text)) {
      if (keyOf(name.text) !== key) continue;
      add(AFTER_NAME.exec(text.slice(name.end))?.[1]);
      add(BEFORE_NAME.exec(text.slice(0, name.start))?.[1]);
      // (Only after "the": "Frigo Kayar Pêche has raised …" is no cold store.)
      if (/\b(?:the|a|an)\s+$/i.test(text.slice(Math.max(0, name.start - 5), name.start))) {
        const nouns = (NAME_AS_MODIFIER.exec(text.slice(name.end))?.[1] ?? '').split(/\s+/).filter(Boolean);
        const head: string[] = [];
        for (const word of nouns) {
          if (!sharedLexicon().isNoun(word)) break;
          head.push(word);
        }
        if (head.length > 0) add(head.join(' '));
      }
    }
  }
  known.set(key, terms);
  return terms;
}

/**
 * The terms of what the reports call the names a sentence writes ("provider" beside "SénéPay Systèmes"). The reports
 * are those the question's search reached: another report of the event may be the one that describes the body.
 */
export function describedTerms(reports: Iterable<Story>, text: string): Set<string> {
  const terms = new Set<string>();
  const keys = findNames(text).map((name) => keyOf(name.text)).filter((key): key is string => key !== undefined);
  if (keys.length === 0) return terms;
  for (const report of reports) for (const key of keys) for (const term of descriptionOf(report, key)) terms.add(term);
  return terms;
}

// Citations are only ever built from text that is verbatim in a story: either a sentence we split,
// or a quote (from a model) found in a story with whitespace differences ignored.
import type { Citation, Library, Sentence, Story } from './types.ts';

/** Outlet name to show; stories without one are named by their file so a reader can still find them. */
export function outletName(story: Pick<Story, 'outlet' | 'file'>): string {
  return story.outlet || `unnamed outlet (${story.file})`;
}

/** The citation of one sentence of a story, as number `n`. */
export function citationFor(story: Story, sentence: Sentence, n: number): Citation {
  return {
    n,
    file: story.file,
    storyId: story.id,
    title: story.title,
    outlet: outletName(story),
    date: story.date,
    ...(story.url ? { url: story.url } : {}),
    quote: sentence.text,
    sentenceId: sentence.id,
  };
}

/** Number citations in order of first use, one per sentence. */
export function citeSentences(library: Library, sentences: Sentence[], first = 1): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const sentence of sentences) {
    if (seen.has(sentence.id)) continue;
    seen.add(sentence.id);
    const story = library.storyById(sentence.storyId);
    if (!story) continue;
    citations.push(citationFor(story, sentence, first + citations.length));
  }
  return citations;
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Typographic variants a model tends to normalise: curly quotes and apostrophes, dashes. */
function fold(text: string): string {
  return squash(text).replace(/[“”„«»]/g, '"').replace(/[‘’]/g, "'").replace(/[—–]/g, '-');
}

const QUOTE_CANDIDATES = 50;

/**
 * Find a quote in the stories. Returns the story sentence that contains it (so the citation quotes
 * the exact source text), or undefined when the quote is not in any story.
 */
export function findQuote(library: Library, quote: string): Sentence | undefined {
  const wanted = fold(quote).replace(/^["']|["']$/g, '').trim();
  if (wanted.length < 12) return undefined;
  // A quote shares its rarest words with the sentence it comes from, so that sentence ranks near the top.
  for (const { sentence } of library.search(wanted, QUOTE_CANDIDATES)) {
    const text = fold(sentence.text);
    // The quote must be the sentence, or a substantial part of it (not a few common words).
    if (text.includes(wanted) && wanted.length >= Math.min(40, text.length * 0.5)) return sentence;
  }
  return undefined;
}

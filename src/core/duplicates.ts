// Near-duplicate stories: two cuts of the same wire copy share most of their word sequences.
// Containment (not Jaccard) of word 5-gram shingles, so a short cut of a longer story still groups with it.
import type { DuplicateGroup, Story } from './types.ts';

const SHINGLE = 5;
/** Share of the shorter story's shingles found in the other at which two stories count as one source. */
export const DUPLICATE_CONTAINMENT = 0.35;
/** A word sequence in more stories than this is a phrase of the trade or page furniture, not shared copy. */
export const MAX_SHINGLE_HOLDERS = 50;

/**
 * Word 5-grams of a text, hashed to numbers (strings would cost the build several seconds at 10,000 stories).
 * A word is a run of letters and digits of the lower-cased text; one pass hashes each word as it is read,
 * with no word strings made (splitting first cost the index build a second per 10,000 stories).
 */
export function shingles(text: string): Set<number> {
  const lower = text.toLowerCase().replace(/u\.s\./g, 'us');
  const window = new Uint32Array(SHINGLE);
  const set = new Set<number>();
  let words = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  const endWord = (): void => {
    window[words % SHINGLE] = h >>> 0;
    words++;
    if (words >= SHINGLE) {
      let g = 0;
      for (let k = words - SHINGLE; k < words; k++) g = Math.imul(g ^ window[k % SHINGLE]!, FNV_PRIME) >>> 0;
      set.add(g);
    }
    h = FNV_OFFSET;
    inWord = false;
  };
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    let units = 1;
    let isWordChar: boolean;
    // The text is lower-cased: ASCII letters are a–z only.
    if (c < 128) isWordChar = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      const point = lower.codePointAt(i)!;
      units = point > 0xffff ? 2 : 1;
      isWordChar = LETTER_OR_DIGIT.test(String.fromCodePoint(point));
    }
    if (isWordChar) {
      for (let u = 0; u < units; u++) h = Math.imul(h ^ lower.charCodeAt(i + u), FNV_PRIME);
      inWord = true;
    } else if (inWord) endWord();
    i += units - 1;
  }
  if (inWord) endWord();
  return set;
}

/** A word character outside ASCII, as the split on [^\p{L}\p{N}] this scan replaced had it. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Group stories whose shingle containment passes the threshold (transitively, with union-find). */
export function groupDuplicates(stories: Array<Pick<Story, 'id' | 'body'>>, threshold = DUPLICATE_CONTAINMENT): DuplicateGroup[] {
  const sets = stories.map((s) => shingles(s.body));
  const parent = stories.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Candidate pairs come from an inverted index of shingles, so 10,000 stories do not cost 50 million comparisons.
  const owners = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = owners.get(s);
      if (list) list.push(i);
      else owners.set(s, [i]);
    }
  });
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const s of set) {
      const holders = owners.get(s)!;
      // A word sequence in many stories is a phrase of the trade or page furniture, not shared copy;
      // counting it would cost the square of its holders.
      if (holders.length > MAX_SHINGLE_HOLDERS) continue;
      for (const j of holders) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const smaller = Math.min(set.size, sets[j]!.size);
      if (smaller > 0 && count / smaller >= threshold) parent[find(j)] = find(i);
    }
  });
  const groups = new Map<number, string[]>();
  stories.forEach((story, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(story.id);
    else groups.set(root, [story.id]);
  });
  return [...groups.values()].map((storyIds) => ({ id: storyIds[0]!, storyIds }));
}

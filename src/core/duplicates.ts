// Near-duplicate stories: two cuts of the same wire copy share most of their word sequences.
// Containment (not Jaccard) of word 5-gram shingles, so a short cut of a longer story still groups with it.
import type { DuplicateGroup, Story } from './types.ts';

const SHINGLE = 5;
/** Share of the shorter story's shingles found in the other at which two stories count as one source. */
export const DUPLICATE_CONTAINMENT = 0.35;

export function shingles(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .replace(/u\.s\./g, 'us')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const set = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) set.add(words.slice(i, i + SHINGLE).join(' '));
  return set;
}

export function containment(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/** Group stories whose shingle containment passes the threshold (transitively, with union-find). */
export function groupDuplicates(stories: Story[], threshold = DUPLICATE_CONTAINMENT): DuplicateGroup[] {
  const sets = stories.map((s) => shingles(s.body));
  const parent = stories.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Candidate pairs come from an inverted index of shingles, so 10,000 stories do not cost 50 million comparisons.
  const owners = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const s of set) {
      const list = owners.get(s);
      if (list) list.push(i);
      else owners.set(s, [i]);
    }
  });
  sets.forEach((set, i) => {
    const shared = new Map<number, number>();
    for (const s of set) for (const j of owners.get(s)!) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
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

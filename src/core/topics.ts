// Which stories are about the same event, and which of their sentences carry it: TF-IDF vectors,
// cosine similarity, stories clustered by single link, sentences ranked by closeness to their topic.
import { findQuantities } from './extract.ts';
import { isInstructionLike } from './instruction-guard.ts';
import { tokenize } from './terms.ts';
import type { Library, Sentence, Story } from './types.ts';

type Vector = Map<string, number>;

/**
 * Two stories report the same event when their bodies are this similar and they repeat a specific figure.
 * Cosine alone does not separate events of one war (every story says Russia, Ukraine, Kremlin, talks);
 * a shared figure ("1,000 prisoners each") does, and pairing by figure keeps 10,000 stories fast.
 */
const TOPIC_SIMILARITY = 0.18;
/** Without a shared figure, only this much lexical overlap makes two stories one event. */
const STRONG_SIMILARITY = 0.3;
/** Each story's most distinctive terms; stories sharing two of them are compared (not all pairs). */
const SIGNATURE_TERMS = 8;

export interface Topic {
  stories: Story[];
  /** Sentences ranked by how central they are to the topic, most central first. */
  ranked: RankedSentence[];
}

export interface RankedSentence {
  sentence: Sentence;
  score: number;
  vector: Vector;
}

function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokenize(text)) counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
  return counts;
}

function idfTable(documents: Map<string, number>[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = documents.length;
  return (term) => Math.log(1 + n / (1 + (df.get(term) ?? 0)));
}

function weigh(counts: Map<string, number>, idf: (term: string) => number): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [term, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf(term);
    vector.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, w] of vector) vector.set(term, w / norm);
  return vector;
}

export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, w] of small) dot += w * (large.get(term) ?? 0);
  return dot;
}

/** Cluster the day's stories (Library.recentStories) into topics, largest first, each with its sentences ranked. */
export function findTopics(library: Library): Topic[] {
  const stories = library.recentStories();
  const storyCounts = stories.map((s) => termCounts(s.body));
  const storyIdf = idfTable(storyCounts);
  const vectors = storyCounts.map((c) => weigh(c, storyIdf));
  const parent = stories.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byFigure = new Map<number, number[]>();
  const byGroup = new Map<string, number[]>();
  stories.forEach((story, i) => {
    for (const value of specificFigures(story)) byFigure.set(value, [...(byFigure.get(value) ?? []), i]);
    const group = library.groupOf(story.id);
    byGroup.set(group, [...(byGroup.get(group) ?? []), i]);
  });
  for (const members of byGroup.values()) for (const j of members.slice(1)) parent[find(j)] = find(members[0]!);
  const shareFigure = new Set<string>();
  for (const members of byFigure.values()) {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) shareFigure.add(`${members[a]}:${members[b]}`);
  }
  for (const key of shareFigure) {
    const [i, j] = key.split(':').map(Number) as [number, number];
    if (find(i) !== find(j) && cosine(vectors[i]!, vectors[j]!) >= TOPIC_SIMILARITY) parent[find(j)] = find(i);
  }
  for (const [i, j] of signaturePairs(vectors)) {
    if (find(i) !== find(j) && cosine(vectors[i]!, vectors[j]!) >= STRONG_SIMILARITY) parent[find(j)] = find(i);
  }
  const clusters = new Map<number, Story[]>();
  stories.forEach((story, i) => {
    const root = find(i);
    clusters.set(root, [...(clusters.get(root) ?? []), story]);
  });
  return [...clusters.values()]
    .map((members) => ({ stories: members, ranked: rankSentences(members, library) }))
    .sort((a, b) => groupCount(b, library) - groupCount(a, library) || b.stories.length - a.stories.length);
}

/** Pairs of stories that share at least two of their most distinctive terms. */
function signaturePairs(vectors: Vector[]): Array<[number, number]> {
  const byTerm = new Map<string, number[]>();
  vectors.forEach((vector, i) => {
    const top = [...vector.entries()].sort((a, b) => b[1] - a[1]).slice(0, SIGNATURE_TERMS);
    for (const [term] of top) byTerm.set(term, [...(byTerm.get(term) ?? []), i]);
  });
  const shared = new Map<string, number>();
  for (const members of byTerm.values()) {
    // A term that tops hundreds of stories is no signature.
    if (members.length > 50) continue;
    for (let a = 0; a < members.length; a++) {
      for (let b = a + 1; b < members.length; b++) {
        const key = `${members[a]}:${members[b]}`;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  return [...shared].filter(([, n]) => n >= 2).map(([key]) => key.split(':').map(Number) as [number, number]);
}

/** Counts of 10 or more written in digits (not years, dates or durations): the figures an event is reported by. */
function specificFigures(story: Story): Set<number> {
  const values = new Set<number>();
  for (const sentence of story.sentences) {
    for (const q of findQuantities(sentence.text)) if (q.value >= 10 && /\d/.test(q.text)) values.add(q.value);
  }
  return values;
}

function groupCount(topic: Pick<Topic, 'stories'>, library: Library): number {
  return new Set(topic.stories.map((s) => library.groupOf(s.id))).size;
}

/** Centrality to the topic's centroid, with a lead bonus: news puts what matters first. */
function rankSentences(stories: Story[], library: Pick<Library, 'groupOf'>): RankedSentence[] {
  const sentences = stories.flatMap((s) => s.sentences).filter((s) => !isInstructionLike(s.text));
  const counts = sentences.map((s) => termCounts(s.text));
  const idf = idfTable(counts);
  const vectors = counts.map((c) => weigh(c, idf));
  // The centroid counts each independent source once, so a wire story printed twice does not dominate.
  const centroid: Vector = new Map();
  const groupSizes = new Map<string, number>();
  for (const story of stories) groupSizes.set(library.groupOf(story.id), (groupSizes.get(library.groupOf(story.id)) ?? 0) + 1);
  sentences.forEach((sentence, i) => {
    const story = stories.find((s) => s.id === sentence.storyId)!;
    const share = 1 / (groupSizes.get(library.groupOf(story.id)) ?? 1);
    for (const [term, w] of vectors[i]!) centroid.set(term, (centroid.get(term) ?? 0) + w * share);
  });
  const norm = Math.sqrt([...centroid.values()].reduce((a, w) => a + w * w, 0)) || 1;
  for (const [term, w] of centroid) centroid.set(term, w / norm);
  // Figures other independent sources repeat are the ones a brief can stand on.
  const groupsByFigure = new Map<number, Set<string>>();
  for (const story of stories) {
    for (const value of specificFigures(story)) groupsByFigure.set(value, (groupsByFigure.get(value) ?? new Set()).add(library.groupOf(story.id)));
  }
  return sentences
    .map((sentence, i) => {
      const words = sentence.text.split(/\s+/).length;
      const lead = 1 / (1 + sentence.index * 0.25);
      const lengthFit = words < 8 ? 0.5 : words > 45 ? 0.8 : 1;
      const figures = findQuantities(sentence.text).filter((q) => q.value >= 10 && /\d/.test(q.text));
      const corroboration = Math.max(0, ...figures.map((q) => (groupsByFigure.get(q.value)?.size ?? 1) - 1));
      const figureFit = figures.length > 0 ? 1.1 + 0.15 * corroboration : 1;
      return { sentence, vector: vectors[i]!, score: cosine(vectors[i]!, centroid) * (0.6 + 0.4 * lead) * lengthFit * figureFit };
    })
    .sort((a, b) => b.score - a.score);
}

/** Sentences that lean on an earlier one ("He added: …", "That move was …") cannot stand alone in a brief. */
export function standsAlone(sentence: Sentence): boolean {
  return sentence.text.split(/\s+/).length >= 8 && !/^(He|She|They|It|This|That|These|Those|His|Her|Their|Its|But|And|Also|However|Instead)\b/.test(sentence.text);
}

/** Pick sentences in rank order, skipping any too close to one already picked (maximal marginal relevance, simply). */
export function pickDiverse(ranked: RankedSentence[], accept: (r: RankedSentence) => boolean, maxSimilarity = 0.45): RankedSentence[] {
  const picked: RankedSentence[] = [];
  for (const candidate of ranked) {
    if (picked.some((p) => cosine(p.vector, candidate.vector) > maxSimilarity)) continue;
    if (accept(candidate)) picked.push(candidate);
  }
  return picked;
}

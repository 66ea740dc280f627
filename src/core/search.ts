// A BM25 index over sentences. Hand-written: ranking needs our own terms (stems, synonyms, numbers
// as values), and a flat inverted index over typed arrays answers in well under a millisecond.
import { tokenize } from './terms.ts';
import type { ScoredSentence, Sentence } from './types.ts';

const K1 = 1.2;
const B = 0.6;

export interface SentenceIndex {
  search(query: string, limit: number): ScoredSentence[];
  /** Inverse document frequency of a term, for weighting question terms. */
  idf(term: string): number;
  /** How many sentences contain the term (0 = the stories never mention it). */
  documentFrequency(term: string): number;
}

interface Posting {
  ids: number[];
  tfs: number[];
}

export function buildSentenceIndex(sentences: Sentence[]): SentenceIndex {
  const postings = new Map<string, Posting>();
  const lengths = new Float32Array(sentences.length);
  let totalLength = 0;
  sentences.forEach((sentence, id) => {
    const counts = new Map<string, number>();
    for (const token of tokenize(sentence.text)) counts.set(token.term, (counts.get(token.term) ?? 0) + 1);
    let length = 0;
    for (const [term, tf] of counts) {
      let posting = postings.get(term);
      if (!posting) postings.set(term, (posting = { ids: [], tfs: [] }));
      posting.ids.push(id);
      posting.tfs.push(tf);
      length += tf;
    }
    lengths[id] = length;
    totalLength += length;
  });
  const averageLength = totalLength / Math.max(1, sentences.length);
  const n = sentences.length;
  const idf = (term: string): number => {
    const df = postings.get(term)?.ids.length ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  };
  const scores = new Float32Array(n);

  return {
    idf,
    documentFrequency: (term) => postings.get(term)?.ids.length ?? 0,
    search(query, limit) {
      const terms = [...new Set(tokenize(query).map((t) => t.term))];
      const touched: number[] = [];
      for (const term of terms) {
        const posting = postings.get(term);
        if (!posting) continue;
        const weight = idf(term);
        for (let k = 0; k < posting.ids.length; k++) {
          const id = posting.ids[k]!;
          const tf = posting.tfs[k]!;
          if (scores[id] === 0) touched.push(id);
          scores[id]! += (weight * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * lengths[id]!) / averageLength));
        }
      }
      const ranked = touched
        .map((id) => ({ id, score: scores[id]! }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ id, score }) => ({ sentence: sentences[id]!, score }));
      for (const id of touched) scores[id] = 0;
      return ranked;
    },
  };
}

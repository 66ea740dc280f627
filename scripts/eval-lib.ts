// Scoring for `npm run eval`: read question files, judge each answer, total accuracy and citation precision.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer } from 'stemmer';
import type { Briefing } from '../src/core/briefing.ts';
import type { Answer, Engine } from '../src/core/types.ts';
import { openDatabase } from '../src/store/db.ts';
import { createIndexedBriefing } from '../src/store/indexed-briefing.ts';

export interface EvalQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** Regexes (case-insensitive) that must all match the answer text. */
  expect: string[];
  /** Files whose sentences may back the answer. */
  support: string[];
}

export interface CitationVerdict {
  n: number;
  file: string;
  inSupport: boolean;
  isVerbatim: boolean;
}

export interface QuestionResult {
  id: string;
  question: string;
  answerable: boolean;
  kind: Answer['kind'];
  isCorrect: boolean;
  /** An answer was given (not an abstention) and it is wrong, or the stories don't say: the worst outcome. */
  isConfidentlyWrong: boolean;
  /** Why it is wrong, in a few words; empty when correct. */
  miss: string;
  answer: string;
  /** Citations that back a claim (an abstention's closest passage backs none, so it is not judged). */
  citations: CitationVerdict[];
}

export interface EvalTotals {
  questions: number;
  correct: number;
  confidentlyWrong: number;
  answerable: { total: number; correct: number };
  unanswerable: { total: number; correct: number };
  citations: { judged: number; correct: number; precision: number };
}

/** Parse a .jsonl file of questions; a malformed line is reported with its number, never skipped silently. */
export function readQuestions(path: string): EvalQuestion[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`${path}: cannot read the questions (${code === 'ENOENT' ? 'no such file' : (err as Error).message})`);
  }
  const lines = content.split('\n');
  const questions: EvalQuestion[] = [];
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      throw new Error(`${path}:${i + 1}: not JSON`);
    }
    questions.push(parseQuestionLine(raw, `${path}:${i + 1}`));
  });
  return questions;
}

function parseQuestionLine(raw: unknown, where: string): EvalQuestion {
  if (typeof raw !== 'object' || raw === null) throw new Error(`${where}: expected an object`);
  const line = raw as Record<string, unknown>;
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (typeof line.id !== 'string' || typeof line.question !== 'string' || typeof line.answerable !== 'boolean') {
    throw new Error(`${where}: needs "id" (string), "question" (string) and "answerable" (true or false)`);
  }
  const expect = line.expect ?? [];
  const support = line.support ?? [];
  if (!isStrings(expect) || !isStrings(support)) throw new Error(`${where}: "expect" and "support" must be lists of strings`);
  if (line.answerable && expect.length === 0) throw new Error(`${where}: an answerable question needs at least one "expect" pattern`);
  for (const pattern of expect) {
    try {
      new RegExp(pattern, 'i');
    } catch {
      throw new Error(`${where}: "${pattern}" is not a regular expression`);
    }
  }
  return { id: line.id, question: line.question, answerable: line.answerable, expect, support };
}

/**
 * A briefing over a folder of stories as the production index builds it, in memory: every run scores a fresh build
 * of the folder. With the warnings the build gave (a broken story file, …).
 */
export async function folderBriefing(storiesDir: string, engine: Engine): Promise<{ briefing: Briefing; warnings: string[] }> {
  const { briefing } = createIndexedBriefing({ db: openDatabase(':memory:'), seedsDir: storiesDir, engine, now: () => new Date(), retentionDays: 0 });
  const warnings = await briefing.reload();
  return { briefing, warnings };
}

/**
 * Reads each seed file once; a quote is verbatim when the raw file contains it exactly, but for the line breaks of
 * a hard-wrapped file, which a sentence read across them holds as spaces.
 */
export function verbatimChecker(seedsDir: string): (file: string, quote: string) => boolean {
  const cache = new Map<string, string>();
  const spaced = (text: string): string => text.replace(/\s+/g, ' ');
  return (file, quote) => {
    if (!cache.has(file)) {
      try {
        cache.set(file, spaced(readFileSync(join(seedsDir, file), 'utf8')));
      } catch {
        cache.set(file, '');
      }
    }
    return quote.length > 0 && cache.get(file)!.includes(spaced(quote));
  };
}

export function judgeAnswer(q: EvalQuestion, answer: Answer, isVerbatim: (file: string, quote: string) => boolean): QuestionResult {
  let miss = '';
  if (q.answerable) {
    if (answer.kind !== 'answered') miss = `${answer.kind}, expected an answer`;
    else {
      const unmatched = q.expect.filter((pattern) => !new RegExp(pattern, 'i').test(answer.text));
      if (unmatched.length > 0) miss = `no match for ${unmatched.map((p) => `/${p}/`).join(', ')}`;
    }
  } else if (answer.kind !== 'abstained') {
    miss = `${answer.kind}, expected to abstain`;
  }
  const citations =
    answer.kind === 'answered'
      ? answer.citations.map((c) => ({ n: c.n, file: c.file, inSupport: q.support.includes(c.file), isVerbatim: isVerbatim(c.file, c.quote) }))
      : [];
  const isCorrect = miss === '';
  const isConfidentlyWrong = !isCorrect && answer.kind === 'answered';
  return { id: q.id, question: q.question, answerable: q.answerable, kind: answer.kind, isCorrect, isConfidentlyWrong, miss, answer: answer.text, citations };
}

export function totalResults(results: QuestionResult[]): EvalTotals {
  const answerable = results.filter((r) => r.answerable);
  const unanswerable = results.filter((r) => !r.answerable);
  const judged = results.flatMap((r) => r.citations);
  const correctCitations = judged.filter((c) => c.inSupport && c.isVerbatim).length;
  return {
    questions: results.length,
    correct: results.filter((r) => r.isCorrect).length,
    confidentlyWrong: results.filter((r) => r.isConfidentlyWrong).length,
    answerable: { total: answerable.length, correct: answerable.filter((r) => r.isCorrect).length },
    unanswerable: { total: unanswerable.length, correct: unanswerable.filter((r) => r.isCorrect).length },
    citations: { judged: judged.length, correct: correctCitations, precision: judged.length ? correctCitations / judged.length : 1 },
  };
}

export interface SummaryCluster {
  cluster: string;
  files: string[];
  /** Human reference summaries of about 100 words. */
  summaries: string[];
}

/** Parse a .jsonl file of clusters with reference summaries (one `{cluster, files, summaries}` a line). */
export function readSummaryClusters(path: string): SummaryCluster[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const raw = JSON.parse(line) as Partial<SummaryCluster>;
      if (typeof raw.cluster !== 'string' || !Array.isArray(raw.files) || !Array.isArray(raw.summaries)) {
        throw new Error(`${path}:${i + 1}: needs "cluster", "files" and "summaries"`);
      }
      return raw as SummaryCluster;
    });
}

/** Lower-cased, stemmed words (ROUGE-1.5.5 with -m), punctuation dropped; stop words kept, as DUC scored. */
function rougeTokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).map((w) => (/^\d/.test(w) ? w : stemmer(w)));
}

/**
 * ROUGE-1 recall of a summary against references: clipped unigram overlap over each reference's unigrams,
 * averaged over the references (as DUC 2004 task 2 was scored, in percent).
 */
export function rouge1Recall(summary: string, references: string[]): number {
  const counts = (tokens: string[]): Map<string, number> => {
    const map = new Map<string, number>();
    for (const t of tokens) map.set(t, (map.get(t) ?? 0) + 1);
    return map;
  };
  const candidate = counts(rougeTokens(summary));
  const recalls = references.map((reference) => {
    const ref = counts(rougeTokens(reference));
    let overlap = 0;
    let total = 0;
    for (const [token, n] of ref) {
      total += n;
      overlap += Math.min(n, candidate.get(token) ?? 0);
    }
    return total ? overlap / total : 0;
  });
  return recalls.length ? (100 * recalls.reduce((a, b) => a + b, 0)) / recalls.length : 0;
}

/** "428-431,500" as typed after --held-out: round numbers and ranges separated by commas (or nothing). */
export const ROUND_RANGES = /^(?:\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*)?$/;

/** "428-431,500": whether a round is among them. (Read as ranges, not spelled out: "1-99999999999" is one range.) */
export function roundsIn(spec: string): (round: number) => boolean {
  const ranges = spec
    .split(',')
    .filter(Boolean)
    .map((part) => part.split('-').map(Number) as [number, number?]);
  return (round) => ranges.some(([from, to = from]) => round >= from && round <= to);
}

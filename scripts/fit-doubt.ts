// `npm run -s fit-doubt [-- --held-out 428-431,436-443 …]`: refit DOUBT (answer-weights.ts) on the stored
// held-out rounds (tests/fixtures/fresh). Every question of the rounds not held out is answered by the gates alone
// (weighAnswer); each answer given is a row of its doubt terms, labelled by whether it was confidently wrong. The
// logistic regression (L2 0.001, Newton steps) prints the weights to paste into DOUBT, then what each threshold
// would do on the held-out rounds: the rounds nobody read, which are the only honest check.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { doubtTermNames, doubtTerms } from '../src/core/answer-doubt.ts';
import { weighAnswer } from '../src/core/answer.ts';
import { createOfflineEngine } from '../src/engines/offline.ts';
import { folderBriefing, judgeAnswer, readQuestions, ROUND_RANGES, roundsIn, verbatimChecker } from './eval-lib.ts';

interface Row {
  terms: number[];
  held: boolean;
  answerable: boolean;
  right: boolean;
  wrong: boolean;
}

const L2 = 0.001;
const ROOT = 'tests/fixtures/fresh';

async function collect(rounds: string[], isHeldOut: (round: number) => boolean, names: string[]): Promise<{ rows: Row[]; totals: Record<'fit' | 'held', { questions: number; right: number; wrong: number }> }> {
  const rows: Row[] = [];
  const totals = { fit: { questions: 0, right: 0, wrong: 0 }, held: { questions: 0, right: 0, wrong: 0 } };
  for (const round of rounds) {
    const held = isHeldOut(Number(round.slice(5)));
    for (const part of ['dev', 'wire']) {
      const file = join(ROOT, round, part, 'questions.jsonl');
      const stories = join(ROOT, round, part, 'stories');
      if (!existsSync(file)) continue;
      // (The library as `npm run eval` builds it, so the fit sees the answers the eval scores.)
      const { briefing } = await folderBriefing(stories, createOfflineEngine());
      const library = briefing.library();
      const isVerbatim = verbatimChecker(stories);
      for (const question of readQuestions(file)) {
        const weighed = weighAnswer(question.question, library);
        const verdict = judgeAnswer(question, weighed.answer, isVerbatim);
        const total = totals[held ? 'held' : 'fit'];
        total.questions++;
        if (verdict.isCorrect) total.right++;
        if (verdict.isConfidentlyWrong) total.wrong++;
        if (!weighed.signs) continue;
        const terms = doubtTerms(weighed.signs);
        rows.push({ terms: names.map((name) => terms[name] ?? 0), held, answerable: question.answerable, right: verdict.isCorrect, wrong: verdict.isConfidentlyWrong });
      }
    }
    process.stderr.write(`\r${round}`);
  }
  process.stderr.write('\n');
  return { rows, totals };
}

/** Logistic regression by Newton's method: the weights minimising log-loss / n + L2 / 2 · |w|² (the bias unpenalised). */
function fit(rows: Row[], size: number): number[] {
  let w = new Array<number>(size).fill(0);
  for (let step = 0; step < 25; step++) {
    const gradient = new Array<number>(size).fill(0);
    const hessian = Array.from({ length: size }, () => new Array<number>(size).fill(0));
    for (const row of rows) {
      const p = probability(row.terms, w);
      const y = row.wrong ? 1 : 0;
      for (let i = 0; i < size; i++) {
        const xi = row.terms[i]!;
        if (xi === 0) continue;
        gradient[i]! += ((p - y) * xi) / rows.length;
        for (let j = 0; j < size; j++) hessian[i]![j]! += (p * (1 - p) * xi * row.terms[j]!) / rows.length;
      }
    }
    for (let i = 1; i < size; i++) {
      gradient[i]! += L2 * w[i]!;
      hessian[i]![i]! += L2;
    }
    for (let i = 0; i < size; i++) hessian[i]![i]! += 1e-9;
    const delta = solve(hessian, gradient);
    w = w.map((value, i) => value - delta[i]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** The logistic of the terms weighed by w: doubtOf's sum, over the terms in doubtTermNames' order. */
function probability(terms: number[], w: number[]): number {
  return 1 / (1 + Math.exp(-terms.reduce((z, x, i) => z + x * w[i]!, 0)));
}

/** Gaussian elimination with partial pivoting. */
function solve(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a[r]![col]! / a[col]![col]!;
      for (let c = col; c <= n; c++) a[r]![c]! -= factor * a[col]![c]!;
    }
  }
  return a.map((row, i) => row[n]! / row[i]!);
}

const USAGE = 'usage: npm run -s fit-doubt -- [--held-out 428-431,500-535]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { 'held-out': { type: 'string', default: '' } } }));
  } catch (err) {
    process.stderr.write(`fit-doubt: ${(err as Error).message.split('\n')[0]}\n${USAGE}\n`);
    return 2;
  }
  if (!ROUND_RANGES.test(values['held-out'])) {
    process.stderr.write(`fit-doubt: --held-out takes round numbers and ranges separated by commas, like 428-431,500\n${USAGE}\n`);
    return 2;
  }
  const isHeldOut = roundsIn(values['held-out']);
  const rounds = readdirSync(ROOT).filter((d) => /^round\d+$/.test(d)).sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  if (rounds.every((round) => isHeldOut(Number(round.slice(5))))) {
    process.stderr.write(`fit-doubt: every round of ${ROOT} is held out: nothing is left to fit on\n${USAGE}\n`);
    return 2;
  }
  const names = doubtTermNames();
  const { rows, totals } = await collect(rounds, isHeldOut, names);
  const fitted = rows.filter((row) => !row.held);
  if (fitted.length === 0) {
    process.stderr.write(`fit-doubt: no answers to fit on: hold out fewer rounds of ${ROOT}\n${USAGE}\n`);
    return 2;
  }
  const w = fit(fitted, names.length);
  process.stdout.write('Weights (paste into DOUBT):\n');
  for (const [i, name] of names.entries()) process.stdout.write(`  ${name.padEnd(24)} ${w[i]!.toFixed(2)}\n`);
  for (const held of [false, true]) {
    const total = totals[held ? 'held' : 'fit'];
    if (total.questions === 0) continue;
    const pct = (n: number): string => `${((100 * n) / total.questions).toFixed(1)} %`;
    process.stdout.write(`\n${held ? 'held-out rounds' : 'rounds fitted on'}: ${total.questions} questions, gates alone ${total.right} right (${pct(total.right)}), ${total.wrong} confidently wrong (${pct(total.wrong)})\n`);
    for (const threshold of [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
      let right = total.right;
      let wrong = total.wrong;
      for (const row of rows.filter((r) => r.held === held)) {
        if (probability(row.terms, w) <= threshold) continue;
        if (row.right) right--;
        if (row.wrong) wrong--;
        // An answer to a question the stories do not answer, withdrawn, is the right abstention.
        if (!row.answerable) right++;
      }
      process.stdout.write(`  maxDoubt ${threshold}: ${right} right (${pct(right)}), ${wrong} confidently wrong (${pct(wrong)})\n`);
    }
  }
  return 0;
}

process.exitCode = await main();

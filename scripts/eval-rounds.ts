// `npm run -s eval:rounds [-- --rounds 544-555] [--held-out 428-431,508-555] [--per-round] [--json]`: answer every
// question of the stored held-out rounds (tests/fixtures/fresh) with the offline engine and total right and confidently
// wrong answers, for the rounds held out (the ones nobody read, the only honest figure) apart from the rest. The note
// of each session reports these totals; this makes them reproducible from a clean clone.
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareAnswering } from '../src/core/answer.ts';
import { createOfflineEngine } from '../src/engines/offline.ts';
import { folderBriefing, judgeAnswer, readQuestions, ROUND_RANGES, roundsIn, totalResults, verbatimChecker, type QuestionResult } from './eval-lib.ts';

const ROOT = 'tests/fixtures/fresh';
const USAGE = 'usage: npm run -s eval:rounds -- [--rounds 544-555] [--held-out 428-431,508-555] [--per-round] [--json]';

interface RoundScore {
  round: number;
  heldOut: boolean;
  questions: number;
  right: number;
  confidentlyWrong: number;
}

/** Each part of a round and the stories it asks about: its dev and wire sets, and (rounds 1 and 2) questions on the seeds. */
function partsOf(round: string): Array<{ file: string; stories: string }> {
  return [
    { file: join(ROOT, round, 'dev', 'questions.jsonl'), stories: join(ROOT, round, 'dev', 'stories') },
    { file: join(ROOT, round, 'wire', 'questions.jsonl'), stories: join(ROOT, round, 'wire', 'stories') },
    { file: join(ROOT, round, 'seeds.jsonl'), stories: 'seeds' },
  ].filter((part) => existsSync(part.file));
}

async function scoreRound(round: string, heldOut: boolean): Promise<RoundScore> {
  const results: QuestionResult[] = [];
  for (const part of partsOf(round)) {
    // (The library as `npm run eval` builds it, so the totals are the ones the eval would score.)
    const { briefing } = await folderBriefing(resolve(part.stories), createOfflineEngine());
    const isVerbatim = verbatimChecker(resolve(part.stories));
    for (const question of readQuestions(part.file)) results.push(judgeAnswer(question, await briefing.ask(question.question), isVerbatim));
  }
  const totals = totalResults(results);
  return { round: Number(round.slice(5)), heldOut, questions: totals.questions, right: totals.correct, confidentlyWrong: totals.confidentlyWrong };
}

function total(scores: RoundScore[]): { questions: number; right: number; confidentlyWrong: number } {
  return scores.reduce((sum, s) => ({ questions: sum.questions + s.questions, right: sum.right + s.right, confidentlyWrong: sum.confidentlyWrong + s.confidentlyWrong }), { questions: 0, right: 0, confidentlyWrong: 0 });
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { rounds: { type: 'string', default: '' }, 'held-out': { type: 'string', default: '' }, 'per-round': { type: 'boolean' }, json: { type: 'boolean' } } }));
  } catch (err) {
    process.stderr.write(`eval:rounds: ${(err as Error).message.split('\n')[0]}\n${USAGE}\n`);
    return 2;
  }
  for (const option of ['rounds', 'held-out'] as const) {
    if (!ROUND_RANGES.test(values[option])) {
      process.stderr.write(`eval:rounds: --${option} takes round numbers and ranges separated by commas, like 428-431,500\n${USAGE}\n`);
      return 2;
    }
  }
  const isAsked = values.rounds ? roundsIn(values.rounds) : () => true;
  const isHeldOut = roundsIn(values['held-out']);
  const rounds = readdirSync(ROOT)
    .filter((d) => /^round\d+$/.test(d) && isAsked(Number(d.slice(5))))
    .sort((a, b) => Number(a.slice(5)) - Number(b.slice(5)));
  if (rounds.length === 0) {
    process.stderr.write(`eval:rounds: no round of ${ROOT} is in --rounds ${values.rounds.length > 40 ? `${values.rounds.slice(0, 40)}…` : values.rounds}\n${USAGE}\n`);
    return 2;
  }
  prepareAnswering();
  const scores: RoundScore[] = [];
  for (const round of rounds) {
    scores.push(await scoreRound(round, isHeldOut(Number(round.slice(5)))));
    process.stderr.write(`\r${round} `);
  }
  process.stderr.write('\n');
  const groups = [
    { name: 'held-out rounds (not read)', totals: total(scores.filter((s) => s.heldOut)) },
    { name: 'other rounds', totals: total(scores.filter((s) => !s.heldOut)) },
    { name: 'all', totals: total(scores) },
  ].filter((group) => group.totals.questions > 0);
  if (values.json) {
    process.stdout.write(JSON.stringify({ groups, ...(values['per-round'] ? { rounds: scores } : {}) }) + '\n');
    return 0;
  }
  const pct = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)} %`;
  if (values['per-round']) for (const s of scores) process.stdout.write(`round ${s.round}${s.heldOut ? ' (held out)' : ''}: ${s.right} right / ${s.confidentlyWrong} confidently wrong of ${s.questions}\n`);
  for (const { name, totals: t } of groups) process.stdout.write(`${name}: ${t.questions} questions, ${t.right} right (${pct(t.right, t.questions)}), ${t.confidentlyWrong} confidently wrong (${pct(t.confidentlyWrong, t.questions)})\n`);
  return 0;
}

process.exitCode = await main();

// `npm run eval [-- --file questions.jsonl] [--json]`: answer every question through the core with the
// configured engine (offline unless a model is set up), and score accuracy and citation precision.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { chooseEngine } from '../src/engines/choose-engine.ts';
import { createLogger } from '../src/log.ts';
import { openDatabase } from '../src/store/db.ts';
import { createIndexedBriefing } from '../src/store/indexed-briefing.ts';
import { judgeAnswer, readQuestions, totalResults, verbatimChecker, type EvalTotals, type QuestionResult } from './eval-lib.ts';

const DEFAULT_FILE = 'tests/fixtures/questions.jsonl';
const USAGE = 'usage: npm run -s eval -- [--file QUESTIONS.jsonl]… [--seeds DIR] [--json]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { file: { type: 'string', multiple: true }, seeds: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message.split('\n')[0]}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(USAGE + '\n');
    return 0;
  }
  let config;
  try {
    config = loadConfig(process.env, { dotenv: true });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`eval: configuration problem:\n${err.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  const files = values.file ?? [DEFAULT_FILE];
  let questions;
  try {
    questions = files.flatMap((file) => readQuestions(resolve(file)));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message}\n`);
    return 2;
  }
  const seedsDir = resolve(values.seeds ?? config.seedsDir);
  const log = createLogger('warn');
  const engine = chooseEngine(config, log);
  // The production index, in memory: every run scores a fresh build of the folder.
  const { briefing } = createIndexedBriefing({ db: openDatabase(':memory:'), seedsDir, engine, now: () => new Date(), retentionDays: 0 });
  for (const warning of await briefing.reload()) log.warn(warning);

  const isVerbatim = verbatimChecker(seedsDir);
  const results: QuestionResult[] = [];
  for (const q of questions) results.push(judgeAnswer(q, await briefing.ask(q.question), isVerbatim));
  const totals = totalResults(results);

  if (values.json) process.stdout.write(JSON.stringify({ engine: engine.name, files, seeds: seedsDir, totals, results }) + '\n');
  else process.stdout.write(renderReport(engine.name, files, results, totals));
  return 0;
}

function renderReport(engine: string, files: string[], results: QuestionResult[], totals: EvalTotals): string {
  const lines = [`eval: ${results.length} questions from ${files.join(', ')} · engine ${engine}`, ''];
  const idWidth = Math.max(...results.map((r) => r.id.length), 2);
  for (const r of results) {
    const cited = r.citations.length ? `  cites ${r.citations.filter((c) => c.inSupport && c.isVerbatim).length}/${r.citations.length}` : '';
    lines.push(`${r.isCorrect ? '✓' : '✗'} ${r.id.padEnd(idWidth)}  ${r.kind.padEnd(9)}  ${r.question}${cited}`);
    if (!r.isCorrect) lines.push(`    ${r.miss}: ${clip(r.answer, 160)}`);
    for (const c of r.citations.filter((c) => !c.inSupport || !c.isVerbatim)) {
      lines.push(`    [${c.n}] ${c.file}: ${!c.isVerbatim ? 'quote not verbatim in the file' : 'file not in the question’s support list'}`);
    }
  }
  const { answerable, unanswerable, citations } = totals;
  lines.push(
    '',
    `accuracy ${totals.correct}/${totals.questions} (answerable ${answerable.correct}/${answerable.total}, unanswerable ${unanswerable.correct}/${unanswerable.total})`,
    `citation precision ${(citations.precision * 100).toFixed(1)}% (${citations.correct}/${citations.judged})`,
  );
  return lines.join('\n') + '\n';
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`eval: unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

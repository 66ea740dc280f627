// `npm run eval [-- --file questions.jsonl --seeds DIR]… [--json]`: answer every question of each set through
// the core with the configured engine (offline unless a model is set up), and score accuracy, citation
// precision and the share of confidently wrong answers (an answer given that is wrong, or given where the
// stories don't say). With no --file, the sample questions on seeds/ and the developing-stories set.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { chooseEngine } from '../src/engines/choose-engine.ts';
import { createLogger } from '../src/log.ts';
import { putStoryItem } from '../src/core/library.ts';
import { createBriefing } from '../src/core/briefing.ts';
import { openDatabase } from '../src/store/db.ts';
import { openStoryIndex } from '../src/store/story-index.ts';
import { folderBriefing, judgeAnswer, readQuestions, readSummaryClusters, rouge1Recall, totalResults, verbatimChecker, type EvalTotals, type QuestionResult } from './eval-lib.ts';

interface EvalSet {
  name: string;
  file: string;
  /** The story folder the questions are about; undefined = the configured BRIEFING_SEEDS. */
  seeds?: string;
}

const DEFAULT_SETS: EvalSet[] = [
  { name: 'samples', file: 'tests/fixtures/questions.jsonl' },
  { name: 'developing stories', file: 'tests/fixtures/dev/questions.jsonl', seeds: 'tests/fixtures/dev/stories' },
];
/** Clusters of wire reports with human summaries: the 100-word digest of each is scored by ROUGE-1 recall. */
const DEFAULT_SUMMARY_SETS = [
  { file: 'tests/fixtures/wire/round1-summaries.jsonl', seeds: 'tests/fixtures/wire/round1' },
  { file: 'tests/fixtures/wire/round2-summaries.jsonl', seeds: 'tests/fixtures/wire/round2' },
];
const SUMMARY_WORDS = 100;
const USAGE = 'usage: npm run -s eval -- [--file QUESTIONS.jsonl [--seeds DIR]]… [--json] [--quiet]';

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        file: { type: 'string', multiple: true },
        seeds: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (err) {
    process.stderr.write(`eval: ${(err as Error).message.split('\n')[0]}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stderr.write(USAGE + '\n');
    return 0;
  }
  const files = values.file ?? [];
  const seeds = values.seeds ?? [];
  if (seeds.length > 1 && seeds.length !== files.length) {
    process.stderr.write(`eval: give one --seeds for every --file (or a single --seeds for all)\n${USAGE}\n`);
    return 2;
  }
  const sets: EvalSet[] = files.length
    ? files.map((file, i) => ({ name: file, file, seeds: seeds[i] ?? seeds[0] }))
    : DEFAULT_SETS;

  let config;
  try {
    config = loadConfig(process.env, { dotenv: true });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`eval: configuration problem:\n${err.problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 2;
  }
  const log = createLogger('warn');
  const engine = chooseEngine(config, log);
  const reports: Array<{ set: EvalSet; seeds: string; results: QuestionResult[]; totals: EvalTotals }> = [];
  for (const set of sets) {
    let questions;
    try {
      questions = readQuestions(resolve(set.file));
    } catch (err) {
      process.stderr.write(`eval: ${(err as Error).message}\n`);
      return 2;
    }
    const seedsDir = resolve(set.seeds ?? config.seedsDir);
    const { briefing, warnings } = await folderBriefing(seedsDir, engine);
    for (const warning of warnings) log.warn(warning);
    const isVerbatim = verbatimChecker(seedsDir);
    const results: QuestionResult[] = [];
    for (const q of questions) results.push(judgeAnswer(q, await briefing.ask(q.question), isVerbatim));
    reports.push({ set, seeds: seedsDir, results, totals: totalResults(results) });
  }

  // Summaries are scored with the default sets only: a --file run asks about its own questions.
  const rouge = files.length ? [] : await scoreSummaries(engine);

  if (values.json) {
    process.stdout.write(JSON.stringify({ engine: engine.name, sets: reports.map((r) => ({ name: r.set.name, file: r.set.file, seeds: r.seeds, totals: r.totals, results: r.results })), rouge }) + '\n');
  } else {
    const body = values.quiet ? [] : reports.map((r) => renderSet(r.set.name, r.results));
    const rougeLines = rouge.map((r) => `${r.cluster.padEnd(24)} ROUGE-1 recall ${r.recall.toFixed(1)} (${r.words} words)`);
    const mean = rouge.length ? rouge.reduce((a, r) => a + r.recall, 0) / rouge.length : undefined;
    const rougeBlock = rouge.length ? ['', `${SUMMARY_WORDS}-word digests against human summaries:`, ...rougeLines, `mean ROUGE-1 recall ${mean!.toFixed(1)}`, ''] : [];
    process.stdout.write([`eval · engine ${engine.name}`, '', ...body, renderSummary(reports), ...rougeBlock].join('\n'));
  }
  return 0;
}

async function scoreSummaries(engine: ReturnType<typeof chooseEngine>): Promise<Array<{ cluster: string; recall: number; words: number }>> {
  const scores = [];
  for (const set of DEFAULT_SUMMARY_SETS) {
    for (const cluster of readSummaryClusters(resolve(set.file))) {
      const index = openStoryIndex(openDatabase(':memory:'));
      for (const file of cluster.files) putStoryItem(index, { key: file, text: readFileSync(resolve(set.seeds, file), 'utf8') }, { now: new Date() });
      const briefing = createBriefing({ library: index.library, engine, now: () => new Date() });
      const digest = await briefing.digest({ maxWords: SUMMARY_WORDS });
      scores.push({ cluster: cluster.cluster, recall: rouge1Recall(digest.text, cluster.summaries), words: digest.text.split(/\s+/).length });
    }
  }
  return scores;
}

function renderSet(name: string, results: QuestionResult[]): string {
  const lines = [`## ${name}`];
  const idWidth = Math.max(...results.map((r) => r.id.length), 2);
  for (const r of results) {
    const cited = r.citations.length ? `  cites ${r.citations.filter((c) => c.inSupport && c.isVerbatim).length}/${r.citations.length}` : '';
    const mark = r.isCorrect ? '✓' : r.isConfidentlyWrong ? '✗!' : '✗';
    lines.push(`${mark.padEnd(2)} ${r.id.padEnd(idWidth)}  ${r.kind.padEnd(9)}  ${r.question}${cited}`);
    if (!r.isCorrect) lines.push(`    ${r.miss}: ${clip(r.answer, 160)}`);
    for (const c of r.citations.filter((c) => !c.inSupport || !c.isVerbatim)) {
      lines.push(`    [${c.n}] ${c.file}: ${!c.isVerbatim ? 'quote not verbatim in the file' : 'file not in the question’s support list'}`);
    }
  }
  return lines.join('\n') + '\n';
}

function renderSummary(reports: Array<{ set: EvalSet; totals: EvalTotals }>): string {
  const pct = (n: number, d: number): string => (d ? `${((n / d) * 100).toFixed(1)}%` : '—');
  const width = Math.max(...reports.map((r) => r.set.name.length), 3);
  const lines = [`${'set'.padEnd(width)}  right              citation precision   confidently wrong`];
  for (const { set, totals: t } of reports) {
    lines.push(
      `${set.name.padEnd(width)}  ${`${t.correct}/${t.questions} = ${pct(t.correct, t.questions)}`.padEnd(17)}  ${`${pct(t.citations.correct, t.citations.judged)} (${t.citations.correct}/${t.citations.judged})`.padEnd(19)}  ${t.confidentlyWrong}/${t.questions} = ${pct(t.confidentlyWrong, t.questions)}`,
    );
  }
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

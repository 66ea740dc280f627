// `npm run bench [-- --stories 10000 --questions 1000 --seed 7]`: how fast the offline core loads, indexes
// and answers at scale. Synthetic stories are written to a temporary folder and read through the real
// ingest; timings are printed with their targets, and a miss is reported, never turned into a failing exit.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createBriefing } from '../src/core/briefing.ts';
import { groupDuplicates } from '../src/core/duplicates.ts';
import { buildLibrary, listStoryFiles, loadLibrary, parseStoryBytes, readStoryFile } from '../src/core/library.ts';
import { parseStoryFile } from '../src/core/stories.ts';
import { buildSentenceIndex } from '../src/core/search.ts';
import type { AnswerKind, Library, Story } from '../src/core/types.ts';
import { createOfflineEngine } from '../src/engines/offline.ts';
import { seededRandom, syntheticStories, type SyntheticStory } from '../tests/support/synthetic-news.ts';

const TARGET_BUILD_MS = 10_000;
const TARGET_P99_MS = 20;
const TARGET_LONG_PARAGRAPH_MS = 1_000;
const SEEDS_DIR = 'seeds';
const DIGEST_SLICE = 1_000;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type QuestionKind = 'count' | 'who' | 'where' | 'unanswerable';

interface BenchQuestion {
  kind: QuestionKind;
  text: string;
}

/** Questions drawn from what the synthetic stories say, plus some that no story answers. */
function benchQuestions(stories: SyntheticStory[], count: number, seed: number): BenchQuestion[] {
  const random = seededRandom(seed ^ 0x9e3779b9);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const unknown = ['Zorvath', 'Quillmere', 'Baxendale', 'Ostrava Nova', 'Pellucid Bay'];
  const questions: BenchQuestion[] = [];
  for (let i = 0; i < count; i++) {
    const { facts } = pick(stories);
    const roll = random();
    if (roll < 0.35) questions.push({ kind: 'count', text: `How many ${facts.counted} were ${facts.happened} in ${facts.town}?` });
    else if (roll < 0.6) questions.push({ kind: 'who', text: `Who led the ${facts.operation} in ${facts.town}?` });
    else if (roll < 0.8) questions.push({ kind: 'where', text: `Where did officials from ${facts.town} meet their counterparts?` });
    else questions.push({ kind: 'unanswerable', text: pick([`How many penguins were counted in ${pick(unknown)}?`, `Who won the chess final in ${pick(unknown)}?`, `What is the population of ${pick(unknown)}?`]) });
  }
  return questions;
}

/** Wall time, and the CPU time this process spent (a busy machine stretches the first, not the second). */
function time<T>(run: () => T): { value: T; ms: number; cpuMs: number } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

async function timeAsync<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const ms = (n: number): string => (n >= 100 ? `${Math.round(n).toLocaleString('en-US')} ms` : `${n.toFixed(2)} ms`);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const verdict = (value: number, target: number): string => (value < target ? 'PASS' : 'MISS');

function memoryAfterGc(): NodeJS.MemoryUsage {
  collectGarbage();
  return process.memoryUsage();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { stories: { type: 'string' }, questions: { type: 'string' }, seed: { type: 'string' } } });
  const storyCount = Number(values.stories ?? 10_000);
  const questionCount = Number(values.questions ?? 1_000);
  const seed = Number(values.seed ?? 7);
  const rows: Array<[string, string, string, string]> = [];
  const row = (metric: string, value: string, target = '', result = ''): void => void rows.push([metric, value, target, result]);

  const generated = time(() => syntheticStories({ count: storyCount, seed }));
  const dir = mkdtempSync(join(tmpdir(), 'briefing-bench-'));
  let bytes = 0;
  for (const story of generated.value) {
    writeFileSync(join(dir, story.file), story.text);
    bytes += Buffer.byteLength(story.text);
  }
  row('synthetic stories written', `${storyCount.toLocaleString('en-US')} files, ${mb(bytes)}`, '', `(${ms(generated.ms)} to generate)`);
  const baseline = memoryAfterGc();
  const paragraph = time(() => parseStoryBytes('one-paragraph.txt', Buffer.from(longParagraphStory(2_000_000))));
  row('parse a 2 MB one-paragraph story', ms(paragraph.ms), `< ${TARGET_LONG_PARAGRAPH_MS / 1000} s`, `${verdict(paragraph.ms, TARGET_LONG_PARAGRAPH_MS)} (cpu ${ms(paragraph.cpuMs)}, ${(paragraph.value.stories[0]?.sentences.length ?? 0).toLocaleString('en-US')} sentences)`);

  try {
    // The measured load: exactly what start-up does, on a cold JIT.
    const load = time(() => loadLibrary(dir));
    const library = load.value;
    const memory = memoryAfterGc();
    const sentences = library.stories.reduce((n, s) => n + s.sentences.length, 0);

    // The same work again in its parts, to see where the time goes.
    const ingest = time(() => listStoryFiles(dir).flatMap((file) => readStoryFile(file).stories));
    const index = time(() => buildSentenceIndex(ingest.value.flatMap((s: Story) => s.sentences)));
    const groups = time(() => groupDuplicates(ingest.value));

    row('stories / sentences loaded', `${library.stories.length.toLocaleString('en-US')} / ${sentences.toLocaleString('en-US')}`, '', `${library.warnings.length} warnings, ${library.groups.length.toLocaleString('en-US')} duplicate groups`);
    row('load + index build (loadLibrary)', ms(load.ms), `< ${TARGET_BUILD_MS / 1000} s`, `${verdict(load.ms, TARGET_BUILD_MS)} (cpu ${ms(load.cpuMs)})`);
    row('  ingest: read + parse files', ms(ingest.ms), '', `cpu ${ms(ingest.cpuMs)}, second run, warm JIT`);
    row('  index: BM25 sentence index', ms(index.ms), '', `cpu ${ms(index.cpuMs)}, second run, warm JIT`);
    row('  index: duplicate groups', ms(groups.ms), '', `cpu ${ms(groups.cpuMs)}, second run, warm JIT`);
    row('heap used after build', mb(memory.heapUsed), '', `+${mb(memory.heapUsed - baseline.heapUsed)} over the generator`);
    row('RSS after build', mb(memory.rss), '', '');

    const latencies = await askLatencies(library, benchQuestions(generated.value, questionCount, seed), row);
    const sorted = [...latencies].sort((a, b) => a - b);
    row(`ask p50 (${questionCount.toLocaleString('en-US')} questions)`, ms(percentile(sorted, 50)));
    row('ask p95', ms(percentile(sorted, 95)));
    row('ask p99', ms(percentile(sorted, 99)), `< ${TARGET_P99_MS} ms`, verdict(percentile(sorted, 99), TARGET_P99_MS));
    row('ask max', ms(sorted.at(-1) ?? NaN));

    const digest = await digestTimes(SEEDS_DIR);
    row('digest of the seeds (median of 20)', ms(digest.median), '', `p95 ${ms(digest.p95)}, first ${ms(digest.first)}`);
    // A whole-library digest grows faster than linearly; one run over a slice shows the trend without taking minutes.
    const slice = generated.value.slice(0, DIGEST_SLICE).flatMap((s) => parseStoryFile(s.file, s.text));
    const sliceBriefing = createBriefing({ load: () => buildLibrary(slice), engine: createOfflineEngine(), now: () => new Date('2025-06-01T07:00:00Z') });
    const sliceDigest = await timeAsync(() => sliceBriefing.digest());
    row(`digest of ${slice.length.toLocaleString('en-US')} synthetic stories (once)`, ms(sliceDigest.ms), '', `${sliceDigest.value.text.length.toLocaleString('en-US')} characters`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows);
}

/** A story saved without line breaks (a common export): a headline, then one paragraph of ordinary sentences. */
function longParagraphStory(bytes: number): string {
  const sentences = ['Officials said on Tuesday that Mr. Petrov and 390 prisoners were freed in the U.S.-brokered deal.', '“We accept the terms,” the ministry said in a statement.', 'Talks resume in Istanbul on Friday!'];
  const parts: string[] = [];
  for (let size = 0, i = 0; size < bytes; i++) {
    const sentence = sentences[i % sentences.length]!;
    parts.push(sentence);
    size += sentence.length + 1;
  }
  return `Prisoner exchange talks continue in Istanbul\n\n${parts.join(' ')}\n`;
}

async function askLatencies(library: Library, questions: BenchQuestion[], row: (m: string, v: string, t?: string, r?: string) => void): Promise<number[]> {
  const briefing = createBriefing({ load: () => library, engine: createOfflineEngine(), now: () => new Date('2025-06-01T07:00:00Z') });
  for (const q of questions.slice(0, 50)) await briefing.ask(q.text);
  const latencies: number[] = [];
  const outcomes = new Map<QuestionKind, Record<AnswerKind, number>>();
  for (const q of questions) {
    const { value, ms: took } = await timeAsync(() => briefing.ask(q.text));
    latencies.push(took);
    const tally = outcomes.get(q.kind) ?? { answered: 0, abstained: 0, invalid: 0 };
    tally[value.kind]++;
    outcomes.set(q.kind, tally);
  }
  for (const [kind, tally] of outcomes) {
    row(`  ${kind} questions`, `${tally.answered + tally.abstained + tally.invalid}`, '', `answered ${tally.answered}, abstained ${tally.abstained}, invalid ${tally.invalid}`);
  }
  return latencies;
}

async function digestTimes(seedsDir: string): Promise<{ first: number; median: number; p95: number }> {
  const briefing = createBriefing({ load: () => loadLibrary(seedsDir), engine: createOfflineEngine(), now: () => new Date('2025-06-01T07:00:00Z') });
  const first = (await timeAsync(() => briefing.digest())).ms;
  const runs: number[] = [];
  for (let i = 0; i < 20; i++) runs.push((await timeAsync(() => briefing.digest())).ms);
  runs.sort((a, b) => a - b);
  return { first, median: percentile(runs, 50), p95: percentile(runs, 95) };
}

/** The 1-minute load average: timings from a machine busy with other work run long. */
function osLoad(): string {
  return loadavg()[0]!.toFixed(1);
}

function printTable(rows: Array<[string, string, string, string]>): void {
  const header: [string, string, string, string] = ['metric', 'value', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  const out = [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)];
  out.push('', `node ${process.version} · ${process.platform}/${process.arch} · ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}) · load average ${osLoad()}`);
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: unexpected failure: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});

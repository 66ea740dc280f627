// `npm run -s briefing -- ask|digest|sources`: the terminal face of the core, for people and for scripts.
// With --json only JSON goes to stdout; warnings and logs go to stderr.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { prepareAnswering } from './core/answer.ts';
import type { Briefing } from './core/briefing.ts';
import type { Answer, Citation, Digest } from './core/types.ts';
import { chooseEngine } from './engines/choose-engine.ts';
import { parseFeedUrl } from './feeds/feed-url.ts';
import { botUserAgent } from './feeds/user-agent.ts';
import { createLogger, type Logger } from './log.ts';
import { reportIndexProgress } from './progress.ts';
import { answerNotes } from './render/text.ts';
import { openStoryReaderThread } from './story-reader-thread.ts';
import { DatabaseError, openDatabase, type Database } from './store/db.ts';
import { createIndexedBriefing } from './store/indexed-briefing.ts';
import { createFeedStore, type FeedStore } from './store/feeds.ts';
import type { FeedbackEntry } from './store/feedback.ts';
import { openStore } from './store/open-store.ts';
import { describeServer, openPostgresStore } from './store/postgres.ts';

const USAGE = `usage: npm run -s briefing -- <command> [options]
  ask [--json] [--seeds DIR] "QUESTION"    answer one question (no QUESTION: one per stdin line, JSON lines out)
  digest [--json] [--seeds DIR] [--max-words N]    today's brief, or a plain summary of at most N words
  sources [--json] [--seeds DIR]           the stories found, with duplicate groups
  fetch [--json] [--feed URL]...           fetch BRIEFING_FEEDS and each --feed once, storing new and changed items
  feedback [--json] [--since YYYY-MM-DD]   votes on answers (helpful / wrong), newest first, from DATABASE_URL or BRIEFING_DB`;

class UsageError extends Error {}

interface CliIo {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const write = (line: string): void => void io.stdout.write(line + '\n');
  try {
    const [command, ...rest] = argv;
    if (!command || command === 'help' || command === '--help' || command === '-h') {
      io.stderr.write(USAGE + '\n');
      return command ? 0 : 2;
    }
    const { values, positionals } = parseCommandArgs(command, rest);
    const config = loadConfig(io.env, { dotenv: true });
    // Feedback lives in the database, not in the stories: no briefing to build.
    if (command === 'feedback') return await listFeedback(config, parseSince(values.since), values.json === true, io, write);
    const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, (line) => void io.stderr.write(line + '\n'));
    if (command === 'fetch') return await fetchFeeds(config, values.feed ?? [], values.json === true, write, log);
    const db = openIndexDatabase(config, values.seeds);
    let feeds: OpenFeedStore | undefined;
    try {
      // The feed stories are in the store even when another folder's stories are indexed in memory.
      feeds = await openFeedStore(config, db.memory ? undefined : db, { create: false });
      return await runCommand(command, values, positionals, buildBriefing(config, { db, feeds: feeds?.store }, values.seeds, log, io), io, write);
    } finally {
      await feeds?.close();
      db.close();
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`briefing: ${err.message}\n`);
      return 2;
    }
    if (err instanceof DatabaseError) {
      io.stderr.write(`briefing: ${err.message}\n`);
      return 1;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`briefing: configuration problem:\n${err.problems.map((p) => `  ${p}`).join('\n')}\n`);
      return 2;
    }
    if (err instanceof DatabaseError) {
      io.stderr.write(`briefing: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}

type CommandValues = ReturnType<typeof parseCommandArgs>['values'];

async function runCommand(command: string, values: CommandValues, positionals: string[], pending: Promise<Briefing>, io: CliIo, write: (line: string) => void): Promise<number> {
    const briefing = await pending;
    switch (command) {
      case 'ask':
        // (Only the command that answers loads what answering reads; `digest` and `sources` start without it.)
        prepareAnswering();
        return await ask(briefing, positionals, values.json === true, io, write);
      case 'digest': {
        const maxWords = parseMaxWords(values['max-words']);
        const digest = await briefing.digest({ maxWords });
        write(values.json ? JSON.stringify(digestJson(digest)) : digest.text);
        return 0;
      }
      case 'sources': {
        // Page by page: the library may hold 100,000 stories.
        const all = [];
        for (let offset = 0; ; offset += SOURCES_PAGE) {
          const page = briefing.sources({ offset, limit: SOURCES_PAGE });
          if (values.json) all.push(...page);
          else for (const s of page) write(`${s.file}  ${s.outlet || '(no outlet)'}  ${s.date || '(no date)'}  ${s.sentences} sentences  group ${s.duplicateGroup}\n  ${s.title}`);
          if (page.length < SOURCES_PAGE) break;
        }
        if (values.json) write(JSON.stringify(all));
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}" (use ask, digest, sources, feedback or fetch)`);
    }
}

const SOURCES_PAGE = 1_000;

function parseCommandArgs(command: string, rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        seeds: { type: 'string' },
        'max-words': { type: 'string' },
        feed: { type: 'string', multiple: true },
        since: { type: 'string' },
      },
    });
  } catch (err) {
    throw new UsageError(`${command}: ${(err as Error).message.split('\n')[0]}`);
  }
}

function parseMaxWords(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new UsageError(`--max-words "${raw}" is not a word count (use a whole number from 1 to 10000)`);
  return n;
}

/**
 * The index in BRIEFING_DB belongs to BRIEFING_SEEDS. Another folder named with --seeds is indexed in
 * memory for this run, so a one-off look at other stories never rewrites the bot's index.
 */
function openIndexDatabase(config: Config, seeds: string | undefined): Database {
  const isOtherFolder = seeds !== undefined && resolve(seeds) !== resolve(config.seedsDir);
  return openDatabase(isOtherFolder ? ':memory:' : config.dbPath);
}

/** Brings the index up to date first (progress on stderr), so the answer is from the folder as it is now. */
async function buildBriefing(config: Config, { db, feeds }: { db: Database; feeds: FeedStore | undefined }, seeds: string | undefined, log: Logger, io: CliIo): Promise<Briefing> {
  const progress = reportIndexProgress(io.stderr);
  const { briefing, resetReason } = createIndexedBriefing({
    db,
    feedStories: feeds,
    seedsDir: seeds ?? config.seedsDir,
    engine: chooseEngine(config, log),
    now: () => new Date(),
    retentionDays: config.retentionDays,
    onProgress: (p) => progress.update(p),
    openReader: openStoryReaderThread,
  });
  if (resetReason) log.warn(`the story index is rebuilt from the story files: ${resetReason}`);
  const warnings = await briefing.reload();
  progress.done();
  for (const warning of warnings) log.warn(warning);
  return briefing;
}

/** `--since 2026-12-01`: votes cast from that day on (00:00 UTC). */
function parseSince(raw: string | undefined): Date | undefined {
  if (raw === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== raw) throw new UsageError(`--since "${raw.slice(0, 40)}" is not a date (use YYYY-MM-DD, like 2026-12-01)`);
  return date;
}

async function listFeedback(config: Config, since: Date | undefined, json: boolean, io: CliIo, write: (line: string) => void): Promise<number> {
  const { dbPath, databaseUrl } = config;
  // Reading must not create a SQLite database where the bot has never run.
  let entries: FeedbackEntry[] = [];
  if (databaseUrl !== undefined || existsSync(dbPath) || dbPath === ':memory:') {
    try {
      const store = await openStore({ databaseUrl, dbPath }, { maxConnections: 1 });
      try {
        entries = await store.feedback.list({ since });
      } finally {
        await store.close();
      }
    } catch (err) {
      if (!(err instanceof DatabaseError)) throw err;
      io.stderr.write(`briefing: ${err.message}\n`);
      return 1;
    }
  }
  if (json) {
    write(JSON.stringify({ feedback: entries.map(feedbackJson) }));
  } else if (entries.length === 0) {
    const where = databaseUrl === undefined ? dbPath : `PostgreSQL at ${describeServer(databaseUrl)}`;
    io.stderr.write(`No feedback recorded${since ? ` since ${since.toISOString().slice(0, 10)}` : ''} in ${where}.\n`);
  } else {
    for (const entry of entries) write(feedbackText(entry));
  }
  return 0;
}

function feedbackJson(f: FeedbackEntry) {
  return {
    answerId: f.answerId,
    verdict: f.verdict,
    question: f.question,
    answer: f.answer,
    citations: f.citations.map(citationJson),
    engine: f.engine,
    platform: f.platform,
    channelId: f.channelId,
    userId: f.userId,
    at: f.at,
  };
}

function feedbackText(f: FeedbackEntry): string {
  const verdict = f.verdict === 'up' ? 'helpful' : 'WRONG OR UNSUPPORTED';
  const sources = f.citations.map((c) => `    [${c.n}] “${c.quote}” (${c.outlet})`);
  return [`${f.at.slice(0, 16).replace('T', ' ')} UTC  ${verdict}  ${f.platform} ${f.channelId}  user ${f.userId}  answer ${f.answerId} (${f.engine})`, `  Q: ${f.question}`, `  A: ${f.answer}`, ...sources, ''].join('\n');
}

/** `fetch`: every feed once, side by side; a feed's failure is its own line, never the command's. */
async function fetchFeeds(config: Config, extra: string[], json: boolean, write: (line: string) => void, log: Logger): Promise<number> {
  const urls = [...config.feeds.urls];
  for (const raw of extra) {
    const parsed = parseFeedUrl(raw);
    if (!parsed.ok) throw new UsageError(`--feed: ${parsed.problem}`);
    if (!urls.includes(parsed.value)) urls.push(parsed.value);
  }
  if (urls.length === 0) log.warn('no feeds to fetch: set BRIEFING_FEEDS or pass --feed URL');
  const feedStore = (await openFeedStore(config, undefined, { create: true }))!;
  try {
    const store = feedStore.store;
    // The feed parser and article extractor load only for `fetch`: `ask` starts without them.
    const [{ refreshFeed }, { createFetcher }] = await Promise.all([import('./feeds/refresh-feed.ts'), import('./feeds/safe-fetch.ts')]);
    const fetcher = createFetcher({ allowPrivate: config.feeds.allowPrivate, userAgent: botUserAgent() });
    const outcomes = await Promise.all(urls.map((url) => refreshFeed(url, { fetcher, store, now: () => new Date(), log })));
    const feeds = outcomes.map(({ url, ok, new: added, updated, unchanged, error }) => ({ url, ok, new: added, updated, unchanged, error }));
    if (json) write(JSON.stringify({ feeds }));
    else for (const f of feeds) write(f.ok ? `ok     ${f.url}: ${f.new} new, ${f.updated} updated, ${f.unchanged} unchanged` : `failed ${f.url}: ${f.error}`);
    return 0;
  } finally {
    await feedStore.close();
  }
}

interface OpenFeedStore {
  store: FeedStore;
  close(): Promise<void>;
}

/**
 * The feed state and stories: in PostgreSQL with DATABASE_URL, else in BRIEFING_DB (`db` when that is
 * already open). Without `create`, a database file that does not exist yet holds no feeds: none is made.
 */
async function openFeedStore(config: Config, db: Database | undefined, { create }: { create: boolean }): Promise<OpenFeedStore | undefined> {
  if (config.databaseUrl) {
    const store = await openPostgresStore(config.databaseUrl, { maxConnections: 2 });
    return { store: store.feeds, close: () => store.close() };
  }
  if (db) return { store: createFeedStore(db), close: async () => undefined };
  if (!create && !existsSync(config.dbPath)) return undefined;
  const own = openDatabase(config.dbPath);
  return { store: createFeedStore(own), close: async () => void own.close() };
}

async function ask(briefing: Briefing, positionals: string[], json: boolean, io: CliIo, write: (line: string) => void): Promise<number> {
  if (positionals.length > 0) {
    const answer = await briefing.ask(positionals.join(' '));
    if (answer.kind === 'invalid') throw new UsageError(answer.text);
    write(json ? JSON.stringify(answerJson(answer)) : answerText(answer));
    return 0;
  }
  // Batch mode: one question per line, each answered as soon as it arrives, so tools can pipe through us.
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    write(JSON.stringify(answerJson(await briefing.ask(line))));
  }
  return 0;
}

function citationJson(c: Citation) {
  return { n: c.n, file: c.file, story: c.storyId, title: c.title, outlet: c.outlet, date: c.date || null, url: c.url ?? null, quote: c.quote };
}

export function answerJson(answer: Answer) {
  return {
    question: answer.question,
    answer: answer.text,
    abstained: answer.kind !== 'answered',
    engine: answer.engine,
    /** For a developing story's figure: the report it is from, e.g. {"label": "as of", "day": "2025-05-25"}. */
    dated: answer.dated ?? null,
    citations: answer.citations.map(citationJson),
    ...(answer.kind === 'invalid' ? { error: answer.text } : {}),
  };
}

function digestJson(digest: Digest) {
  return { text: digest.text, citations: digest.citations.map(citationJson), stories: digest.stories };
}

function answerText(answer: Answer): string {
  const quotes = answer.citations.map((c) => `  [${c.n}] “${c.quote}”\n      ${[c.outlet, c.date].filter(Boolean).join(', ')} — ${c.title}${c.url ? `\n      ${c.url}` : ''}`);
  const { sources } = answerNotes(answer);
  const note = answer.kind === 'answered' && sources ? [`(${sources})`] : [];
  return [answer.text, ...note, ...(quotes.length ? ['', 'Sources:', ...quotes] : [])].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`briefing: unexpected failure: ${(err as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}

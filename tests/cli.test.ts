// The terminal face of the core, driven as a user or a script drives it: a real child process.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CONFIG_KEYS } from '../src/config.ts';
import type { FeedbackStore } from '../src/store/feedback.ts';
import { openPostgresStore } from '../src/store/postgres.ts';
import { openSqliteStore } from '../src/store/store.ts';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON } from './support/postgres.ts';
import { isVerbatimInSeed, REPO_DIR, SEED } from './support/seeds.ts';

// Every setting blank, not absent: dotenv never overrides a variable that is set, so a developer's
// .env (an OPENAI_API_KEY, say) cannot switch the child to the model engine or another seeds folder.
// The index goes to a folder of this file's own: one left in the working tree by an older version would be
// rebuilt, and the rebuild's notice on stderr is not what these tests are about.
const INDEX_DIR = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
afterAll(() => rmSync(INDEX_DIR, { recursive: true, force: true }));
const CHILD_ENV: NodeJS.ProcessEnv = { ...process.env, ...Object.fromEntries(CONFIG_KEYS.map((key) => [key, ''])), BRIEFING_DB: join(INDEX_DIR, 'index.db') };

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function startCli(args: string[], env: NodeJS.ProcessEnv = CHILD_ENV): { child: ChildProcessWithoutNullStreams; done: Promise<Run> } {
  // tsx 4 registers its ESM loader on Node 20 with --import.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: REPO_DIR, env, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<Run>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function runCli(...args: string[]): Promise<Run> {
  const { child, done } = startCli(args);
  child.stdin.end();
  return done;
}

function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))]);
}

interface CitationJson {
  n: number;
  file: string;
  date: string | null;
  url: string | null;
  story: string;
  title: string;
  outlet: string;
  quote: string;
}

describe('briefing CLI', () => {
  let running: ChildProcessWithoutNullStreams | undefined;
  afterEach(() => {
    if (running && running.exitCode === null) running.kill();
    running = undefined;
  });

  it('prints exactly one JSON answer for ask --json, with verbatim quotes from the offline engine', async () => {
    const { code, stdout, stderr } = await runCli('ask', '--json', 'How many prisoners did each side agree to swap?');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(Object.keys(answer).sort()).toEqual(['abstained', 'answer', 'citations', 'dated', 'engine', 'question']);
    expect(answer).toMatchObject({ question: 'How many prisoners did each side agree to swap?', abstained: false, engine: 'offline' });
    expect(answer.answer).toMatch(/^1,000\b/);
    const citations = answer.citations as CitationJson[];
    expect(citations.length).toBeGreaterThan(0);
    for (const c of citations) {
      expect(Object.keys(c).sort()).toEqual(['date', 'file', 'n', 'outlet', 'quote', 'story', 'title', 'url']);
      expect(c.date === null || /^\d{4}-\d{2}-\d{2}$/.test(c.date)).toBe(true);
      expect(c.url).toBeNull();
      expect(isVerbatimInSeed(c.file, c.quote)).toBe(true);
    }
  });

  it('prints the answer and its sources as text without --json', async () => {
    const { code, stdout } = await runCli('ask', 'Who mediated previous prisoner swaps?');
    expect(code).toBe(0);
    expect(stdout).toContain('The United Arab Emirates — ');
    expect(stdout).toContain('Sources:\n  [1] “Previous prisoner swaps have been mediated by the United Arab Emirates.”');
  });

  it('streams batch answers: each stdin line is answered before the next one is written', async () => {
    const { child, done } = startCli(['ask', '--json']);
    running = child;
    const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();

    child.stdin.write('How many civilians were freed on Friday?\n');
    const first = await within(15_000, lines.next(), 'answer to the first question');
    expect(JSON.parse(first.value as string)).toMatchObject({ question: 'How many civilians were freed on Friday?', abstained: false });

    child.stdin.write('Who mediated previous prisoner swaps?\n');
    const second = await within(15_000, lines.next(), 'answer to the second question');
    expect(JSON.parse(second.value as string)).toMatchObject({ question: 'Who mediated previous prisoner swaps?', abstained: false });

    child.stdin.end();
    const { code, stdout } = await within(15_000, done, 'exit after stdin ended');
    expect(code).toBe(0);
    expect(stdout.trimEnd().split('\n')).toHaveLength(2);
  });

  it('answers a bad batch line with an error object and goes on to the next line', async () => {
    const { child, done } = startCli(['ask', '--json']);
    running = child;
    child.stdin.end('???\n\nWho is the Kremlin spokesperson?\n');
    const { code, stdout } = await done;
    expect(code).toBe(0);
    const [bad, good, ...rest] = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rest).toEqual([]);
    expect(bad).toMatchObject({ question: '???', abstained: true, citations: [] });
    expect(bad!.error).toMatch(/^Ask me a question about the stories/);
    expect(good!.answer).toMatch(/^Dmitry Peskov — /);
  });

  it('prints the digest as JSON with text, citations and stories', async () => {
    const { code, stdout } = await runCli('digest', '--json');
    expect(code).toBe(0);
    const digest = JSON.parse(stdout) as { text: string; citations: CitationJson[]; stories: Array<{ headline: string }> };
    expect(Object.keys(digest).sort()).toEqual(['citations', 'stories', 'text']);
    expect(digest.stories).toHaveLength(2);
    expect(digest.text.length).toBeLessThanOrEqual(4000);
    for (const c of digest.citations) expect(isVerbatimInSeed(c.file, c.quote)).toBe(true);
  });

  it('prints a plain summary of at most N words for digest --max-words N', async () => {
    const { code, stdout } = await runCli('digest', '--max-words', '25');
    expect(code).toBe(0);
    const words = stdout.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(0);
    expect(words).toBeLessThanOrEqual(25);
  });

  it('lists the six seed stories with their duplicate groups for sources --json', async () => {
    const { code, stdout } = await runCli('sources', '--json');
    expect(code).toBe(0);
    const sources = JSON.parse(stdout) as Array<{ storyId: string; duplicateGroup: string; duplicateOf: string[] }>;
    expect(sources.map((s) => [s.storyId, s.duplicateGroup])).toEqual([
      [`${SEED.bloomberg}#1`, `${SEED.bloomberg}#1`],
      [`${SEED.plain}#1`, `${SEED.plain}#1`],
      [`${SEED.bloombergCut}#1`, `${SEED.bloomberg}#1`],
      [`${SEED.wire}#1`, `${SEED.wire}#1`],
      [`${SEED.twoStories}#1`, `${SEED.wire}#1`],
      [`${SEED.twoStories}#2`, `${SEED.twoStories}#2`],
    ]);
    expect(sources[2]!.duplicateOf).toEqual([`${SEED.bloomberg}#1`]);
  });

  it.each([
    ['an unknown command', ['summarise'], /^briefing: unknown command "summarise" \(use ask, digest, sources, feedback or fetch\)$/],
    ['a word count that is not a number', ['digest', '--max-words', 'x'], /^briefing: --max-words "x" is not a word count/],
    ['a word count of zero', ['digest', '--max-words', '0'], /^briefing: --max-words "0" is not a word count/],
    ['an unknown option', ['sources', '--colour'], /^briefing: sources: Unknown option '--colour'/],
    ['an empty question', ['ask', ''], /^briefing: Ask me a question about the stories/],
    ['a whitespace question', ['ask', '   '], /^briefing: Ask me a question about the stories/],
    ['a question in Cyrillic', ['ask', 'Сколько пленных освободили?'], /^briefing: I can only read questions in English/],
    ['a --feed that is not a URL', ['fetch', '--feed', 'news.example/rss'], /^briefing: --feed: "news\.example\/rss" is not a URL: give the full address/],
    ['a --feed without its URL', ['fetch', '--feed'], /^briefing: fetch: Option '--feed <value>' argument missing/],
  ])('exits 2 on %s with one line on stderr and nothing on stdout', async (_case, args, message) => {
    const { code, stdout, stderr } = await runCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('warns clearly on stderr when --seeds names a missing folder, and still answers on stdout', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'briefing-cli-'));
    try {
      const missing = join(parent, 'no-stories-here');
      const { code, stdout, stderr } = await runCli('ask', '--json', '--seeds', missing, 'How many prisoners were freed?');
      expect(stderr).toContain(`${missing}: no stories loaded, it does not exist (point --seeds or BRIEFING_SEEDS at a folder of .txt stories)`);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ abstained: true, citations: [], engine: 'offline' });
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('feedback', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** One answer with votes from U1 (1 Dec, helpful) and U2 (2 Dec, wrong). */
  async function addVotes(store: FeedbackStore): Promise<void> {
    const citation = { n: 1, file: 'a.txt', storyId: 'a.txt#1', title: 'Swap', outlet: 'Reuters', date: '2025-05-23', quote: 'They freed 390.', sentenceId: 'a.txt#1:0' };
    const id = await store.recordAnswer({ question: 'how many were freed?', text: '390 — They freed 390. [1]', citations: [citation], engine: 'offline', platform: 'slack', channelId: 'C0NEWS' }, new Date('2026-12-01T09:00:00Z'));
    await store.vote({ answerId: id, userId: 'U1', verdict: 'up', platform: 'slack', now: new Date('2026-12-01T10:00:00Z') });
    await store.vote({ answerId: id, userId: 'U2', verdict: 'down', platform: 'slack', now: new Date('2026-12-02T10:00:00Z') });
  }

  /** A SQLite file holding the votes of addVotes. */
  async function databaseWithVotes(): Promise<string> {
    dir = mkdtempSync(join(tmpdir(), 'cli-feedback-'));
    const path = join(dir, 'briefing.sqlite');
    const store = openSqliteStore(path);
    await addVotes(store.feedback);
    await store.close();
    return path;
  }

  const feedbackCli = (dbPath: string, ...args: string[]): Promise<Run> => feedbackCliWith({ BRIEFING_DB: dbPath }, ...args);
  const feedbackCliWith = (env: NodeJS.ProcessEnv, ...args: string[]): Promise<Run> => {
    const { child, done } = startCli(['feedback', ...args], { ...CHILD_ENV, ...env });
    child.stdin.end();
    return done;
  };

  it.skipIf(!hasPostgres())(`reads the votes from PostgreSQL when DATABASE_URL is set, not from BRIEFING_DB${hasPostgres() ? '' : ` (skipped: ${POSTGRES_SKIP_REASON})`}`, async () => {
    const database = await createTestDatabase();
    try {
      const store = await openPostgresStore(database.url, { maxConnections: 1 });
      await addVotes(store.feedback);
      await store.close();
      const run = await feedbackCliWith({ DATABASE_URL: database.url, BRIEFING_DB: await databaseWithoutVotes() }, '--json', '--since', '2026-12-02');
      expect(run.code).toBe(0);
      expect((JSON.parse(run.stdout) as { feedback: Array<Record<string, unknown>> }).feedback).toMatchObject([
        { verdict: 'down', question: 'how many were freed?', answer: '390 — They freed 390. [1]', userId: 'U2', at: '2026-12-02T10:00:00.000Z', citations: [{ story: 'a.txt#1', quote: 'They freed 390.' }] },
      ]);
    } finally {
      await database.drop();
    }
  });

  it.skipIf(!hasPostgres())(`says which PostgreSQL database has no votes${hasPostgres() ? '' : ` (skipped: ${POSTGRES_SKIP_REASON})`}`, async () => {
    const database = await createTestDatabase();
    try {
      const run = await feedbackCliWith({ DATABASE_URL: database.url });
      expect([run.code, run.stdout]).toEqual([0, '']);
      expect(run.stderr).toMatch(/^No feedback recorded in PostgreSQL at postgres@127\.0\.0\.1:\d+\/briefing_test_\w+\.\n$/);
    } finally {
      await database.drop();
    }
  });

  it('says, with exit code 1, when the PostgreSQL in DATABASE_URL cannot be reached', async () => {
    const run = await feedbackCliWith({ DATABASE_URL: `postgres://briefing:s3cret@127.0.0.1:${await closedPort()}/briefing` }, '--json');
    expect([run.code, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toMatch(/^briefing: Cannot reach PostgreSQL at briefing@127\.0\.0\.1:\d+\/briefing \(ECONNREFUSED\)\. Start the database, or fix the host and port in DATABASE_URL\.\n$/);
  });

  /** A SQLite file where the bot ran but nobody voted. */
  async function databaseWithoutVotes(): Promise<string> {
    dir = mkdtempSync(join(tmpdir(), 'cli-feedback-'));
    const path = join(dir, 'briefing.sqlite');
    await openSqliteStore(path).close();
    return path;
  }

  it('prints every vote as one JSON object, newest first', async () => {
    const run = await feedbackCli(await databaseWithVotes(), '--json');
    expect(run.code).toBe(0);
    const { feedback } = JSON.parse(run.stdout) as { feedback: Array<Record<string, unknown>> };
    expect(feedback.map((f) => Object.keys(f))).toEqual([
      ['answerId', 'verdict', 'question', 'answer', 'citations', 'engine', 'platform', 'channelId', 'userId', 'at'],
      ['answerId', 'verdict', 'question', 'answer', 'citations', 'engine', 'platform', 'channelId', 'userId', 'at'],
    ]);
    expect(feedback[0]).toMatchObject({ verdict: 'down', question: 'how many were freed?', answer: '390 — They freed 390. [1]', engine: 'offline', platform: 'slack', channelId: 'C0NEWS', userId: 'U2', at: '2026-12-02T10:00:00.000Z' });
    expect(feedback[0]?.citations).toEqual([{ n: 1, file: 'a.txt', story: 'a.txt#1', title: 'Swap', outlet: 'Reuters', date: '2025-05-23', url: null, quote: 'They freed 390.' }]);
    expect(feedback[1]).toMatchObject({ verdict: 'up', userId: 'U1' });
  });

  it('keeps only votes cast since the given day with --since', async () => {
    const run = await feedbackCli(await databaseWithVotes(), '--json', '--since', '2026-12-02');
    expect((JSON.parse(run.stdout) as { feedback: Array<{ userId: string }> }).feedback.map((f) => f.userId)).toEqual(['U2']);
  });

  it('lists votes for people, with the verdict, the question and the answer', async () => {
    const run = await feedbackCli(await databaseWithVotes());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-12-02 10:00 UTC  WRONG OR UNSUPPORTED  slack C0NEWS  user U2');
    expect(run.stdout).toContain('  Q: how many were freed?\n  A: 390 — They freed 390. [1]');
  });

  it.each(['2026-13-01', '01/12/2026', 'yesterday'])('refuses --since %s with exit code 2 and the format to use', async (since) => {
    const run = await feedbackCli(await databaseWithVotes(), '--since', since);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a date (use YYYY-MM-DD, like 2026-12-01)');
  });

  it('prints an empty list, and creates no database, where the bot has never run', async () => {
    dir = mkdtempSync(join(tmpdir(), 'cli-feedback-'));
    const path = join(dir, 'missing', 'briefing.sqlite');
    const run = await feedbackCli(path, '--json');
    expect([run.code, run.stdout.trim()]).toEqual([0, '{"feedback":[]}']);
    expect(existsSync(path)).toBe(false);
  });
});

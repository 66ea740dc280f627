// The bot as a new user runs it: a real `node --import tsx src/main.ts` (or src/cli.ts) child process with
// an environment built here, its output read line by line. Every child is stopped by stopAllProcesses().
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CONFIG_KEYS } from '../../../src/config.ts';

export const REPO_DIR = fileURLToPath(new URL('../../../', import.meta.url));

/** SIGTERM first; a child still running this long after gets SIGKILL. */
const KILL_AFTER_MS = 5000;
/** Long enough for tsx to compile the bot on a busy two-core machine. */
const DEFAULT_WAIT_MS = 30_000;

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface BotProcess {
  readonly pid: number | undefined;
  /** Every line printed so far, in order. */
  readonly stdout: string[];
  readonly stderr: string[];
  /** Settles when the process has exited and its output is read. */
  readonly exited: Promise<Exit>;
  /** The first line (already printed or still to come) matching the pattern; rejects on exit or deadline. */
  waitForLine(pattern: RegExp, options?: { stream?: 'stdout' | 'stderr'; timeoutMs?: number }): Promise<string>;
  /** The exit, or a rejection naming what was printed when it does not come within timeoutMs. */
  waitForExit(timeoutMs?: number): Promise<Exit>;
  /** Send the signal (SIGTERM by default), SIGKILL 5 s later if still running; resolves with the exit. */
  stop(signal?: NodeJS.Signals): Promise<Exit>;
  kill(): Promise<Exit>;
}

export interface SpawnOptions {
  /** The entry point, relative to the repository (default src/main.ts). */
  script?: string;
  args?: string[];
}

const running = new Set<BotProcess>();
const children = new Set<ChildProcessWithoutNullStreams>();

// Should the test run itself be cut short, no bot outlives it.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/**
 * The child's whole environment: PATH and HOME, every setting the bot reads blank (so a developer's `.env`,
 * which dotenv would read from the working directory, cannot switch anything on), then the test's own.
 */
export function botEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const blank = Object.fromEntries(CONFIG_KEYS.map((key) => [key, '']));
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...blank, ...env };
}

/** Start the bot (or the CLI) in the repository with exactly this environment (see botEnv). */
export function spawnBot(env: Record<string, string>, options: SpawnOptions = {}): BotProcess {
  const script = options.script ?? 'src/main.ts';
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['--import', 'tsx', script, ...(options.args ?? [])], {
    cwd: REPO_DIR,
    env: botEnv(env),
    stdio: 'pipe',
  });
  child.stdin.end();
  children.add(child);
  child.once('exit', () => children.delete(child));
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };
  const streamsClosed = (['stdout', 'stderr'] as const).map(
    (name) =>
      new Promise<void>((resolve) => {
        const reader = createInterface({ input: child[name], crlfDelay: Infinity });
        reader.on('line', (line) => {
          lines[name].push(line);
          notify();
        });
        reader.on('close', resolve);
      }),
  );
  let exit: Exit | undefined;
  const exited = new Promise<Exit>((resolve) => {
    child.on('exit', (code, signal) => {
      void Promise.all(streamsClosed).then(() => {
        exit = { code, signal };
        running.delete(bot);
        resolve(exit);
        notify();
      });
    });
    child.on('error', (err) => {
      lines.stderr.push(`spawn failed: ${err.message}`);
      exit = { code: null, signal: null };
      running.delete(bot);
      resolve(exit);
      notify();
    });
  });

  const describeOutput = (): string =>
    `stdout:\n${lines.stdout.slice(-20).map((l) => `  ${l}`).join('\n') || '  (nothing)'}\nstderr:\n${lines.stderr.slice(-20).map((l) => `  ${l}`).join('\n') || '  (nothing)'}`;

  /** Resolve with check()'s value as soon as it has one; reject when the process exits first or time is up. */
  const waitUntil = <T>(check: () => T | undefined, what: string, timeoutMs: number, rejectOnExit: boolean): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        listeners.delete(onChange);
        clearTimeout(timer);
      };
      const onChange = (): void => {
        const value = check();
        if (value !== undefined) {
          finish();
          resolve(value);
        } else if (rejectOnExit && exit) {
          finish();
          reject(new Error(`${script} exited (code ${exit.code}, signal ${exit.signal}) before ${what}.\n${describeOutput()}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`${script}: no ${what} within ${timeoutMs} ms.\n${describeOutput()}`));
      }, timeoutMs);
      listeners.add(onChange);
      onChange();
    });

  const waitForExit = (timeoutMs = DEFAULT_WAIT_MS): Promise<Exit> => waitUntil(() => exit, 'exit', timeoutMs, false);

  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<Exit> => {
    if (exit) return exit;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    const result = await exited;
    clearTimeout(timer);
    return result;
  };

  const bot: BotProcess = {
    pid: child.pid,
    stdout: lines.stdout,
    stderr: lines.stderr,
    exited,
    waitForLine: (pattern, { stream, timeoutMs = DEFAULT_WAIT_MS } = {}) =>
      waitUntil(
        () => (stream ? lines[stream] : [...lines.stdout, ...lines.stderr]).find((line) => pattern.test(line)),
        `line matching ${pattern}${stream ? ` on ${stream}` : ''}`,
        timeoutMs,
        true,
      ),
    waitForExit,
    stop,
    kill: () => stop('SIGKILL'),
  };
  running.add(bot);
  return bot;
}

/** For afterEach: stop every child still running (SIGTERM, then SIGKILL after 5 s). */
export async function stopAllProcesses(): Promise<void> {
  await Promise.all([...running].map((bot) => bot.stop()));
}

/** Run the CLI to the end (stdin closed) and return its exit and output. */
export async function runCli(env: Record<string, string>, args: string[], timeoutMs = 60_000): Promise<Exit & { stdout: string[]; stderr: string[] }> {
  const cli = spawnBot(env, { script: 'src/cli.ts', args });
  const exit = await cli.waitForExit(timeoutMs);
  return { ...exit, stdout: cli.stdout, stderr: cli.stderr };
}

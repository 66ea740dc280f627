// A locked database must not freeze the bot: better-sqlite3 waits out busy_timeout on the event loop, so
// the connection waits only briefly (REQUEST_BUSY_TIMEOUT_MS) and a write that still finds the file locked
// is tried again here, between timers, while acks and other answers go on.

/** How long one statement may block the event loop waiting for another process's lock. */
export const REQUEST_BUSY_TIMEOUT_MS = 50;

/** The database stayed locked by another process past the deadline; `message` is for the user. */
export class DatabaseBusyError extends Error {
  override name = 'DatabaseBusyError';
}

export interface BusyRetryOptions {
  /** Give up after this long (default 5 s, the old busy_timeout). */
  deadlineMs?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

export function isBusy(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY_'));
}

/**
 * Run `work` (one statement or transaction, or a store call that runs them); while the file is locked, try
 * again every 100 ms or so. A store call's rejection counts as much as a statement's throw.
 */
export async function retryWhileBusy<T>(work: () => T | Promise<T>, options: BusyRetryOptions = {}): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = options.now ?? (() => Date.now());
  const deadline = now() + (options.deadlineMs ?? 5000);
  for (let wait = 25; ; wait = Math.min(wait * 2, 200)) {
    try {
      return await work();
    } catch (err) {
      if (!isBusy(err)) throw err;
      if (now() >= deadline) {
        throw new DatabaseBusyError('The bot’s database is locked by another program, so nothing was changed. Please try again in a minute; if it keeps happening, tell whoever runs this bot.');
      }
    }
    await sleep(wait);
  }
}

// Small shared helpers: snowflakes, change notification + waiting, Discord error bodies.

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
let lastMs = 0n;

/** A Discord snowflake for "now": (ms since 2015) << 22 | worker/process bits | increment. Unique and increasing within this process. */
export function snowflake(now: number = Date.now()): string {
  let ms = BigInt(now) - DISCORD_EPOCH;
  if (ms < lastMs) ms = lastMs;
  if (ms === lastMs) {
    increment += 1n;
    if (increment > 0xfffn) {
      increment = 0n;
      ms += 1n;
    }
  } else {
    increment = 0n;
  }
  lastMs = ms;
  return ((ms << 22n) | (1n << 17n) | increment).toString();
}

export function snowflakeTimestamp(id: string): string {
  const ms = (BigInt(id) >> 22n) + DISCORD_EPOCH;
  return new Date(Number(ms)).toISOString();
}

export function isoNow(): string {
  return new Date().toISOString();
}

export function randomToken(prefix: string): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  let out = prefix;
  for (let i = 0; i < 64; i += 1) out += chars[Math.floor(Math.random() * chars.length)] ?? 'x';
  return out;
}

/** Anything that changes state calls notify(); waiters re-check their condition. */
export class Changes {
  private readonly listeners = new Set<() => void>();
  private closed = false;

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  close(): void {
    this.closed = true;
    this.notify();
  }

  /** Resolves with the first non-undefined result of `check` (checked now and after every change), or rejects after timeoutMs with describe()'s text. */
  waitUntil<T>(check: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    const first = check();
    if (first !== undefined) return Promise.resolve(first);
    if (this.closed) return Promise.reject(new Error(`Discord stand-in is closed. ${describe()}`));
    return new Promise<T>((resolve, reject) => {
      const finish = (): void => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = (): void => {
        if (this.closed) {
          finish();
          reject(new Error(`Discord stand-in closed while waiting. ${describe()}`));
          return;
        }
        const value = check();
        if (value !== undefined) {
          finish();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        reject(new Error(`Timed out after ${timeoutMs} ms. ${describe()}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }
}

export interface FieldError {
  code: string;
  message: string;
}

/** Nested `{ field: { _errors: [...] } }` tree as in Discord's 50035 Invalid Form Body. */
export interface FormErrorTree {
  [key: string]: FormErrorTree | FieldError[];
}

export class FormErrors {
  readonly tree: FormErrorTree = {};

  add(path: ReadonlyArray<string | number>, code: string, message: string): void {
    let node: FormErrorTree = this.tree;
    for (const key of path) {
      const name = String(key);
      const existing = node[name];
      if (existing === undefined || Array.isArray(existing)) {
        const child: FormErrorTree = {};
        node[name] = child;
        node = child;
      } else {
        node = existing;
      }
    }
    const list = node._errors;
    if (Array.isArray(list)) list.push({ code, message });
    else node._errors = [{ code, message }];
  }

  get empty(): boolean {
    return Object.keys(this.tree).length === 0;
  }
}

export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: FormErrorTree;
}

export function invalidFormBody(errors: FormErrors): DiscordErrorBody {
  return { message: 'Invalid Form Body', code: 50035, errors: errors.tree };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function stringField(value: unknown, key: string): string | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'string' ? field : undefined;
}

export function numberField(value: unknown, key: string): number | undefined {
  if (!isRecord(value)) return undefined;
  const field = value[key];
  return typeof field === 'number' ? field : undefined;
}

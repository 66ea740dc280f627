// Structured logs on stderr, so stdout stays clean for --json output and piping.
export type LogFields = Record<string, unknown>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogLevel = keyof typeof levels;
/** text: `[info] message key=value`; json: one JSON object per line, for log collectors. */
export type LogFormat = 'text' | 'json';

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    // Never the object itself: SDK error objects carry request options, and those carry tokens.
    return isBug(value) ? (value.stack ?? value.message) : value.message;
  }
  return value;
}

const PROGRAMMING_ERRORS = [TypeError, RangeError, ReferenceError, SyntaxError, EvalError];

/**
 * A bug is logged with its stack, so it can be found: a TypeError and its kin, or a plain Error with no
 * code. Errors with a code or status (Slack, Discord, OpenAI, SQLite, the file system) are outages or
 * refusals whose message says enough, and the bot's own user-facing errors are subclasses: message only.
 */
function isBug(err: Error): boolean {
  if ('code' in err || 'status' in err) return false;
  return PROGRAMMING_ERRORS.some((type) => err.constructor === type) || err.constructor === Error;
}

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(line + '\n'),
  format: LogFormat = 'text',
  now: () => Date = () => new Date(),
): Logger {
  const threshold = levels[level];
  const emit = (name: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields): void => {
    if (levels[name] < threshold) return;
    const entries = Object.entries(fields ?? {}).map(([k, v]) => [k, describe(v)] as const);
    if (format === 'json') {
      // The fixed keys come last so a field cannot overwrite them.
      write(JSON.stringify({ ...Object.fromEntries(entries), time: now().toISOString(), level: name, msg: message }));
      return;
    }
    // One line per entry, always: a message with a line break would split in a log collector.
    const parts = entries.map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    write([`[${name}]`, message.replace(/\r?\n/g, '\\n'), ...parts].join(' '));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = createLogger('silent');

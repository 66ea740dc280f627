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

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    // Error messages only: SDK error objects can carry request options, and those carry tokens.
    return value.message;
  }
  return value;
}

export function createLogger(level: LogLevel = 'info', write: (line: string) => void = (line) => process.stderr.write(line + '\n')): Logger {
  const threshold = levels[level];
  const emit = (name: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields): void => {
    if (levels[name] < threshold) return;
    const parts = fields ? Object.entries(fields).map(([k, v]) => `${k}=${JSON.stringify(describe(v))}`) : [];
    write([`[${name}]`, message, ...parts].join(' '));
  };
  return {
    debug: (m, f) => emit('debug', m, f),
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = createLogger('silent');

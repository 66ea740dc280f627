// Bolt, its WebClient and the Socket Mode client log through this, into the bot's own logger.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.ts';

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

export function createBoltLogger(log: Logger): BoltLogger {
  // Bolt's debug lines carry request bodies: they stay out even at LOG_LEVEL=debug.
  let level: LogLevel = LogLevel.INFO;
  const emit = (at: LogLevel, write: (message: string) => void, parts: unknown[]): void => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    write(`slack: ${parts.map(describePart).join(' ')}`);
  };
  return {
    debug: (...parts: unknown[]) => emit(LogLevel.DEBUG, (m) => log.debug(m), parts),
    info: (...parts: unknown[]) => emit(LogLevel.INFO, (m) => log.info(m), parts),
    warn: (...parts: unknown[]) => emit(LogLevel.WARN, (m) => log.warn(m), parts),
    error: (...parts: unknown[]) => emit(LogLevel.ERROR, (m) => log.error(m), parts),
    setLevel: (next: LogLevel) => {
      level = next === LogLevel.DEBUG ? LogLevel.INFO : next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

/** Strings as they are, errors by message; objects (request options, payloads) are never printed. */
function describePart(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  return typeof part === 'object' && part !== null ? '[object]' : String(part);
}

import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

const at = new Date('2025-11-25T05:30:00.000Z');

function linesOf(format: 'text' | 'json', write: (log: ReturnType<typeof createLogger>) => void): string[] {
  const lines: string[] = [];
  write(createLogger('debug', (line) => lines.push(line), format, () => at));
  return lines;
}

describe('createLogger', () => {
  it('writes one JSON object per line with the time, level, message and fields when the format is json', () => {
    const lines = linesOf('json', (log) => log.warn('scheduled brief skipped', { channelId: 'C1', minutesLate: 75 }));
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      { time: '2025-11-25T05:30:00.000Z', level: 'warn', msg: 'scheduled brief skipped', channelId: 'C1', minutesLate: 75 },
    ]);
  });

  it('keeps an error to its message in JSON too, never the object that may carry a token', () => {
    const err = Object.assign(new Error('invalid_auth'), { config: { headers: { Authorization: 'Bearer xoxb-secret' } } });
    const [line] = linesOf('json', (log) => log.error('post failed', { err }));
    expect(JSON.parse(line!)).toMatchObject({ err: 'invalid_auth' });
    expect(line).not.toContain('xoxb-secret');
  });

  it('does not let a field overwrite the level or message', () => {
    const [line] = linesOf('json', (log) => log.info('started', { level: 'error', msg: 'forged' }));
    expect(JSON.parse(line!)).toMatchObject({ level: 'info', msg: 'started' });
  });

  it.each(['text', 'json'] as const)('keeps a message with line breaks on one line (%s)', (format) => {
    const lines = linesOf(format, (log) => log.warn('first line\nsecond line', { detail: 'a\nb' }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('\n');
  });
});

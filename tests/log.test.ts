import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/log.ts';

function logged(err: unknown): string {
  const lines: string[] = [];
  createLogger('debug', (line) => lines.push(line)).error('failed', { err });
  return lines[0]!;
}

/** An SDK's error as Slack's WebClient throws it: a code, and the request options hanging off it. */
function sdkError(): Error {
  return Object.assign(new Error('An API error occurred: invalid_auth'), { code: 'slack_webapi_platform_error', data: { ok: false }, options: { token: 'xoxb-secret-token' } });
}

class UserFacingError extends Error {}

describe('createLogger', () => {
  it.each([
    ['a TypeError', new TypeError("Cannot read properties of null (reading 'type')")],
    ['a plain Error with no code', new Error('no slack adapter is running')],
  ])('logs %s with its stack, so the bug can be found', (_case, err) => {
    const line = logged(err);
    expect(line).toContain(err.message);
    expect(line).toMatch(/\\n\s+at .*log\.test\.ts/);
  });

  it.each([
    ['an SDK error carrying its request options', sdkError()],
    ['an error with an HTTP status', Object.assign(new Error('429 Too Many Requests'), { status: 429 })],
    ['the bot’s own user-facing error', new UserFacingError('Set BRIEFING_DB to a writable file')],
  ])('logs %s by its message only, no stack and no token', (_case, err) => {
    const line = logged(err);
    expect(line).toBe(`[error] failed err=${JSON.stringify(err.message)}`);
    expect(line).not.toContain('xoxb-');
  });
});

const at = new Date('2025-11-25T05:30:00.000Z');

function linesOf(format: 'text' | 'json', write: (log: ReturnType<typeof createLogger>) => void): string[] {
  const lines: string[] = [];
  write(createLogger('debug', (line) => lines.push(line), format, () => at));
  return lines;
}

describe('createLogger with LOG_FORMAT', () => {
  it('writes one JSON object per line with the time, level, message and fields when the format is json', () => {
    const lines = linesOf('json', (log) => log.warn('scheduled brief skipped', { channelId: 'C1', minutesLate: 75 }));
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual([
      { time: '2025-11-25T05:30:00.000Z', level: 'warn', msg: 'scheduled brief skipped', channelId: 'C1', minutesLate: 75 },
    ]);
  });

  it('keeps an error to its message in JSON too, never the object that may carry a token', () => {
    const err = Object.assign(new Error('invalid_auth'), { code: 'slack_webapi_platform_error', config: { headers: { Authorization: 'Bearer xoxb-secret' } } });
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

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

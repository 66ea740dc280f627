import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../src/log.ts';
import { handleShutdown, type ShutdownStep } from '../src/shutdown.ts';
import { keepServingOnStrayErrors } from '../src/stray-errors.ts';

let lines: string[];
let exits: number[];
const log = () => createLogger('debug', (line) => lines.push(line));
const source = () => new EventEmitter() as unknown as NodeJS.Process;

beforeEach(() => {
  lines = [];
  exits = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

function start(steps: ShutdownStep[], deadlineMs = 8000): EventEmitter {
  const signals = source();
  handleShutdown({ deadlineMs, steps, log: log(), exit: (code) => exits.push(code), signals });
  return signals as unknown as EventEmitter;
}

describe('handleShutdown', () => {
  it.each(['SIGTERM', 'SIGINT', 'SIGHUP'])('runs every step in order on %s, then exits 0', async (signal) => {
    const order: string[] = [];
    const signals = start([{ name: 'a', run: () => void order.push('a') }, { name: 'b', run: async () => void order.push('b') }]);
    signals.emit(signal);
    await vi.runAllTimersAsync();
    expect([order, exits]).toEqual([['a', 'b'], [0]]);
  });

  it('keeps stopping gracefully when a second signal comes, logging it instead of exiting', async () => {
    let finish: () => void = () => undefined;
    const signals = start([{ name: 'answers', run: () => new Promise<void>((resolve) => (finish = resolve)) }]);
    signals.emit('SIGTERM');
    signals.emit('SIGTERM');
    await vi.advanceTimersByTimeAsync(100);
    expect(exits).toEqual([]);
    finish();
    await vi.runAllTimersAsync();
    expect(exits).toEqual([0]);
    expect(lines.filter((line) => line.startsWith('[warn] already shutting down'))).toHaveLength(1);
  });

  it('exits 1 at the deadline, naming the step still running, when a step hangs', async () => {
    const signals = start([{ name: 'answers already acknowledged', run: () => new Promise<void>(() => undefined) }], 3000);
    signals.emit('SIGTERM');
    await vi.advanceTimersByTimeAsync(2999);
    expect(exits).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(exits).toEqual([1]);
    expect(lines.at(-1)).toBe('[error] shutdown deadline passed: exiting with work unfinished unfinished="answers already acknowledged" deadlineSeconds=3');
  });
});

describe('keepServingOnStrayErrors', () => {
  it.each([
    ['unhandledRejection', 'a promise was rejected and nothing handled it'],
    ['uncaughtException', 'an exception reached the top of the process'],
  ])('logs a %s as a bug and lets the process go on', (event, said) => {
    const proc = source();
    keepServingOnStrayErrors(log(), proc);
    (proc as unknown as EventEmitter).emit(event, new TypeError('Cannot read properties of null'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`[error] bug: ${said}; the bot keeps serving`);
  });
});

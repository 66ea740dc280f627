import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPostPacer } from '../../../src/adapters/slack/post-pacer.ts';

/** What the Web API client throws on a 429 when rejectRateLimitedCalls is on. */
const rateLimited = (retryAfter: number): Error => Object.assign(new Error('A rate limit was exceeded'), { code: 'slack_webapi_rate_limited_error', retryAfter });

let sent: Array<{ channel: string; at: number }>;
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  sent = [];
});
afterEach(() => vi.useRealTimers());

const record = (channel: string) => async (): Promise<string> => {
  sent.push({ channel, at: Date.now() });
  return channel;
};

describe('createPostPacer', () => {
  it('sends a burst at once, then no faster than the workspace rate', async () => {
    const pacer = createPostPacer({ ratePerSecond: 10, burst: 5 });
    const done = Promise.all(Array.from({ length: 25 }, (_, i) => pacer.run(`C${i}`, record(`C${i}`))));
    await vi.advanceTimersByTimeAsync(10_000);
    await done;
    expect(sent.filter((s) => s.at === 0)).toHaveLength(5);
    // 20 more at 10 per second take 2 s: none may have gone out faster.
    for (const [i, s] of sent.entries()) expect(s.at).toBeGreaterThanOrEqual(Math.max(0, (i - 4) * 100 - 1));
  });

  it('never sends two posts to one channel within the channel gap, and sends other channels meanwhile', async () => {
    const pacer = createPostPacer({ ratePerSecond: 100, burst: 100, channelGapMs: 1100 });
    const done = Promise.all(['C1', 'C1', 'C2', 'C1'].map((channel) => pacer.run(channel, record(channel))));
    await vi.advanceTimersByTimeAsync(5000);
    await done;
    expect(sent).toEqual([
      { channel: 'C1', at: 0 },
      { channel: 'C2', at: 0 },
      { channel: 'C1', at: 1100 },
      { channel: 'C1', at: 2200 },
    ]);
  });

  it('stops every post until Retry-After has elapsed after a 429, then retries the refused one first', async () => {
    const retryAfters: number[] = [];
    const pacer = createPostPacer({ ratePerSecond: 100, burst: 1, onRateLimited: (s) => retryAfters.push(s) });
    let refused = false;
    const first = pacer.run('C1', async () => {
      sent.push({ channel: 'C1', at: Date.now() });
      if (!refused) {
        refused = true;
        throw rateLimited(3);
      }
      return 'C1';
    });
    const others = Promise.all(['C2', 'C3'].map((channel) => pacer.run(channel, record(channel))));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await first).toBe('C1');
    await others;
    expect(retryAfters).toEqual([3]);
    expect(sent.map((s) => s.channel)).toEqual(['C1', 'C1', 'C2', 'C3']);
    expect(sent.slice(1).every((s) => s.at >= 3000)).toBe(true);
  });

  it('sends an urgent post ahead of the routine ones still queued', async () => {
    const pacer = createPostPacer({ ratePerSecond: 10, burst: 1 });
    const routine = ['C1', 'C2', 'C3'].map((channel) => pacer.run(channel, record(channel)));
    await vi.advanceTimersByTimeAsync(0); // C1 goes out at once; C2 and C3 wait for the bucket
    const urgent = pacer.run('C9', record('C9'), { urgent: true });
    await vi.advanceTimersByTimeAsync(5000);
    await Promise.all([...routine, urgent]);
    expect(sent.map((s) => s.channel)).toEqual(['C1', 'C9', 'C2', 'C3']);
  });

  it('gives up on a post refused with 429 again and again, with the refusal', async () => {
    const pacer = createPostPacer({ maxRateLimited: 2 });
    const attempt = pacer.run('C1', async () => {
      throw rateLimited(1);
    });
    const outcome = attempt.catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toMatchObject({ retryAfter: 1 });
  });

  it('passes other errors to the caller without retrying', async () => {
    const pacer = createPostPacer();
    let calls = 0;
    const attempt = pacer.run('C1', async () => {
      calls++;
      throw Object.assign(new Error('An API error occurred: not_in_channel'), { data: { error: 'not_in_channel' } });
    });
    const outcome = attempt.catch((err: unknown) => err);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await outcome).toMatchObject({ message: 'An API error occurred: not_in_channel' });
    expect(calls).toBe(1);
  });
});

// The stand-ins' rate limits are what the load tests measure against: check they refuse what the platforms refuse.
import { describe, expect, it } from 'vitest';
import { DiscordRateLimiter } from './discord/rate-limits.ts';
import { PostRateLimiter } from './slack/rate-limits.ts';

describe('the Slack stand-in’s chat.postMessage limits', () => {
  it('refuses a second post to a channel within a second, with Retry-After', () => {
    const limiter = new PostRateLimiter({}, 0);
    expect([limiter.check('C1', 0), limiter.check('C1', 500), limiter.check('C1', 1500)]).toEqual([undefined, 1, undefined]);
  });

  it('takes a burst of 50, then 20 per second, across channels', () => {
    const limiter = new PostRateLimiter({}, 0);
    const burst = Array.from({ length: 51 }, (_, i) => limiter.check(`C${i}`, 0));
    expect(burst.filter((r) => r === undefined)).toHaveLength(50);
    expect(burst[50]).toBe(1);
  });

  it('counts a call made before the Retry-After it was given had elapsed', () => {
    const limiter = new PostRateLimiter({}, 0);
    for (let i = 0; i < 51; i++) limiter.check(`C${i}`, 0);
    limiter.check('C99', 999);
    limiter.check('C98', 1000);
    expect(limiter.stats).toEqual({ accepted: 51, limited: 2, early: 1 });
  });
});

describe('the Discord stand-in’s REST limits', () => {
  it('refuses a sixth message in a channel within five seconds', () => {
    const limiter = new DiscordRateLimiter(0);
    const replies = Array.from({ length: 6 }, (_, i) => limiter.check('POST', '/channels/123456789012345678/messages', i * 100));
    expect(replies.slice(0, 5)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(replies[5]).toMatchObject({ status: 429, body: { retry_after: 4.5, global: false } });
  });

  it('refuses the 51st request within a second, globally', () => {
    const limiter = new DiscordRateLimiter(0);
    const replies = Array.from({ length: 51 }, (_, i) => limiter.check('GET', `/channels/${i}`, 0));
    expect(replies.filter((r) => r === undefined)).toHaveLength(50);
    expect(replies[50]).toMatchObject({ status: 429, headers: { 'x-ratelimit-global': 'true' } });
  });
});

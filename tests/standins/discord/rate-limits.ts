// Discord's REST limits, for load tests: 50 requests per second per bot (global), and 5 messages per 5 s in
// one channel (the POST /channels/{id}/messages bucket, keyed by the channel). Message posts carry their
// bucket's X-RateLimit-* headers, as Discord sends them, so discord.js can pace itself; too fast gets 429
// with retry_after. Calls made before a given Retry-After elapsed are counted.
// https://discord.com/developers/docs/topics/rate-limits

export interface DiscordRateLimitStats {
  accepted: number;
  limited: number;
  early: number;
}

interface LimitedReply {
  status: 429;
  headers: Record<string, string>;
  body: { message: string; retry_after: number; global: boolean };
}

const GLOBAL_PER_SECOND = 50;
const CHANNEL_LIMIT = 5;
const CHANNEL_WINDOW_MS = 5000;
const MESSAGE_ROUTE = /^\/channels\/(\d+)\/messages$/;

export class DiscordRateLimiter {
  private globalTokens = GLOBAL_PER_SECOND;
  private refilledAt: number;
  private globalBlockedUntil = 0;
  private readonly windows = new Map<string, { startedAt: number; used: number }>();
  private readonly channelBlockedUntil = new Map<string, number>();
  readonly stats: DiscordRateLimitStats = { accepted: 0, limited: 0, early: 0 };

  constructor(now: number) {
    this.refilledAt = now;
  }

  /** A 429 reply when the request is over a limit, else undefined (and the request is counted). */
  check(method: string, path: string, now: number): LimitedReply | undefined {
    const channel = method === 'POST' ? MESSAGE_ROUTE.exec(path)?.[1] : undefined;
    if (now < this.globalBlockedUntil || (channel !== undefined && now < (this.channelBlockedUntil.get(channel) ?? 0))) this.stats.early += 1;
    this.globalTokens = Math.min(GLOBAL_PER_SECOND, this.globalTokens + ((now - this.refilledAt) / 1000) * GLOBAL_PER_SECOND);
    this.refilledAt = now;
    if (this.globalTokens < 1) {
      const retryAfter = (1 - this.globalTokens) / GLOBAL_PER_SECOND;
      this.globalBlockedUntil = now + retryAfter * 1000;
      return this.limited(retryAfter, true, { 'x-ratelimit-global': 'true', 'x-ratelimit-scope': 'global' });
    }
    if (channel !== undefined) {
      const window = this.windowOf(channel, now);
      if (window.used >= CHANNEL_LIMIT) {
        const retryAfter = (window.startedAt + CHANNEL_WINDOW_MS - now) / 1000;
        this.channelBlockedUntil.set(channel, now + retryAfter * 1000);
        return this.limited(retryAfter, false, { ...this.bucketHeaders(channel, window, now), 'x-ratelimit-scope': 'user' });
      }
      window.used += 1;
    }
    this.globalTokens -= 1;
    this.stats.accepted += 1;
    return undefined;
  }

  /** The bucket headers of a message post that went through; undefined for other routes. */
  headersFor(method: string, path: string, now: number): Record<string, string> | undefined {
    const channel = method === 'POST' ? MESSAGE_ROUTE.exec(path)?.[1] : undefined;
    return channel === undefined ? undefined : this.bucketHeaders(channel, this.windowOf(channel, now), now);
  }

  private windowOf(channel: string, now: number): { startedAt: number; used: number } {
    let window = this.windows.get(channel);
    if (!window || now - window.startedAt >= CHANNEL_WINDOW_MS) {
      window = { startedAt: now, used: 0 };
      this.windows.set(channel, window);
    }
    return window;
  }

  private bucketHeaders(channel: string, window: { startedAt: number; used: number }, now: number): Record<string, string> {
    const resetAfter = (window.startedAt + CHANNEL_WINDOW_MS - now) / 1000;
    return {
      'x-ratelimit-bucket': `messages-${channel}`,
      'x-ratelimit-limit': String(CHANNEL_LIMIT),
      'x-ratelimit-remaining': String(Math.max(0, CHANNEL_LIMIT - window.used)),
      'x-ratelimit-reset-after': resetAfter.toFixed(3),
      'x-ratelimit-reset': ((now + resetAfter * 1000) / 1000).toFixed(3),
    };
  }

  private limited(retryAfter: number, global: boolean, headers: Record<string, string>): LimitedReply {
    this.stats.limited += 1;
    return { status: 429, headers: { 'retry-after': String(Math.ceil(retryAfter)), ...headers }, body: { message: 'You are being rate limited.', retry_after: Number(retryAfter.toFixed(3)), global } };
  }
}

// Slack's limits on chat.postMessage, for load tests: about one post per second per channel, and a workspace
// limit (here a burst of 50, then 20 per second). Too fast gets HTTP 429 with Retry-After (seconds) and
// {"ok":false,"error":"ratelimited"}, as Slack answers. Calls made before a Retry-After has elapsed are
// counted: that is the behaviour Slack penalises.
// https://docs.slack.dev/apis/web-api/rate-limits (chat.postMessage: "special" rate limits)

export interface RateLimitOptions {
  /** Posts per second one channel takes (default 1). */
  perChannelPerSecond?: number;
  /** Posts the workspace takes at once before the steady rate applies (default 50). */
  workspaceBurst?: number;
  /** Steady posts per second for the whole workspace (default 20). */
  workspacePerSecond?: number;
}

export interface RateLimitStats {
  /** Posts let through. */
  accepted: number;
  /** Answers of 429. */
  limited: number;
  /** Calls that arrived while a Retry-After given earlier (for the workspace or that channel) had not elapsed. */
  early: number;
}

export class PostRateLimiter {
  private readonly channelGapMs: number;
  private readonly burst: number;
  private readonly perSecond: number;
  private tokens: number;
  private refilledAt: number;
  private readonly lastPost = new Map<string, number>();
  private workspaceBlockedUntil = 0;
  private readonly channelBlockedUntil = new Map<string, number>();
  readonly stats: RateLimitStats = { accepted: 0, limited: 0, early: 0 };

  constructor(options: RateLimitOptions, now: number) {
    this.channelGapMs = 1000 / (options.perChannelPerSecond ?? 1);
    this.burst = options.workspaceBurst ?? 50;
    this.perSecond = options.workspacePerSecond ?? 20;
    this.tokens = this.burst;
    this.refilledAt = now;
  }

  /** Undefined when the post may go through (and is counted), else the Retry-After in seconds. */
  check(channel: string, now: number): number | undefined {
    const channelBlocked = this.channelBlockedUntil.get(channel) ?? 0;
    if (now < this.workspaceBlockedUntil || now < channelBlocked) {
      this.stats.early += 1;
      this.stats.limited += 1;
      return Math.max(1, Math.ceil((Math.max(this.workspaceBlockedUntil, channelBlocked) - now) / 1000));
    }
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.refilledAt) / 1000) * this.perSecond);
    this.refilledAt = now;
    const sinceLast = now - (this.lastPost.get(channel) ?? -Infinity);
    if (sinceLast < this.channelGapMs) {
      const retryAfter = Math.max(1, Math.ceil((this.channelGapMs - sinceLast) / 1000));
      this.channelBlockedUntil.set(channel, now + retryAfter * 1000);
      this.stats.limited += 1;
      return retryAfter;
    }
    if (this.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - this.tokens) / this.perSecond));
      this.workspaceBlockedUntil = now + retryAfter * 1000;
      this.stats.limited += 1;
      return retryAfter;
    }
    this.tokens -= 1;
    this.lastPost.set(channel, now);
    this.stats.accepted += 1;
    return undefined;
  }
}

// One paced queue per workspace for chat.postMessage. Slack allows about one post per second per channel and
// a workspace-wide rate on top, and answers 429 with Retry-After when called faster. The Web API client's own
// handling lets every refused call resume when its own wait ends, so a burst of 1,000 posts drew thousands
// of 429s and calls before Retry-After had elapsed. Here a token bucket keeps posts under the workspace rate,
// no channel gets two posts within its gap, and a 429 stops the whole queue until Retry-After has passed,
// halving the rate (it creeps back up while no 429 comes).
// https://docs.slack.dev/apis/web-api/rate-limits

export interface PacerOptions {
  /** Workspace posts per second at most (default 20). */
  ratePerSecond?: number;
  /** Posts sent at once from a full bucket (default 20). */
  burst?: number;
  /** Least time between two posts to one channel (default 1100 ms: Slack's 1 per second, with a margin). */
  channelGapMs?: number;
  /** 429s one post may get before it fails (default 5). */
  maxRateLimited?: number;
  /** Told of each 429 and the wait it asked for. */
  onRateLimited?: (retryAfterSeconds: number) => void;
  now?: () => number;
}

/** What a refused call throws: the Web API client's WebAPIRateLimitedError has this shape. */
interface RateLimited {
  retryAfter: number;
}

interface Job {
  channel: string;
  call: () => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
  refusals: number;
  urgent: boolean;
}

export interface PostPacer {
  /**
   * Run `call` (one chat.postMessage to `channel`) when the limits allow; 429s are waited out and retried.
   * An urgent post (a reply someone is waiting for) goes ahead of the scheduled briefs still queued.
   */
  run<T>(channel: string, call: () => Promise<T>, options?: { urgent?: boolean }): Promise<T>;
  /** Posts waiting for their turn. */
  pending(): number;
}

const RECOVER_EVERY_MS = 10_000;

export function createPostPacer(options: PacerOptions = {}): PostPacer {
  const maxRate = options.ratePerSecond ?? 20;
  const burst = options.burst ?? 20;
  const channelGapMs = options.channelGapMs ?? 1100;
  const maxRateLimited = options.maxRateLimited ?? 5;
  const now = options.now ?? Date.now;
  let rate = maxRate;
  let tokens = burst;
  let refilledAt = now();
  let pausedUntil = 0;
  let lastRefusalAt = 0;
  const nextAllowed = new Map<string, number>();
  const queue: Job[] = [];
  let timer: NodeJS.Timeout | undefined;

  function refill(at: number): void {
    // After a quiet spell the rate creeps back towards the maximum, one post per second per 10 s.
    if (rate < maxRate && at - lastRefusalAt > RECOVER_EVERY_MS) {
      rate = Math.min(maxRate, rate + 1);
      lastRefusalAt = at;
    }
    tokens = Math.min(burst, tokens + ((at - refilledAt) / 1000) * rate);
    refilledAt = at;
  }

  /** Send every job the limits allow now; then sleep until the next one may go. */
  function pump(): void {
    timer = undefined;
    let at = now();
    while (queue.length > 0) {
      if (at < pausedUntil) return wake(pausedUntil - at);
      refill(at);
      if (tokens < 1) return wake(((1 - tokens) / rate) * 1000);
      const index = queue.findIndex((job) => (nextAllowed.get(job.channel) ?? 0) <= at);
      if (index === -1) return wake(Math.min(...queue.map((job) => nextAllowed.get(job.channel) ?? 0)) - at);
      const [job] = queue.splice(index, 1);
      tokens -= 1;
      nextAllowed.set(job!.channel, at + channelGapMs);
      send(job!);
      at = now();
    }
  }

  function send(job: Job): void {
    job.call().then(job.resolve, (err: unknown) => {
      if (!isRateLimited(err) || job.refusals + 1 >= maxRateLimited) return job.reject(err);
      job.refusals += 1;
      const at = now();
      options.onRateLimited?.(err.retryAfter);
      // Nothing is sent until Retry-After has passed, and then gently: an empty bucket and half the rate.
      pausedUntil = Math.max(pausedUntil, at + err.retryAfter * 1000);
      tokens = 0;
      refilledAt = Math.max(at, pausedUntil);
      rate = Math.max(1, rate / 2);
      lastRefusalAt = at;
      queue.unshift(job);
      schedulePump(0);
    });
  }

  function wake(ms: number): void {
    schedulePump(Math.max(1, Math.ceil(ms)));
  }

  function schedulePump(ms: number): void {
    if (timer !== undefined && ms > 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(pump, ms);
  }

  return {
    run<T>(channel: string, call: () => Promise<T>, runOptions: { urgent?: boolean } = {}): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const job: Job = { channel, call, resolve: resolve as (value: unknown) => void, reject, refusals: 0, urgent: runOptions.urgent === true };
        const firstRoutine = job.urgent ? queue.findIndex((queued) => !queued.urgent) : -1;
        if (firstRoutine === -1) queue.push(job);
        else queue.splice(firstRoutine, 0, job);
        schedulePump(0);
      });
    },
    pending: () => queue.length,
  };
}

function isRateLimited(err: unknown): err is RateLimited {
  return typeof err === 'object' && err !== null && typeof (err as { retryAfter?: unknown }).retryAfter === 'number';
}

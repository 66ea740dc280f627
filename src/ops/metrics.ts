// Prometheus metrics for /metrics (prom-client): what an operator watches: answers and how long they take,
// scheduled deliveries by outcome, feed fetches by outcome, platform rate limits, and Node's process
// metrics. Labels are small fixed sets; a question's text, a channel or a token never becomes a label.
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import type { Briefing } from '../core/briefing.ts';

export type DeliveryMetricStatus = 'posted' | 'failed' | 'skipped';
/** As feeds report a fetch: fetched, unchanged since the last one, failed, or refused by the address guard. */
export type FeedFetchStatus = 'ok' | 'not_modified' | 'error' | 'refused';

export interface Metrics {
  readonly registry: Registry;
  countDelivery(status: DeliveryMetricStatus): void;
  countFeedFetch(status: FeedFetchStatus): void;
  /** A platform answered 429: the wait it asked for, in seconds. */
  countRateLimit(platform: string, retryAfterSeconds: number): void;
  /** The same briefing, its answers counted and timed. */
  instrument(briefing: Briefing): Briefing;
}

export function createMetrics(options: { collectDefaults?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.collectDefaults !== false) collectDefaultMetrics({ register: registry });
  const answers = new Counter({
    name: 'briefing_answers_total',
    help: 'Questions answered (/ask, mentions, the playground), by engine and outcome.',
    labelNames: ['engine', 'outcome'] as const,
    registers: [registry],
  });
  const answerSeconds = new Histogram({
    name: 'briefing_answer_duration_seconds',
    help: 'Time to answer one question, engine included.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20],
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'briefing_deliveries_total',
    help: 'Scheduled briefs by outcome: posted, failed (after its retries) or skipped (more than an hour late).',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const feedFetches = new Counter({
    name: 'briefing_feed_fetches_total',
    help: 'Feed fetches by outcome.',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const rateLimits = new Counter({
    name: 'briefing_rate_limited_total',
    help: 'Answers of HTTP 429 from a platform API.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  const rateLimitWait = new Counter({
    name: 'briefing_rate_limit_wait_seconds_total',
    help: 'Seconds of Retry-After the platforms asked for.',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  // Zero series from the start, so a rate() over them exists before the first event.
  for (const status of ['posted', 'failed', 'skipped'] as const) deliveries.inc({ status }, 0);
  for (const status of ['ok', 'not_modified', 'error', 'refused'] as const) feedFetches.inc({ status }, 0);

  return {
    registry,
    countDelivery: (status) => deliveries.inc({ status }),
    countFeedFetch: (status) => feedFetches.inc({ status }),
    countRateLimit(platform, retryAfterSeconds) {
      rateLimits.inc({ platform });
      rateLimitWait.inc({ platform }, retryAfterSeconds);
    },
    instrument(briefing) {
      return {
        ...briefing,
        async ask(question) {
          const stop = answerSeconds.startTimer();
          try {
            const answer = await briefing.ask(question);
            answers.inc({ engine: answer.engine, outcome: answer.kind });
            return answer;
          } catch (err) {
            answers.inc({ engine: 'none', outcome: 'error' });
            throw err;
          } finally {
            stop();
          }
        },
      };
    },
  };
}

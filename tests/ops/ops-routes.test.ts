import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import { createOpsRoutes } from '../../src/ops/ops-routes.ts';
import type { StoreHealth } from '../../src/store/store.ts';
import { createNewsroom, SWAP } from '../schedule/newsroom.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function serve(health: StoreHealth, metrics: Metrics = createMetrics({ collectDefaults: false })): Promise<string> {
  const routes = createOpsRoutes({ metrics, checkStore: async () => health, storeKind: 'postgres', now: () => new Date('2025-11-25T05:30:00Z') });
  server = createServer((request, response) => routes.handle(request, response));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('GET /healthz', () => {
  it('answers 200 with status ok and the store kind when the store answers', async () => {
    const response = await fetch(`${await serve({ ok: true })}/healthz`);
    expect([response.status, response.headers.get('content-type'), await response.json()]).toEqual([
      200,
      'application/json; charset=utf-8',
      { status: 'ok', store: 'postgres', uptimeSeconds: 0 },
    ]);
  });

  it('answers 503 saying what is wrong when the store does not answer', async () => {
    const response = await fetch(`${await serve({ ok: false, problem: 'PostgreSQL does not answer (connect ECONNREFUSED)' })}/healthz`);
    expect([response.status, await response.json()]).toEqual([
      503,
      { status: 'unavailable', store: 'postgres', problem: 'PostgreSQL does not answer (connect ECONNREFUSED)', uptimeSeconds: 0 },
    ]);
  });

  it('refuses other methods with 405', async () => {
    const response = await fetch(`${await serve({ ok: true })}/healthz`, { method: 'POST' });
    expect([response.status, response.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });
});

describe('GET /metrics', () => {
  it('serves the named metrics in Prometheus text format, with Node’s process metrics', async () => {
    const response = await fetch(`${await serve({ ok: true }, createMetrics())}/metrics`);
    const text = await response.text();
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    for (const name of ['briefing_answers_total', 'briefing_answer_duration_seconds', 'briefing_deliveries_total', 'briefing_feed_fetches_total', 'process_cpu_seconds_total', 'nodejs_eventloop_lag_seconds']) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain('# TYPE briefing_answer_duration_seconds histogram');
  });

  it('counts scheduled deliveries by status', async () => {
    const metrics = createMetrics({ collectDefaults: false });
    metrics.countDelivery('posted');
    metrics.countDelivery('posted');
    metrics.countDelivery('failed');
    const text = await (await fetch(`${await serve({ ok: true }, metrics)}/metrics`)).text();
    expect(text.split('\n').filter((line) => line.startsWith('briefing_deliveries_total{'))).toEqual([
      'briefing_deliveries_total{status="posted"} 2',
      'briefing_deliveries_total{status="failed"} 1',
      'briefing_deliveries_total{status="skipped"} 0',
    ]);
  });

  it('counts and times an answer by engine and outcome, never with the question’s text', async () => {
    const metrics = createMetrics({ collectDefaults: false });
    const briefing = metrics.instrument(createNewsroom({ 'swap.txt': SWAP }).briefing);
    await briefing.ask('How many prisoners did secret-project-zebra exchange?');
    const text = await (await fetch(`${await serve({ ok: true }, metrics)}/metrics`)).text();
    expect(text).toMatch(/^briefing_answers_total\{engine="offline",outcome="\w+"\} 1$/m);
    expect(text).toContain('briefing_answer_duration_seconds_count 1');
    expect(text).not.toContain('zebra');
  });
});

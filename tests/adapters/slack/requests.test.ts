// What reaches Bolt over HTTP: hostile or broken requests are answered before Bolt sees them, and the
// adapter keeps answering real ones afterwards.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { sendSigned } from '../../standins/slack.ts';
import { closeHarnesses, startHarness, SIGNING_SECRET, type SlackHarness } from './harness.ts';

afterEach(closeHarnesses);

/** A signed /ask still gets its 200 ack and its answer. */
async function stillAnswers(harness: SlackHarness): Promise<void> {
  const sent = await harness.standin.sendSlashCommand(harness.url, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?' });
  expect(sent.status).toBe(200);
  const response = await harness.standin.waitForResponse((r) => r.id === sent.responseId, 10_000);
  expect(String(response.body.text)).toMatch(/^390\b/);
}

/** Send headers (and `first` bytes of a body declared `declared` long), never the rest; resolve with the status. */
function startUpload(url: string, headers: Record<string, string>, first: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on('error', reject);
    req.write(first);
  });
}

describe('the Slack HTTP endpoint', () => {
  it.each([
    ['a signed JSON body of null', 'null', 'application/json'],
    ['a signed JSON array', '[]', 'application/json'],
    ['a signed form whose payload is null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['a signed form whose payload is not JSON', 'payload=%7Bnope', 'application/x-www-form-urlencoded'],
  ])('refuses %s with 400 before Bolt, and keeps answering', async (_case, body, type) => {
    const harness = await startHarness();
    const sent = await sendSigned(harness.url, SIGNING_SECRET, body, type);
    expect(sent.status).toBe(400);
    expect(harness.logs.filter((line) => line.startsWith('[error]'))).toEqual([]);
    await stillAnswers(harness);
  });

  it('refuses an unsigned body declared at 4 MB with 413 before it is sent', async () => {
    const harness = await startHarness();
    const status = await startUpload(harness.url, { 'content-type': 'application/json', 'content-length': String(4 * 1024 * 1024) }, '{"type":');
    expect(status).toBe(413);
  });

  it('refuses an unsigned JSON body sent in chunks with 401 without waiting for its end', async () => {
    const harness = await startHarness();
    const status = await startUpload(harness.url, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, '{"type":"event_callback",');
    expect(status).toBe(401);
  });

  it('refuses a signed body larger than Slack ever sends with 413', async () => {
    const harness = await startHarness();
    const body = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(600 * 1024) });
    const sent = await sendSigned(harness.url, SIGNING_SECRET, body, 'application/json');
    expect(sent.status).toBe(413);
  });

  it.each([
    ['ten minutes in the future', 600],
    ['ten minutes old', -600],
  ])('refuses a correctly signed request whose timestamp is %s with 401', async (_case, offsetSeconds) => {
    const harness = await startHarness();
    const body = new URLSearchParams({ command: '/ask', text: 'how many?', response_url: harness.standin.responseUrl() }).toString();
    const sent = await sendSigned(harness.url, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', { timestamp: Math.floor(Date.now() / 1000) + offsetSeconds });
    expect(sent.status).toBe(401);
    expect(harness.standin.responses).toEqual([]);
  });

  it('answers Slack’s unsigned ssl_check with 200', async () => {
    const harness = await startHarness();
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(harness.url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('ssl_check=1&token=abc');
    });
    expect(status).toBe(200);
  });
});

// What the adapter does when Slack says no: rate limits, channels it cannot post in, wrong tokens.
import { once } from 'node:events';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeHarnesses, firstSection, startHarness, SIGNING_SECRET } from './harness.ts';

afterEach(closeHarnesses);

const notice = { kind: 'notice', tone: 'info', text: 'Morning brief is on its way' } as const;

describe('Slack failures', () => {
  it('waits out a 429 on chat.postMessage and delivers the answer once', async () => {
    const { standin, url } = await startHarness();
    standin.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    await standin.sendEvent(url, SIGNING_SECRET, mention);

    const delivered = await standin.waitForCall('chat.postMessage');
    expect(firstSection(delivered.body)).toMatch(/\b390\b/);
    expect(standin.callsTo('chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
    expect(standin.messages.filter((m) => m.thread_ts === mention.ts && m.bot_id)).toHaveLength(1);
  });

  it('logs which channel refused (not_in_channel) and how to fix it, and keeps serving other channels', async () => {
    const { standin, url, adapter, logs } = await startHarness();
    standin.failChannel('C0SECRET', 'not_in_channel');
    await standin.sendEvent(url, SIGNING_SECRET, standin.appMention('how many were exchanged?', { channel: 'C0SECRET' }));
    await standin.waitFor((r) => r.kind === 'call' && r.method === 'chat.postMessage' && r.error === 'not_in_channel');
    await standin.sendEvent(url, SIGNING_SECRET, standin.appMention('how many were exchanged?', { channel: 'C0NEWS' }));

    const served = await standin.waitForCall('chat.postMessage', (c) => c.body.channel === 'C0NEWS');
    expect(firstSection(served.body)).toMatch(/\b390\b/);
    await adapter.stop();
    expect(logs.filter((l) => l.startsWith('[error]'))).toEqual([
      expect.stringMatching(/^\[error\] The bot is not a member of channel C0SECRET \(not_in_channel\): invite it there with \/invite @briefing-bot /),
    ]);
  });

  it('logs a revoked bot token with the fix when an answer cannot be posted', async () => {
    const { standin, url, adapter, logs } = await startHarness();
    standin.revokeToken('bot');
    await standin.sendEvent(url, SIGNING_SECRET, standin.appMention('how many were exchanged?', { channel: 'C0NEWS' }));
    await standin.waitFor((r) => r.kind === 'call' && r.method === 'chat.postMessage' && r.error === 'token_revoked');

    await adapter.stop();
    expect(logs.filter((l) => l.startsWith('[error]'))).toEqual([
      expect.stringMatching(/^\[error\] Slack rejected the bot token \(token_revoked\) while posting in C0NEWS: reinstall the app .* SLACK_BOT_TOKEN /),
    ]);
  });

  it('posts a scheduled reply with chat.postMessage, blocks and a plain-text fallback', async () => {
    const { standin, adapter } = await startHarness();
    await adapter.post('C0NEWS', notice);

    const post = await standin.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C0NEWS', text: 'Morning brief is on its way' });
    expect(post.body.thread_ts).toBeUndefined();
    expect(firstSection(post.body)).toBe(':information_source: Morning brief is on its way');
  });

  it.each([
    ['not_in_channel', /^The bot is not a member of channel C0GONE \(not_in_channel\): invite it there with \/invite @briefing-bot$/],
    ['channel_not_found', /^Channel C0GONE was not found \(channel_not_found\): check the id, or if it is private invite the bot/],
    ['is_archived', /^Channel C0GONE is archived \(is_archived\)/],
  ] as const)('rejects post() with a sentence naming the channel and the fix when Slack says %s', async (fault, message) => {
    const { standin, adapter } = await startHarness();
    standin.failChannel('C0GONE', fault);
    await expect(adapter.post('C0GONE', notice)).rejects.toThrow(message);
  });

  it.each([
    ['not_in_channel', 'I’m not in this channel yet: invite me with /invite @briefing-bot, then try again.'],
    ['channel_not_found', 'I can’t see this channel. If it is private, invite me with /invite @briefing-bot first, then try again.'],
    ['is_archived', 'This channel is archived, so I can’t post here.'],
  ] as const)('checkChannel explains %s in a sentence for the user', async (fault, sentence) => {
    const { standin, adapter } = await startHarness();
    standin.failChannel('C0GONE', fault);
    expect(await adapter.checkChannel?.('C0GONE')).toBe(sentence);
  });

  it('checkChannel finds nothing wrong in a channel the bot is a member of', async () => {
    const { standin, adapter } = await startHarness();
    standin.addChannel({ id: 'C0NEWS', name: 'news', is_member: true });
    expect(await adapter.checkChannel?.('C0NEWS')).toBeUndefined();
  });

  it('refuses to start with a wrong bot token, in one line naming the variable and the fix', async () => {
    const { adapter, logs } = await startHarness({ config: { botToken: 'xoxb-not-the-token' }, skipStart: true });
    const failure = await adapter.start().then(() => undefined, (err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/^Slack rejected SLACK_BOT_TOKEN \(invalid_auth\): copy the Bot User OAuth Token/);
    expect(message).not.toContain('\n');
    expect(logs.filter((l) => l.startsWith('[error]'))).toEqual([]);
    expect(adapter.eventsUrl()).toBeUndefined();
  });

  it('refuses to start on a port already in use, in one line naming the port', async () => {
    const squatter = createServer().listen(0, '127.0.0.1');
    await once(squatter, 'listening');
    const { port } = squatter.address() as AddressInfo;
    try {
      const { adapter } = await startHarness({ port, skipStart: true });
      await expect(adapter.start()).rejects.toThrow(`Could not listen for Slack requests on 127.0.0.1:${port} (EADDRINUSE): another process is using it`);
    } finally {
      squatter.close();
    }
  });

  it('refuses to start in Socket Mode with a revoked app token, naming SLACK_APP_TOKEN', async () => {
    const { standin, adapter } = await startHarness({ socketMode: true, skipStart: true });
    standin.revokeToken('app');
    await expect(adapter.start()).rejects.toThrow(/^Slack rejected SLACK_APP_TOKEN \(token_revoked\): create an app-level token/);
  });
});

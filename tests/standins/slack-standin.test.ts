// Smoke test: the real @slack/bolt App (HTTPReceiver and Socket Mode) against the local Slack stand-in.
import type { AddressInfo } from 'node:net';
import { App, LogLevel, type Logger } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { sendSigned, signSlackRequest, startSlackStandin, type SlackStandin } from './slack.ts';

const SECRET = 'standin-signing-secret';

/** Bolt/WebClient/SocketModeClient logger that keeps lines instead of printing them. */
class CaptureLogger implements Logger {
  readonly lines: string[] = [];
  private level: LogLevel = LogLevel.DEBUG;
  debug(...msg: unknown[]): void { this.lines.push(`debug ${msg.map(String).join(' ')}`); }
  info(...msg: unknown[]): void { this.lines.push(`info ${msg.map(String).join(' ')}`); }
  warn(...msg: unknown[]): void { this.lines.push(`warn ${msg.map(String).join(' ')}`); }
  error(...msg: unknown[]): void { this.lines.push(`error ${msg.map(String).join(' ')}`); }
  setLevel(level: LogLevel): void { this.level = level; }
  getLevel(): LogLevel { return this.level; }
  setName(): void {}
}

let cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  // Stop apps before the stand-in: a Socket Mode client that loses its server schedules a reconnect.
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function standinForTest(): Promise<SlackStandin> {
  const standin = await startSlackStandin();
  cleanups.push(() => standin.close());
  return standin;
}

/** A Bolt App on the HTTPReceiver (random port); returns it with its events URL. */
async function startHttpApp(standin: SlackStandin, setup: (app: App) => void): Promise<{ app: App; url: string; logger: CaptureLogger }> {
  const logger = new CaptureLogger();
  const app = new App({
    token: standin.botToken,
    signingSecret: SECRET,
    clientOptions: { slackApiUrl: standin.apiUrl },
    logger,
  });
  setup(app);
  const server = await app.start(0); // HTTPReceiver.start(0) listens on a random port and resolves with the server
  cleanups.push(() => app.stop());
  const { port } = server.address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}/slack/events`, logger };
}

describe('Slack stand-in with the real Bolt App', () => {
  it('HTTP: a signed block_actions click reaches app.action with its button value and response_url', async () => {
    const standin = await standinForTest();
    const seen: Array<{ actionId: string; value: string | undefined; user: string }> = [];
    const { url } = await startHttpApp(standin, (app) => {
      app.action('vote', async ({ ack, action, body, respond }) => {
        await ack();
        if (action.type === 'button' && 'action_id' in action) seen.push({ actionId: action.action_id, value: action.value, user: body.user.id });
        await respond({ response_type: 'ephemeral', text: 'noted' });
      });
    });
    const blocks = [{ type: 'actions', block_id: 'b', elements: [{ type: 'button', action_id: 'vote', value: 'v1', text: { type: 'plain_text', text: 'Vote' } }] }];
    const sent = await standin.sendBlockAction(url, SECRET, { message: { channel: 'C0NEWS', blocks }, actionId: 'vote', user: 'U0READER' });
    expect(sent.status).toBe(200);
    expect((await standin.waitForResponse((r) => r.id === sent.responseId)).body).toEqual({ response_type: 'ephemeral', text: 'noted' });
    expect(seen).toEqual([{ actionId: 'vote', value: 'v1', user: 'U0READER' }]);
  });

  it('refuses blocks past Slack’s limits with invalid_blocks', async () => {
    const standin = await standinForTest();
    const { app } = await startHttpApp(standin, () => undefined);
    const section = { type: 'section', text: { type: 'mrkdwn', text: 'x' } };
    const button = (actionId: string) => ({ type: 'button', action_id: actionId, text: { type: 'plain_text', text: 'x'.repeat(76) } });
    for (const blocks of [Array.from({ length: 51 }, () => section), [{ type: 'actions', elements: [button('a')] }]]) {
      await expect(app.client.chat.postMessage({ channel: 'C0NEWS', text: 't', blocks: blocks as never })).rejects.toMatchObject({ data: { error: 'invalid_blocks' } });
    }
  });

  it('HTTP: signed slash command is acked, respond() and chat.postMessage reach the stand-in', async () => {
    const standin = await standinForTest();
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Top stories*' } }];
    const { url } = await startHttpApp(standin, (app) => {
      app.command('/briefing', async ({ command, ack, respond, client }) => {
        await ack({ response_type: 'ephemeral', text: `Working on "${command.text}"` });
        await respond({ response_type: 'in_channel', text: 'Here is your briefing' });
        await client.chat.postMessage({ channel: command.channel_id, text: 'Top stories', blocks });
      });
    });

    const result = await standin.sendSlashCommand(url, SECRET, { command: '/briefing', text: 'ai news', channel_id: 'C0NEWS' });
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body)).toEqual({ response_type: 'ephemeral', text: 'Working on "ai news"' });

    const response = await standin.waitForResponse((r) => r.id === result.responseId);
    expect(response.body).toEqual({ response_type: 'in_channel', text: 'Here is your briefing' });
    expect(response.headers['content-type']).toBe('application/json');

    const post = await standin.waitForCall('chat.postMessage');
    expect(post.body).toMatchObject({ channel: 'C0NEWS', text: 'Top stories', team_id: standin.teamId });
    expect(post.body.blocks).toEqual(blocks); // form field blocks='[...]' decoded
    expect(post.headers.authorization).toBe(`Bearer ${standin.botToken}`);
    expect(post.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(post.response).toMatchObject({ ok: true, channel: 'C0NEWS', ts: '1700000000.000100' });
    expect(standin.messages).toEqual([
      expect.objectContaining({ channel: 'C0NEWS', ts: '1700000000.000100', bot_id: 'B0BOT', text: 'Top stories' }),
    ]);
    // Bolt verified the token once, in the App constructor, and cached the result.
    expect(standin.callsTo('auth.test').map((c) => c.ok)).toEqual([true]);
  });

  it('HTTP: bad or stale signatures get 401; url_verification and event retries work', async () => {
    const standin = await standinForTest();
    const { url } = await startHttpApp(standin, (app) => {
      app.event('app_mention', async ({ event, context, say }) => {
        await say({ text: `retry=${context.retryNum} reason=${context.retryReason}`, thread_ts: event.ts });
      });
    });

    const challenge = JSON.stringify({ token: 'x', challenge: 'c-123', type: 'url_verification' });
    const bad = await sendSigned(url, SECRET, challenge, 'application/json', { badSignature: true });
    expect(bad.status).toBe(401);
    const stale = await sendSigned(url, SECRET, challenge, 'application/json', {
      timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
    });
    expect(stale.status).toBe(401);
    const verified = await sendSigned(url, SECRET, challenge, 'application/json');
    expect(verified).toMatchObject({ status: 200, body: '{"challenge":"c-123"}' });
    expect(signSlackRequest('s', 1, 'b')).toMatch(/^v0=[0-9a-f]{64}$/);

    const mention = standin.appMention('what happened today?', { channel: 'C0NEWS' });
    const sent = await standin.sendEvent(url, SECRET, mention, { retryNum: 1, retryReason: 'http_timeout' });
    expect(sent.status).toBe(200); // events are acked before listeners run
    const reply = await standin.waitForCall('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: 'C0NEWS', thread_ts: mention.ts, text: 'retry=1 reason=http_timeout' });
  });

  it('Web API: 429 with Retry-After is retried by WebClient; ok:false and channel faults surface as errors', async () => {
    const standin = await standinForTest();
    const { app, logger } = await startHttpApp(standin, () => {});

    standin.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const posted = await app.client.chat.postMessage({ channel: 'C0NEWS', text: 'after the rate limit' });
    expect(posted.ok).toBe(true);
    const attempts = standin.callsTo('chat.postMessage');
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect((attempts[1]?.at ?? 0) - (attempts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    expect(standin.messages.filter((m) => m.text === 'after the rate limit')).toHaveLength(1);
    expect(logger.lines.some((l) => l.includes('Will retry in 1 seconds'))).toBe(true);

    standin.failNext('chat.postMessage', { error: 'not_in_channel' });
    await expect(app.client.chat.postMessage({ channel: 'C0NEWS', text: 'x' })).rejects.toMatchObject({
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'not_in_channel' },
    });
    standin.failChannel('C0GONE', 'channel_not_found');
    await expect(app.client.chat.postMessage({ channel: 'C0GONE', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(app.client.apiCall('chat.nonsense', {})).rejects.toMatchObject({ data: { error: 'unknown_method' } });
    standin.revokeToken();
    await expect(app.client.auth.test()).rejects.toMatchObject({ data: { error: 'token_revoked' } });
    expect(standin.callsTo('chat.postMessage')).toHaveLength(4); // no retries for ok:false answers
  });

  it('Web API wire: JSON and form bodies, token checks, and waitFor failure messages', async () => {
    const standin = await standinForTest();
    const call = async (method: string, init: RequestInit): Promise<Record<string, unknown>> =>
      (await (await fetch(`${standin.apiUrl}${method}`, { method: 'POST', ...init })).json()) as Record<string, unknown>;

    const json = await call('chat.postMessage', {
      headers: { authorization: `Bearer ${standin.botToken}`, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ channel: 'C0NEWS', text: '[1] looks like JSON', blocks: [{ type: 'divider' }] }),
    });
    expect(json).toMatchObject({ ok: true, channel: 'C0NEWS', message: { text: '[1] looks like JSON', bot_id: 'B0BOT' } });
    const form = await call('conversations.replies', {
      body: new URLSearchParams({ token: standin.botToken, channel: 'C0NEWS', ts: String(json.ts) }),
    });
    expect(form).toMatchObject({ ok: true, messages: [{ ts: json.ts, blocks: [{ type: 'divider' }] }] });
    expect(await call('auth.test', { body: new URLSearchParams({ token: 'xoxb-wrong' }) })).toEqual({ ok: false, error: 'invalid_auth' });
    expect(await call('auth.test', {})).toEqual({ ok: false, error: 'not_authed' });
    expect(await call('apps.connections.open', { headers: { authorization: `Bearer ${standin.botToken}` } }))
      .toEqual({ ok: false, error: 'not_allowed_token_type' });
    expect(standin.calls[0]?.body.text).toBe('[1] looks like JSON'); // text is never JSON-decoded

    await expect(standin.waitForCall('chat.update', () => true, 50)).rejects.toThrow(
      /nothing matched within 50 ms[\s\S]*call chat\.postMessage \[ok\] channel=C0NEWS[\s\S]*call auth\.test \[200 not_authed\]/,
    );
  });

  it('Socket Mode: connects via apps.connections.open + hello, acks envelopes, replies in thread', async () => {
    const standin = await standinForTest();
    const logger = new CaptureLogger();
    const app = new App({
      token: standin.botToken,
      appToken: 'xapp-1-test',
      socketMode: true,
      clientOptions: { slackApiUrl: standin.apiUrl },
      logger,
    });
    app.event('app_mention', async ({ event, client, say }) => {
      const threadTs = event.thread_ts ?? event.ts;
      const thread = await client.conversations.replies({ channel: event.channel, ts: threadTs });
      await say({ text: `Seen ${thread.messages?.length ?? 0} messages`, thread_ts: threadTs });
    });
    app.command('/briefing', async ({ command, ack }) => {
      await ack({ response_type: 'ephemeral', text: `on it: ${command.text}` });
    });
    await app.start(); // resolves only after the stand-in's hello
    cleanups.push(() => app.stop());
    await standin.socket.connected;
    const open = standin.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.headers.authorization).toBe('Bearer xapp-1-test');

    const parent = standin.addMessage({ channel: 'C0NEWS', text: 'Morning briefing', user: standin.botUserId, bot_id: standin.botId });
    const mention = standin.appMention('why is story 2 here?', { channel: 'C0NEWS', thread_ts: parent.ts });
    const ack = await standin.socket.sendEvent(mention);
    expect(ack.payload).toEqual({}); // the socket-mode client always acks with a payload object

    const reply = await standin.waitForCall('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: 'C0NEWS', thread_ts: parent.ts, text: 'Seen 2 messages' });
    expect(standin.callsTo('conversations.replies')[0]?.body).toMatchObject({ channel: 'C0NEWS', ts: parent.ts });

    const commandAck = await standin.socket.sendSlashCommand({ command: '/briefing', text: 'today' });
    expect(commandAck.payload).toEqual({ response_type: 'ephemeral', text: 'on it: today' });
  });
});

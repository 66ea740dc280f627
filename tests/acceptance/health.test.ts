// Issue 15: every mode serves GET /healthz and GET /metrics on PORT — Slack over HTTP (beside /slack/events),
// Slack over Socket Mode and Discord alone (a small server of their own), and the playground — and neither
// shows a token, a question's text or a channel's name. Each bot is a real child process.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordStandin, type DiscordStandin } from '../standins/discord.ts';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON, type TestDatabase } from '../support/postgres.ts';
import { spawnBot, stopAllProcesses, type BotProcess } from './support/bot-process.ts';
import { freePort } from './support/free-port.ts';
import { SIGNING_SECRET } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const DISCORD_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.health-check-secret-token';
const APP_TOKEN = 'xapp-1-A0HEALTH-secret-app-token';

let slack: SlackStandin;
let discord: DiscordStandin;

beforeAll(async () => {
  [slack, discord] = await Promise.all([startSlackStandin({ appToken: APP_TOKEN }), startDiscordStandin({ token: DISCORD_TOKEN })]);
});
afterEach(stopAllProcesses, 30_000);
afterAll(async () => {
  await Promise.all([slack?.close(), discord?.close()]);
  removeTempDirs();
});

/** Start the bot with these settings on PORT=0 (the OS picks a free one) and read where /healthz is served. */
async function startOn(env: Record<string, string>): Promise<{ bot: BotProcess; base: string }> {
  const bot = spawnBot({ PORT: '0', BRIEFING_DB: tempDatabase(), ...env });
  const line = await bot.waitForLine(/serving \/healthz and \/metrics/, { stream: 'stderr' });
  const base = /url="(http:\/\/127\.0\.0\.1:\d+)"/.exec(line)?.[1];
  if (!base) throw new Error(`no URL in: ${line}`);
  return { bot, base };
}

const slackHttp = (): Record<string, string> => ({ SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl });

describe('GET /healthz and /metrics on PORT', { timeout: 90_000 }, () => {
  it.each([
    ['the playground (no tokens)', (): Record<string, string> => ({})],
    ['Slack over HTTP', slackHttp],
    ['Slack over Socket Mode', (): Record<string, string> => ({ ...slackHttp(), SLACK_APP_TOKEN: APP_TOKEN })],
    ['Discord alone', (): Record<string, string> => ({ DISCORD_TOKEN, DISCORD_APP_ID: discord.ids.appId, DISCORD_GUILD_ID: discord.ids.guildId, DISCORD_API_URL: discord.apiUrl })],
  ])('are served in %s, with no token in either', async (_mode, env) => {
    const { base } = await startOn(env());
    const health = await fetch(`${base}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok', store: 'sqlite', uptimeSeconds: expect.any(Number) }]);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('# TYPE briefing_answers_total counter');
    expect(metrics).toContain('# TYPE process_resident_memory_bytes gauge');
    for (const secret of [slack.botToken, SIGNING_SECRET, APP_TOKEN, DISCORD_TOKEN]) expect(metrics).not.toContain(secret);
  });

  it('count an answer in the playground without showing the question or the channel', async () => {
    const { bot, base } = await startOn({});
    const playground = (await bot.waitForLine(/^Playground: /, { stream: 'stdout' })).replace('Playground: ', '');
    const asked = await fetch(`${playground}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: playground },
      body: JSON.stringify({ kind: 'command', text: '/ask how many prisoners did codename-heron exchange?' }),
    });
    expect(asked.status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^briefing_answers_total\{engine="offline",outcome="\w+"\} 1$/m);
    expect(metrics).not.toMatch(/heron|general/);
  });
});

describe.skipIf(!hasPostgres())(hasPostgres() ? 'the bot on PostgreSQL' : `the bot on PostgreSQL (skipped: ${POSTGRES_SKIP_REASON})`, { timeout: 90_000 }, () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database?.drop());

  it('reports its store in /healthz', async () => {
    const { base } = await startOn({ DATABASE_URL: database.url });
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', store: 'postgres', uptimeSeconds: expect.any(Number) });
  });
});

describe('the bot with a DATABASE_URL it cannot use', { timeout: 60_000 }, () => {
  it('stops at start with one line naming the server, without the password', async () => {
    const bot = spawnBot({ PORT: String(await freePort()), DATABASE_URL: 'postgres://briefing:hunter2-secret@127.0.0.1:1/briefing' });
    expect(await bot.waitForExit()).toEqual({ code: 1, signal: null });
    expect(bot.stderr.filter((line) => !line.startsWith('['))).toEqual([
      'Cannot reach PostgreSQL at briefing@127.0.0.1:1/briefing (ECONNREFUSED). Start the database, or fix the host and port in DATABASE_URL.',
    ]);
    expect([...bot.stdout, ...bot.stderr].join('\n')).not.toContain('hunter2-secret');
  });

  it('refuses a malformed DATABASE_URL before starting anything', async () => {
    const bot = spawnBot({ DATABASE_URL: 'mysql://briefing:pw@db/briefing' });
    expect(await bot.waitForExit()).toEqual({ code: 1, signal: null });
    expect(bot.stderr).toEqual([
      'Configuration problem:',
      '  DATABASE_URL: "mysql:" is not PostgreSQL; use a postgres:// URL (example: postgres://briefing:PASSWORD@db.example:5432/briefing), or leave it empty for SQLite at BRIEFING_DB',
    ]);
  });
});

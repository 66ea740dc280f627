import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, loadConfig } from '../src/config.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SLACK = { SLACK_BOT_TOKEN: 'xoxb-1234-5678-abcdef', SLACK_SIGNING_SECRET: '8f742231b10e8888abcd99yyyzzz85a5' };
const DISCORD = { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz012345', DISCORD_APP_ID: '123456789012345678' };

/** The problems loadConfig reports for an environment (none when it loads). */
function problemsFor(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

const variableOf = (problem: string): string => problem.split(':')[0]!;

describe('loadConfig', () => {
  it('keeps the store in SQLite with a 120-second claim lease and text logs unless told otherwise', () => {
    const config = loadConfig({});
    expect([config.databaseUrl, config.dbPath, config.claimLeaseMs, config.logFormat]).toEqual([undefined, 'data/briefing.sqlite', 120_000, 'text']);
  });

  it('takes a PostgreSQL URL, a lease in seconds and JSON logs', () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://bot:pw@db.internal:5432/briefing', BRIEFING_CLAIM_LEASE_SECONDS: '30', LOG_FORMAT: 'json' });
    expect([config.databaseUrl, config.claimLeaseMs, config.logFormat]).toEqual(['postgresql://bot:pw@db.internal:5432/briefing', 30_000, 'json']);
  });

  it('never repeats the password of a DATABASE_URL it refuses', () => {
    expect(problemsFor({ DATABASE_URL: 'mysql://bot:hunter2@db/briefing' }).join('\n')).not.toContain('hunter2');
  });

  it('collects every problem into one ConfigError, one line per variable', () => {
    const env = {
      SLACK_BOT_TOKEN: 'xoxp-user-token-not-a-bot-token',
      DISCORD_TOKEN: DISCORD.DISCORD_TOKEN,
      DISCORD_GUILD_ID: 'my-server',
      PORT: '80800',
      OPENAI_BASE_URL: 'localhost:8080',
    };
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map(variableOf).sort()).toEqual(['DISCORD_APP_ID', 'DISCORD_GUILD_ID', 'OPENAI_BASE_URL', 'PORT', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET']);
    expect(message.split('\n')).toEqual(problems);
  });

  it.each([
    ['a Slack bot token without its signing secret', { SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN }, 'SLACK_SIGNING_SECRET: missing; SLACK_BOT_TOKEN is set and Slack needs both (Basic Information → Signing Secret)'],
    ['a signing secret without its bot token', { SLACK_SIGNING_SECRET: SLACK.SLACK_SIGNING_SECRET }, 'SLACK_BOT_TOKEN: missing; Slack needs the bot token (xoxb-…) from OAuth & Permissions'],
    ['a user token where the bot token goes', { ...SLACK, SLACK_BOT_TOKEN: 'xoxp-1234' }, 'SLACK_BOT_TOKEN: not a bot token; it starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)'],
    ['an app token that is not xapp-', { ...SLACK, SLACK_APP_TOKEN: 'xoxb-wrong' }, 'SLACK_APP_TOKEN: not an app-level token; it starts with xapp- (Basic Information → App-Level Tokens, scope connections:write)'],
    ['a Discord token without its application id', { DISCORD_TOKEN: DISCORD.DISCORD_TOKEN }, 'DISCORD_APP_ID: missing; DISCORD_TOKEN is set and Discord needs the application id too (Developer Portal → General Information)'],
    ['an application id that is not a snowflake', { ...DISCORD, DISCORD_APP_ID: '12345' }, 'DISCORD_APP_ID: "12345" is not a Discord id (17-20 digits)'],
    ['a guild id that is not a snowflake', { ...DISCORD, DISCORD_GUILD_ID: 'abc123' }, 'DISCORD_GUILD_ID: "abc123" is not a Discord id (17-20 digits; right-click the server → Copy Server ID)'],
    ['a Discord token with a space in it', { ...DISCORD, DISCORD_TOKEN: 'Bot MTIzNDU2Nzg5MDEyMzQ1Njc4' }, 'DISCORD_TOKEN: malformed; copy the bot token from Developer Portal → Bot'],
    ['a port that is not a number', { PORT: 'http' }, 'PORT: "http" is not a port number (use 1-65535, e.g. 3000; 0 picks a free port)'],
    ['a port out of range', { PORT: '65536' }, 'PORT: "65536" is not a port number (use 1-65535, e.g. 3000; 0 picks a free port)'],
    ['a model server address without a scheme', { OPENAI_BASE_URL: 'localhost:8080' }, 'OPENAI_BASE_URL: "localhost:8080" is not a URL (example: http://127.0.0.1:8080/v1)'],
    ['a model server address that is not http', { OPENAI_BASE_URL: 'ftp://models.local/v1' }, 'OPENAI_BASE_URL: "ftp://models.local/v1" is not a URL (example: http://127.0.0.1:8080/v1)'],
    ['a model timeout below a second', { OPENAI_TIMEOUT_MS: '500' }, 'OPENAI_TIMEOUT_MS: "500" is not a timeout (use milliseconds from 1000 to 120000, e.g. 20000)'],
    ['an unknown engine', { BRIEFING_ENGINE: 'gpt' }, 'BRIEFING_ENGINE: "gpt" is not an engine (use offline or model)'],
    ['the model engine without a key', { BRIEFING_ENGINE: 'model' }, 'BRIEFING_ENGINE: "model" needs OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)'],
    ['an unknown log level', { LOG_LEVEL: 'verbose' }, 'LOG_LEVEL: "verbose" is not a level (use debug, info, warn, error or silent)'],
    ['a feed that is not a URL', { BRIEFING_FEEDS: 'news.example/rss' }, 'BRIEFING_FEEDS: "news.example/rss" is not a URL: give the full address, such as https://example.com/feed.xml (separate several URLs with spaces or commas)'],
    ['a feed that is not http', { BRIEFING_FEEDS: 'https://a.example/rss ftp://b.example/rss' }, 'BRIEFING_FEEDS: "ftp://b.example/rss" uses ftp:, but feeds are fetched over http or https only (separate several URLs with spaces or commas)'],
    ['a poll interval under 5 seconds', { BRIEFING_FEED_POLL_SECONDS: '4' }, 'BRIEFING_FEED_POLL_SECONDS: "4" is not a polling interval (use whole seconds from 5 to 604800; the default is 900, every 15 minutes)'],
    ['a poll interval that is not a number', { BRIEFING_FEED_POLL_SECONDS: '15m' }, 'BRIEFING_FEED_POLL_SECONDS: "15m" is not a polling interval (use whole seconds from 5 to 604800; the default is 900, every 15 minutes)'],
    ['a private-address switch that is not a boolean', { BRIEFING_ALLOW_PRIVATE_URLS: 'maybe' }, 'BRIEFING_ALLOW_PRIVATE_URLS: "maybe" is not true or false (true lets feeds on loopback, private and link-local addresses be fetched)'],
    ['a retention that is not a number of days', { BRIEFING_RETENTION_DAYS: '30d' }, 'BRIEFING_RETENTION_DAYS: "30d" is not a number of days (use a whole number such as 30, or 0 to keep every story)'],
    ['an unknown log format', { LOG_FORMAT: 'logfmt' }, 'LOG_FORMAT: "logfmt" is not a format (use text or json)'],
    ['a database URL that is not a URL', { DATABASE_URL: 'db.internal:5432' }, 'DATABASE_URL: "db.internal:" is not PostgreSQL; use a postgres:// URL (example: postgres://briefing:PASSWORD@db.example:5432/briefing), or leave it empty for SQLite at BRIEFING_DB'],
    ['a database URL with spaces', { DATABASE_URL: 'postgres://bot:pw@ db/x' }, 'DATABASE_URL: not a URL (example: postgres://briefing:PASSWORD@db.example:5432/briefing)'],
    ['a MySQL URL', { DATABASE_URL: 'mysql://bot:pw@db/briefing' }, 'DATABASE_URL: "mysql:" is not PostgreSQL; use a postgres:// URL (example: postgres://briefing:PASSWORD@db.example:5432/briefing), or leave it empty for SQLite at BRIEFING_DB'],
    ['a database URL without a database name', { DATABASE_URL: 'postgres://bot:pw@db.internal:5432' }, 'DATABASE_URL: names no database after the host (example: postgres://briefing:PASSWORD@db.example:5432/briefing)'],
    ['a lease of zero seconds', { BRIEFING_CLAIM_LEASE_SECONDS: '0' }, 'BRIEFING_CLAIM_LEASE_SECONDS: "0" is not a lease (use whole seconds from 1 to 86400, e.g. 120)'],
    ['a shutdown deadline of zero', { BRIEFING_SHUTDOWN_SECONDS: '0' }, 'BRIEFING_SHUTDOWN_SECONDS: "0" is not a deadline (use seconds from 1 to 300, a few less than your process manager waits before SIGKILL, e.g. 8)'],
  ])('reports %s, naming the variable and the fix', (_case, env, problem) => {
    expect(problemsFor(env)).toEqual([problem]);
  });

  it('counts empty and blank values as unset', () => {
    const blank = Object.fromEntries(CONFIG_KEYS.map((key, i) => [key, i % 2 ? '' : '   ']));
    const config = loadConfig(blank);
    expect(config).toEqual({
      seedsDir: 'seeds',
      dbPath: 'data/briefing.sqlite',
      retentionDays: 0,
      databaseUrl: undefined,
      claimLeaseMs: 120_000,
      logFormat: 'text',
      engine: 'offline',
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      slack: undefined,
      discord: undefined,
      model: undefined,
      playground: false,
      feeds: { urls: [], pollSeconds: 900, allowPrivate: false },
      shutdownMs: 8000,
    });
  });

  it('reads feeds separated by spaces and commas, once each, with the poll interval and the private-address switch', () => {
    const config = loadConfig({ BRIEFING_FEEDS: 'https://a.example/rss.xml, https://b.example/atom.xml\n https://a.example/rss.xml', BRIEFING_FEED_POLL_SECONDS: '5', BRIEFING_ALLOW_PRIVATE_URLS: 'true' });
    expect(config.feeds).toEqual({ urls: ['https://a.example/rss.xml', 'https://b.example/atom.xml'], pollSeconds: 5, allowPrivate: true });
  });

  it('reports an empty signing secret beside a bot token as missing', () => {
    expect(problemsFor({ SLACK_BOT_TOKEN: SLACK.SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: '' }).map(variableOf)).toEqual(['SLACK_SIGNING_SECRET']);
  });

  it('reads a complete Slack, Discord and model setup into a frozen config', () => {
    const config = loadConfig({
      ...SLACK,
      SLACK_API_URL: 'http://127.0.0.1:4010/api',
      ...DISCORD,
      DISCORD_GUILD_ID: '876543210987654321',
      OPENAI_API_KEY: 'sk-local',
      OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1',
      PORT: '8080',
      PLAYGROUND: 'yes',
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(config).toMatchObject({
      engine: 'model',
      port: 8080,
      playground: true,
      slack: { botToken: SLACK.SLACK_BOT_TOKEN, signingSecret: SLACK.SLACK_SIGNING_SECRET, apiUrl: 'http://127.0.0.1:4010/api/' },
      discord: { token: DISCORD.DISCORD_TOKEN, appId: DISCORD.DISCORD_APP_ID, guildId: '876543210987654321' },
      model: { apiKey: 'sk-local', baseUrl: 'http://127.0.0.1:8080/v1', model: 'gpt-4o-mini', timeoutMs: 20_000 },
    });
  });

  it('keeps the offline engine when asked to, even with a model key', () => {
    expect(loadConfig({ OPENAI_API_KEY: 'sk-local', BRIEFING_ENGINE: 'offline' }).engine).toBe('offline');
  });

  it('documents every variable it reads in .env.example, and nothing else', () => {
    const example = readFileSync(join(REPO, '.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual([...CONFIG_KEYS].sort());
  });

  it('gives each variable in .env.example a comment line', () => {
    const lines = readFileSync(join(REPO, '.env.example'), 'utf8').split('\n');
    const undocumented = lines.filter((line, i) => /^[A-Z][A-Z0-9_]*=/.test(line) && !lines[i - 1]?.startsWith('#')).map((line) => line.split('=')[0]);
    expect(undocumented).toEqual([]);
  });
});

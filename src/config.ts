// The only reader of process.env: every setting is checked once at start-up, and every problem is
// reported together, one line each, naming the variable and what to set.
import { config as loadDotenv } from 'dotenv';
import { parseFeedList } from './feeds/feed-url.ts';
import type { LogFormat, LogLevel } from './log.ts';

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  /** Present: Socket Mode. Absent: HTTP receiver on PORT at /slack/events. */
  appToken?: string;
  apiUrl?: string;
}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
}

export interface ModelConfig {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** Wall-clock budget for one model call, retries included. */
  timeoutMs: number;
}

export interface FeedsConfig {
  /** BRIEFING_FEEDS, in order, duplicates removed. */
  urls: string[];
  pollSeconds: number;
  /** Feed and article URLs may resolve to loopback, private or link-local addresses. */
  allowPrivate: boolean;
}

export interface Config {
  seedsDir: string;
  dbPath: string;
  /** Stories reported more than this many days ago are dropped from the index; 0 keeps them all. */
  retentionDays: number;
  /** Set: subscriptions, claims and deliveries live in PostgreSQL instead of the SQLite file at dbPath. */
  databaseUrl?: string;
  /** How long a claimed slot is held before another process may take it over and post it. */
  claimLeaseMs: number;
  logFormat: LogFormat;
  engine: 'offline' | 'model';
  port: number;
  host: string;
  logLevel: LogLevel;
  slack?: SlackConfig;
  discord?: DiscordConfig;
  model?: ModelConfig;
  /** Serve the browser playground even when a platform is configured. */
  playground: boolean;
  feeds: FeedsConfig;
  /** From the first stop signal to exit, at most (BRIEFING_SHUTDOWN_SECONDS). */
  shutdownMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ConfigError';
  }
}

/** Every variable the bot reads; `.env.example` documents each one (a test keeps them in step). */
export const CONFIG_KEYS = [
  'BRIEFING_SEEDS', 'BRIEFING_DB', 'BRIEFING_RETENTION_DAYS', 'DATABASE_URL', 'BRIEFING_CLAIM_LEASE_SECONDS', 'BRIEFING_ENGINE',
  'BRIEFING_SHUTDOWN_SECONDS', 'PORT', 'HOST', 'LOG_LEVEL', 'LOG_FORMAT', 'PLAYGROUND',
  'BRIEFING_FEEDS', 'BRIEFING_FEED_POLL_SECONDS', 'BRIEFING_ALLOW_PRIVATE_URLS',
  'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'SLACK_API_URL',
  'DISCORD_TOKEN', 'DISCORD_APP_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL',
  'OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL', 'OPENAI_TIMEOUT_MS',
] as const;

type Env = Record<string, string | undefined>;

/** Docker sends SIGKILL 10 s after SIGTERM (Kubernetes 30 s): stopping in 8 leaves room to exit cleanly. */
const DEFAULT_SHUTDOWN_SECONDS = 8;

export interface LoadConfigOptions {
  /** Read a `.env` file from the working directory first (never overriding real variables). */
  dotenv?: boolean;
}

export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): Config {
  if (options.dotenv) loadDotenv({ quiet: true });
  // Empty strings count as unset: `OPENAI_API_KEY=` in a .env file means "no key".
  const get = (key: (typeof CONFIG_KEYS)[number]): string | undefined => {
    const value = env[key]?.trim();
    return value ? value : undefined;
  };
  const problems: string[] = [];

  const port = parsePort(get('PORT') ?? '3000');
  if (port === undefined) problems.push(`PORT: "${get('PORT')}" is not a port number (use 1-65535, e.g. 3000; 0 picks a free port)`);

  const engineName = get('BRIEFING_ENGINE');
  if (engineName && engineName !== 'offline' && engineName !== 'model') {
    problems.push(`BRIEFING_ENGINE: "${engineName}" is not an engine (use offline or model)`);
  }
  const retentionDays = Number(get('BRIEFING_RETENTION_DAYS') ?? '0');
  if (!Number.isInteger(retentionDays) || retentionDays < 0 || retentionDays > 36_500) {
    problems.push(`BRIEFING_RETENTION_DAYS: "${get('BRIEFING_RETENTION_DAYS')}" is not a number of days (use a whole number such as 30, or 0 to keep every story)`);
  }
  const logLevel = get('LOG_LEVEL') ?? 'info';
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL: "${logLevel}" is not a level (use debug, info, warn, error or silent)`);
  }

  const feeds = readFeeds(get, problems);
  const logFormat = get('LOG_FORMAT') ?? 'text';
  if (logFormat !== 'text' && logFormat !== 'json') problems.push(`LOG_FORMAT: "${logFormat}" is not a format (use text or json)`);
  const databaseUrl = get('DATABASE_URL');
  if (databaseUrl !== undefined) {
    const problem = checkDatabaseUrl(databaseUrl);
    if (problem) problems.push(`DATABASE_URL: ${problem}`);
  }
  const lease = get('BRIEFING_CLAIM_LEASE_SECONDS') ?? '120';
  const leaseSeconds = Number(lease);
  if (!Number.isInteger(leaseSeconds) || leaseSeconds < 1 || leaseSeconds > 86_400) {
    problems.push(`BRIEFING_CLAIM_LEASE_SECONDS: "${lease}" is not a lease (use whole seconds from 1 to 86400, e.g. 120)`);
  }
  const shutdown = get('BRIEFING_SHUTDOWN_SECONDS');
  const shutdownSeconds = shutdown === undefined ? DEFAULT_SHUTDOWN_SECONDS : Number(shutdown);
  if (!Number.isFinite(shutdownSeconds) || shutdownSeconds < 1 || shutdownSeconds > 300) {
    problems.push(`BRIEFING_SHUTDOWN_SECONDS: "${shutdown}" is not a deadline (use seconds from 1 to 300, a few less than your process manager waits before SIGKILL, e.g. 8)`);
  }

  const slack = readSlack(get, problems);
  const discord = readDiscord(get, problems);
  const model = readModel(get, problems);
  if (engineName === 'model' && !model) {
    problems.push('BRIEFING_ENGINE: "model" needs OPENAI_API_KEY (and OPENAI_BASE_URL for a local server)');
  }

  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze({
    seedsDir: get('BRIEFING_SEEDS') ?? 'seeds',
    dbPath: get('BRIEFING_DB') ?? 'data/briefing.sqlite',
    retentionDays,
    databaseUrl,
    claimLeaseMs: leaseSeconds * 1000,
    logFormat: logFormat as LogFormat,
    engine: engineName === 'offline' ? 'offline' : model ? 'model' : 'offline',
    port: port ?? 3000,
    host: get('HOST') ?? '127.0.0.1',
    logLevel: logLevel as LogLevel,
    slack,
    discord,
    model,
    playground: /^(1|true|yes|on)$/i.test(get('PLAYGROUND') ?? ''),
    feeds,
    shutdownMs: Math.round(shutdownSeconds * 1000),
  });
}

type Getter = (key: (typeof CONFIG_KEYS)[number]) => string | undefined;

/** Polling more often than this only hammers the publishers. */
export const MIN_FEED_POLL_SECONDS = 5;

function readFeeds(get: Getter, problems: string[]): FeedsConfig {
  const list = parseFeedList(get('BRIEFING_FEEDS') ?? '');
  problems.push(...list.problems.map((p) => `BRIEFING_FEEDS: ${p} (separate several URLs with spaces or commas)`));
  const poll = get('BRIEFING_FEED_POLL_SECONDS');
  const pollSeconds = poll === undefined ? 900 : Number(poll);
  if (!Number.isInteger(pollSeconds) || pollSeconds < MIN_FEED_POLL_SECONDS || pollSeconds > 7 * 24 * 3600) {
    problems.push(`BRIEFING_FEED_POLL_SECONDS: "${poll}" is not a polling interval (use whole seconds from ${MIN_FEED_POLL_SECONDS} to 604800; the default is 900, every 15 minutes)`);
  }
  const allow = get('BRIEFING_ALLOW_PRIVATE_URLS') ?? 'false';
  const allowPrivate = /^(1|true|yes|on)$/i.test(allow);
  if (!allowPrivate && !/^(0|false|no|off)$/i.test(allow)) {
    problems.push(`BRIEFING_ALLOW_PRIVATE_URLS: "${allow}" is not true or false (true lets feeds on loopback, private and link-local addresses be fetched)`);
  }
  return { urls: list.urls, pollSeconds, allowPrivate };
}

function readSlack(get: Getter, problems: string[]): SlackConfig | undefined {
  const botToken = get('SLACK_BOT_TOKEN');
  const signingSecret = get('SLACK_SIGNING_SECRET');
  const appToken = get('SLACK_APP_TOKEN');
  const apiUrl = get('SLACK_API_URL');
  if (!botToken && !signingSecret && !appToken) return undefined;
  const before = problems.length;
  if (!botToken) problems.push('SLACK_BOT_TOKEN: missing; Slack needs the bot token (xoxb-…) from OAuth & Permissions');
  else if (!/^xoxb-[\w-]+$/.test(botToken)) problems.push('SLACK_BOT_TOKEN: not a bot token; it starts with xoxb- (OAuth & Permissions → Bot User OAuth Token)');
  if (!signingSecret) problems.push('SLACK_SIGNING_SECRET: missing; SLACK_BOT_TOKEN is set and Slack needs both (Basic Information → Signing Secret)');
  else if (!/^[\w-]{8,}$/.test(signingSecret)) problems.push('SLACK_SIGNING_SECRET: malformed; copy it from Basic Information → App Credentials');
  if (appToken && !/^xapp-[\w-]+$/.test(appToken)) problems.push('SLACK_APP_TOKEN: not an app-level token; it starts with xapp- (Basic Information → App-Level Tokens, scope connections:write)');
  if (apiUrl && !isHttpUrl(apiUrl)) problems.push(`SLACK_API_URL: "${apiUrl}" is not a URL (example: https://slack.com/api/)`);
  if (problems.length > before || !botToken || !signingSecret) return undefined;
  return { botToken, signingSecret, appToken, apiUrl: apiUrl && !apiUrl.endsWith('/') ? `${apiUrl}/` : apiUrl };
}

function readDiscord(get: Getter, problems: string[]): DiscordConfig | undefined {
  const token = get('DISCORD_TOKEN');
  const appId = get('DISCORD_APP_ID');
  const guildId = get('DISCORD_GUILD_ID');
  const apiUrl = get('DISCORD_API_URL');
  if (!token && !appId && !guildId) return undefined;
  const before = problems.length;
  if (!token) problems.push('DISCORD_TOKEN: missing; DISCORD_APP_ID is set and Discord needs the bot token too (Developer Portal → Bot → Reset Token)');
  else if (/\s/.test(token) || token.length < 20) problems.push('DISCORD_TOKEN: malformed; copy the bot token from Developer Portal → Bot');
  if (!appId) problems.push('DISCORD_APP_ID: missing; DISCORD_TOKEN is set and Discord needs the application id too (Developer Portal → General Information)');
  else if (!isSnowflake(appId)) problems.push(`DISCORD_APP_ID: "${appId}" is not a Discord id (17-20 digits)`);
  if (guildId && !isSnowflake(guildId)) problems.push(`DISCORD_GUILD_ID: "${guildId}" is not a Discord id (17-20 digits; right-click the server → Copy Server ID)`);
  if (apiUrl && !isHttpUrl(apiUrl)) problems.push(`DISCORD_API_URL: "${apiUrl}" is not a URL (example: https://discord.com/api)`);
  if (problems.length > before || !token || !appId) return undefined;
  return { token, appId, guildId, apiUrl };
}

function readModel(get: Getter, problems: string[]): ModelConfig | undefined {
  const apiKey = get('OPENAI_API_KEY');
  const baseUrl = get('OPENAI_BASE_URL');
  const timeout = get('OPENAI_TIMEOUT_MS');
  if (baseUrl && !isHttpUrl(baseUrl)) problems.push(`OPENAI_BASE_URL: "${baseUrl}" is not a URL (example: http://127.0.0.1:8080/v1)`);
  const timeoutMs = timeout === undefined ? 20_000 : Number(timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1000 || timeoutMs > 120_000) {
    problems.push(`OPENAI_TIMEOUT_MS: "${timeout}" is not a timeout (use milliseconds from 1000 to 120000, e.g. 20000)`);
  }
  if (!apiKey) return undefined;
  return { apiKey, baseUrl, model: get('OPENAI_MODEL') ?? 'gpt-4o-mini', timeoutMs };
}

/** A problem sentence for a DATABASE_URL that is not a PostgreSQL URL; never repeats the password. */
function checkDatabaseUrl(value: string): string | undefined {
  const example = '(example: postgres://briefing:PASSWORD@db.example:5432/briefing)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `not a URL ${example}`;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') return `"${url.protocol}" is not PostgreSQL; use a postgres:// URL ${example}, or leave it empty for SQLite at BRIEFING_DB`;
  if (!url.hostname && !url.searchParams.has('host')) return `names no host ${example}`;
  if (url.pathname.length <= 1) return `names no database after the host ${example}`;
  return undefined;
}

function parsePort(value: string): number | undefined {
  const port = Number(value);
  return Number.isInteger(port) && port >= 0 && port <= 65535 ? port : undefined;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function isSnowflake(value: string): boolean {
  return /^\d{17,20}$/.test(value);
}

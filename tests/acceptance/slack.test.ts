// Issue 4, done when: the bot started with Slack settings serves /slack/events, answers signed slash
// commands and mentions through Slack's Web API (a local stand-in), answers a retried event once, refuses
// forged requests, and stops with one clear line when its settings are wrong. The bot is a real child process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendSigned, startSlackStandin, type JsonObject, type SlackStandin } from '../standins/slack.ts';
import { REPO_DIR, spawnBot, stopAllProcesses, type BotProcess } from './support/bot-process.ts';
import { freePort } from './support/free-port.ts';
import { SIGNING_SECRET, startSlackBot, type SlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

/** The seed sentence that says 390 people came home (seeds/002_…, Bloomberg). */
const SOURCE_SENTENCE =
  'President Volodymyr Zelenskiy said Ukraine took in 390 people from captivity in Russia a week after the two sides agreed on exchanging 1,000 prisoners each in talks in Istanbul.';
const WAIT_MS = 30_000;

let standin: SlackStandin;

beforeEach(async () => {
  standin = await startSlackStandin();
});

afterEach(async () => {
  await stopAllProcesses();
  await standin.close();
  removeTempDirs();
});

async function startBot(): Promise<SlackBot> {
  return startSlackBot(standin, { db: tempDatabase() });
}

/** Stop the bot as an operator does; a clean exit means every answer it had started has been sent. */
async function stopGracefully(bot: BotProcess): Promise<void> {
  expect(await bot.stop('SIGTERM')).toEqual({ code: 0, signal: null });
}

/** The text of every section and context block, in order. */
function blockTexts(body: JsonObject): string[] {
  const blocks = Array.isArray(body.blocks) ? (body.blocks as Array<Record<string, unknown>>) : [];
  return blocks.flatMap((block) => {
    const text = (block.text as { text?: unknown } | undefined)?.text;
    const elements = Array.isArray(block.elements) ? (block.elements as Array<{ text?: unknown }>) : [];
    return [text, ...elements.map((e) => e.text)].filter((t): t is string => typeof t === 'string');
  });
}

function postsInThread(channel: string, threadTs: unknown): JsonObject[] {
  return standin.callsTo('chat.postMessage').filter((c) => c.ok && c.body.channel === channel && c.body.thread_ts === threadTs).map((c) => c.body);
}

describe('the bot started with SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL and PORT', { timeout: 90_000 }, () => {
  it('quotes a source sentence that is really in the seed stories (so the checks below mean something)', () => {
    expect(readFileSync(join(REPO_DIR, 'seeds/002_12b939b351bba3f8.txt'), 'utf8')).toContain(SOURCE_SENTENCE);
  });

  it('acks a signed /ask with 200, then answers at the response_url with 390 and the quoted source sentence', async () => {
    const bot = await startBot();
    const sent = await standin.sendSlashCommand(bot.eventsUrl, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?', channel_id: 'C0NEWS' });
    expect(sent.status).toBe(200);

    const response = await standin.waitForResponse((r) => r.id === sent.responseId, WAIT_MS);
    expect(response.body.response_type).toBe('in_channel');
    const texts = blockTexts(response.body);
    expect(texts[0]).toMatch(/^390\b/);
    const citation = texts.find((t) => t.startsWith(`> “${SOURCE_SENTENCE}”`));
    expect(citation).toMatch(/\[\d+\] Bloomberg — Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners$/);
  });

  it('answers a signed app_mention in a thread under the mention', async () => {
    const bot = await startBot();
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const sent = await standin.sendEvent(bot.eventsUrl, SIGNING_SECRET, mention);
    expect(sent.status).toBe(200);

    const reply = await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === mention.ts, WAIT_MS);
    expect(reply.body.channel).toBe('C0NEWS');
    expect(blockTexts(reply.body)[0]).toMatch(/^390\b/);
    expect(blockTexts(reply.body).some((t) => t.startsWith(`> “${SOURCE_SENTENCE}”`))).toBe(true);
  });

  it.each([
    { when: 'after the first delivery was answered', together: false },
    { when: 'while the first delivery is still being answered', together: true },
  ])('answers an event once when Slack retries it with the same event_id $when', async ({ together }) => {
    const bot = await startBot();
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const first = () => standin.sendEvent(bot.eventsUrl, SIGNING_SECRET, mention, { eventId: 'Ev0RETRIED' });
    const retry = () => standin.sendEvent(bot.eventsUrl, SIGNING_SECRET, mention, { eventId: 'Ev0RETRIED', retryNum: 1, retryReason: 'http_timeout' });
    if (together) {
      const statuses = (await Promise.all([first(), retry()])).map((r) => r.status);
      expect(statuses).toEqual([200, 200]);
    } else {
      expect((await first()).status).toBe(200);
      await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === mention.ts, WAIT_MS);
      expect((await retry()).status).toBe(200);
    }

    await stopGracefully(bot.process);
    expect(postsInThread('C0NEWS', mention.ts)).toHaveLength(1);
  });

  it('refuses a slash command with a bad signature with 401 and answers nothing', async () => {
    const bot = await startBot();
    const body = new URLSearchParams({ command: '/ask', text: 'how many were exchanged?', channel_id: 'C0NEWS', response_url: standin.responseUrl() }).toString();
    const sent = await sendSigned(bot.eventsUrl, SIGNING_SECRET, body, 'application/x-www-form-urlencoded', { badSignature: true });
    expect(sent.status).toBe(401);

    await stopGracefully(bot.process);
    expect(standin.responses).toEqual([]);
    expect(standin.callsTo('chat.postMessage')).toEqual([]);
  });

  it('refuses an event with a bad signature with 401 and posts nothing', async () => {
    const bot = await startBot();
    const forged = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const sent = await standin.sendEvent(bot.eventsUrl, SIGNING_SECRET, forged, { badSignature: true });
    expect(sent.status).toBe(401);

    await stopGracefully(bot.process);
    expect(standin.callsTo('chat.postMessage')).toEqual([]);
  });
});

describe('the bot started with bad Slack settings', { timeout: 60_000 }, () => {
  it.each<{ problem: string; settings: Record<string, string>; variable: string; secret: string | undefined }>([
    {
      problem: 'SLACK_BOT_TOKEN set without SLACK_SIGNING_SECRET',
      settings: { SLACK_BOT_TOKEN: 'xoxb-1234-5678-abcdefghijkl' },
      variable: 'SLACK_SIGNING_SECRET',
      secret: undefined,
    },
    {
      problem: 'a user token in SLACK_BOT_TOKEN',
      settings: { SLACK_BOT_TOKEN: 'xoxp-1234-5678-abcdefghijkl', SLACK_SIGNING_SECRET: SIGNING_SECRET },
      variable: 'SLACK_BOT_TOKEN',
      secret: 'xoxp-1234-5678-abcdefghijkl',
    },
    {
      problem: 'a SLACK_BOT_TOKEN with a space in it',
      settings: { SLACK_BOT_TOKEN: 'xoxb-1234 5678', SLACK_SIGNING_SECRET: SIGNING_SECRET },
      variable: 'SLACK_BOT_TOKEN',
      secret: 'xoxb-1234 5678',
    },
  ])('exits non-zero with $problem, in one line naming $variable and no stack trace', async ({ settings, variable, secret }) => {
    const bot = spawnBot({ ...settings, SLACK_API_URL: standin.apiUrl, PORT: String(await freePort()), BRIEFING_DB: tempDatabase() });
    const exit = await bot.waitForExit(WAIT_MS);

    expect(exit.code).not.toBe(0);
    expect(exit.code).not.toBeNull();
    const naming = bot.stderr.filter((line) => line.includes(variable));
    expect(naming).toHaveLength(1);
    expect(naming[0]).toMatch(new RegExp(`^\\s*${variable}: \\S.{10,}`));
    expect(bot.stderr.filter((line) => /^\s+at /.test(line))).toEqual([]);
    expect(bot.stderr.join('\n')).not.toMatch(/ConfigError|Error:/);
    if (secret !== undefined) expect(bot.stderr.join('\n')).not.toContain(secret);
    expect(bot.stdout).toEqual([]); // no playground was opened instead
    expect(standin.calls).toEqual([]);
  });
});

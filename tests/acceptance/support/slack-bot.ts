// The bot started for Slack over HTTP, the way an operator deploys it: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET
// and SLACK_API_URL (the stand-in's Web API), listening on PORT at /slack/events.
import type { SlackStandin } from '../../standins/slack.ts';
import { spawnBot, type BotProcess } from './bot-process.ts';
import { freePort } from './free-port.ts';

export const SIGNING_SECRET = 'acceptance-signing-secret';

export interface SlackBot {
  process: BotProcess;
  /** Where Slack sends slash commands and events: http://127.0.0.1:PORT/slack/events */
  eventsUrl: string;
}

export interface SlackBotOptions {
  /** BRIEFING_DB: a file in a temporary folder. */
  db: string;
  /** More variables (LOG_LEVEL, OPENAI_…). */
  env?: Record<string, string>;
}

export function slackEnv(standin: SlackStandin, port: number, db: string): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: standin.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: standin.apiUrl,
    PORT: String(port),
    BRIEFING_DB: db,
  };
}

/**
 * Start the bot against the stand-in and resolve once it says it listens and /slack/events answers HTTP. A port
 * found free may be taken before the bot binds it (tests run side by side): the bot then exits on EADDRINUSE, and
 * another port is tried, rather than trusting whatever server answers there.
 */
export async function startSlackBot(standin: SlackStandin, options: SlackBotOptions): Promise<SlackBot> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const bot = spawnBot({ ...slackEnv(standin, port, options.db), ...options.env });
    const eventsUrl = `http://127.0.0.1:${port}/slack/events`;
    try {
      await waitUntilAnswering(eventsUrl, bot);
      return { process: bot, eventsUrl };
    } catch (error) {
      if (attempt >= PORT_ATTEMPTS || !bot.stderr.some((line) => line.includes('EADDRINUSE'))) throw error;
    }
  }
}
const PORT_ATTEMPTS = 3;

/** Poll the URL until the bot has said it listens and anything answers (a GET gets Bolt's 404, which is enough to know it listens). */
async function waitUntilAnswering(url: string, bot: BotProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void bot.exited.then(() => (exited = true));
  const listening = (): boolean => bot.stderr.some((line) => line.includes('listening for Slack requests'));
  while (Date.now() < deadline && !exited) {
    try {
      if (listening()) {
        await fetch(url, { signal: AbortSignal.timeout(2000) });
        return;
      }
    } catch {
      // Not answering yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (exited) await bot.exited;
  const why = exited ? 'the bot exited first' : `not within ${timeoutMs} ms`;
  throw new Error(`Nothing answered at ${url} (${why}).\nstdout:\n  ${bot.stdout.join('\n  ')}\nstderr:\n  ${bot.stderr.join('\n  ')}`);
}

export interface CommandAnswer {
  /** HTTP status of the ack. */
  status: number;
  /** in_channel or ephemeral. */
  responseType: unknown;
  /** The plain-text fallback of the first message posted to the response_url. */
  text: string;
}

/** Send a signed slash command as Slack does; resolve with the first answer posted to its response_url. */
export async function runCommand(standin: SlackStandin, bot: SlackBot, command: string, text: string, channelId: string): Promise<CommandAnswer> {
  const sent = await standin.sendSlashCommand(bot.eventsUrl, SIGNING_SECRET, { command, text, channel_id: channelId });
  const response = await standin.waitForResponse((r) => r.id === sent.responseId, 30_000);
  return { status: sent.status, responseType: response.body.response_type, text: String(response.body.text) };
}

/** Successful top-level posts in a channel (scheduled briefs; thread replies excluded). */
export function postsIn(standin: SlackStandin, channelId: string): Array<{ text: string; at: number }> {
  return standin
    .callsTo('chat.postMessage')
    .filter((c) => c.ok && c.body.channel === channelId && c.body.thread_ts === undefined)
    .map((c) => ({ text: String(c.body.text), at: c.at }));
}

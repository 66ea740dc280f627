// One contract, every adapter: the same slash commands sent to Slack, Discord and the playground (each
// through its real SDK or HTTP API and a local stand-in) come back equally public or private, as
// chat/visibility.ts decides.
import { afterEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../standins/discord.ts';
import { bodyOf, startBot, stopBots, textOf } from './discord/bot-harness.ts';
import { startPlayground, type StartedPlayground } from './playground/start-playground.ts';
import { closeHarnesses, SIGNING_SECRET, startHarness } from './slack/harness.ts';

interface Sent {
  isPrivate: boolean;
  /** Everything the user sees, as one string. */
  text: string;
}

interface Driver {
  start(): Promise<void>;
  command(name: 'ask' | 'brief', text: string): Promise<Sent>;
  stop(): Promise<void>;
}

const EPHEMERAL = 64;

function slackDriver(): Driver {
  let harness: Awaited<ReturnType<typeof startHarness>>;
  return {
    async start() {
      harness = await startHarness();
    },
    async command(name, text) {
      const sent = await harness.standin.sendSlashCommand(harness.url, SIGNING_SECRET, { command: `/${name}`, text });
      const response = await harness.standin.waitForResponse((r) => r.id === sent.responseId, 10_000);
      return { isPrivate: response.body.response_type === 'ephemeral', text: JSON.stringify(response.body) };
    },
    stop: closeHarnesses,
  };
}

function discordDriver(): Driver {
  let bot: Awaited<ReturnType<typeof startBot>>;
  return {
    async start() {
      bot = await startBot();
    },
    async command(name, text) {
      const [subcommand, ...rest] = text.split(' ');
      const sent =
        name === 'ask'
          ? bot.standin.sendInteraction({ name, options: { question: text } })
          : bot.standin.sendInteraction({ name, subcommand: subcommand || 'today', ...(rest.length ? { options: { time: rest.join(' ') } } : {}) });
      const webhook = `/webhooks/${bot.standin.ids.appId}/${sent.token}`;
      // The answer edits the deferred reply, or (when its visibility differs) replaces it with a follow-up.
      const answer: RecordedRequest = await bot.standin.waitForRequest(
        (r) => (r.method === 'PATCH' && r.path === `${webhook}/messages/@original`) || (r.method === 'POST' && r.path === webhook),
        10_000,
      );
      const flags = answer.method === 'PATCH' ? Number(((await bot.standin.waitForInteractionCallback(sent.id)).data as { flags?: number } | null)?.flags ?? 0) : Number(bodyOf(answer).flags ?? 0);
      return { isPrivate: (flags & EPHEMERAL) !== 0, text: textOf(answer) };
    },
    stop: stopBots,
  };
}

function playgroundDriver(): Driver {
  let playground: StartedPlayground;
  return {
    async start() {
      playground = await startPlayground();
    },
    async command(name, text) {
      const response = await fetch(`${playground.url}/api/events`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ kind: 'command', text: `/${name} ${text}` }),
      });
      const message = (await response.json()) as { isPrivate: boolean };
      return { isPrivate: message.isPrivate, text: JSON.stringify(message) };
    },
    stop: () => playground.adapter.stop(),
  };
}

describe.each([
  ['Slack', slackDriver],
  ['Discord', discordDriver],
  ['the playground', playgroundDriver],
])('adapter contract: %s', (_platform, makeDriver) => {
  let driver: Driver;
  afterEach(async () => {
    await driver.stop();
  });

  it.each<{ what: string; to: string; name: 'ask' | 'brief'; text: string; isPrivate: boolean; says: RegExp }>([
    { what: 'an answer', name: 'ask', text: 'how many were exchanged?', to: 'the channel', isPrivate: false, says: /390/ },
    { what: 'a question it cannot read', name: 'ask', text: '???', to: 'the asker only', isPrivate: true, says: /Ask me a question about the stories/ },
    { what: 'the help for /brief', name: 'brief', text: 'help', to: 'the asker only', isPrivate: true, says: /\/ask/ },
    { what: 'today’s brief', name: 'brief', text: '', to: 'the channel', isPrivate: false, says: /Florida/ },
  ])('shows $what to $to', async ({ name, text, isPrivate, says }) => {
    driver = makeDriver();
    await driver.start();
    const sent = await driver.command(name, text);
    expect(sent.isPrivate).toBe(isPrivate);
    expect(sent.text).toMatch(says);
  });
});

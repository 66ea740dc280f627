// Issue 5, done when: the bot started with DISCORD_TOKEN, DISCORD_APP_ID, DISCORD_GUILD_ID and
// DISCORD_API_URL registers /brief and /ask in the server, defers /ask and then edits in the answer,
// answers a mention, and still delivers when Discord answers 429. The bot is a real child process; Discord
// is a local stand-in (REST and gateway) that records what the bot sent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startDiscordStandin, type DiscordStandin, type RecordedRequest } from '../standins/discord.ts';
import { spawnBot, stopAllProcesses, type BotProcess } from './support/bot-process.ts';
import { freePort } from './support/free-port.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const TOKEN = 'acceptance-discord-bot-token-0123456789';
const WAIT_MS = 30_000;
/** The seed sentence that says 390 people came home (seeds/002_…, Bloomberg). */
const SOURCE_SENTENCE = 'President Volodymyr Zelenskiy said Ukraine took in 390 people from captivity in Russia';

let standin: DiscordStandin;

beforeEach(async () => {
  standin = await startDiscordStandin({ token: TOKEN });
});

afterEach(async () => {
  await stopAllProcesses();
  await standin.close();
  removeTempDirs();
});

/** `npm start` with the Discord settings; resolves once the bot has logged in to the gateway. */
async function startBot(): Promise<BotProcess> {
  const bot = spawnBot({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APP_ID: standin.ids.appId,
    DISCORD_GUILD_ID: standin.ids.guildId,
    DISCORD_API_URL: standin.apiUrl,
    PORT: String(await freePort()),
    BRIEFING_DB: tempDatabase(),
  });
  await Promise.race([
    standin.gateway.waitForIdentify(1, WAIT_MS),
    bot.exited.then(() => Promise.reject(new Error(`the bot exited before logging in:\n${bot.stderr.join('\n')}`))),
  ]);
  return bot;
}

function textOf(request: RecordedRequest): string {
  return JSON.stringify(request.body);
}

describe('the bot started with DISCORD_TOKEN, DISCORD_APP_ID, DISCORD_GUILD_ID and DISCORD_API_URL', { timeout: 90_000 }, () => {
  it('registers /brief and /ask in the configured server', async () => {
    await startBot();
    const put = await standin.waitForRequest({ method: 'PUT', path: `/applications/${standin.ids.appId}/guilds/${standin.ids.guildId}/commands` }, WAIT_MS);
    expect(put.status).toBe(200);
    expect(standin.commands(standin.ids.guildId).map((c) => c.name)).toEqual(['brief', 'ask']);
    expect(standin.commands(null)).toEqual([]);
  });

  it('defers /ask how many were exchanged?, then edits in 390 with the quoted source sentence and its outlet', async () => {
    await startBot();
    const sent = standin.sendInteraction({ name: 'ask', options: { question: 'how many were exchanged?' } });
    const patch = await standin.waitForRequest({ method: 'PATCH', path: `/webhooks/${standin.ids.appId}/${sent.token}/messages/@original` }, WAIT_MS);

    const callback = await standin.waitForInteractionCallback(sent.id, WAIT_MS);
    expect(callback.type).toBe(5);
    expect(callback.at).toBeLessThanOrEqual(patch.at);
    expect(patch.status).toBe(200);
    expect((patch.body as { content?: string }).content).toMatch(/\b390\b/);
    expect(textOf(patch)).toContain(`> ${SOURCE_SENTENCE}`);
    expect(textOf(patch)).toContain('Bloomberg');
  });

  it('answers a mention asking who mediated previous prisoner swaps with a reply naming the United Arab Emirates', async () => {
    await startBot();
    const question = standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true });
    const reply = await standin.waitForBotMessage((m) => m.message_reference?.message_id === question, WAIT_MS);
    expect(reply.channel_id).toBe(standin.ids.channelId);
    expect(reply.content).toContain('United Arab Emirates');
  });

  it('still delivers its reply, once, when Discord answers the post with 429', async () => {
    await startBot();
    const route = `/channels/${standin.ids.channelId}/messages`;
    standin.failNext({ method: 'POST', path: route }, { status: 429, retryAfter: 0.5 });
    const question = standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true });

    const reply = await standin.waitForBotMessage((m) => m.message_reference?.message_id === question, WAIT_MS);
    expect(reply.content).toContain('United Arab Emirates');
    expect(standin.requests.filter((r) => r.method === 'POST' && r.path === route).map((r) => r.status)).toEqual([429, 200]);
    expect(standin.botMessages()).toHaveLength(1);
  });
});

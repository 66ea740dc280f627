// Mentions and DMs: answered as a reply to the message; follow-ups in a thread or DM keep their context.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThreadMemory, resolveFollowUp, threadKey } from '../../../src/chat/thread-context.ts';
import type { APIMessage } from '../../standins/discord.ts';
import { startBot, stopBots, type Bot } from './bot-harness.ts';

afterEach(stopBots);

const NEWS = '300000000000000001';
const SPORTS = '300000000000000002';
/** What the chat layer makes of "and soldiers?" after "how many civilians were freed?" in one conversation. */
const FOLLOW_UP = resolveFollowUp('how many civilians were freed?', 'and soldiers?');

function replyTo(bot: Bot, messageId: string): Promise<APIMessage> {
  return bot.standin.waitForBotMessage((m) => m.message_reference?.message_id === messageId);
}

describe('Discord mentions and DMs', () => {
  it('answers a mention in a channel as a reply to that message', async () => {
    const bot = await startBot();
    const question = bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true });
    const reply = await replyTo(bot, question);
    expect(reply.channel_id).toBe(bot.standin.ids.channelId);
    expect(reply.content).toContain('United Arab Emirates');
  });

  it('reads a follow-up mention in a thread in the light of the question before it', async () => {
    const threads = new ThreadMemory();
    const bot = await startBot({ chat: () => ({ threads }) });
    const starter = bot.standin.sendMessage({ content: 'The prisoner swap' });
    const threadId = bot.standin.createThread(bot.standin.ids.channelId, starter, 'The prisoner swap');
    const first = bot.standin.sendMessage({ content: 'how many civilians were freed?', mentionsBot: true, threadOf: starter });
    expect((await replyTo(bot, first)).channel_id).toBe(threadId);
    const followUp = bot.standin.sendMessage({ content: 'and soldiers?', mentionsBot: true, threadOf: starter });
    const reply = await replyTo(bot, followUp);
    expect(reply.channel_id).toBe(threadId);
    expect(reply.content).toContain('270');
    expect(threads.lastQuestion(threadKey('discord', bot.standin.ids.channelId, threadId))).toBe(FOLLOW_UP);
  });

  it('keeps the context when the follow-up comes in a thread started from the first question', async () => {
    const threads = new ThreadMemory();
    const bot = await startBot({ chat: () => ({ threads }) });
    const first = bot.standin.sendMessage({ content: 'how many civilians were freed?', mentionsBot: true });
    await replyTo(bot, first);
    const followUp = bot.standin.sendMessage({ content: 'and soldiers?', mentionsBot: true, threadOf: first });
    expect((await replyTo(bot, followUp)).channel_id).toBe(first);
    expect(threads.lastQuestion(threadKey('discord', bot.standin.ids.channelId, first))).toBe(FOLLOW_UP);
  });

  it('answers a DM without a mention, and not its own reply echoed back', async () => {
    const bot = await startBot();
    const question = bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', dm: true });
    const reply = await replyTo(bot, question);
    expect(reply.content).toContain('United Arab Emirates');
    const dmChannel = reply.channel_id;
    expect(dmChannel).not.toBe(bot.standin.ids.channelId);
    const next = bot.standin.sendMessage({ content: 'how many were exchanged?', dm: true });
    await replyTo(bot, next);
    expect(bot.standin.botMessages(dmChannel)).toHaveLength(2);
  });

  it('ignores a mention from another bot', async () => {
    const bot = await startBot();
    bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true, bot: true });
    const fromHuman = bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true });
    await replyTo(bot, fromHuman);
    expect(bot.standin.botMessages().map((m) => m.message_reference?.message_id)).toEqual([fromHuman]);
  });

  it('waits out a 429 on posting the reply and delivers it once', async () => {
    const bot = await startBot();
    const route = `/channels/${bot.standin.ids.channelId}/messages`;
    bot.standin.failNext({ method: 'POST', path: route }, { status: 429, retryAfter: 0.2 });
    const question = bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true });
    await replyTo(bot, question);
    expect(bot.standin.requests.filter((r) => r.method === 'POST' && r.path === route).map((r) => r.status)).toEqual([429, 200]);
    expect(bot.standin.botMessages()).toHaveLength(1);
  });

  it.each([
    { code: 50013, message: 'Missing Permissions' },
    { code: 50001, message: 'Missing Access' },
  ])('logs which channel refused ($message) and what to grant, then serves the next channel', async ({ code, message }) => {
    const bot = await startBot({ standin: { channels: [{ id: NEWS, name: 'news' }, { id: SPORTS, name: 'sports' }] } });
    bot.standin.failNext({ method: 'POST', path: `/channels/${NEWS}/messages` }, { status: 403, code, message });
    bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true, channelId: NEWS });
    const other = bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true, channelId: SPORTS });
    expect((await replyTo(bot, other)).content).toContain('United Arab Emirates');
    await vi.waitFor(() => expect(bot.logs.find((l) => l.startsWith('[warn] Discord refused'))).toBeDefined(), { timeout: 5000 });
    const line = bot.logs.find((l) => l.startsWith('[warn] Discord refused')) ?? '';
    expect(line).toContain(`#news (${NEWS})`);
    expect(line).toContain(message);
    expect(line).toMatch(/grant the bot View Channel, Send Messages, Embed Links and Read Message History in that channel/);
  });

  it('answers a mention after the gateway disconnects and resumes', async () => {
    const bot = await startBot();
    bot.standin.gateway.disconnect(4000);
    await bot.standin.gateway.waitForResume(1);
    await vi.waitFor(() => expect(bot.logs).toContain('[info] Discord gateway resumed'), { timeout: 5000 });
    const question = bot.standin.sendMessage({ content: 'who mediated previous prisoner swaps?', mentionsBot: true });
    expect((await replyTo(bot, question)).content).toContain('United Arab Emirates');
    expect(bot.standin.gateway.identified).toBe(1);
  });
});

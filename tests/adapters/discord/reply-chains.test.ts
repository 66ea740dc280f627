// Discord reply chains: replying to one of the bot's answers (reply ping on) continues that conversation.
import { afterEach, describe, expect, it } from 'vitest';
import type { APIMessage } from '../../standins/discord.ts';
import { startBot, stopBots, type Bot } from './bot-harness.ts';

afterEach(stopBots);

function replyTo(bot: Bot, messageId: string): Promise<APIMessage> {
  return bot.standin.waitForBotMessage((m) => m.message_reference?.message_id === messageId);
}

describe('Discord reply chains', () => {
  it('answers a reply to its answer in the light of the question before, as a reply, twice down the chain', async () => {
    const bot = await startBot();
    const question = bot.standin.sendMessage({ content: 'how many were exchanged?', mentionsBot: true });
    const first = await replyTo(bot, question);
    expect(first.content).toMatch(/^390\b/);

    const followUp = bot.standin.sendMessage({ content: 'and civilians?', replyTo: first.id });
    const second = await replyTo(bot, followUp);
    expect(second.content).toMatch(/^120 civilians\b/);

    const another = bot.standin.sendMessage({ content: 'and soldiers?', replyTo: second.id });
    const third = await replyTo(bot, another);
    expect(third.content).toMatch(/^270 Ukrainian soldiers\b/);
  });

  it('continues from an /ask answer when someone replies to it', async () => {
    const bot = await startBot();
    bot.standin.sendInteraction({ name: 'ask', options: { question: 'how many were exchanged?' } });
    const answer = await bot.standin.waitForBotMessage((m) => m.content.startsWith('390') && (m.flags ?? 0) === 0);
    const followUp = bot.standin.sendMessage({ content: 'and civilians?', replyTo: answer.id });
    expect((await replyTo(bot, followUp)).content).toMatch(/^120 civilians\b/);
  });

  it('continues after a restart, from the question kept with the answer its buttons name', async () => {
    const bot = await startBot();
    const question = bot.standin.sendMessage({ content: 'how many were exchanged?', mentionsBot: true });
    const answer = await replyTo(bot, question);
    await bot.restart();
    const followUp = bot.standin.sendMessage({ content: 'and civilians?', replyTo: answer.id });
    expect((await replyTo(bot, followUp)).content).toMatch(/^120 civilians\b/);
  });

  it('continues a DM reply even with the ping off (the bot reads every DM)', async () => {
    const bot = await startBot();
    const question = bot.standin.sendMessage({ content: 'how many were exchanged?', dm: true });
    const answer = await replyTo(bot, question);
    const followUp = bot.standin.sendMessage({ content: 'and civilians?', dm: true, replyTo: answer.id, pingReply: false });
    expect((await replyTo(bot, followUp)).content).toMatch(/^120 civilians\b/);
  });

  it('does not see a reply sent with the ping off (no mention, so no content without Message Content)', async () => {
    const bot = await startBot();
    const question = bot.standin.sendMessage({ content: 'how many were exchanged?', mentionsBot: true });
    const answer = await replyTo(bot, question);
    const silent = bot.standin.sendMessage({ content: 'and civilians?', replyTo: answer.id, pingReply: false });
    const pinged = bot.standin.sendMessage({ content: 'and civilians?', replyTo: answer.id });
    await replyTo(bot, pinged);
    expect(bot.standin.botMessages().map((m) => m.message_reference?.message_id)).toEqual([question, pinged]);
    expect(bot.standin.messages.find((m) => m.id === silent)?.mentions).toEqual([]);
  });
});

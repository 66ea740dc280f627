// Feedback buttons on Discord: a row under every answer, a click acked at once (type 6), recorded once per user.
import { afterEach, describe, expect, it } from 'vitest';
import type { APIMessage } from '../../standins/discord.ts';
import { startBot, stopBots, type Bot } from './bot-harness.ts';

afterEach(stopBots);

const EPHEMERAL = 64;
const READER = { id: '400000000000000009', username: 'reader2' };

async function answerToMention(bot: Bot, question: string): Promise<APIMessage> {
  const asked = bot.standin.sendMessage({ content: question, mentionsBot: true });
  return bot.standin.waitForBotMessage((m) => m.message_reference?.message_id === asked);
}

function customIds(message: APIMessage): string[] {
  return (message.components ?? []).flatMap((row) => ('components' in row ? row.components.flatMap((c) => ('custom_id' in c ? [c.custom_id] : [])) : []));
}

/** Click a button and return the ephemeral note the clicker got as a follow-up. */
async function clickAndReadNote(bot: Bot, message: APIMessage, customId: string, user: string | typeof READER = READER, forged = false): Promise<APIMessage> {
  const sent = bot.standin.clickButton({ messageId: message.id, customId, user, forged });
  const callback = await bot.standin.waitForInteractionCallback(sent.id);
  expect(callback.type).toBe(6);
  const followUp = await bot.standin.waitForRequest({ method: 'POST', path: `/webhooks/${bot.standin.ids.appId}/${sent.token}` });
  expect(followUp.status).toBe(200);
  return followUp.response as APIMessage;
}

describe('Discord feedback buttons', () => {
  it('put feedback:up / feedback:down buttons carrying the answer id under a mention’s answer', async () => {
    const bot = await startBot();
    const answer = await answerToMention(bot, 'how many were exchanged?');
    const [up, down] = customIds(answer);
    const id = up?.replace('feedback:up:', '') ?? '';
    expect([up, down]).toEqual([`feedback:up:${id}`, `feedback:down:${id}`]);
    expect((await bot.feedback.findAnswer(id, new Date('2025-05-24T07:00:00Z')))?.text).toMatch(/^390\b/);
  });

  it('put the buttons under an /ask answer too', async () => {
    const bot = await startBot();
    const sent = bot.standin.sendInteraction({ name: 'ask', options: { question: 'how many were exchanged?' } });
    const edit = await bot.standin.waitForRequest({ method: 'PATCH', path: `/webhooks/${bot.standin.ids.appId}/${sent.token}/messages/@original` });
    expect(edit.status).toBe(200);
    expect(customIds(edit.response as APIMessage).map((c) => c.split(':').slice(0, 2).join(':'))).toEqual(['feedback:up', 'feedback:down']);
  });

  it('acks a click with a deferred update, records it with the answer, and tells the clicker privately', async () => {
    const bot = await startBot();
    const answer = await answerToMention(bot, 'how many were exchanged?');
    const note = await clickAndReadNote(bot, answer, customIds(answer)[1] ?? '');
    expect(note.flags ?? 0).toBe(EPHEMERAL);
    expect(note.content).toContain('marked as wrong or unsupported');
    const [entry] = await bot.feedback.list();
    expect(entry).toMatchObject({ verdict: 'down', userId: READER.id, platform: 'discord', channelId: bot.standin.ids.channelId, question: 'how many were exchanged?', engine: 'offline' });
    expect(entry?.answer).toMatch(/^390\b/);
  });

  it('changes the verdict when the same user clicks the other button, keeping one record', async () => {
    const bot = await startBot();
    const answer = await answerToMention(bot, 'how many were exchanged?');
    const [up, down] = customIds(answer);
    await clickAndReadNote(bot, answer, up ?? '');
    const note = await clickAndReadNote(bot, answer, down ?? '');
    expect(note.content).toBe('Vote changed: this answer is now marked as wrong or unsupported.');
    expect((await bot.feedback.list()).map((f) => [f.userId, f.verdict])).toEqual([[READER.id, 'down']]);
  });

  it('answers a click on an answer it no longer knows with a polite private note, recording nothing', async () => {
    const bot = await startBot();
    const answer = await answerToMention(bot, 'how many were exchanged?');
    const note = await clickAndReadNote(bot, answer, 'feedback:up:Zz9Zz9Zz9Zz9', READER, true);
    expect(note.flags ?? 0).toBe(EPHEMERAL);
    expect(note.content).toContain('I no longer have that answer');
    expect(await bot.feedback.list()).toEqual([]);
  });
});

// Slash commands: acknowledged at once (a deferred reply), then answered by editing it, with follow-ups
// for what does not fit, and private answers only to the asker.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ScheduleCommands, ScheduleSubcommand } from '../../../src/chat/context.ts';
import type { ChatEvent } from '../../../src/chat/types.ts';
import type { RecordedRequest } from '../../standins/discord.ts';
import { bodyOf, startBot, stopBots, textOf, type Bot } from './bot-harness.ts';
import { syntheticDigest } from '../../support/synthetic-digest.ts';

afterEach(stopBots);

const EPHEMERAL = 64;

function webhookPath(bot: Bot, token: string, rest = ''): string {
  return `/webhooks/${bot.standin.ids.appId}/${token}${rest}`;
}

async function editedReply(bot: Bot, token: string): Promise<RecordedRequest> {
  return bot.standin.waitForRequest({ method: 'PATCH', path: webhookPath(bot, token, '/messages/@original') });
}

function embedTitles(request: RecordedRequest): string[] {
  return (bodyOf(request).embeds ?? []).map((e) => String(e.title));
}

interface ScheduleCall {
  subcommand: ScheduleSubcommand;
  args: string;
  event: Extract<ChatEvent, { kind: 'command' }>;
}

/** The schedule side of /brief, recording what the adapter forwarded. */
function recordingSchedule(calls: ScheduleCall[]): ScheduleCommands {
  return {
    run: async (subcommand, args, event) => {
      calls.push({ subcommand, args, event });
      return { kind: 'notice', tone: 'success', text: 'Subscribed.' };
    },
  };
}

describe('Discord slash commands', () => {
  it('defers /ask within the window, then edits in the answer with 390 and a quoted source sentence with its outlet', async () => {
    const bot = await startBot();
    const sent = bot.standin.sendInteraction({ name: 'ask', options: { question: 'how many were exchanged?' } });
    const patch = await editedReply(bot, sent.token);
    const callback = await bot.standin.waitForInteractionCallback(sent.id);
    expect(callback.type).toBe(5);
    expect(callback.at).toBeLessThanOrEqual(patch.at);
    expect(bodyOf(patch).content).toContain('390');
    expect(textOf(patch)).toContain('> President Volodymyr Zelenskiy said Ukraine took in 390 people from captivity in Russia');
    expect(textOf(patch)).toContain('Bloomberg');
    expect(patch.status).toBe(200);
  });

  it('answers /brief with each seed story as an embed with its sources', async () => {
    const bot = await startBot();
    const sent = bot.standin.sendInteraction({ name: 'brief', subcommand: 'today' });
    const patch = await editedReply(bot, sent.token);
    expect(embedTitles(patch)).toEqual([
      'Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners',
      'US, Russian officials to meet in Florida for more Ukraine talks',
    ]);
    expect(bodyOf(patch).embeds?.[0]).toMatchObject({ fields: [expect.objectContaining({ name: 'Sources', value: expect.stringContaining('Bloomberg') })] });
    expect(patch.status).toBe(200);
  });

  it('answers /brief help privately with the usage of every command and examples', async () => {
    const bot = await startBot();
    const sent = bot.standin.sendInteraction({ name: 'brief', subcommand: 'help' });
    const patch = await editedReply(bot, sent.token);
    const callback = await bot.standin.waitForInteractionCallback(sent.id);
    expect(callback).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    const fields = (bodyOf(patch).embeds?.[0]?.fields ?? []) as Array<{ name: string; value: string }>;
    expect(fields.map((f) => f.name)).toEqual(expect.arrayContaining(['/brief subscribe 07:30 Europe/Kyiv [daily|weekdays|weekends|mon,wed,fri]', '/ask <question>', 'Examples']));
    expect(fields.find((f) => f.name === 'Examples')?.value).toContain('`/ask how many prisoners were exchanged?`');
  });

  it.each([
    { who: 'the server owner', input: {}, canManageChannel: true },
    { who: 'a member without Manage Channels', input: { user: { id: '400000000000000007', username: 'member' } }, canManageChannel: false },
    { who: 'anyone in a DM', input: { dm: true }, canManageChannel: true },
  ])('forwards /brief subscribe from $who as "07:30 Europe/Kyiv weekdays" with canManageChannel $canManageChannel', async ({ input, canManageChannel }) => {
    const calls: ScheduleCall[] = [];
    const bot = await startBot({ chat: () => ({ schedule: recordingSchedule(calls) }) });
    const sent = bot.standin.sendInteraction({
      name: 'brief',
      subcommand: 'subscribe',
      options: [
        { name: 'time', type: 3, value: '07:30' },
        { name: 'timezone', type: 3, value: 'Europe/Kyiv' },
        { name: 'days', type: 3, value: 'weekdays' },
      ],
      ...input,
    });
    await editedReply(bot, sent.token);
    expect(calls).toEqual([
      { subcommand: 'subscribe', args: '07:30 Europe/Kyiv weekdays', event: expect.objectContaining({ platform: 'discord', channelId: sent.channelId, canManageChannel }) },
    ]);
  });

  it('forwards /brief unsubscribe without a time as the bare subcommand', async () => {
    const calls: ScheduleCall[] = [];
    const bot = await startBot({ chat: () => ({ schedule: recordingSchedule(calls) }) });
    const sent = bot.standin.sendInteraction({ name: 'brief', subcommand: 'unsubscribe' });
    await editedReply(bot, sent.token);
    expect(calls.map((c) => [c.subcommand, c.args, c.event.text])).toEqual([['unsubscribe', '', 'unsubscribe']]);
  });

  it('replaces a public "thinking…" with a private follow-up when the answer turns out private', async () => {
    const bot = await startBot();
    const sent = bot.standin.sendInteraction({ name: 'brief', subcommand: 'subscribe', options: { time: '07:30', timezone: 'Europe/Kyiv' } });
    const followUp = await bot.standin.waitForRequest({ method: 'POST', path: webhookPath(bot, sent.token) });
    expect(await bot.standin.waitForInteractionCallback(sent.id)).toMatchObject({ type: 5, data: {} });
    expect(bot.standin.requests.some((r) => r.method === 'DELETE' && r.path === webhookPath(bot, sent.token, '/messages/@original') && r.status === 204)).toBe(true);
    expect(bodyOf(followUp)).toMatchObject({ flags: EPHEMERAL, content: expect.stringContaining('Scheduled briefs are not available here') });
  });

  it('splits a 60-story digest into an edited reply and follow-ups that Discord accepts, dropping no story', async () => {
    const digest = syntheticDigest({ stories: 60, bulletsPerStory: 4, bulletLength: 300 });
    const bot = await startBot({ chat: (briefing) => ({ briefing: { ...briefing, digest: async () => digest } }) });
    const sent = bot.standin.sendInteraction({ name: 'brief' });
    const patch = await editedReply(bot, sent.token);
    const lastHeadline = digest.stories.at(-1)?.headline;
    await bot.standin.waitForBotMessage((m) => m.embeds.some((e) => e.title === lastHeadline));
    const followUps = bot.standin.requests.filter((r) => r.method === 'POST' && r.path === webhookPath(bot, sent.token));
    expect(followUps.length).toBeGreaterThanOrEqual(5);
    const shown = [patch, ...followUps].flatMap(embedTitles).filter((t) => !t.endsWith('(continued)'));
    expect(shown).toEqual(digest.stories.map((s) => s.headline));
    expect([patch, ...followUps].map((r) => r.status)).toEqual([patch, ...followUps].map(() => 200));
  });

  it('logs an interaction that expired before it was acknowledged and keeps answering the next one', async () => {
    const bot = await startBot();
    bot.standin.failNext({ method: 'POST', path: /^\/interactions\/.*\/callback$/ }, { status: 404, code: 10062, message: 'Unknown interaction' });
    bot.standin.sendInteraction({ name: 'brief', subcommand: 'help' });
    const next = bot.standin.sendInteraction({ name: 'ask', options: { question: 'how many were exchanged?' } });
    expect(bodyOf(await editedReply(bot, next.token)).content).toContain('390');
    await vi.waitFor(() => expect(bot.logs.join('\n')).toContain('Discord interaction expired before it was acknowledged'), { timeout: 5000 });
    expect(bot.logs.join('\n')).not.toContain('Discord command failed');
  });
});

describe('Discord adapter stopping', () => {
  it('finishes an answer it already deferred before stop() resolves (the process exits right after)', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const bot = await startBot({ chat: (briefing) => ({ briefing: { ...briefing, ask: async (q) => gate.then(() => briefing.ask(q)) } }) });
    const sent = bot.standin.sendInteraction({ name: 'ask', options: { question: 'how many were exchanged?' } });
    await bot.standin.waitForInteractionCallback(sent.id);

    const stopped = bot.adapter.stop();
    let isStopped = false;
    void stopped.then(() => (isStopped = true));
    await new Promise((resolve) => setTimeout(resolve, 300)); // time for a client to be destroyed
    expect(isStopped).toBe(false);
    release();
    await stopped;

    const patch = bot.standin.requests.find((r) => r.method === 'PATCH' && r.path === webhookPath(bot, sent.token, '/messages/@original'));
    expect(patch && bodyOf(patch).content).toContain('390');
  });
});

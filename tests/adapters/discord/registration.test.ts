// Start-up: the slash commands are registered from the chat layer's definitions, then the bot logs in.
import { afterEach, describe, expect, it } from 'vitest';
import { startBot, startStandinAndBot, stopBots } from './bot-harness.ts';

afterEach(stopBots);

describe('Discord start-up', () => {
  it('registers /brief with its six subcommands and /ask with a required question in the configured server', async () => {
    const { standin } = await startBot();
    const put = await standin.waitForRequest({ method: 'PUT', path: `/applications/${standin.ids.appId}/guilds/${standin.ids.guildId}/commands` });
    expect(put.status).toBe(200);
    const commands = standin.commands(standin.ids.guildId);
    expect(commands.map((c) => c.name)).toEqual(['brief', 'ask']);
    const brief = commands.find((c) => c.name === 'brief');
    expect(brief?.options?.map((o) => [o.type, o.name])).toEqual([
      [1, 'today'], [1, 'help'], [1, 'subscribe'], [1, 'schedule'], [1, 'unsubscribe'], [1, 'preview'], [1, 'feeds'],
    ]);
    const subscribe = brief?.options?.find((o) => o.name === 'subscribe');
    expect(subscribe).toMatchObject({ options: [
      { type: 3, name: 'time', required: true },
      { type: 3, name: 'timezone', required: true },
      { type: 3, name: 'days', required: false },
    ] });
    expect(brief?.options?.find((o) => o.name === 'feeds')).toMatchObject({ options: [
      { type: 3, name: 'action', required: false, choices: [{ name: 'add', value: 'add' }, { name: 'remove', value: 'remove' }] },
      { type: 3, name: 'url', required: false },
    ] });
    expect(commands.find((c) => c.name === 'ask')?.options).toEqual([expect.objectContaining({ type: 3, name: 'question', required: true })]);
  });

  it('registers the commands globally when no server is configured', async () => {
    const { standin } = await startBot({ guildId: null });
    expect(standin.commands(null).map((c) => c.name)).toEqual(['brief', 'ask']);
    expect(standin.commands(standin.ids.guildId)).toEqual([]);
  });

  it('overwrites the registration on every start, leaving the same two commands in place', async () => {
    const { standin, adapter } = await startBot();
    const before = standin.commands(standin.ids.guildId).map((c) => `${c.name} ${c.id} ${c.version}`);
    await adapter.stop();
    await adapter.start();
    expect(standin.requests.filter((r) => r.method === 'PUT' && r.status === 200)).toHaveLength(2);
    expect(standin.commands(standin.ids.guildId).map((c) => `${c.name} ${c.id} ${c.version}`)).toEqual(before);
  });

  it('rejects start() with one clear line naming DISCORD_TOKEN when the token is wrong', async () => {
    const { bot, start } = await startStandinAndBot({ token: 'not-the-bots-token-at-all' });
    const failure = await start().then(() => undefined, (err: unknown) => err);
    expect(failure).toBeInstanceOf(Error);
    const message = (failure as Error).message;
    expect(message).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\): copy the bot token again/);
    expect(message).not.toContain('\n');
    expect(message).not.toContain('not-the-bots-token-at-all');
    expect(bot.standin.commands(bot.standin.ids.guildId)).toEqual([]);
  });
});

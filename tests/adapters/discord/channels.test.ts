// post() and checkChannel(): what the scheduler and /brief subscribe use to reach a channel.
import { afterEach, describe, expect, it } from 'vitest';
import { seedBriefing, startBot, stopBots } from './bot-harness.ts';
import { syntheticDigest } from '../../support/synthetic-digest.ts';

afterEach(stopBots);

const NEWS = '300000000000000001';
const CATEGORY = '300000000000000009';
const UNKNOWN = '399999999999999999';

describe('Discord channels', () => {
  it('posts a scheduled digest in a channel with one embed per seed story', async () => {
    const bot = await startBot();
    await bot.adapter.post(NEWS, { kind: 'digest', digest: await seedBriefing().digest(), heading: 'Morning brief' });
    const [message, ...rest] = bot.standin.botMessages(NEWS);
    expect(rest).toEqual([]);
    expect(message?.content).toMatch(/^\*\*Morning brief\*\*\n/);
    expect(message?.embeds.map((e) => e.title)).toEqual([
      'Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners',
      'US, Russian officials to meet in Florida for more Ukraine talks',
    ]);
  });

  it('posts a 60-story digest as several messages that Discord accepts, dropping no story', async () => {
    const bot = await startBot();
    await bot.adapter.post(NEWS, { kind: 'digest', digest: syntheticDigest({ stories: 60, bulletsPerStory: 4, bulletLength: 300 }) });
    const posts = bot.standin.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${NEWS}/messages`);
    expect(posts.length).toBeGreaterThan(1);
    expect(posts.every((r) => r.status === 200)).toBe(true);
    const titles = bot.standin.botMessages(NEWS).flatMap((m) => m.embeds.map((e) => e.title ?? ''));
    expect(new Set(titles.filter((t) => !t.endsWith('(continued)'))).size).toBe(60);
  });

  it('rejects a post the channel refuses with a sentence naming the channel and the permissions to grant', async () => {
    const bot = await startBot();
    bot.standin.failNext({ method: 'POST', path: `/channels/${NEWS}/messages` }, { status: 403, code: 50013, message: 'Missing Permissions' });
    await expect(bot.adapter.post(NEWS, { kind: 'notice', tone: 'info', text: 'Good morning' })).rejects.toThrow(
      `Discord refused to let the bot post in #news (${NEWS}) (Missing Permissions): grant the bot View Channel, Send Messages, Embed Links and Read Message History in that channel`,
    );
  });

  it('rejects a post to a channel that does not exist', async () => {
    const bot = await startBot();
    await expect(bot.adapter.post(UNKNOWN, { kind: 'notice', tone: 'info', text: 'Good morning' })).rejects.toThrow(
      `cannot post in Discord channel ${UNKNOWN}: it does not exist or the bot cannot see it (grant View Channel)`,
    );
  });

  it.each([
    { what: 'a text channel the bot may post in', channelId: NEWS, problem: undefined },
    { what: 'a channel it cannot see', channelId: UNKNOWN, problem: 'I can’t see this channel: add me to it, or give me the View Channel permission there.' },
    { what: 'a category', channelId: CATEGORY, problem: '#briefs is not a text channel, so I can’t post briefs there.' },
  ])('checkChannel answers for $what', async ({ channelId, problem }) => {
    const bot = await startBot({ standin: { channels: [{ id: NEWS, name: 'news' }, { id: CATEGORY, name: 'briefs', type: 4 }] } });
    expect(await bot.adapter.checkChannel?.(channelId)).toBe(problem);
  });
});

import { describe, expect, it } from 'vitest';
import type { ChatContext } from '../../src/chat/context.ts';
import { handleEvent } from '../../src/chat/handle-event.ts';
import { ThreadMemory } from '../../src/chat/thread-context.ts';
import type { ChatEvent } from '../../src/chat/types.ts';
import { createBriefing } from '../../src/core/briefing.ts';
import type { SyncProgress, SyncReport } from '../../src/core/library.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';
import { silentLogger } from '../../src/log.ts';
import { loadSeedLibrary, NOW } from '../support/seeds.ts';

/** A briefing whose first build has read `done` of `total` files and waits there until released. */
async function buildingBriefing(done: number, total: number) {
  let finish: () => void = () => undefined;
  const briefing = createBriefing({
    library: loadSeedLibrary(),
    engine: createOfflineEngine(),
    now: () => NOW,
    isBuilt: () => false,
    update: (onProgress: (p: SyncProgress) => void) =>
      new Promise<SyncReport>((resolve) => {
        onProgress({ done, total });
        finish = () => resolve({ added: total, changed: 0, removed: 0, touched: 0, unchanged: 0, expired: 0, warnings: [] });
      }),
  });
  const reloaded = briefing.reload();
  await new Promise((started) => setImmediate(started));
  return { briefing, release: async () => (finish(), await reloaded) };
}

const contextOf = (briefing: ChatContext['briefing']): ChatContext => ({ briefing, threads: new ThreadMemory(), log: silentLogger, now: () => NOW });
const ask: ChatEvent = { kind: 'command', name: 'ask', text: 'How many prisoners were exchanged?', platform: 'slack', channelId: 'C1', userId: 'U1' };
const brief: ChatEvent = { kind: 'command', name: 'brief', text: '', platform: 'slack', channelId: 'C1', userId: 'U1' };
const mention: ChatEvent = { kind: 'mention', text: 'how many prisoners were exchanged?', platform: 'discord', channelId: 'C2', threadId: 'T2', userId: 'U2', isDirect: false };

describe('while the first build of the story index runs', () => {
  it.each([
    ['/ask', ask],
    ['/brief', brief],
    ['a mention', mention],
  ])('answers %s with how far indexing has got', async (_name, event) => {
    const { briefing, release } = await buildingBriefing(2_400, 10_000);
    const reply = await handleEvent(event, contextOf(briefing));
    expect(reply).toMatchObject({ kind: 'notice', text: 'Still indexing, 2,400 of 10,000 story files so far. Ask again in a minute.' });
    await release();
  });

  it('answers as usual once the build has finished', async () => {
    const { briefing, release } = await buildingBriefing(10, 10);
    await release();
    expect(await handleEvent(ask, contextOf(briefing))).toMatchObject({ kind: 'answer', answer: { kind: 'answered' } });
  });
});

// The morning brief on Discord, end to end: /brief subscribe through the real adapter and the real schedule
// commands, then the scheduler (with an injected clock) posts the slot once through the adapter.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduleCommands } from '../../../src/chat/commands/subscribe.ts';
import type { Reply } from '../../../src/chat/types.ts';
import { createLogger } from '../../../src/log.ts';
import { createScheduler, type Scheduler } from '../../../src/schedule/scheduler.ts';
import { openSqliteStore, type Store } from '../../../src/store/store.ts';
import type { Adapter } from '../../../src/adapters/adapter.ts';
import { startStandinAndBot, stopBots, textOf } from './bot-harness.ts';

// 07:30 in Kyiv on Saturday 24 May 2025 is 04:30 UTC (summer time, UTC+3).
const SUBSCRIBED_AT = new Date('2025-05-24T04:00:00Z');
const SLOT = new Date('2025-05-24T04:30:00Z');

let db: Store | undefined;
let folder: string | undefined;

afterEach(async () => {
  await stopBots();
  await db?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
  db = undefined;
  folder = undefined;
});

describe('a Discord channel subscribed with /brief subscribe', () => {
  it('gets exactly one brief at its slot, even when the scheduler runs the slot twice', async () => {
    folder = mkdtempSync(join(tmpdir(), 'briefing-discord-schedule-'));
    db = openSqliteStore(join(folder, 'briefing.sqlite'));
    const store = db;
    let clock = SUBSCRIBED_AT;
    let scheduler: Scheduler | undefined;
    let adapter: Adapter | undefined;
    const { bot, start } = await startStandinAndBot({
      chat: (briefing) => {
        scheduler = createScheduler({
          store,
          briefing,
          log: createLogger('silent'),
          now: () => clock,
          post: (channel, reply: Reply) => adapter!.post(channel.channelId, reply),
        });
        return { now: () => clock, schedule: createScheduleCommands({ subscriptions: store.subscriptions, preview: (channel) => scheduler!.previewFor(channel) }) };
      },
    });
    adapter = bot.adapter;
    await start();
    const channelId = bot.standin.ids.channelId;

    const interaction = bot.standin.sendInteraction({ name: 'brief', subcommand: 'subscribe', options: { time: '07:30', timezone: 'Europe/Kyiv' } });
    const confirmation = await bot.standin.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(interaction.token));
    expect(textOf(confirmation)).toContain('07:30 Europe/Kyiv');

    clock = SLOT;
    await scheduler!.runDueSlots(SLOT);
    await scheduler!.runDueSlots(new Date(SLOT.getTime() + 60_000));

    const posts = bot.standin.requests.filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);
    expect(posts).toHaveLength(1);
    expect(textOf(posts[0]!)).toContain('390');
  });
});

import { rmSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduleCommands, MAX_SUBSCRIPTIONS_PER_CHANNEL } from '../../src/chat/commands/subscribe.ts';
import type { ChatContext } from '../../src/chat/context.ts';
import { handleEvent } from '../../src/chat/handle-event.ts';
import { ThreadMemory } from '../../src/chat/thread-context.ts';
import type { ChatEvent, Platform } from '../../src/chat/types.ts';
import { createLogger, silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { openDatabase } from '../../src/store/db.ts';
import { openSqliteStore, type Store } from '../../src/store/store.ts';
import { createNewsroom, SWAP } from '../schedule/newsroom.ts';
import { makeTempFolder, type TempFolder } from '../store/temp-db.ts';

// Monday 24 November 2025, 12:00 in Kyiv.
const monday = new Date('2025-11-24T10:00:00Z');

let folder: TempFolder;
let store: Store;
let context: ChatContext;
let checkedChannels: string[];

beforeEach(() => {
  folder = makeTempFolder();
  store = openSqliteStore(folder.dbPath);
  checkedChannels = [];
  const { briefing } = createNewsroom({ 'swap.txt': SWAP });
  const scheduler = createScheduler({ store, briefing, post: async () => {}, log: silentLogger, now: () => monday });
  context = {
    briefing,
    threads: new ThreadMemory(),
    log: silentLogger,
    now: () => monday,
    schedule: createScheduleCommands({ subscriptions: store.subscriptions, preview: scheduler.previewFor }),
    checkChannel: async (channelId) => void checkedChannels.push(channelId),
  };
});
afterEach(async () => {
  await store.close();
  folder.remove();
});

function brief(text: string, extra: { platform?: Platform; channelId?: string; canManageChannel?: boolean } = {}) {
  const event: ChatEvent = { kind: 'command', name: 'brief', text, platform: 'slack', channelId: 'C0GENERAL', userId: 'U0ALICE', ...extra };
  return handleEvent(event, context);
}

const stored = async () => (await store.subscriptions.listAll()).map((s) => `${s.channel.platform}:${s.channel.channelId} ${s.hour}:${s.minute} ${s.zone} ${s.days.join(',')}`);

describe('/brief subscribe', () => {
  it('subscribes the channel and names the next post time in its zone and in UTC', async () => {
    expect(await brief('subscribe 07:30 Europe/Kyiv')).toEqual({
      kind: 'notice',
      tone: 'success',
      text: 'Subscribed: this channel gets the morning brief at 07:30 Europe/Kyiv, every day. Next brief: Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC).',
    });
    expect(await stored()).toEqual(['slack:C0GENERAL 7:30 Europe/Kyiv 1,2,3,4,5,6,7']);
  });

  it('names the next weekday when subscribing on a Friday evening for weekdays', async () => {
    context.now = () => new Date('2025-11-28T23:00:00Z');
    const reply = await brief('subscribe 06:00 America/New_York weekdays');
    expect(reply.kind === 'notice' && reply.text).toBe(
      'Subscribed: this channel gets the morning brief at 06:00 America/New_York, weekdays. Next brief: Mon 1 Dec, 06:00 America/New_York (11:00 UTC).',
    );
  });

  it('says the channel already has the same subscription instead of storing it twice', async () => {
    await brief('subscribe 07:30 Europe/Kyiv weekdays');
    const reply = await brief('subscribe 07:30 europe/kyiv mon,tue,wed,thu,fri');
    expect(reply.kind === 'notice' && reply.text).toBe(
      'This channel already gets the morning brief at 07:30 Europe/Kyiv, weekdays, so nothing changed. Next brief: Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC).',
    );
    expect(await stored()).toHaveLength(1);
  });

  it('refuses 25:99 Mars/Phobos privately, naming both problems, and keeps the earlier subscription', async () => {
    await brief('subscribe 07:30 Europe/Kyiv');
    expect(await brief('subscribe 25:99 Mars/Phobos')).toEqual({
      kind: 'notice',
      tone: 'error',
      isPrivate: true,
      text: '"25:99" is not a time of day: use HH:MM, like 07:30. "Mars/Phobos" is not a time zone: use an IANA name like Europe/Kyiv or America/New_York.',
    });
    const schedule = await brief('schedule');
    expect(schedule.kind === 'notice' && schedule.text).toContain('• 07:30 Europe/Kyiv, every day. Next: Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC)');
    expect(await stored()).toEqual(['slack:C0GENERAL 7:30 Europe/Kyiv 1,2,3,4,5,6,7']);
  });

  it('refuses an empty day list and stores nothing', async () => {
    const reply = await brief('subscribe 07:30 Europe/Kyiv ,');
    expect(reply).toEqual({ kind: 'notice', tone: 'error', isPrivate: true, text: 'The list of days is empty: use daily, weekdays, weekends or days like mon,wed,fri.' });
    expect(await stored()).toEqual([]);
  });

  it('refuses a Discord member without Manage Channels and stores nothing', async () => {
    const reply = await brief('subscribe 07:30 Europe/Kyiv', { platform: 'discord', channelId: '1234567890123456789', canManageChannel: false });
    expect(reply).toEqual({
      kind: 'notice',
      tone: 'error',
      isPrivate: true,
      text: 'Only members who can manage this channel (Manage Channels) can change its scheduled briefs. Ask a moderator to run this command.',
    });
    expect(await stored()).toEqual([]);
  });

  it('subscribes a Discord member who has Manage Channels', async () => {
    await brief('subscribe 07:30 Europe/Kyiv', { platform: 'discord', channelId: '1234567890123456789', canManageChannel: true });
    expect(await stored()).toEqual(['discord:1234567890123456789 7:30 Europe/Kyiv 1,2,3,4,5,6,7']);
  });

  it('reports a channel the bot cannot post in, and stores nothing', async () => {
    context.checkChannel = async () => 'I am not in this channel: invite me with /invite @briefing, then subscribe again.';
    expect(await brief('subscribe 07:30 Europe/Kyiv')).toEqual({
      kind: 'notice',
      tone: 'error',
      isPrivate: true,
      text: 'Not subscribed: I am not in this channel: invite me with /invite @briefing, then subscribe again.',
    });
    expect(await stored()).toEqual([]);
  });

  it('checks that the bot can post in the channel being subscribed', async () => {
    await brief('subscribe 07:30 Europe/Kyiv', { channelId: 'C0NEWS' });
    expect(checkedChannels).toEqual(['C0NEWS']);
  });

  it(`refuses an ${MAX_SUBSCRIPTIONS_PER_CHANNEL + 1}th subscription in one channel`, async () => {
    for (let hour = 0; hour < MAX_SUBSCRIPTIONS_PER_CHANNEL; hour++) await brief(`subscribe ${hour}:00 UTC`);
    const reply = await brief('subscribe 23:00 UTC');
    expect(reply.kind === 'notice' && [reply.tone, reply.text]).toEqual([
      'error',
      `This channel already has ${MAX_SUBSCRIPTIONS_PER_CHANNEL} scheduled briefs, the most it may have. Remove one first, e.g. /brief unsubscribe 00:00.`,
    ]);
  });
});

describe('/brief schedule', () => {
  it('lists the channel’s subscriptions with the next post of each in its own zone', async () => {
    await brief('subscribe 07:30 Europe/Kyiv weekdays');
    await brief('subscribe 18:00 UTC mon,wed,fri');
    await brief('subscribe 09:00 Europe/Kyiv', { channelId: 'C0OTHER' });
    expect(await brief('schedule')).toEqual({
      kind: 'notice',
      tone: 'info',
      isPrivate: true,
      text: [
        "This channel's scheduled briefs:",
        '• 07:30 Europe/Kyiv, weekdays. Next: Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC)',
        '• 18:00 UTC, Mon, Wed, Fri. Next: Mon 24 Nov, 18:00 UTC',
        'Stop one with /brief unsubscribe 07:30, or all with /brief unsubscribe.',
      ].join('\n'),
    });
  });

  it('says how to subscribe when the channel has no subscriptions', async () => {
    const reply = await brief('schedule');
    expect(reply.kind === 'notice' && reply.text).toBe('This channel has no scheduled briefs. Add one with /brief subscribe 07:30 Europe/Kyiv (add weekdays, weekends or mon,wed,fri for fewer days).');
  });
});

describe('/brief unsubscribe', () => {
  it('removes only the subscription at the given time', async () => {
    await brief('subscribe 07:30 Europe/Kyiv');
    await brief('subscribe 18:00 UTC');
    expect(await brief('unsubscribe 18:00')).toEqual({ kind: 'notice', tone: 'success', text: 'Unsubscribed: this channel no longer gets the brief at 18:00 UTC, every day.' });
    expect(await stored()).toEqual(['slack:C0GENERAL 7:30 Europe/Kyiv 1,2,3,4,5,6,7']);
  });

  it('removes all of the channel’s subscriptions when no time is given', async () => {
    await brief('subscribe 07:30 Europe/Kyiv');
    await brief('subscribe 18:00 UTC weekends');
    const reply = await brief('unsubscribe');
    expect(reply.kind === 'notice' && reply.text).toBe('Unsubscribed: this channel no longer gets the brief at 07:30 Europe/Kyiv, every day and 18:00 UTC, weekends.');
    expect(await stored()).toEqual([]);
  });

  it('says there is no brief at a time the channel has none', async () => {
    await brief('subscribe 07:30 Europe/Kyiv');
    expect(await brief('unsubscribe 08:00')).toEqual({ kind: 'notice', tone: 'error', isPrivate: true, text: 'This channel has no brief at 08:00. /brief schedule lists the ones it has.' });
  });

  it('refuses a time it cannot read and removes nothing', async () => {
    await brief('subscribe 07:30 Europe/Kyiv');
    const reply = await brief('unsubscribe 7.30');
    expect(reply.kind === 'notice' && reply.text).toBe(`"7.30" is not a time of day: use HH:MM, like 07:30. Or leave it out to stop all of this channel's briefs.`);
    expect(await stored()).toHaveLength(1);
  });

  it('refuses a Discord member without Manage Channels and removes nothing', async () => {
    const channel = { platform: 'discord', channelId: '1234567890123456789' } as const;
    await brief('subscribe 07:30 Europe/Kyiv', { ...channel, canManageChannel: true });
    const reply = await brief('unsubscribe', { ...channel, canManageChannel: false });
    expect(reply.kind === 'notice' && reply.tone).toBe('error');
    expect(await stored()).toHaveLength(1);
  });
});

describe('/brief preview', () => {
  it('shows the next brief only to the asker', async () => {
    await brief('subscribe 07:30 Europe/Kyiv');
    const reply = await brief('preview');
    expect(reply.kind === 'digest' && [reply.isPrivate, reply.heading, reply.digest.stories.map((s) => s.headline)]).toEqual([
      true,
      'Preview of the next morning brief',
      ['Russia and Ukraine swap 390 prisoners'],
    ]);
  });
});

describe('/brief subscribe when the database is in trouble', () => {
  it('confirms once another process releases its write lock, answering other work meanwhile', async () => {
    const other = openDatabase(folder.dbPath);
    other.prepare('BEGIN IMMEDIATE').run();
    const subscribing = brief('subscribe 07:30 Europe/Kyiv');
    // A timer runs while the subscription waits for the lock: the event loop is not held by SQLite.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await stored()).toEqual([]);
    other.prepare('COMMIT').run();
    other.close();
    expect(await subscribing).toMatchObject({ kind: 'notice', tone: 'success' });
    expect(await stored()).toEqual(['slack:C0GENERAL 7:30 Europe/Kyiv 1,2,3,4,5,6,7']);
  });

  it('says the database is locked, and changes nothing, when the lock outlasts the wait', async () => {
    const other = openDatabase(folder.dbPath);
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const reply = await brief('subscribe 07:30 Europe/Kyiv');
      expect(reply).toMatchObject({ kind: 'notice', tone: 'error', isPrivate: true });
      expect(reply.kind === 'notice' && reply.text).toMatch(/^The bot’s database is locked by another program, so nothing was changed\./);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(await stored()).toEqual([]);
  });

  it.each([
    ['subscribe 07:30 Europe/Kyiv', /^Not subscribed: the bot cannot save subscriptions right now/],
    ['unsubscribe', /^Not unsubscribed: the bot cannot save subscriptions right now/],
  ])('refuses /brief %s into a database file deleted while the bot runs, and logs what to do', async (command, said) => {
    const lines: string[] = [];
    const { briefing } = createNewsroom({ 'swap.txt': SWAP });
    context.log = createLogger('debug', (line) => lines.push(line));
    context.schedule = createScheduleCommands({ subscriptions: store.subscriptions, databaseFile: store.file, preview: createScheduler({ store, briefing, post: async () => {}, log: silentLogger }).previewFor });
    await store.subscriptions.add({ channel: { platform: 'slack', channelId: 'C0GENERAL' }, hour: 7, minute: 30, zone: 'Europe/Kyiv', days: [1, 2, 3, 4, 5, 6, 7] }, monday);
    rmSync(folder.dbPath);

    const reply = await brief(command);

    expect(reply).toMatchObject({ kind: 'notice', tone: 'error', isPrivate: true });
    expect(reply.kind === 'notice' && reply.text).toMatch(said);
    expect(lines.filter((line) => line.startsWith('[error]'))).toHaveLength(1);
    expect(lines[0]).toContain('was deleted while the bot runs');
    expect(lines[0]).toContain('Restore the file from a backup, or restart the bot');
  });
});

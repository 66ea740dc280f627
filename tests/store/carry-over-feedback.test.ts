// A bot moving from its SQLite file to a shared store keeps its answers' buttons working: the file's answers
// and votes are copied over (and stay in the file), once however often the bot starts.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { carryOverFeedback } from '../../src/store/carry-over-feedback.ts';
import { ANSWER_TTL_DAYS, type GivenAnswer } from '../../src/store/feedback.ts';
import { openSqliteStore, type Store } from '../../src/store/store.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

const given: GivenAnswer = { question: 'how many were freed?', text: '390 — They freed 390.', citations: [], engine: 'offline', platform: 'discord', channelId: '111' };
const T0 = new Date('2026-12-01T10:00:00Z');
const daysLater = (days: number): Date => new Date(T0.getTime() + days * 86_400_000);

describe.each(BACKENDS)('carrying the SQLite file’s feedback over to $name', (backend) => {
  let folder: TempFolder;
  let file: Store;
  let shared: StoreUnderTest;
  beforeEach(async () => {
    if (!backend.available) return;
    folder = makeTempFolder();
    file = openSqliteStore(folder.dbPath);
    shared = await backend.create();
  });
  afterEach(async () => {
    await file?.close();
    folder?.remove();
    await shared?.remove();
  });

  it.skipIf(!backend.available)('lets a vote count on an answer the file kept, keeps the file’s votes, and copies them once', async () => {
    const expired = await file.feedback.recordAnswer(given, T0);
    await file.feedback.vote({ answerId: expired, userId: 'U1', verdict: 'down', platform: 'discord', now: daysLater(1) });
    const recent = await file.feedback.recordAnswer({ ...given, question: 'who mediated?' }, daysLater(ANSWER_TTL_DAYS - 1));
    const now = daysLater(ANSWER_TTL_DAYS + 0.5);

    expect(await carryOverFeedback(file.feedback, shared.store.feedback, now)).toEqual({ answers: 1, votes: 1 });
    expect(await carryOverFeedback(file.feedback, shared.store.feedback, now)).toEqual({ answers: 0, votes: 0 });
    expect(await shared.store.feedback.vote({ answerId: recent, userId: 'U2', verdict: 'up', platform: 'discord', now })).toBe('recorded');
    expect(await shared.store.feedback.findAnswer(expired, now)).toBeUndefined();
    expect((await shared.store.feedback.list()).map((f) => [f.question, f.userId, f.verdict])).toEqual([
      ['who mediated?', 'U2', 'up'],
      ['how many were freed?', 'U1', 'down'],
    ]);
    expect((await file.feedback.list()).map((f) => f.userId)).toEqual(['U1']);
  });
});

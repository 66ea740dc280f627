import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Citation } from '../../src/core/types.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { ANSWER_TTL_DAYS, countFeedback, createFeedbackStore, type FeedbackStore, type GivenAnswer } from '../../src/store/feedback.ts';
import { makeTempFolder, type TempFolder } from './temp-db.ts';

const citation: Citation = {
  n: 1,
  file: '004_f7338b1dd4aa7973.txt',
  storyId: '004_f7338b1dd4aa7973.txt#1',
  title: 'Russia, Ukraine each free first 390 prisoners',
  outlet: 'Reuters',
  date: '2025-05-23',
  quote: 'Russia and Ukraine each released 390 prisoners on Friday.',
  sentenceId: '004_f7338b1dd4aa7973.txt#1:0',
};
const given: GivenAnswer = {
  question: 'how many prisoners were exchanged?',
  text: '390 prisoners — Russia and Ukraine each released 390 prisoners on Friday. [1]',
  citations: [citation],
  engine: 'offline',
  platform: 'slack',
  channelId: 'C0NEWS',
};
const T0 = new Date('2026-12-01T10:00:00Z');
const later = (minutes: number): Date => new Date(T0.getTime() + minutes * 60_000);

let folder: TempFolder;
let db: Database;
let store: FeedbackStore;
beforeEach(() => {
  folder = makeTempFolder();
  db = openDatabase(folder.dbPath);
  store = createFeedbackStore(db);
});
afterEach(() => {
  db.close();
  folder.remove();
});

describe('FeedbackStore', () => {
  it('gives each answer a short URL-safe id and finds it again from another connection (a restart)', () => {
    const id = store.recordAnswer(given, T0);
    expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(store.recordAnswer(given, T0)).not.toBe(id);
    const reopened = openDatabase(folder.dbPath);
    expect(createFeedbackStore(reopened).findAnswer(id, later(5))).toEqual({ ...given, id, at: T0.toISOString() });
    reopened.close();
  });

  it('records a vote with a copy of the answer it rates', () => {
    const id = store.recordAnswer(given, T0);
    expect(store.vote({ answerId: id, userId: 'U1', verdict: 'down', platform: 'slack', now: later(1) })).toBe('recorded');
    expect(store.list()).toEqual([
      { answerId: id, verdict: 'down', question: given.question, answer: given.text, citations: [citation], engine: 'offline', platform: 'slack', channelId: 'C0NEWS', userId: 'U1', at: later(1).toISOString() },
    ]);
  });

  it('keeps one vote per user per answer: a changed vote replaces it, the same vote again changes nothing', () => {
    const id = store.recordAnswer(given, T0);
    store.vote({ answerId: id, userId: 'U1', verdict: 'up', platform: 'slack', now: later(1) });
    expect(store.vote({ answerId: id, userId: 'U1', verdict: 'down', platform: 'slack', now: later(2) })).toBe('changed');
    expect(store.vote({ answerId: id, userId: 'U1', verdict: 'down', platform: 'slack', now: later(3) })).toBe('unchanged');
    expect(store.list().map((f) => [f.userId, f.verdict, f.at])).toEqual([['U1', 'down', later(2).toISOString()]]);
  });

  it('counts each user’s vote on the same answer separately', () => {
    const id = store.recordAnswer(given, T0);
    store.vote({ answerId: id, userId: 'U1', verdict: 'up', platform: 'slack', now: later(1) });
    store.vote({ answerId: id, userId: 'U2', verdict: 'down', platform: 'slack', now: later(2) });
    expect(countFeedback(db)).toEqual({ up: 1, down: 1 });
  });

  it.each([
    ['an id it never gave', 'nope', 'slack', later(1)],
    ['an answer past its time', 'ID', 'slack', later(ANSWER_TTL_DAYS * 24 * 60 + 1)],
    ['an answer given on another platform', 'ID', 'discord', later(1)],
  ] as const)('records nothing for %s', (_, answerId, platform, now) => {
    const id = store.recordAnswer(given, T0);
    expect(store.vote({ answerId: answerId === 'ID' ? id : answerId, userId: 'U1', verdict: 'up', platform, now })).toBe('unknown');
    expect(store.list()).toEqual([]);
  });

  it('forgets answers past their time when new ones come, and keeps the votes on them', () => {
    const old = store.recordAnswer(given, T0);
    store.vote({ answerId: old, userId: 'U1', verdict: 'up', platform: 'slack', now: later(1) });
    store.recordAnswer(given, later(ANSWER_TTL_DAYS * 24 * 60 + 1));
    expect(db.prepare('SELECT count(*) AS n FROM answers').get()).toEqual({ n: 1 });
    expect(store.list().map((f) => f.answerId)).toEqual([old]);
  });

  it('lists newest first, and only votes cast since a day when asked', () => {
    const id = store.recordAnswer(given, T0);
    store.vote({ answerId: id, userId: 'U1', verdict: 'up', platform: 'slack', now: new Date('2026-12-01T12:00:00Z') });
    store.vote({ answerId: id, userId: 'U2', verdict: 'down', platform: 'slack', now: new Date('2026-12-02T09:00:00Z') });
    expect(store.list().map((f) => f.userId)).toEqual(['U2', 'U1']);
    expect(store.list({ since: new Date('2026-12-02T00:00:00Z') }).map((f) => f.userId)).toEqual(['U2']);
  });
});

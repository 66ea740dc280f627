// Answers kept for their feedback buttons and the votes on them, on both backends; and, as several bot
// processes see them, through two connections to one database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Citation } from '../../src/core/types.ts';
import { ANSWER_TTL_DAYS, type FeedbackEntry, type FeedbackStore, type GivenAnswer, type Vote } from '../../src/store/feedback.ts';
import { BACKENDS, type StoreUnderTest } from './backends.ts';

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
const TTL_MINUTES = ANSWER_TTL_DAYS * 24 * 60;
const voteOn = (answerId: string, userId: string, verdict: Vote['verdict'], now: Date): Vote => ({ answerId, userId, verdict, platform: 'slack', now });

/** A vote as `list` returns it, on `given`. */
const entry = (answerId: string, userId: string, verdict: FeedbackEntry['verdict'], at: Date): FeedbackEntry => ({
  answerId,
  verdict,
  question: given.question,
  answer: given.text,
  citations: given.citations,
  engine: given.engine,
  platform: given.platform,
  channelId: given.channelId,
  userId,
  at: at.toISOString(),
});

describe.each(BACKENDS)('answers and feedback on $name', (backend) => {
  let db: StoreUnderTest;
  let store: FeedbackStore;
  beforeEach(async () => {
    if (!backend.available) return;
    db = await backend.create();
    store = db.store.feedback;
  });
  afterEach(async () => db?.remove());

  describe.skipIf(!backend.available)('one process', () => {
    it('gives each answer a short URL-safe id and finds it again from another connection (a restart)', async () => {
      const id = await store.recordAnswer(given, T0);
      expect(id).toMatch(/^[A-Za-z0-9_-]{12}$/);
      expect(await store.recordAnswer(given, T0)).not.toBe(id);
      const reopened = await db.connect();
      expect(await reopened.feedback.findAnswer(id, later(5))).toEqual({ ...given, id, at: T0.toISOString() });
    });

    it('records a vote with a copy of the answer it rates', async () => {
      const id = await store.recordAnswer(given, T0);
      expect(await store.vote(voteOn(id, 'U1', 'down', later(1)))).toBe('recorded');
      expect(await store.list()).toEqual([
        { answerId: id, verdict: 'down', question: given.question, answer: given.text, citations: [citation], engine: 'offline', platform: 'slack', channelId: 'C0NEWS', userId: 'U1', at: later(1).toISOString() },
      ]);
    });

    it('keeps one vote per user per answer: a changed vote replaces it, the same vote again changes nothing', async () => {
      const id = await store.recordAnswer(given, T0);
      await store.vote(voteOn(id, 'U1', 'up', later(1)));
      expect(await store.vote(voteOn(id, 'U1', 'down', later(2)))).toBe('changed');
      expect(await store.vote(voteOn(id, 'U1', 'down', later(3)))).toBe('unchanged');
      expect((await store.list()).map((f) => [f.userId, f.verdict, f.at])).toEqual([['U1', 'down', later(2).toISOString()]]);
    });

    it('counts each user’s vote on the same answer separately', async () => {
      const id = await store.recordAnswer(given, T0);
      await store.vote(voteOn(id, 'U1', 'up', later(1)));
      await store.vote(voteOn(id, 'U2', 'down', later(2)));
      expect((await store.list()).map((f) => [f.userId, f.verdict])).toEqual([['U2', 'down'], ['U1', 'up']]);
    });

    it.each([
      ['an id it never gave', 'nope', 'slack', later(1)],
      ['an answer past its time', 'ID', 'slack', later(TTL_MINUTES + 1)],
      ['an answer given on another platform', 'ID', 'discord', later(1)],
    ] as const)('records nothing for %s', async (_, answerId, platform, now) => {
      const id = await store.recordAnswer(given, T0);
      expect(await store.vote({ answerId: answerId === 'ID' ? id : answerId, userId: 'U1', verdict: 'up', platform, now })).toBe('unknown');
      expect(await store.list()).toEqual([]);
    });

    it('no longer finds an answer past its time', async () => {
      const id = await store.recordAnswer(given, T0);
      expect([await store.findAnswer(id, later(TTL_MINUTES)), await store.findAnswer(id, later(TTL_MINUTES + 1))]).toEqual([{ ...given, id, at: T0.toISOString() }, undefined]);
    });

    it('deletes answers past their time when new ones come, and keeps the votes on them', async () => {
      const old = await store.recordAnswer(given, T0);
      await store.vote(voteOn(old, 'U1', 'up', later(1)));
      await store.recordAnswer(given, later(TTL_MINUTES + 1));
      // Asked as of a moment the old answer was still rateable: it is gone from the table, not just hidden.
      expect(await store.findAnswer(old, later(2))).toBeUndefined();
      expect((await store.list()).map((f) => f.answerId)).toEqual([old]);
    });

    it('lists newest first, and only votes cast since a day when asked', async () => {
      const id = await store.recordAnswer(given, T0);
      await store.vote(voteOn(id, 'U1', 'up', new Date('2026-12-01T12:00:00Z')));
      await store.vote(voteOn(id, 'U2', 'down', new Date('2026-12-02T09:00:00Z')));
      expect((await store.list()).map((f) => f.userId)).toEqual(['U2', 'U1']);
      expect((await store.list({ since: new Date('2026-12-02T00:00:00Z') })).map((f) => f.userId)).toEqual(['U2']);
    });

    it('lists votes cast in the same instant latest first', async () => {
      const id = await store.recordAnswer(given, T0);
      for (const user of ['U1', 'U2', 'U3']) await store.vote(voteOn(id, user, 'up', later(1)));
      expect((await store.list()).map((f) => f.userId)).toEqual(['U3', 'U2', 'U1']);
    });

    it('keeps an answer’s text and citations exactly, quotes and all', async () => {
      const tricky: GivenAnswer = { ...given, question: 'what did “they” say? \'quoted\' \\ back\nslash', citations: [{ ...citation, quote: 'A “quote” with \'marks\', a \\ and ✓.' }] };
      const id = await store.recordAnswer(tricky, T0);
      await store.vote(voteOn(id, 'U1', 'down', later(1)));
      expect(await store.findAnswer(id, later(1))).toEqual({ ...tricky, id, at: T0.toISOString() });
      expect((await store.list())[0]).toMatchObject({ question: tricky.question, citations: tricky.citations });
    });
  });

  describe.skipIf(!backend.available)('answers and votes kept in another database', () => {
    it('lists the answers that can still be rated, oldest first', async () => {
      const old = await store.recordAnswer(given, T0);
      const newer = await store.recordAnswer({ ...given, question: 'who mediated?' }, later(10));
      expect((await store.listAnswers(later(20))).map((a) => a.id)).toEqual([old, newer]);
      expect((await store.listAnswers(later(TTL_MINUTES + 5))).map((a) => a.id)).toEqual([newer]);
    });

    it('adds them once, leaving what is already here as it is', async () => {
      const kept = { answers: [{ ...given, id: 'KeptAnswer01', at: T0.toISOString() }], votes: [entry('KeptAnswer01', 'U1', 'down', later(1)), entry('KeptAnswer01', 'U2', 'up', later(2))] };
      const id = await store.recordAnswer(given, T0);
      await store.vote(voteOn(id, 'U1', 'up', later(1)));
      expect(await store.addKept(kept)).toEqual({ answers: 1, votes: 2 });
      await store.vote(voteOn('KeptAnswer01', 'U2', 'down', later(3)));
      expect(await store.addKept(kept)).toEqual({ answers: 0, votes: 0 });
      expect(await store.findAnswer('KeptAnswer01', later(4))).toEqual({ ...given, id: 'KeptAnswer01', at: T0.toISOString() });
      expect((await store.list()).map((f) => [f.answerId, f.userId, f.verdict])).toEqual([
        ['KeptAnswer01', 'U2', 'down'],
        ['KeptAnswer01', 'U1', 'down'],
        [id, 'U1', 'up'],
      ]);
      expect((await store.list())[1]).toEqual(kept.votes[0]);
    });

    it('adds more votes than fit in one statement', async () => {
      const votes = Array.from({ length: 2501 }, (_, i) => entry('KeptAnswer01', `U${i}`, 'up', later(i)));
      expect(await store.addKept({ answers: [], votes })).toEqual({ answers: 0, votes: 2501 });
      expect((await store.list()).slice(0, 2).map((f) => f.userId)).toEqual(['U2500', 'U2499']);
    });
  });

  describe.skipIf(!backend.available)('two processes on one database', () => {
    it('records a vote through one connection on an answer another connection kept', async () => {
      const giver = store;
      const clicker = (await db.connect()).feedback;
      const id = await giver.recordAnswer(given, T0);
      expect(await clicker.vote(voteOn(id, 'U1', 'down', later(1)))).toBe('recorded');
      expect((await giver.list()).map((f) => [f.answerId, f.userId, f.verdict, f.question])).toEqual([[id, 'U1', 'down', given.question]]);
    });

    it('leaves one vote when the same user’s clicks reach two processes at once', async () => {
      const other = (await db.connect()).feedback;
      const id = await store.recordAnswer(given, T0);
      const outcomes = await Promise.all([store.vote(voteOn(id, 'U1', 'up', later(1))), other.vote(voteOn(id, 'U1', 'up', later(1)))]);
      expect(outcomes.sort()).toEqual(['recorded', 'unchanged']);
      expect((await store.list()).map((f) => [f.userId, f.verdict])).toEqual([['U1', 'up']]);
    });
  });
});

// Answers kept for feedback, and clicks on their buttons, through the chat layer's one door.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KEEP_ANSWER_WAIT_MS } from '../../src/chat/commands/ask.ts';
import type { ChatContext } from '../../src/chat/context.ts';
import { handleEvent } from '../../src/chat/handle-event.ts';
import { ThreadMemory } from '../../src/chat/thread-context.ts';
import type { ChatEvent, Reply, Verdict } from '../../src/chat/types.ts';
import { silentLogger } from '../../src/log.ts';
import { openDatabase, type Database } from '../../src/store/db.ts';
import { createFeedbackStore, type FeedbackStore } from '../../src/store/feedback.ts';
import { NOW, seedBriefing } from '../support/seeds.ts';
import { makeTempFolder, type TempFolder } from '../store/temp-db.ts';

let folder: TempFolder;
let db: Database;
let feedback: FeedbackStore;
let context: ChatContext;

beforeEach(() => {
  folder = makeTempFolder();
  db = openDatabase(folder.dbPath);
  feedback = createFeedbackStore(db);
  context = { briefing: seedBriefing(), threads: new ThreadMemory(), log: silentLogger, now: () => NOW, feedback };
});
afterEach(() => {
  vi.useRealTimers();
  db.close();
  folder.remove();
});

const ask = (text: string): ChatEvent => ({ kind: 'command', name: 'ask', text, platform: 'slack', channelId: 'C0NEWS', userId: 'U0ASKER' });
const click = (answerId: string, verdict: Verdict, userId = 'U0READER'): ChatEvent => ({ kind: 'feedback', verdict, answerId, platform: 'slack', channelId: 'C0NEWS', userId });

async function answerId(event: ChatEvent): Promise<string> {
  const reply = await handleEvent(event, context);
  if (reply.kind !== 'answer' || reply.answerId === undefined) throw new Error(`expected a kept answer, got ${JSON.stringify(reply).slice(0, 200)}`);
  return reply.answerId;
}

const noticeOf = (reply: Reply): { text: string; isPrivate?: boolean } => (reply.kind === 'notice' ? reply : { text: `not a notice: ${reply.kind}` });

describe('answers kept for feedback', () => {
  it('keeps an /ask answer with its question, citations, engine and channel', async () => {
    const id = await answerId(ask('how many prisoners were exchanged?'));
    const kept = await feedback.findAnswer(id, NOW);
    expect(kept).toMatchObject({ question: 'how many prisoners were exchanged?', engine: 'offline', platform: 'slack', channelId: 'C0NEWS' });
    expect(kept?.text).toMatch(/^390\b/);
    expect(kept?.citations.length).toBeGreaterThan(0);
  });

  it('keeps a follow-up mention under the question it resolved to', async () => {
    const mention = (text: string): ChatEvent => ({ kind: 'mention', text, platform: 'slack', channelId: 'C0NEWS', threadId: '1.0', userId: 'U0ASKER', isDirect: false });
    await handleEvent(mention('how many civilians were freed?'), context);
    const id = await answerId(mention('and soldiers?'));
    expect((await feedback.findAnswer(id, NOW))?.question).toBe('how many soldiers were freed?');
  });

  it('gives a question it cannot take no buttons', async () => {
    const reply = await handleEvent(ask('?'), context);
    expect(reply).toMatchObject({ kind: 'answer', answer: { kind: 'invalid' } });
    expect(reply.kind === 'answer' && reply.answerId).toBeUndefined();
  });

  it('still answers, without buttons, when the answer cannot be kept', async () => {
    context.feedback = { ...feedback, recordAnswer: () => Promise.reject(new Error('disk full')) };
    const reply = await handleEvent(ask('how many prisoners were exchanged?'), context);
    expect(reply.kind === 'answer' && reply.answer.text).toMatch(/^390\b/);
    expect(reply.kind === 'answer' && reply.answerId).toBeUndefined();
  });

  it('does not hold the answer up for a database slower than the wait: it goes out without buttons', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    context.feedback = { ...feedback, recordAnswer: () => new Promise<string>(() => undefined) };
    let reply: Reply | undefined;
    const replying = handleEvent(ask('how many prisoners were exchanged?'), context).then((r) => (reply = r));
    await vi.advanceTimersByTimeAsync(KEEP_ANSWER_WAIT_MS - 1);
    expect(reply).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    await replying;
    expect(reply?.kind === 'answer' && reply.answer.text).toMatch(/^390\b/);
    expect(reply?.kind === 'answer' && reply.answerId).toBeUndefined();
  });
});

describe('feedback clicks', () => {
  it('records a click and thanks the clicker privately', async () => {
    const id = await answerId(ask('how many prisoners were exchanged?'));
    const reply = noticeOf(await handleEvent(click(id, 'down'), context));
    expect(reply).toMatchObject({ isPrivate: true, text: expect.stringContaining('marked as wrong or unsupported') });
    expect((await feedback.list()).map((f) => [f.answerId, f.userId, f.verdict])).toEqual([[id, 'U0READER', 'down']]);
  });

  it('changes the vote on a second, different click instead of adding one', async () => {
    const id = await answerId(ask('how many prisoners were exchanged?'));
    await handleEvent(click(id, 'down'), context);
    expect(noticeOf(await handleEvent(click(id, 'up'), context)).text).toBe('Vote changed: this answer is now marked as helpful.');
    expect((await feedback.list()).map((f) => f.verdict)).toEqual(['up']);
  });

  it.each(['Zz9Zz9Zz9Zz9', 'not an id: <script>', ''])('answers a click on an unknown answer (%j) politely and records nothing', async (id) => {
    const reply = noticeOf(await handleEvent(click(id, 'up'), context));
    expect(reply).toMatchObject({ isPrivate: true, text: expect.stringContaining('I no longer have that answer') });
    expect(await feedback.list()).toEqual([]);
  });

  it('records the vote once another process releases its write lock', async () => {
    const id = await answerId(ask('how many prisoners were exchanged?'));
    const other = openDatabase(folder.dbPath);
    other.prepare('BEGIN IMMEDIATE').run();
    const voting = handleEvent(click(id, 'up'), context);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await feedback.list()).toEqual([]);
    other.prepare('COMMIT').run();
    other.close();
    expect(await voting).toMatchObject({ kind: 'notice', tone: 'success' });
    expect((await feedback.list()).map((f) => f.verdict)).toEqual(['up']);
  });

  it('says so when the bot runs without a database', async () => {
    context.feedback = undefined;
    expect(noticeOf(await handleEvent(click('Zz9Zz9Zz9Zz9', 'up'), context)).text).toContain('started without its database');
  });
});

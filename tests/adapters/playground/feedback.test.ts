// Feedback in the playground: answers carry the two buttons, and a click posted to /api/events is recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlaygroundMessage } from '../../../src/adapters/playground/playground-adapter.ts';
import { openDatabase, type Database } from '../../../src/store/db.ts';
import { createFeedbackStore, type FeedbackStore } from '../../../src/store/feedback.ts';
import { startPlayground, type StartedPlayground } from './start-playground.ts';

let playground: StartedPlayground;
let db: Database;
let feedback: FeedbackStore;

beforeEach(async () => {
  db = openDatabase(':memory:');
  feedback = createFeedbackStore(db);
  playground = await startPlayground({ feedback });
});
afterEach(async () => {
  await playground.adapter.stop();
  db.close();
});

async function post(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${playground.url}/api/events`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function askForAnswerId(): Promise<string> {
  const { json } = await post({ kind: 'command', text: '/ask how many prisoners were exchanged?' });
  const message = json as unknown as PlaygroundMessage;
  if (message.reply.kind !== 'answer' || !message.reply.answerId) throw new Error('expected an answer with an id');
  expect(message.html).toContain(`data-answer-id="${message.reply.answerId}" data-verdict="up"`);
  return message.reply.answerId;
}

describe('playground feedback', () => {
  it('records a click on an answer and answers with a private note', async () => {
    const answerId = await askForAnswerId();
    const { status, json } = await post({ kind: 'feedback', answerId, verdict: 'up' });
    expect(status).toBe(200);
    expect(json).toMatchObject({ kind: 'notice', isPrivate: true, reply: { text: 'Thanks! Noted that this answer was helpful.' } });
    expect(await feedback.list()).toMatchObject([{ answerId, verdict: 'up', platform: 'playground', channelId: 'general', userId: 'you' }]);
  });

  it('changes the vote on a second click by the same person', async () => {
    const answerId = await askForAnswerId();
    await post({ kind: 'feedback', answerId, verdict: 'up' });
    await post({ kind: 'feedback', answerId, verdict: 'down' });
    expect((await feedback.list()).map((f) => f.verdict)).toEqual(['down']);
  });

  it('answers a click on an unknown answer politely and records nothing', async () => {
    const { status, json } = await post({ kind: 'feedback', answerId: 'Zz9Zz9Zz9Zz9', verdict: 'down' });
    expect(status).toBe(200);
    expect(String((json.reply as { text: string }).text)).toContain('I no longer have that answer');
    expect(await feedback.list()).toEqual([]);
  });

  it('refuses a click posted from another site, recording nothing', async () => {
    const answerId = await askForAnswerId();
    const response = await fetch(`${playground.url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
      body: JSON.stringify({ kind: 'feedback', answerId, verdict: 'down' }),
    });
    expect(response.status).toBe(403);
    expect(await feedback.list()).toEqual([]);
  });

  it.each([
    [{ kind: 'feedback', verdict: 'up' }, '"answerId" must name an answer of this page'],
    [{ kind: 'feedback', answerId: 'x'.repeat(65), verdict: 'up' }, '"answerId" must name an answer of this page'],
    [{ kind: 'feedback', answerId: 'abc', verdict: 'sideways' }, '"verdict" must be "up" (helpful) or "down" (wrong or unsupported)'],
  ])('refuses a malformed click %j with a 400 saying what is wrong', async (body, problem) => {
    const { status, json } = await post(body);
    expect(status).toBe(400);
    expect(String(json.error)).toContain(problem);
    expect(await feedback.list()).toEqual([]);
  });
});

// Feedback buttons on Slack: rendered under every answer, a signed click acked and recorded once per user.
import type { types } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import type { JsonObject } from '../../standins/slack.ts';
import { closeHarnesses, startHarness, SIGNING_SECRET, type SlackHarness } from './harness.ts';

afterEach(closeHarnesses);

type ButtonElement = { action_id: string; value: string };

/** Ask with /ask and return the answer as the stand-in's response_url received it. */
async function askSlash(harness: SlackHarness, question: string): Promise<JsonObject> {
  const sent = await harness.standin.sendSlashCommand(harness.url, SIGNING_SECRET, { command: '/ask', text: question, channel_id: 'C0NEWS' });
  return (await harness.standin.waitForResponse((r) => r.id === sent.responseId)).body;
}

function feedbackButtons(blocks: unknown): ButtonElement[] {
  const actions = (blocks as types.KnownBlock[]).filter((b) => b.type === 'actions');
  return actions.flatMap((b) => (b.type === 'actions' ? (b.elements as unknown as ButtonElement[]) : []));
}

const click = (harness: SlackHarness, answer: JsonObject, actionId: string, extra: { user?: string; value?: string } = {}) =>
  harness.standin.sendBlockAction(harness.url, SIGNING_SECRET, { message: { channel: 'C0NEWS', blocks: answer.blocks }, actionId, ...extra });

describe('Slack feedback buttons', () => {
  it('put feedback_up and feedback_down buttons, valued with the answer id, under an /ask answer', async () => {
    const harness = await startHarness();
    const answer = await askSlash(harness, 'how many prisoners were exchanged?');
    const buttons = feedbackButtons(answer.blocks);
    expect(buttons.map((b) => b.action_id)).toEqual(['feedback_up', 'feedback_down']);
    expect(buttons[0]?.value).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect((await harness.feedback.findAnswer(buttons[0]?.value ?? '', new Date('2025-05-24T07:00:00Z')))?.text).toMatch(/^390\b/);
  });

  it('put the buttons under a threaded mention answer, which Slack accepts', async () => {
    const { standin, url } = await startHarness();
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    await standin.sendEvent(url, SIGNING_SECRET, mention);
    const reply = await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === mention.ts);
    expect(feedbackButtons(reply.body.blocks).map((b) => b.action_id)).toEqual(['feedback_up', 'feedback_down']);
  });

  it('acks a signed click with 200, records it with the answer, and thanks the clicker privately', async () => {
    const harness = await startHarness();
    const answer = await askSlash(harness, 'how many prisoners were exchanged?');
    const sent = await click(harness, answer, 'feedback_down', { user: 'U0READER' });
    expect(sent.status).toBe(200);
    const note = await harness.standin.waitForResponse((r) => r.id === sent.responseId);
    expect(note.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(String(note.body.text)).toContain('marked as wrong or unsupported');
    const [entry] = await harness.feedback.list();
    expect(entry).toMatchObject({ verdict: 'down', userId: 'U0READER', platform: 'slack', channelId: 'C0NEWS', question: 'how many prisoners were exchanged?', engine: 'offline' });
    expect(entry?.answer).toMatch(/^390\b/);
    expect(entry?.citations.length).toBeGreaterThan(0);
  });

  it('changes the verdict when the same user clicks the other button, keeping one record', async () => {
    const harness = await startHarness();
    const answer = await askSlash(harness, 'how many prisoners were exchanged?');
    const first = await click(harness, answer, 'feedback_up');
    await harness.standin.waitForResponse((r) => r.id === first.responseId);
    const second = await click(harness, answer, 'feedback_down');
    const note = await harness.standin.waitForResponse((r) => r.id === second.responseId);
    expect(note.body.text).toBe('Vote changed: this answer is now marked as wrong or unsupported.');
    expect((await harness.feedback.list()).map((f) => f.verdict)).toEqual(['down']);
  });

  it('answers a click on an answer it no longer knows with a polite private note, recording nothing', async () => {
    const harness = await startHarness();
    const answer = await askSlash(harness, 'how many prisoners were exchanged?');
    const sent = await click(harness, answer, 'feedback_up', { value: 'Zz9Zz9Zz9Zz9' });
    expect(sent.status).toBe(200);
    const note = await harness.standin.waitForResponse((r) => r.id === sent.responseId);
    expect(note.body).toMatchObject({ response_type: 'ephemeral' });
    expect(String(note.body.text)).toContain('I no longer have that answer');
    expect(await harness.feedback.list()).toEqual([]);
  });

  it('refuses an unsigned click with 401 and records nothing', async () => {
    const harness = await startHarness();
    const answer = await askSlash(harness, 'how many prisoners were exchanged?');
    const forged = await harness.standin.sendBlockAction(harness.url, SIGNING_SECRET, { message: { channel: 'C0NEWS', blocks: answer.blocks }, actionId: 'feedback_up' }, { badSignature: true });
    expect(forged.status).toBe(401);
    await harness.adapter.stop(); // waits for anything already being handled
    expect(await harness.feedback.list()).toEqual([]);
    expect(harness.standin.responses.filter((r) => r.id === forged.responseId)).toEqual([]);
  });
});

// @mentions and direct messages over the Events API: answered in threads, follow-ups in context, bots ignored.
import { afterEach, describe, expect, it } from 'vitest';
import { closeHarnesses, firstSection, postsInThread, startHarness, SIGNING_SECRET } from './harness.ts';

afterEach(closeHarnesses);

describe('Slack mentions and direct messages', () => {
  it('answers a mention in a thread under it, quoting the source', async () => {
    const { standin, url } = await startHarness();
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const sent = await standin.sendEvent(url, SIGNING_SECRET, mention);
    expect(sent.status).toBe(200);

    const reply = await standin.waitForCall('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: 'C0NEWS', thread_ts: mention.ts });
    expect(firstSection(reply.body)).toMatch(/\b390\b/);
    expect(JSON.stringify(reply.body.blocks)).toContain('> “President Volodymyr Zelenskiy said Ukraine took in 390 people');
  });

  it('reads a follow-up in the same thread in the light of the thread’s question', async () => {
    const { standin, url } = await startHarness();
    const first = standin.appMention('how many civilians were freed?', { channel: 'C0NEWS' });
    await standin.sendEvent(url, SIGNING_SECRET, first);
    await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === first.ts);

    const followUp = standin.appMention('and soldiers?', { channel: 'C0NEWS', thread_ts: String(first.ts) });
    await standin.sendEvent(url, SIGNING_SECRET, followUp);
    await standin.waitFor(() => postsInThread(standin, 'C0NEWS', first.ts).length === 2);
    const [, answer] = postsInThread(standin, 'C0NEWS', first.ts);
    expect(firstSection(answer?.body ?? {})).toMatch(/^270\b/);
  });

  it('restores a thread’s context from Slack after a restart', async () => {
    const { standin, url } = await startHarness();
    // The question and its answer were posted before this process started.
    const question = standin.addMessage({ channel: 'C0NEWS', text: `<@${standin.botUserId}> how many were exchanged?` });
    standin.addMessage({ channel: 'C0NEWS', text: '390 — …', thread_ts: question.ts, user: standin.botUserId, bot_id: standin.botId });

    const followUp = standin.appMention('and civilians?', { channel: 'C0NEWS', thread_ts: question.ts });
    await standin.sendEvent(url, SIGNING_SECRET, followUp);
    const answer = await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === question.ts);
    expect(standin.callsTo('conversations.replies')[0]?.body).toMatchObject({ channel: 'C0NEWS', ts: question.ts });
    expect(firstSection(answer.body)).toMatch(/^120\b/);
  });

  it('answers a direct message in the conversation, without a mention', async () => {
    const { standin, url } = await startHarness();
    const dm = { type: 'message', channel: 'D0DM', channel_type: 'im', user: 'U0USER', text: 'how many were exchanged?', ts: '1700000100.000100' };
    const sent = await standin.sendEvent(url, SIGNING_SECRET, dm);
    expect(sent.status).toBe(200);

    const reply = await standin.waitForCall('chat.postMessage');
    expect(reply.body.channel).toBe('D0DM');
    expect(reply.body.thread_ts).toBeUndefined();
    expect(firstSection(reply.body)).toMatch(/\b390\b/);
  });

  it('ignores messages from bots, its own included', async () => {
    const { standin, url } = await startHarness();
    const fromBot = (ts: string, extra: Record<string, string>) =>
      ({ type: 'message', channel: 'D0DM', channel_type: 'im', text: 'how many were exchanged?', ts, ...extra });
    await standin.sendEvent(url, SIGNING_SECRET, fromBot('1700000100.000100', { bot_id: 'B0OTHER', user: 'U0OTHERBOT' }));
    await standin.sendEvent(url, SIGNING_SECRET, fromBot('1700000100.000200', { bot_id: 'B0OTHER', subtype: 'bot_message' }));
    await standin.sendEvent(url, SIGNING_SECRET, fromBot('1700000100.000300', { user: standin.botUserId, bot_id: standin.botId }));
    await standin.sendEvent(url, SIGNING_SECRET, { ...standin.appMention('how many were exchanged?', { channel: 'C0BOTS' }), bot_id: 'B0OTHER' });
    await standin.sendEvent(url, SIGNING_SECRET, standin.appMention('how many were exchanged?', { channel: 'C0NEWS', user: 'U0HUMAN' }));

    await standin.waitForCall('chat.postMessage');
    await closeHarnesses(); // stop() waits for every event already being handled
    expect(standin.callsTo('chat.postMessage').map((c) => c.body.channel)).toEqual(['C0NEWS']);
  });

  it('answers a bare mention with what the bot can do', async () => {
    const { standin, url } = await startHarness();
    const mention = standin.appMention('', { channel: 'C0NEWS' });
    await standin.sendEvent(url, SIGNING_SECRET, mention);

    const reply = await standin.waitForCall('chat.postMessage');
    expect(reply.body.thread_ts).toBe(mention.ts);
    expect(JSON.stringify(reply.body.blocks)).toContain('/brief subscribe');
  });
});

describe('Slack event redelivery', () => {
  it('answers once when Slack retries an event whose first delivery is still being handled', async () => {
    const { standin, url } = await startHarness();
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const [first, retry] = await Promise.all([
      standin.sendEvent(url, SIGNING_SECRET, mention, { eventId: 'Ev0RETRIED' }),
      standin.sendEvent(url, SIGNING_SECRET, mention, { eventId: 'Ev0RETRIED', retryNum: 1, retryReason: 'http_timeout' }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);

    await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === mention.ts);
    await closeHarnesses();
    expect(postsInThread(standin, 'C0NEWS', mention.ts)).toHaveLength(1);
  });

  it('answers once when the same event_id arrives twice', async () => {
    const { standin, url } = await startHarness();
    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    await standin.sendEvent(url, SIGNING_SECRET, mention, { eventId: 'Ev0TWICE' });
    await standin.waitForCall('chat.postMessage', (c) => c.body.thread_ts === mention.ts);
    const again = await standin.sendEvent(url, SIGNING_SECRET, mention, { eventId: 'Ev0TWICE' });
    expect(again.status).toBe(200);

    await closeHarnesses();
    expect(postsInThread(standin, 'C0NEWS', mention.ts)).toHaveLength(1);
  });

  it('rejects an event with a bad signature with 401 and answers nothing', async () => {
    const { standin, url } = await startHarness();
    const forged = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const sent = await standin.sendEvent(url, SIGNING_SECRET, forged, { badSignature: true });
    expect(sent.status).toBe(401);

    await closeHarnesses();
    expect(standin.callsTo('chat.postMessage')).toEqual([]);
  });
});

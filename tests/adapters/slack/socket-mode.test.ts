// Socket Mode (SLACK_APP_TOKEN set): the same answers over the stand-in's WebSocket instead of HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import { closeHarnesses, firstSection, startHarness } from './harness.ts';

afterEach(closeHarnesses);

describe('Slack adapter in Socket Mode', () => {
  it('connects with the app token and answers a mention in its thread', async () => {
    const { standin, adapter } = await startHarness({ socketMode: true });
    expect(standin.socket.isConnected).toBe(true);
    expect(adapter.eventsUrl()).toBeUndefined();

    const mention = standin.appMention('how many were exchanged?', { channel: 'C0NEWS' });
    const ack = await standin.socket.sendEvent(mention);
    expect(ack.payload).toEqual({});

    const reply = await standin.waitForCall('chat.postMessage');
    expect(reply.body).toMatchObject({ channel: 'C0NEWS', thread_ts: mention.ts });
    expect(firstSection(reply.body)).toMatch(/\b390\b/);
  });

  it('acks a slash command over the socket and answers through its response_url', async () => {
    const { standin } = await startHarness({ socketMode: true });
    const ack = await standin.socket.sendSlashCommand({ command: '/ask', text: 'how many were exchanged?' });
    expect(ack.payload).toEqual({});

    const response = await standin.waitForResponse((r) => r.id === ack.responseId);
    expect(response.body.response_type).toBe('in_channel');
    expect(firstSection(response.body)).toMatch(/\b390\b/);
  });

  it('acks a feedback click over the socket and records it', async () => {
    const { standin, feedback } = await startHarness({ socketMode: true });
    const ack = await standin.socket.sendSlashCommand({ command: '/ask', text: 'how many were exchanged?', channel_id: 'C0NEWS' });
    const answer = await standin.waitForResponse((r) => r.id === ack.responseId);
    const click = await standin.socket.sendBlockAction({ message: { channel: 'C0NEWS', blocks: answer.body.blocks }, actionId: 'feedback_up' });
    expect(click.payload).toEqual({});

    const note = await standin.waitForResponse((r) => r.id === click.responseId);
    expect(note.body).toMatchObject({ response_type: 'ephemeral', text: 'Thanks! Noted that this answer was helpful.' });
    expect((await feedback.list()).map((f) => [f.verdict, f.channelId])).toEqual([['up', 'C0NEWS']]);
  });
});

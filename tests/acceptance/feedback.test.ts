// Issue 17, done when: an answer's feedback button, clicked in Slack, is acked and recorded by the bot as an
// operator runs it; the same answer can still be rated after a restart (a changed vote, one record); and
// `briefing feedback --json` lists it. The bot and the CLI are real child processes sharing one database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackStandin, type JsonObject, type SlackStandin } from '../standins/slack.ts';
import { runCli, stopAllProcesses } from './support/bot-process.ts';
import { SIGNING_SECRET, startSlackBot, type SlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const WAIT_MS = 30_000;
let standin: SlackStandin;

beforeEach(async () => {
  standin = await startSlackStandin();
});
afterEach(async () => {
  await stopAllProcesses();
  await standin.close();
  removeTempDirs();
});

async function click(bot: SlackBot, answer: JsonObject, actionId: string): Promise<string> {
  const sent = await standin.sendBlockAction(bot.eventsUrl, SIGNING_SECRET, { message: { channel: 'C0NEWS', blocks: answer.blocks }, actionId, user: 'U0READER' });
  expect(sent.status).toBe(200);
  return String((await standin.waitForResponse((r) => r.id === sent.responseId, WAIT_MS)).body.text);
}

describe('feedback on answers, through the bot process', { timeout: 120_000 }, () => {
  it('records a click, takes a changed vote on the same answer after a restart, and lists it with the CLI', async () => {
    const db = tempDatabase();
    const first = await startSlackBot(standin, { db });
    const asked = await standin.sendSlashCommand(first.eventsUrl, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?', channel_id: 'C0NEWS' });
    const answer = (await standin.waitForResponse((r) => r.id === asked.responseId, WAIT_MS)).body;
    expect(await click(first, answer, 'feedback_down')).toContain('marked as wrong or unsupported');
    expect(await first.process.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const second = await startSlackBot(standin, { db });
    expect(await click(second, answer, 'feedback_up')).toBe('Vote changed: this answer is now marked as helpful.');
    await second.process.stop('SIGTERM');

    const listed = await runCli({ BRIEFING_DB: db }, ['feedback', '--json']);
    expect(listed.code).toBe(0);
    const { feedback } = JSON.parse(listed.stdout.join('\n')) as { feedback: Array<Record<string, unknown>> };
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ verdict: 'up', question: 'how many were exchanged?', engine: 'offline', platform: 'slack', channelId: 'C0NEWS', userId: 'U0READER' });
    expect(String(feedback[0]?.answer)).toMatch(/^390\b/);
  });
});

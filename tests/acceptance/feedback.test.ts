// Issue 17, done when: an answer's feedback button, clicked in Slack, is acked and recorded by the bot as an
// operator runs it; the same answer can still be rated after a restart (a changed vote, one record); and
// `briefing feedback --json` lists it. The bot and the CLI are real child processes sharing one database.
// Issue 15: with several bots on one PostgreSQL, a click reaching another process than the one that answered
// counts all the same, and the CLI lists every process's votes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, hasPostgres, POSTGRES_SKIP_REASON } from '../support/postgres.ts';
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

async function ask(bot: SlackBot): Promise<JsonObject> {
  const asked = await standin.sendSlashCommand(bot.eventsUrl, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?', channel_id: 'C0NEWS' });
  return (await standin.waitForResponse((r) => r.id === asked.responseId, WAIT_MS)).body;
}

async function listFeedback(env: Record<string, string>): Promise<Array<Record<string, unknown>>> {
  const listed = await runCli(env, ['feedback', '--json']);
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout.join('\n')) as { feedback: Array<Record<string, unknown>> }).feedback;
}

async function click(bot: SlackBot, answer: JsonObject, actionId: string): Promise<string> {
  const sent = await standin.sendBlockAction(bot.eventsUrl, SIGNING_SECRET, { message: { channel: 'C0NEWS', blocks: answer.blocks }, actionId, user: 'U0READER' });
  expect(sent.status).toBe(200);
  return String((await standin.waitForResponse((r) => r.id === sent.responseId, WAIT_MS)).body.text);
}

describe('feedback on answers, through the bot process', { timeout: 120_000 }, () => {
  it('records a click, takes a changed vote on the same answer after a restart, and lists it with the CLI', async () => {
    const db = tempDatabase();
    const first = await startSlackBot(standin, { db });
    const answer = await ask(first);
    expect(await click(first, answer, 'feedback_down')).toContain('marked as wrong or unsupported');
    expect(await first.process.stop('SIGTERM')).toEqual({ code: 0, signal: null });

    const second = await startSlackBot(standin, { db });
    expect(await click(second, answer, 'feedback_up')).toBe('Vote changed: this answer is now marked as helpful.');
    await second.process.stop('SIGTERM');

    const feedback = await listFeedback({ BRIEFING_DB: db });
    expect(feedback).toHaveLength(1);
    expect(feedback[0]).toMatchObject({ verdict: 'up', question: 'how many were exchanged?', engine: 'offline', platform: 'slack', channelId: 'C0NEWS', userId: 'U0READER' });
    expect(String(feedback[0]?.answer)).toMatch(/^390\b/);
  });
});

describe.skipIf(!hasPostgres())(
  hasPostgres() ? 'feedback with two bots on one PostgreSQL' : `feedback with two bots on one PostgreSQL (skipped: ${POSTGRES_SKIP_REASON})`,
  { timeout: 120_000 },
  () => {
    it('counts a click handled by the other process than the one that answered, and lists it with the CLI', async () => {
      const database = await createTestDatabase();
      try {
        const env = { DATABASE_URL: database.url };
        // Each process has its own SQLite file for its story index, as in a deployment.
        const [answering, other] = await Promise.all([startSlackBot(standin, { db: tempDatabase(), env }), startSlackBot(standin, { db: tempDatabase(), env })]);
        const answer = await ask(answering!);
        expect(await click(other!, answer, 'feedback_down')).toContain('marked as wrong or unsupported');
        expect(await click(answering!, answer, 'feedback_up')).toBe('Vote changed: this answer is now marked as helpful.');
        await Promise.all([answering!.process.stop('SIGTERM'), other!.process.stop('SIGTERM')]);

        const feedback = await listFeedback({ DATABASE_URL: database.url, BRIEFING_DB: tempDatabase() });
        expect(feedback).toHaveLength(1);
        expect(feedback[0]).toMatchObject({ verdict: 'up', question: 'how many were exchanged?', platform: 'slack', channelId: 'C0NEWS', userId: 'U0READER' });
      } finally {
        await stopAllProcesses();
        await database.drop();
      }
    });

    it('keeps the buttons of answers given before the move from SQLite working, on every process', async () => {
      const database = await createTestDatabase();
      try {
        const file = tempDatabase();
        const before = await startSlackBot(standin, { db: file });
        const answer = await ask(before);
        expect(await click(before, answer, 'feedback_down')).toContain('marked as wrong or unsupported');
        await before.process.stop('SIGTERM');

        const env = { DATABASE_URL: database.url };
        const moved = await startSlackBot(standin, { db: file, env });
        await moved.process.waitForLine(/answers and feedback votes kept in BRIEFING_DB copied to PostgreSQL/, { stream: 'stderr' });
        const other = await startSlackBot(standin, { db: tempDatabase(), env });
        expect(await click(other, answer, 'feedback_up')).toBe('Vote changed: this answer is now marked as helpful.');
        await Promise.all([moved.process.stop('SIGTERM'), other.process.stop('SIGTERM')]);

        expect((await listFeedback({ DATABASE_URL: database.url })).map((f) => f.verdict)).toEqual(['up']);
        expect((await listFeedback({ BRIEFING_DB: file })).map((f) => f.verdict)).toEqual(['down']);
      } finally {
        await stopAllProcesses();
        await database.drop();
      }
    });
  },
);

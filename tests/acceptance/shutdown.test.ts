// Issue 16, shutdown: a stop signal reaches the bot through `npm start`, every signal is handled (a second
// SIGTERM does not kill acked answers), and a post that hangs cannot hold the stop past its deadline.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSlackStandin, type SlackStandin } from '../standins/slack.ts';
import { botEnv, REPO_DIR, stopAllProcesses } from './support/bot-process.ts';
import { SIGNING_SECRET, startSlackBot } from './support/slack-bot.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

let standin: SlackStandin;
let servers: Server[];

beforeEach(async () => {
  standin = await startSlackStandin();
  servers = [];
});

afterEach(async () => {
  await stopAllProcesses();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
  await standin.close();
  removeTempDirs();
});

/** A response_url that answers after `delayMs`, or never; resolves with its URL and what it received. */
async function responseUrl(delayMs: number | 'never'): Promise<{ url: string; received: string[] }> {
  const received: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (delayMs === 'never') return;
      setTimeout(() => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        response.end('ok');
      }, delayMs);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received };
}

describe('stopping the bot', { timeout: 90_000 }, () => {
  it('stops the bot when the process manager signals the pid of `npm start`', async () => {
    const child = spawn('npm', ['start'], { cwd: REPO_DIR, env: botEnv({ PORT: '0', BRIEFING_DB: tempDatabase() }), stdio: 'pipe' });
    const lines: string[] = [];
    // The pipes close only when every process holding them has exited: an orphaned bot keeps them open.
    const closed = Promise.all(
      [child.stdout, child.stderr].map((stream) => new Promise<void>((resolve) => createInterface({ input: stream }).on('line', (line) => lines.push(line)).on('close', resolve))),
    );
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setInterval(() => {
          if (lines.some((line) => line.startsWith('Playground: '))) {
            clearInterval(timer);
            resolve();
          }
        }, 50);
        child.once('exit', () => reject(new Error(`npm start exited early:\n${lines.join('\n')}`)));
      });
      child.kill('SIGTERM');
      await closed;
      expect(lines.filter((line) => line.startsWith('[info] shutting down'))).toHaveLength(1);
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('delivers an acknowledged answer although a second SIGTERM comes while it is being sent', async () => {
    const hook = await responseUrl(1500);
    const bot = await startSlackBot(standin, { db: tempDatabase() });
    const sent = await standin.sendSlashCommand(bot.eventsUrl, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?', response_url: hook.url });
    expect(sent.status).toBe(200);

    bot.process.stop('SIGTERM').catch(() => undefined);
    await bot.process.waitForLine(/shutting down/, { stream: 'stderr' });
    const exit = await bot.process.stop('SIGTERM');

    expect(exit).toEqual({ code: 0, signal: null });
    expect(hook.received).toHaveLength(1);
    expect(hook.received[0]).toContain('390');
  });

  it('exits by its deadline, naming the unfinished work, when a post hangs', async () => {
    const hook = await responseUrl('never');
    const bot = await startSlackBot(standin, { db: tempDatabase(), env: { BRIEFING_SHUTDOWN_SECONDS: '2' } });
    const sent = await standin.sendSlashCommand(bot.eventsUrl, SIGNING_SECRET, { command: '/ask', text: 'how many were exchanged?', response_url: hook.url });
    expect(sent.status).toBe(200);

    const exit = await bot.process.stop('SIGTERM');

    expect(exit).toEqual({ code: 1, signal: null });
    expect(bot.process.stderr.filter((line) => line.startsWith('[error] shutdown deadline passed'))).toEqual([
      '[error] shutdown deadline passed: exiting with work unfinished unfinished="answers already acknowledged" deadlineSeconds=2',
    ]);
  });
});

// Issue 16, item 8: the database file deleted under the running bot. Subscriptions must not be confirmed
// into it (they would be lost at the next start), and the log must say what happened and what to do.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnBot, stopAllProcesses } from './support/bot-process.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

afterEach(async () => {
  await stopAllProcesses();
  removeTempDirs();
});

describe('the database file deleted while the bot runs', { timeout: 90_000 }, () => {
  it('refuses /brief subscribe with a clear reply and logs the fix at error level', async () => {
    const db = tempDatabase();
    const bot = spawnBot({ PORT: '0', BRIEFING_DB: db });
    const url = (await bot.waitForLine(/^Playground: /, { stream: 'stdout' })).replace(/^Playground: /, '');
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });

    const response = await fetch(`${url}/api/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kind: 'command', text: '/brief subscribe 07:30 Europe/Kyiv' }),
    });
    const message = (await response.json()) as { isPrivate: boolean; reply: { kind: string; text?: string } };

    expect(message.isPrivate).toBe(true);
    expect(message.reply.text).toMatch(/^Not subscribed: the bot cannot save subscriptions right now/);
    const line = await bot.waitForLine(/^\[error\] The database file/, { stream: 'stderr' });
    expect(line).toContain('was deleted while the bot runs');
    expect(line).toContain('restart the bot');
  });
});

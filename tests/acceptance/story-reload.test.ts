// Tomorrow's news without a restart: a story file added to the folder while the bot runs is answered from.
import { cpSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_DIR, spawnBot, stopAllProcesses } from './support/bot-process.ts';
import { freePort } from './support/free-port.ts';
import { makeTempDir, removeTempDirs, tempDatabase } from './support/temp-dir.ts';

const NEW_STORY = `Aid convoy reaches Kharkiv after two-week delay
date 2025-05-24 By Staff Reuters

A convoy of 42 trucks carrying food and medicine reached Kharkiv on Saturday, the regional governor said.
`;

afterEach(async () => {
  await stopAllProcesses();
  removeTempDirs();
}, 30_000);

async function ask(url: string, question: string): Promise<{ kind: string; text: string }> {
  const response = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ kind: 'command', text: `/ask ${question}` }),
  });
  const json = (await response.json()) as { reply: { answer: { kind: string; text: string } } };
  return json.reply.answer;
}

describe('a story file added while the bot runs', { timeout: 60_000 }, () => {
  it('is read without a restart, so the next answer can come from it', async () => {
    const seeds = makeTempDir('briefing-live-seeds-');
    cpSync(join(REPO_DIR, 'seeds'), seeds, { recursive: true });
    const bot = spawnBot({ PORT: String(await freePort()), BRIEFING_DB: tempDatabase(), BRIEFING_SEEDS: seeds });
    const url = (await bot.waitForLine(/^Playground: /, { stream: 'stdout' })).replace(/^Playground: /, '');
    expect((await ask(url, 'How many trucks reached Kharkiv?')).kind).toBe('abstained');

    writeFileSync(join(seeds, '005_convoy.txt'), NEW_STORY);
    await bot.waitForLine(/stories reloaded/, { stream: 'stderr' });

    const answer = await ask(url, 'How many trucks reached Kharkiv?');
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^42 trucks/);
  });

  it('is read from a folder that replaced the watched one (mv seeds seeds.old && mv new seeds)', async () => {
    const parent = makeTempDir('briefing-replaced-seeds-');
    const seeds = join(parent, 'seeds');
    cpSync(join(REPO_DIR, 'seeds'), seeds, { recursive: true });
    const bot = spawnBot({ PORT: String(await freePort()), BRIEFING_DB: tempDatabase(), BRIEFING_SEEDS: seeds });
    const url = (await bot.waitForLine(/^Playground: /, { stream: 'stdout' })).replace(/^Playground: /, '');
    const loaded = Number(/stories=(\d+)/.exec(await bot.waitForLine(/stories loaded/, { stream: 'stderr' }))![1]);

    cpSync(seeds, join(parent, 'new'), { recursive: true });
    renameSync(seeds, join(parent, 'seeds.old'));
    renameSync(join(parent, 'new'), seeds);
    await bot.waitForLine(/the story folder was replaced; watching the new one/, { stream: 'stderr' });
    writeFileSync(join(seeds, '005_convoy.txt'), NEW_STORY);
    await bot.waitForLine(new RegExp(`stories reloaded stories=${loaded + 1}\\b`), { stream: 'stderr' });

    const answer = await ask(url, 'How many trucks reached Kharkiv?');
    expect(answer.kind).toBe('answered');
  });
});

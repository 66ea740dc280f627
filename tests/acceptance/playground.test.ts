// A new user's first run: no Slack or Discord tokens, so `npm start` opens the browser playground. The bot
// is a real child process; the test talks to it over HTTP the way the page does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_DIR, spawnBot, stopAllProcesses, type BotProcess } from './support/bot-process.ts';
import { freePort } from './support/free-port.ts';
import { removeTempDirs, tempDatabase } from './support/temp-dir.ts';

interface CitationJson {
  file: string;
  quote: string;
}

// One bot serves every test here: none of them changes what it holds.
let playground: { bot: BotProcess; port: number; url: string };

beforeAll(async () => {
  playground = await startPlayground();
}, 60_000);

afterAll(async () => {
  await stopAllProcesses();
  removeTempDirs();
}, 30_000);

/** Start the bot with nothing but a database and a port; resolve with its announced address. */
async function startPlayground(): Promise<{ bot: BotProcess; port: number; url: string }> {
  const port = await freePort();
  const bot = spawnBot({ PORT: String(port), BRIEFING_DB: tempDatabase() });
  const line = await bot.waitForLine(/^Playground: /, { stream: 'stdout' });
  return { bot, port, url: line.replace(/^Playground: /, '') };
}

/** POST a message to /api/events as the page does: JSON, from the page's own origin. */
async function sendFromPage(url: string, text: string): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${url}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: url },
    body: JSON.stringify({ kind: 'command', text }),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the playground, started with no platform tokens', { timeout: 60_000 }, () => {
  it('prints its address on stdout, on the PORT it was given', async () => {
    const { port, url } = playground;
    expect(url).toBe(`http://127.0.0.1:${port}`);
  });

  it('serves the playground page at the printed address', async () => {
    const { url } = playground;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toContain('<title>#general · Briefing bot playground</title>');
  });

  it('answers /ask how many were exchanged? with 390 and the source sentence quoted verbatim', async () => {
    const { url } = playground;
    const { status, json } = await sendFromPage(url, '/ask how many were exchanged?');
    expect(status, JSON.stringify(json)).toBe(200);
    const reply = json.reply as { kind: string; answer: { kind: string; text: string; citations: CitationJson[] } };
    expect(reply.kind).toBe('answer');
    expect(reply.answer.kind).toBe('answered');
    expect(reply.answer.text).toMatch(/^390\b/);
    expect(reply.answer.citations.length).toBeGreaterThan(0);
    for (const citation of reply.answer.citations) {
      expect(readFileSync(join(REPO_DIR, 'seeds', citation.file), 'utf8')).toContain(citation.quote);
    }
    expect(reply.answer.citations.some((c) => /\b390\b/.test(c.quote))).toBe(true);
    expect(json.html).toContain('390');
  });
});

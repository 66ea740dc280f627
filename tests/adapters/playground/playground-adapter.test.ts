// The playground's HTTP API on a real server (port 0), answered by the real chat layer over the seed stories.
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlaygroundMessage } from '../../../src/adapters/playground/playground-adapter.ts';
import type { SourceStory } from '../../../src/adapters/playground/source-list.ts';
import { createScheduleCommands } from '../../../src/chat/commands/subscribe.ts';
import type { Reply } from '../../../src/chat/types.ts';
import { silentLogger } from '../../../src/log.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { openSqliteStore } from '../../../src/store/store.ts';
import { openEventStream, type EventStreamClient } from './event-stream-client.ts';
import { createSeedBriefing, startPlayground, type StartedPlayground } from './start-playground.ts';

let playground: StartedPlayground | undefined;
let stream: EventStreamClient | undefined;
const cleanups: Array<() => void> = [];

afterEach(async () => {
  stream?.close();
  stream = undefined;
  await playground?.adapter.stop();
  playground = undefined;
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function start(setup?: Parameters<typeof startPlayground>[0]): Promise<StartedPlayground> {
  playground = await startPlayground(setup);
  return playground;
}

async function postEvent(body: unknown, init: { headers?: Record<string, string>; raw?: string } = {}): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${playground!.url}/api/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: init.raw ?? JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function send(body: unknown): Promise<PlaygroundMessage> {
  const { status, json } = await postEvent(body);
  expect(status, JSON.stringify(json)).toBe(200);
  return json as unknown as PlaygroundMessage;
}

function answerOf(message: PlaygroundMessage) {
  if (message.reply.kind !== 'answer') throw new Error(`expected an answer, got ${message.reply.kind}`);
  return message.reply.answer;
}

describe('playground POST /api/events', () => {
  it('answers /ask with the figure first and a citation pointing at the quoted sentence', async () => {
    await start();
    const message = await send({ kind: 'command', text: '/ask how many people returned from captivity?' });
    const answer = answerOf(message);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^390\b/);
    const citation = answer.citations.find((c) => c.quote.includes('390 people had returned from captivity in Russia'));
    expect(citation?.outlet).toBe('Bloomberg News');
    expect(message.html).toContain(`data-sentence="${citation!.sentenceId}"`);
    expect(message.html).toMatch(/<strong class="figure">390\b[^<]*<\/strong> — /);

    const { stories } = (await (await fetch(`${playground!.url}/api/sources`)).json()) as { stories: SourceStory[] };
    const quoted = stories.find((s) => s.storyId === citation!.storyId)?.sentences.find((s) => s.id === citation!.sentenceId);
    expect(quoted?.text).toBe(citation!.quote);
  });

  it('posts /brief with both of the day’s stories', async () => {
    await start();
    const message = await send({ kind: 'command', text: '/brief' });
    expect(message.reply.kind).toBe('digest');
    const headlines = message.reply.kind === 'digest' ? message.reply.digest.stories.map((s) => s.headline) : [];
    expect(headlines).toEqual(['Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners', 'US, Russian officials to meet in Florida for more Ukraine talks']);
    for (const headline of headlines) expect(message.html).toContain(headline);
    expect(message.html).toContain('class="cite"');
  });

  it('answers a mention in a new thread and reads a follow-up there in the light of its question', async () => {
    await start();
    const first = await send({ kind: 'mention', text: '@bot how many prisoners were exchanged?' });
    expect(first.threadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answerOf(first).question).toBe('how many prisoners were exchanged?');

    const followUp = await send({ kind: 'mention', text: 'and on Saturday?', threadId: first.threadId });
    expect(followUp.threadId).toBe(first.threadId);
    expect(answerOf(followUp).question).toBe('how many prisoners were exchanged on Saturday?');

    const elsewhere = await send({ kind: 'mention', text: 'and on Saturday?' });
    expect(elsewhere.threadId).not.toBe(first.threadId);
    expect(answerOf(elsewhere).question).toBe('and on Saturday?');
  });

  it('answers a bare @bot with what the bot can do', async () => {
    await start();
    const message = await send({ kind: 'mention', text: '@bot' });
    expect(message.kind).toBe('help');
    expect(message.html).toContain('data-example="/ask how many prisoners were exchanged?"');
  });

  it.each([
    ['an empty text', { kind: 'command', text: '' }, /message is empty/],
    ['a blank text', { kind: 'mention', text: '   ' }, /message is empty/],
    ['no text', { kind: 'mention' }, /"text" is missing/],
    ['an unknown kind', { kind: 'shout', text: 'hi' }, /"kind" must be "command", "mention" or "feedback"/],
    ['an array', [1, 2], /must be a JSON object/],
    ['an unknown command', { kind: 'command', text: '/weather in Kyiv' }, /"\/weather" is not a command here/],
    ['a thread id that is not ours', { kind: 'mention', text: 'and then?', threadId: '../../etc' }, /"threadId" is not a thread/],
  ])('refuses %s with 400 and a sentence saying what to send', async (_name, body, problem) => {
    await start();
    const { status, json } = await postEvent(body);
    expect(status).toBe(400);
    expect(json.error).toMatch(problem);
  });

  it('refuses malformed JSON with 400', async () => {
    await start();
    const { status, json } = await postEvent(undefined, { raw: '{"kind": "command", "text": ' });
    expect(status).toBe(400);
    expect(json.error).toMatch(/not valid JSON/);
  });

  it.each([20_000, 2_000_000])('refuses a %d-byte body (over 16 KB) with 400 and keeps serving', async (size) => {
    await start();
    const { status, json } = await postEvent({ kind: 'command', text: `/ask ${'w'.repeat(size)}` });
    expect(status).toBe(400);
    expect(json.error).toMatch(/too large: at most 16 KB/);
    const next = await send({ kind: 'command', text: '/brief help' });
    expect(next.kind).toBe('help');
  });

  it('refuses a form post from another site', async () => {
    await start();
    expect((await postEvent({ kind: 'command', text: '/brief' }, { headers: { 'Content-Type': 'text/plain' } })).status).toBe(415);
    const crossSite = await postEvent({ kind: 'command', text: '/brief' }, { headers: { Origin: 'http://evil.example' } });
    expect(crossSite.status).toBe(403);
  });

  it('apologises instead of failing when the core throws', async () => {
    const briefing = createSeedBriefing();
    await start({ briefing: { ...briefing, ask: () => Promise.reject(new Error('index corrupted')) } });
    const message = await send({ kind: 'command', text: '/ask how many prisoners were exchanged?' });
    expect(message.reply).toMatchObject({ kind: 'notice', tone: 'error' });
    expect(message.html).toContain('Sorry, something went wrong');
    expect(message.html).not.toContain('index corrupted');
  });
});

describe('playground pages and sources', () => {
  it('serves the page with a strict Content-Security-Policy and no inline script or style', async () => {
    await start();
    const response = await fetch(`${playground!.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'self'/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/app.js"></script>');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    for (const asset of ['/app.js', '/sources-panel.js', '/element.js', '/style.css', '/favicon.svg']) {
      const file = await fetch(`${playground!.url}${asset}`);
      expect(file.status, asset).toBe(200);
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('answers an unknown path with 404 and a wrong method with 405, as JSON', async () => {
    await start();
    const missing = await fetch(`${playground!.url}/../../etc/passwd`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: string }).error).toMatch(/the playground is at \//);
    const wrongMethod = await fetch(`${playground!.url}/api/events`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
  });

  it('lists every story with its sentences and marks the near-duplicates', async () => {
    await start();
    const { stories } = (await (await fetch(`${playground!.url}/api/sources`)).json()) as { stories: SourceStory[] };
    expect(stories).toHaveLength(6);
    const bloomberg = stories.find((s) => s.storyId === '000_a12096f1b7f4394d.txt#1');
    const secondCut = stories.find((s) => s.storyId === '002_12b939b351bba3f8.txt#1');
    expect(bloomberg).toMatchObject({ outlet: 'Bloomberg News', date: '2025-05-23', duplicateOf: ['002_12b939b351bba3f8.txt#1'] });
    expect(secondCut?.duplicateGroup).toBe(bloomberg?.duplicateGroup);
    expect(bloomberg?.sentences[0]).toEqual({ id: '000_a12096f1b7f4394d.txt#1:0', text: expect.stringMatching(/^U\.S\. President Donald Trump said/) });
  });

  it('says how many stories there are in all, and serves any one of them by id for a citation past the list', async () => {
    await start();
    const { total } = (await (await fetch(`${playground!.url}/api/sources`)).json()) as { total: number };
    expect(total).toBe(6);
    const one = await fetch(`${playground!.url}/api/sources/story?id=${encodeURIComponent('002_12b939b351bba3f8.txt#1')}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({ storyId: '002_12b939b351bba3f8.txt#1', duplicateOf: ['000_a12096f1b7f4394d.txt#1'], sentences: expect.any(Array) });
    const gone = await fetch(`${playground!.url}/api/sources/story?id=nothing.txt%231`);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { error: string }).error).toMatch(/Reload the page/);
    expect((await fetch(`${playground!.url}/api/sources/story`)).status).toBe(400);
  });
});

describe('playground GET /events', () => {
  const notice: Reply = { kind: 'notice', tone: 'info', text: 'Scheduled brief test' };

  it('pushes what the adapter posts to the open pages of the channel', async () => {
    await start();
    stream = await openEventStream(`${playground!.url}/events?channel=general`);
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await playground!.adapter.post('general', notice);
    const event = await stream.next();
    expect(event.event).toBe('reply');
    const message = JSON.parse(event.data) as PlaygroundMessage;
    expect(message.reply).toEqual(notice);
    expect(message.html).toBe('<p class="notice notice-info">Scheduled brief test</p>');
  });

  it('replays posts a page missed, but not the ones it has seen (Last-Event-ID)', async () => {
    await start();
    await playground!.adapter.post('general', notice);
    stream = await openEventStream(`${playground!.url}/events`);
    const missed = await stream.next();
    expect(JSON.parse(missed.data)).toMatchObject({ reply: notice });
    stream.close();

    stream = await openEventStream(`${playground!.url}/events`, { 'Last-Event-ID': missed.id });
    await playground!.adapter.post('general', { ...notice, text: 'second' });
    expect(JSON.parse((await stream.next()).data)).toMatchObject({ reply: { text: 'second' } });
  });

  it('refuses to post in a channel the playground does not have', async () => {
    await start();
    await expect(playground!.adapter.post('random', notice)).rejects.toThrow(/only the #general channel/);
    expect(await playground!.adapter.checkChannel!('general')).toBeUndefined();
  });

  it('delivers a subscribed channel’s brief when the scheduler reaches its slot', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'playground-'));
    const store = openSqliteStore(join(dir, 'briefing.sqlite'));
    cleanups.push(() => {
      void store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    let now = new Date('2026-01-05T05:00:00Z'); // Monday 07:00 in Kyiv (UTC+2)
    const clock = (): Date => now;
    const briefing = createSeedBriefing(clock);
    let post: (channelId: string, reply: Reply) => Promise<void> = async () => {};
    const scheduler = createScheduler({ store, briefing, post: (channel, reply) => post(channel.channelId, reply), log: silentLogger, now: clock });
    await start({ briefing, now: clock, schedule: createScheduleCommands({ subscriptions: store.subscriptions, preview: (channel) => scheduler.previewFor(channel), now: clock }) });
    post = (channelId, reply) => playground!.adapter.post(channelId, reply);
    stream = await openEventStream(`${playground!.url}/events`);

    const subscribed = await send({ kind: 'command', text: '/brief subscribe 07:30 Europe/Kyiv' });
    expect(subscribed.reply).toMatchObject({ kind: 'notice', tone: 'success' });
    now = new Date('2026-01-05T05:30:00Z');
    await scheduler.runDueSlots(now);

    const message = JSON.parse((await stream.next()).data) as PlaygroundMessage;
    expect(message.reply).toMatchObject({ kind: 'digest', heading: 'Morning brief' });
    expect(message.html).toContain('US, Russian officials to meet in Florida for more Ukraine talks');
  });
});

describe('playground Host check (DNS rebinding)', () => {
  /** fetch() will not set Host, so the request goes out through node:http. */
  async function statusWithHost(path: string, host: string, init: { method?: string; body?: string } = {}): Promise<number> {
    return new Promise((resolve, reject) => {
      const req = request(`${playground!.url}${path}`, { method: init.method ?? 'GET', headers: { Host: host, 'Content-Type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(init.body);
    });
  }

  it.each([
    ['the story list', '/api/sources', {}],
    ['a subscription command', '/api/events', { method: 'POST', body: JSON.stringify({ kind: 'command', text: '/brief unsubscribe' }) }],
    ['the page itself', '/', {}],
  ])('refuses %s with 403 when Host is a foreign name', async (_case, path, init) => {
    await start();
    const port = new URL(playground!.url).port;
    expect(await statusWithHost(path, `rebind.attacker.example:${port}`, init)).toBe(403);
  });

  it.each(['127.0.0.1', 'localhost', '[::1]'])('answers when Host is %s', async (name) => {
    await start();
    const port = new URL(playground!.url).port;
    expect(await statusWithHost('/api/sources', `${name}:${port}`)).toBe(200);
  });
});

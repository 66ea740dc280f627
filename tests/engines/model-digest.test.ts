// The model engine's digest against the local stand-in and the real seeds: held bullet by bullet to
// the rule that every figure is in its verbatim quote, with the offline digest behind it.
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { allStories, loadLibrary } from '../support/library.ts';
import type { Engine, Library } from '../../src/core/types.ts';
import { createModelEngine, loadPrompts } from '../../src/engines/model.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';
import { silentLogger } from '../../src/log.ts';
import { replyJson, startOpenAiStandin, type OpenAiStandin } from '../standins/openai.ts';

const SEEDS = fileURLToPath(new URL('../../seeds', import.meta.url));
const PROMPTS = fileURLToPath(new URL('../../prompts', import.meta.url));
const NOW = new Date('2025-05-24T07:00:00Z');

const TRANSFERRED =
  'The Defense Ministry in Moscow confirmed the swap had started, saying it had transferred 270 Ukrainian soldiers and 120 civilians to officials in Ukraine in return for the same numbers of Russian servicemen and civilians.';
const AGREED =
  'Russia and Ukraine each agreed at two hours of talks in Istanbul last week to swap 1,000 prisoners, but failed to agree to a ceasefire proposed by Trump.';
const MEDIATED = 'Previous prisoner swaps have been mediated by the United Arab Emirates.';

const soldiers = { text: 'Moscow handed over 270 Ukrainian soldiers and 120 civilians.', quote: TRANSFERRED };
const agreed = { text: 'Each side agreed in Istanbul to swap 1,000 prisoners.', quote: AGREED };
const mediated = { text: 'Earlier swaps were mediated by the United Arab Emirates.', quote: MEDIATED };
const inventedFigure = { text: 'Moscow handed over 300 Ukrainian soldiers.', quote: TRANSFERRED };
const inventedQuote = { text: 'The swap went smoothly.', quote: 'Officials said the swap went smoothly and without any delays at the border.' };

const offline = createOfflineEngine();

let library: Library;
let standin: OpenAiStandin;

function buildEngine(): Engine {
  const config = { apiKey: 'sk-test-digest', baseUrl: standin.baseUrl, model: 'standin-model', timeoutMs: 5000 };
  return createModelEngine({ config, offline, prompts: loadPrompts(PROMPTS), log: silentLogger });
}

beforeAll(() => {
  library = loadLibrary(SEEDS);
});

beforeEach(async () => {
  standin = await startOpenAiStandin();
});

afterEach(async () => {
  await standin.close();
});

describe('createModelEngine digest', () => {
  it('keeps bullets backed by their quotes and marks each with its citation', async () => {
    standin.script(() =>
      replyJson({ stories: [{ headline: 'Prisoner swap begins', bullets: [soldiers, agreed] }, { headline: 'Who mediates', bullets: [mediated] }] }),
    );
    const digest = await buildEngine().digest(library, { now: NOW });
    expect(digest.engine).toBe('model');
    expect(digest.stories.map((s) => [s.headline, s.bullets])).toEqual([
      ['Prisoner swap begins', [{ text: soldiers.text, marks: [1] }, { text: agreed.text, marks: [2] }]],
      ['Who mediates', [{ text: mediated.text, marks: [3] }]],
    ]);
    expect(digest.citations.map((c) => c.quote)).toEqual([TRANSFERRED, AGREED, MEDIATED]);
    expect(digest.text).toBe(
      [
        "Today's brief (Sat, 24 May 2025): 2 stories",
        '',
        '1. Prisoner swap begins (2 independent sources)',
        `• ${soldiers.text} [1]`,
        `• ${agreed.text} [2]`,
        '',
        '2. Who mediates (1 independent source)',
        `• ${mediated.text} [3]`,
        '',
        'Sources:',
        // One line per story, with every mark that cites it.
        `[1] ${digest.citations[0]!.outlet} — ${digest.citations[0]!.title}`,
        `[2][3] ${digest.citations[1]!.outlet} — ${digest.citations[1]!.title}`,
      ].join('\n'),
    );
  });

  it.each([
    ['whose figure is not in its quote', inventedFigure],
    ['whose quote is in no story', inventedQuote],
  ])('drops a bullet %s and keeps the rest', async (_case, bad) => {
    standin.script(() => replyJson({ stories: [{ headline: 'Prisoner swap begins', bullets: [soldiers, bad, agreed, mediated] }] }));
    const digest = await buildEngine().digest(library, { now: NOW });
    expect(digest.stories.flatMap((s) => s.bullets.map((b) => b.text))).toEqual([soldiers.text, agreed.text, mediated.text]);
  });

  it('uses the offline digest when fewer than three bullets hold up', async () => {
    standin.script(() => replyJson({ stories: [{ headline: 'Prisoner swap begins', bullets: [soldiers, inventedFigure, inventedQuote] }] }));
    const digest = await buildEngine().digest(library, { now: NOW });
    expect(digest).toEqual(await offline.digest(library, { now: NOW }));
    expect(digest.engine).toBe('offline');
  });

  it('uses the offline digest when the server fails', async () => {
    standin.script(() => ({ kind: 'status', status: 503 }));
    const digest = await buildEngine().digest(library, { now: NOW });
    expect(digest.engine).toBe('offline');
  });

  it("replaces a headline whose figure none of its quotes holds with the story's title", async () => {
    standin.script(() => replyJson({ stories: [{ headline: '5,000 prisoners freed', bullets: [soldiers, agreed, mediated] }] }));
    const digest = await buildEngine().digest(library, { now: NOW });
    expect(digest.stories[0]!.headline).toBe(library.storyById('000_a12096f1b7f4394d.txt#1')!.title);
  });

  it('writes a plain summary of whole bullets within maxWords', async () => {
    standin.script(() => replyJson({ stories: [{ headline: 'Prisoner swap begins', bullets: [soldiers, agreed, mediated] }] }));
    const words = (text: string): number => text.split(/\s+/).length;
    const digest = await buildEngine().digest(library, { now: NOW, maxWords: words(soldiers.text) + words(agreed.text) + 1 });
    expect(digest.text).toBe(`${soldiers.text} ${agreed.text}`);
  });

  it('sends the opening passages of each story, not whole stories', async () => {
    standin.script(() => replyJson({ stories: [] }));
    await buildEngine().digest(library, { now: NOW });
    const prompt = standin.requests[0]!.messages.map((m) => m.content).join('\n');
    const all = allStories(library).flatMap((s) => s.sentences);
    const sent = all.filter((s) => prompt.includes(s.text.replace(/\s+/g, ' ')));
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.length).toBeLessThan(all.length / 2);
  });
});

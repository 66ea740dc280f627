// Stories the answer rules were not written against (tests/fixtures/unseen: two reports of one
// earthquake, one with no header at all, and an earnings story): the same rules must still hold.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createBriefing } from '../../src/core/briefing.ts';
import { loadLibrary } from '../support/library.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';

const UNSEEN = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/unseen');
const briefing = createBriefing({ library: loadLibrary(UNSEEN), engine: createOfflineEngine(), now: () => new Date('2025-07-31T08:00:00Z') });

describe('answering from stories the rules were not written against', () => {
  it.each([
    ['How strong was the earthquake?', 'Magnitude 6.8'],
    ['How deep was the quake?', '35 kilometers'],
    ['How many homes were damaged?', 'Around 1,500 homes'],
    ['How many people died in Chivay?', '9'],
    ['How much did Acme’s profit rise?', '18%'],
    ['How many engineers will Acme hire?', '5,000 engineers'],
    ['Who declared a state of emergency?', 'President Dina Boluarte'],
    ['Who is Acme’s chief executive?', 'Jane Holt'],
    ['Where did the earthquake hit?', 'Arequipa'],
    ['When did Acme report its results?', 'Wednesday 30 July'],
  ])('%s → %s first', async (question, lead) => {
    const answer = await briefing.ask(question);
    expect(answer.kind).toBe('answered');
    expect(answer.text.startsWith(`${lead} — `)).toBe(true);
  });

  it('cites both reports when they give different death tolls', async () => {
    const answer = await briefing.ask('How many people were killed?');
    expect(answer.hasConflict).toBe(true);
    expect(answer.citations.map((c) => c.file).sort()).toEqual(['quake-local.txt', 'quake-reuters.txt']);
  });

  it('reads "would hire" as a plan, not as a yes', async () => {
    expect((await briefing.ask('Is Acme hiring?')).text.startsWith('Not yet — ')).toBe(true);
  });

  it('abstains on what the stories do not cover', async () => {
    expect((await briefing.ask('What is the capital of Peru?')).kind).toBe('abstained');
  });

  it('takes the outlet from a header line of its own', () => {
    expect(briefing.sources().find((s) => s.file === 'quake-reuters.txt')?.outlet).toBe('Reuters');
  });
});

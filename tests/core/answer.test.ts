// The offline answer, through the core's one door (createBriefing), over the real seed stories.
import { describe, expect, it } from 'vitest';
import { buildLibrary } from '../support/library.ts';
import { parseStoryFile } from '../../src/core/stories.ts';
import type { Answer } from '../../src/core/types.ts';
import { briefingOver, isVerbatimInSeed, loadSeedLibrary, numbersIn, seedBriefing, SEED, statesNumber } from '../support/seeds.ts';

const briefing = seedBriefing();
const library = loadSeedLibrary();
const ask = (question: string): Promise<Answer> => briefing.ask(question);

/** Varied questions of every kind, written for these tests: counts, who, where, when, yes/no, said, unanswerable. */
const QUESTIONS = [
  'How many prisoners did each side agree to swap?',
  'How many civilians were freed on Friday?',
  'How many POWs came home on Friday?',
  'How many bodies has Ukraine repatriated?',
  'How many missiles hit Odesa?',
  'How many people were wounded in the Odesa strike?',
  'How many captured soldiers were released on May 6?',
  'How many thousand prisoners will be swapped?',
  'How many hours did the Istanbul talks last?',
  'Were two hundred soldiers released?',
  'Did Russia free one thousand prisoners on Friday?',
  'How many Ukrainian citizens have been freed from captivity?',
  'Who mediated previous prisoner swaps?',
  'Who is the Kremlin spokesperson?',
  'Who leads the Russian delegation in Florida?',
  'Who is the governor of the Odesa region?',
  'Where are the freed Russians now?',
  'Where did the two sides agree to the swap?',
  'Where were reporters told to assemble?',
  'When is the Florida meeting?',
  'When did Russia launch its full-scale invasion?',
  'When are more prisoners expected to be released?',
  'Did Putin attend the talks in Turkey?',
  'Does Russia occupy a fifth of Ukraine?',
  'Is the swap finished?',
  'What did Zelenskiy say about the meeting in Turkey?',
  'What did Rubio say about making a deal?',
  'How long was the phone call between Trump and Putin?',
  'What happens next?',
  'How many journalists were killed in Gaza?',
  'What is the population of Kyiv?',
  'Who won the Eurovision song contest?',
  'How many tanks were destroyed on 12 March?',
  'How many twenty-year-olds were freed?',
];

describe('answering a question', () => {
  it.each([
    ['How many were exchanged?', '390'],
    ['How many prisoners did each side agree to swap?', '1,000'],
    ['How many civilians were freed on Friday?', '120'],
    ['How many Ukrainian soldiers were released?', '270'],
    ['How many POWs came home on Friday?', '390'],
    ['How many bodies has Ukraine repatriated?', 'Almost 10,000'],
    ['How many captured soldiers were released on May 6?', '205'],
    ['How many missiles hit Odesa?', 'Two'],
    ['How many Ukrainian citizens have been freed from captivity?', 'More than 4,700'],
    ['How many people were wounded in the Odesa strike?', 'Eight'],
    ['How many Ukrainians have been freed from Russian captivity during the war?', 'More than 4,700'],
    ['How many hours did the Istanbul talks last?', 'Two'],
  ])('puts the figure first and quotes its source verbatim: %s → %s', async (question, figure) => {
    const answer = await ask(question);
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(new RegExp(`^${figure}(?![\\d,])`));
    const lead = answer.citations[0]!;
    expect(statesNumber(lead.quote, figure.replace(/^(Almost|More than) /, ''))).toBe(true);
    expect(answer.text).toContain(lead.quote.replace(/[.”]+$/, ''));
    expect(isVerbatimInSeed(lead.file, lead.quote)).toBe(true);
  });

  it.each([
    ['Who mediated previous prisoner swaps?', 'The United Arab Emirates'],
    ['Who is the Kremlin spokesperson?', 'Dmitry Peskov'],
    ['Who published a video of a prisoner’s wife?', 'Espreso TV'],
    ['Who leads the Russian delegation in Florida?', 'Kirill Dmitriev'],
    ['Who is the governor of the Odesa region?', 'Oleh Kiper'],
    ['Who is Ukraine’s top negotiator?', 'Rustem Umerov'],
  ])('names the person or body first: %s → %s', async (question, name) => {
    const answer = await ask(question);
    expect(answer.text.startsWith(`${name} — `)).toBe(true);
    expect(answer.citations[0]!.quote).toContain(name.replace(/^The /, ''));
  });

  it('reads "earlier swaps" as the previous ones, not as "Earlier on Friday, Trump lauded the swap" (who brokered nothing of them)', async () => {
    expect((await ask('who mediated earlier swaps?')).text).toMatch(/^The United Arab Emirates — /);
  });

  it.each([
    ['Where are the freed Russians now?', 'Belarus'],
    ['Where did the two sides agree to the swap?', 'Istanbul'],
    ['Where were reporters told to assemble?', 'Chernihiv'],
  ])('names the place first: %s → %s', async (question, place) => {
    expect((await ask(question)).text.startsWith(`${place} — `)).toBe(true);
  });

  it.each([
    ['When is the Florida meeting?', 'Saturday'],
    ['When did Russia launch its full-scale invasion?', 'February 2022'],
    ['When are more prisoners expected to be released?', 'Saturday'],
  ])('names the time first: %s → %s', async (question, time) => {
    expect((await ask(question)).text.startsWith(time)).toBe(true);
  });

  it.each([
    ['How long was the phone call between Trump and Putin?', 'Two-hour'],
    ['How long a ceasefire did Ukraine propose?', '30-day'],
    ['How many years has the war lasted?', 'Nearly four years'],
  ])('names the duration first: %s → %s', async (question, duration) => {
    expect((await ask(question)).text.startsWith(`${duration} — `)).toBe(true);
  });

  it.each([
    ['Did Putin attend the talks in Turkey?', 'No'],
    ['Did Russia agree to a ceasefire?', 'No'],
    ['Did Russia and Ukraine agree to exchange prisoners?', 'Yes'],
    ['Does Russia occupy a fifth of Ukraine?', 'Yes'],
    ['Did Trump tighten sanctions on Russia?', 'No'],
  ])('answers yes or no first: %s → %s', async (question, reply) => {
    expect((await ask(question)).text.startsWith(`${reply} — `)).toBe(true);
  });

  it.each([
    ['a figure its source contradicts (500 asked, 390 freed)', 'Were 500 prisoners freed?'],
    ['a mediator its source does not name (Turkey asked, the UAE mediated)', 'Was the swap mediated by Turkey?'],
  ])('does not say yes to %s', async (_case, question) => {
    const answer = await ask(question);
    expect(answer.text.startsWith('Yes')).toBe(false);
  });

  it.each([
    ['Who is Marco Rubio?', /top diplomat|national security adviser/],
    ['Who is Jared Kushner?', /son-in-law/],
  ])('answers "who is <name>" with what the stories say the person is, not with another name: %s', async (question, description) => {
    const answer = await ask(question);
    const lead = answer.text.split(' — ')[0]!;
    expect(lead).toMatch(description);
  });

  it('answers "what did … say" with the quoted sentence itself, first', async () => {
    const answer = await ask('What did Zelenskiy say about the meeting in Turkey?');
    expect(answer.text).toBe('“Effectively, it is the only significant outcome of the meeting in Turkey,” Zelenskiy said on Telegram. [1]');
    expect(answer.citations.map((c) => c.file)).toEqual([SEED.bloombergCut]);
  });

  it('cites the same figure from other independent sources, one sentence per source', async () => {
    const answer = await ask('How many civilians were freed on Friday?');
    expect(answer.citations.map((c) => c.n)).toEqual([1, 2]);
    expect(answer.text.endsWith('[1][2]')).toBe(true);
    expect(new Set(answer.citations.map((c) => library.groupOf(c.storyId))).size).toBe(2);
    for (const c of answer.citations) expect(c.quote).toContain('120 civilians');
  });

  it('counts two copies of one wire story as one independent source', async () => {
    const wire = 'date 2025-05-20 By Lena Ortiz Reuters\n\nOfficials said 42 lorries of aid crossed the Rafah border on Tuesday, the first convoy in weeks.\n\nDrivers waited for hours at the gate before the convoy moved, a spokesperson said.\n\nThe United Nations welcomed the crossing and urged more access for aid agencies.\n';
    const other = 'A convoy of 42 lorries carrying food crossed the border at Rafah on Tuesday, aid agencies said.\n\nIt was the first delivery of food since March, they added.\n';
    const stories = [
      ...parseStoryFile('a.txt', wire),
      ...parseStoryFile('b.txt', wire.replace('By Lena Ortiz Reuters', 'By Staff Associated Press')),
      ...parseStoryFile('c.txt', other),
    ];
    const answer = await briefingOver(() => buildLibrary(stories)).ask('How many lorries crossed the border?');
    expect(answer.text).toMatch(/^42 /);
    expect(answer.independentSources).toBe(2);
    expect(answer.citations.map((c) => c.file)).toEqual(['a.txt', 'c.txt']);
  });

  it('says the sources disagree when one says the swap is complete and another that it goes on', async () => {
    const answer = await ask('Is the swap finished?');
    expect(answer.kind).toBe('answered');
    expect(answer.hasConflict).toBe(true);
    expect(answer.text.startsWith('Not settled: the sources disagree.')).toBe(true);
    const quotes = answer.citations.map((c) => c.quote).join(' ');
    expect(quotes).toMatch(/complet/);
    expect(quotes).toMatch(/ongoing|under ?way/);
  });

  it('does not read "over the course of the war" as the war being over', async () => {
    const answer = await ask('Is the war over?');
    expect(answer.hasConflict).toBe(false);
  });

  it('abstains and quotes the closest passage when no story answers', async () => {
    const answer = await ask('What is the population of Kyiv?');
    expect(answer.kind).toBe('abstained');
    expect(answer.citations).toHaveLength(1);
    const closest = answer.citations[0]!;
    expect(answer.text.startsWith('The stories don’t say')).toBe(true);
    expect(answer.text.endsWith(`The closest they come: “${closest.quote}” [1]`)).toBe(true);
    expect(isVerbatimInSeed(closest.file, closest.quote)).toBe(true);
    expect([answer.independentSources, answer.hasConflict]).toEqual([0, false]);
  });

  it.each([
    ['Who won the Eurovision song contest?', 'Eurovision'],
    ['Did Macron visit Istanbul?', 'Macron'],
    ['What did Erdogan say about the swap?', 'Erdogan'],
    ['How many journalists were killed in Gaza?', 'Gaza'],
    ['How many tanks did Russia lose in May?', 'tanks'],
  ])('abstains on a name or counted thing that appears in no story: %s → %s', async (question, missing) => {
    const answer = await ask(question);
    expect(answer.kind).toBe('abstained');
    expect(answer.text).toContain(`The stories don’t say anything about`);
    expect(answer.text).toContain(`“${missing}”`);
  });

  it.each([
    ['key words found in no story', 'Did three Russian generals defect?'],
    ['a year no story mentions', 'How many prisoners were freed in 2023?'],
    ['days on which the stories say only that more are due', 'How many prisoners were released on Saturday and Sunday?'],
    ['a place the answering sentence does not name (civilians died, but not in Kursk)', 'How many civilians died in Kursk?'],
  ])('abstains on a question with %s: %s', async (_case, question) => {
    expect((await ask(question)).kind).toBe('abstained');
  });

  it('abstains without a closest passage when there are no stories', async () => {
    const answer = await briefingOver(() => buildLibrary([])).ask('How many prisoners were freed?');
    expect(answer).toMatchObject({ kind: 'abstained', citations: [], independentSources: 0, hasConflict: false });
  });

  describe.each(QUESTIONS)('%s', (question) => {
    it('states no number that its quotes do not', async () => {
      const answer = await ask(question);
      const quotes = answer.citations.map((c) => c.quote);
      // An abstention may echo the question back; an answer may state only what it quotes.
      const allowed = answer.kind === 'answered' ? quotes : [...quotes, question];
      const invented = numbersIn(answer.text).filter((n) => !allowed.some((text) => statesNumber(text, n)));
      expect(invented).toEqual([]);
    });

    it('quotes only verbatim sentences, numbered 1…n, each mark naming a citation', async () => {
      const answer = await ask(question);
      expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
      for (const c of answer.citations) expect(isVerbatimInSeed(c.file, c.quote)).toBe(true);
      const marks = [...answer.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      for (const n of marks) expect(n).toBeLessThanOrEqual(answer.citations.length);
    });

    it('counts each duplicate group of its sources once', async () => {
      const answer = await ask(question);
      const groups = new Set(answer.citations.map((c) => library.groupOf(c.storyId))).size;
      expect(answer.independentSources).toBe(answer.kind === 'answered' ? groups : 0);
    });
  });

  it.each([
    ['an empty question', '', /^Ask me a question about the stories/],
    ['whitespace', '  \n\t  ', /^Ask me a question about the stories/],
    ['10,000 characters', 'How many prisoners were freed? '.repeat(323).slice(0, 10_000), /^That question is 10,000 characters long; please keep it under 500/],
    ['a question in Cyrillic', 'Сколько пленных освободили в пятницу?', /^I can only read questions in English/],
  ])('turns %s into an invalid answer that says what to do, without throwing', async (_case, raw, problem) => {
    const answer = await ask(raw);
    expect(answer.kind).toBe('invalid');
    expect(answer.text).toMatch(problem);
    expect(answer).toMatchObject({ citations: [], independentSources: 0, hasConflict: false, engine: 'offline' });
    expect(answer.question.length).toBeLessThanOrEqual(200);
  });
});

describe('the share of the question an answer must hold', () => {
  it('is the answering sentence’s, for the closest passage too: "ready for a 30-day ceasefire immediately" holds less than half of "how long a ceasefire does Kyiv say it’s ready to accept straight away"', async () => {
    const answer = await ask('How long a ceasefire does Kyiv say it’s ready to accept straight away?');
    expect(answer.kind).toBe('answered');
    expect(answer.text).toMatch(/^30-day — Ukraine says it is ready for a 30-day ceasefire immediately\./);
  });
});

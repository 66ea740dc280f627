// Reply → Discord messages: what each kind looks like, and that nothing breaks Discord's limits.
import { describe, expect, it } from 'vitest';
import { helpReply } from '../../src/chat/commands/brief.ts';
import type { Answer, Citation } from '../../src/core/types.ts';
import { renderDiscordMessages, type DiscordMessage } from '../../src/render/embeds.ts';
import { syntheticDigest } from '../support/synthetic-digest.ts';
import { LIMITS } from '../standins/discord.ts';

const ZELENSKIY: Citation = {
  n: 1,
  file: '000_a12096f1b7f4394d.txt',
  storyId: '000_a12096f1b7f4394d.txt#1',
  title: 'Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners',
  outlet: 'Bloomberg',
  date: '2025-05-23',
  quote: 'President Volodymyr Zelenskiy said Ukraine took in 390 people from captivity in Russia.',
  sentenceId: '000_a12096f1b7f4394d.txt#1:3',
};

function answer(overrides: Partial<Answer>): Answer {
  return {
    kind: 'answered',
    question: 'how many were exchanged?',
    text: '390 — Ukraine took in 390 people from captivity in Russia. [1]',
    citations: [ZELENSKIY],
    engine: 'offline',
    independentSources: 1,
    hasConflict: false,
    ...overrides,
  };
}

/** Checks every documented limit, counted here independently of the renderer. */
function expectWithinDiscordLimits(messages: DiscordMessage[]): void {
  for (const message of messages) {
    expect(message.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
    expect((message.content ?? '').length + message.embeds.length).toBeGreaterThan(0);
    expect(message.embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    let total = 0;
    for (const embed of message.embeds) {
      const fields = embed.fields ?? [];
      expect(embed.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(LIMITS.footer);
      expect(fields.length).toBeLessThanOrEqual(LIMITS.fields);
      for (const field of fields) {
        expect(field.name.length).toBeGreaterThan(0);
        expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(field.value.length).toBeGreaterThan(0);
        expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
      }
      total += (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0);
      total += fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
}

const descriptionsOf = (messages: DiscordMessage[]): string => messages.flatMap((m) => m.embeds.map((e) => e.description ?? '')).join('\n');
const storyTitles = (messages: DiscordMessage[]): string[] =>
  messages.flatMap((m) => m.embeds.map((e) => e.title ?? '')).filter((t) => !t.endsWith('(continued)'));

describe('renderDiscordMessages: answers', () => {
  it('puts the answer text first and quotes each source with its outlet and headline', () => {
    const [message, ...rest] = renderDiscordMessages({ kind: 'answer', answer: answer({}) });
    expect(rest).toEqual([]);
    expect(message?.content).toBe('390 — Ukraine took in 390 people from captivity in Russia. [1]');
    expect(message?.embeds).toEqual([
      expect.objectContaining({
        title: 'Sources',
        fields: [{ name: '[1] Bloomberg', value: `> ${ZELENSKIY.quote}\n— Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners, 2025-05-23` }],
      }),
    ]);
  });

  it('says when the sources disagree and how many independent sources back the answer', () => {
    const [message] = renderDiscordMessages({ kind: 'answer', answer: answer({ hasConflict: true, independentSources: 3 }) });
    expect(message?.embeds[0]).toMatchObject({ description: 'The sources disagree; both sides are quoted.', footer: { text: '3 independent sources' } });
  });

  it('says an abstention plainly and shows the closest passage', () => {
    const [message] = renderDiscordMessages({ kind: 'answer', answer: answer({ kind: 'abstained', text: 'The stories don’t say who won.' }) });
    expect(message?.content).toBe('Not in today’s stories. The stories don’t say who won.');
    expect(message?.embeds[0]).toMatchObject({ title: 'Closest passage', fields: [expect.objectContaining({ value: expect.stringContaining(`> ${ZELENSKIY.quote}`) })] });
  });

  it('shows an invalid question as text alone', () => {
    expect(renderDiscordMessages({ kind: 'answer', answer: answer({ kind: 'invalid', text: 'Ask a question, e.g. /ask who mediated?', citations: [] }) })).toEqual([
      { content: 'Ask a question, e.g. /ask who mediated?', embeds: [] },
    ]);
  });

  it('escapes markdown in quoted story text so it shows as written', () => {
    const quote = 'Prices rose *50%* in Q1_2025 | ~so far~';
    const [message] = renderDiscordMessages({ kind: 'answer', answer: answer({ citations: [{ ...ZELENSKIY, quote }] }) });
    expect(message?.embeds[0]?.fields?.[0]?.value).toContain('> Prices rose \\*50%\\* in Q1\\_2025 | ~so far~');
  });

  it.each([
    ['a masked link', 'Claim your aid at [gov.ua](https://evil.example/phish) today.', '\\[gov.ua](https://evil.example/phish)'],
    ['a numbered list', '1. Send your card number', '1\\. Send your card number'],
    ['a heading', '# URGENT: act now', '\\# URGENT: act now'],
    ['a bulleted list', '- step one', '\\- step one'],
    ['a block quote', '> said the minister', '\\> said the minister'],
    ['subtext', '-# small print', '\\-# small print'],
    ['a spoiler', 'the winner is ||nobody||', 'the winner is \\|\\|nobody\\|\\|'],
    ['a code block', '```js\nalert(1)\n```', '\\`\\`\\`js'],
    ['bold and underline', '**free** __money__', '\\*\\*free\\*\\* \\_\\_money\\_\\_'],
  ])('shows hostile story text with %s as written, not as markup', (_case, text, escaped) => {
    const messages = renderDiscordMessages({ kind: 'notice', tone: 'info', text });
    expect(messages[0]?.content).toContain(escaped);
  });

  it('spreads thirty quoted sources over embeds of at most 25 fields, keeping every one', () => {
    const citations = Array.from({ length: 30 }, (_, i) => ({ ...ZELENSKIY, n: i + 1, quote: `Short sentence ${i + 1}.` }));
    const messages = renderDiscordMessages({ kind: 'answer', answer: answer({ citations }) });
    expectWithinDiscordLimits(messages);
    expect(messages.flatMap((m) => m.embeds.flatMap((e) => e.fields ?? [])).map((f) => f.name)).toEqual(citations.map((c) => `[${c.n}] Bloomberg`));
  });

  it('shortens a quote longer than a field so the source line still shows', () => {
    const messages = renderDiscordMessages({ kind: 'answer', answer: answer({ citations: [{ ...ZELENSKIY, quote: 'word '.repeat(600) }] }) });
    expectWithinDiscordLimits(messages);
    expect(messages[0]?.embeds[0]?.fields?.[0]?.value).toMatch(/…\n— Ukraine and Russia Begin Biggest Wartime Exchange of Prisoners, 2025-05-23$/);
  });
});

describe('renderDiscordMessages: digests', () => {
  it('gives each story an embed with its bullets and [n] marks, disagreements flagged, and its sources', () => {
    const digest = syntheticDigest({ stories: 2, bulletsPerStory: 2, bulletLength: 60 });
    const [message, ...rest] = renderDiscordMessages({ kind: 'digest', digest });
    expect(rest).toEqual([]);
    expect(message?.content).toBe('**Today\'s brief (Sat, 24 May 2025): 2 stories**');
    expect(message?.embeds.map((e) => e.title)).toEqual(digest.stories.map((s) => s.headline));
    const first = message?.embeds[0];
    expect(first?.description?.split('\n')).toEqual([
      expect.stringMatching(/^• Story 1 bullet 1 .*\[1\]$/),
      expect.stringMatching(/^• Story 1 bullet 2 .*\[2\]$/),
      expect.stringMatching(/^⚠️ Story 1: sources disagree .*\[3\]\[4\]$/),
    ]);
    expect(first?.fields).toEqual([{ name: 'Sources', value: expect.stringMatching(/^\[1\] Outlet 1 — Story 1 headline[^\n]*\n\[2\] Outlet 2 — .*\n\[3\] .*\n\[4\] /) }]);
    expect(first?.footer).toEqual({ text: '2 independent sources' });
  });

  it('shows the heading above the brief', () => {
    const [message] = renderDiscordMessages({ kind: 'digest', heading: 'Morning brief', digest: syntheticDigest({ stories: 1, bulletsPerStory: 1, bulletLength: 40 }) });
    expect(message?.content).toBe('**Morning brief**\nToday\'s brief (Sat, 24 May 2025): 1 story');
  });

  it.each([
    { size: 'short', bulletsPerStory: 1, bulletLength: 10 },
    { size: 'long', bulletsPerStory: 4, bulletLength: 300 },
  ])('splits a 60-story digest of $size stories into messages within every limit, keeping every story and bullet', ({ bulletsPerStory, bulletLength }) => {
    const digest = syntheticDigest({ stories: 60, bulletsPerStory, bulletLength });
    const messages = renderDiscordMessages({ kind: 'digest', digest });
    expectWithinDiscordLimits(messages);
    expect(messages.length).toBeGreaterThanOrEqual(6);
    expect(storyTitles(messages)).toEqual(digest.stories.map((s) => s.headline));
    const descriptions = descriptionsOf(messages);
    for (const n of digest.citations.map((c) => c.n)) expect(descriptions).toContain(`[${n}]`);
  });

  it('continues a story too long for one embed in embeds titled "(continued)"', () => {
    const digest = syntheticDigest({ stories: 1, bulletsPerStory: 40, bulletLength: 500 });
    const messages = renderDiscordMessages({ kind: 'digest', digest });
    expectWithinDiscordLimits(messages);
    const titles = messages.flatMap((m) => m.embeds.map((e) => e.title));
    expect(titles.length).toBeGreaterThan(4);
    expect(titles.slice(1).every((t) => t === `${digest.stories[0]?.headline} (continued)`)).toBe(true);
    const descriptions = descriptionsOf(messages);
    for (let b = 1; b <= 40; b += 1) expect(descriptions).toContain(`Story 1 bullet ${b} `);
  });

  it('sends a plain-text digest as content split at 2,000 characters, losing no word', () => {
    const text = Array.from({ length: 900 }, (_, i) => `word${i}`).join(' ');
    const messages = renderDiscordMessages({ kind: 'digest', digest: { ...syntheticDigest({ stories: 0, bulletsPerStory: 0, bulletLength: 0 }), text } });
    expectWithinDiscordLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.map((m) => m.content).join(' ').split(/\s+/)).toEqual(text.split(' '));
  });
});

describe('renderDiscordMessages: help and notices', () => {
  it('shows help as one embed with the usage of each command and examples', () => {
    const help = helpReply();
    if (help.kind !== 'help') throw new Error('helpReply() is not a help reply');
    const [message, ...rest] = renderDiscordMessages(help);
    expect(rest).toEqual([]);
    expect(message?.content).toBeUndefined();
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('What I can do');
    expect(embed?.fields?.map((f) => f.name)).toEqual([...help.entries.map((e) => e.usage), 'Examples']);
    expect(embed?.fields?.at(-1)?.value.split('\n')).toEqual(help.examples.map((e) => `\`${e}\``));
  });

  it('sends a notice as its text', () => {
    expect(renderDiscordMessages({ kind: 'notice', tone: 'success', text: 'Subscribed: 07:30 Europe/Kyiv, weekdays.' })).toEqual([
      { content: 'Subscribed: 07:30 Europe/Kyiv, weekdays.', embeds: [] },
    ]);
  });
});

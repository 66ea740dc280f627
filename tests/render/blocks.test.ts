import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import type { Answer, Citation, Digest, DigestStory } from '../../src/core/types.ts';
import { renderSlackMessages, type SlackMessage } from '../../src/render/blocks.ts';
import { SLACK_LIMITS } from '../../src/render/limits.ts';

type KnownBlock = types.KnownBlock;

function citation(n: number, quote: string, outlet = 'Reuters', title = 'Swap begins'): Citation {
  return { n, file: `${n}.txt`, storyId: `${n}.txt#1`, title, outlet, date: '2025-05-23', quote, sentenceId: `${n}.txt#1:0` };
}

function answer(fields: Partial<Answer>): Reply {
  return {
    kind: 'answer',
    answer: { kind: 'answered', question: 'q?', text: '', citations: [], engine: 'offline', independentSources: 1, hasConflict: false, ...fields },
  };
}

function story(i: number, bulletText = `Point about story ${i}.`): DigestStory {
  return {
    headline: `Story number ${i}`,
    storyIds: [`${i}.txt#1`],
    bullets: [{ text: bulletText, marks: [i] }],
    disagreements: [],
    independentSources: 1,
  };
}

function digest(stories: DigestStory[], citations: Citation[] = []): Digest {
  return { text: 'Today’s brief', stories, citations, engine: 'offline', generatedAt: '2025-05-24T07:00:00.000Z' };
}

/** Text of every text-bearing block, in order. */
function texts(blocks: KnownBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.type === 'section' || block.type === 'header') return block.text ? [block.text.text] : [];
    if (block.type === 'context') return block.elements.flatMap((e) => ('text' in e && typeof e.text === 'string' ? [e.text] : []));
    return [];
  });
}

function sectionTexts(messages: SlackMessage[]): string[] {
  return messages.flatMap((m) => m.blocks).flatMap((b) => (b.type === 'section' && b.text ? [b.text.text] : []));
}

/** Every Block Kit limit the renderer promises to meet. */
function expectWithinSlackLimits(messages: SlackMessage[]): void {
  for (const message of messages) {
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.messageText);
    for (const block of message.blocks) {
      if (block.type === 'section') expect(block.text?.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
      if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
      if (block.type === 'context') expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
    }
    for (const text of texts(message.blocks)) {
      expect(text.trim().length).toBeGreaterThan(0);
      expect(text).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/); // no half of a surrogate pair at a cut
      expect(text).not.toMatch(/&(a|am|amp|l|lt|g|gt)?$/); // no entity cut in two
    }
  }
}

describe('renderSlackMessages: answers', () => {
  it('puts the answer text in a section, then each citation as a quote with [n], outlet and title', () => {
    const [message] = renderSlackMessages(
      answer({ text: '390 — Ukraine took in 390 people. [1]', citations: [citation(1, 'Ukraine took in 390 people.', 'Bloomberg', 'Exchange begins')] }),
    );
    expect(texts(message?.blocks ?? [])).toEqual([
      '390 — Ukraine took in 390 people. [1]',
      '> “Ukraine took in 390 people.”\n[1] Bloomberg — Exchange begins',
    ]);
    expect(message?.text).toBe('390 — Ukraine took in 390 people. [1]\n[1] “Ukraine took in 390 people.” (Bloomberg — Exchange begins)');
  });

  it('escapes &, < and > everywhere, so story text cannot ping a channel or forge a link', () => {
    const [message] = renderSlackMessages(answer({ text: 'Tom & Jerry <!channel>', citations: [citation(1, 'a <b> & c', 'A&B', '<x>')] }));
    expect(texts(message?.blocks ?? [])).toEqual(['Tom &amp; Jerry &lt;!channel&gt;', '> “a &lt;b&gt; &amp; c”\n[1] A&amp;B — &lt;x&gt;']);
    expect(message?.text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
  });

  it('says how many independent sources back it, and flags sources that disagree', () => {
    const [message] = renderSlackMessages(answer({ text: '270', independentSources: 3, hasConflict: true, citations: [citation(1, 'x')] }));
    expect(texts(message?.blocks ?? [])[1]).toBe('3 independent sources · :warning: The sources disagree; both sides are quoted.');
  });

  it('says plainly when the stories do not answer, then shows the closest passage', () => {
    const [message] = renderSlackMessages(answer({ kind: 'abstained', text: 'The stories don’t say.', citations: [citation(2, 'Talks continue.')] }));
    expect(texts(message?.blocks ?? [])).toEqual([
      '*Not in today’s stories.* The stories don’t say.',
      'Closest passage:',
      '> “Talks continue.”\n[2] Reuters — Swap begins',
    ]);
  });

  it('quotes every line of a multi-line source sentence', () => {
    const [message] = renderSlackMessages(answer({ text: 'x', citations: [citation(1, 'first line\nsecond line')] }));
    expect(texts(message?.blocks ?? [])[1]).toBe('> “first line\n> second line”\n[1] Reuters — Swap begins');
  });
});

describe('renderSlackMessages: digests', () => {
  it('has a header, one section per story with bullets and [n] marks, flagged disagreements, and the sources', () => {
    const first: DigestStory = {
      ...story(1, 'Ukraine took in 390 people.'),
      independentSources: 3,
      disagreements: [{ text: 'Sources disagree on whether it is finished.', marks: [1, 2] }],
    };
    const messages = renderSlackMessages({
      kind: 'digest',
      heading: 'Morning brief',
      digest: digest([first, story(2)], [citation(1, 'q', 'Bloomberg', 'Exchange begins'), citation(2, 'q', 'Reuters', 'Talks')]),
    });
    expect(messages).toHaveLength(1);
    const blocks = messages[0]?.blocks ?? [];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'context', 'section', 'section', 'divider', 'context']);
    expect(texts(blocks)).toEqual([
      'Morning brief',
      '2 stories · Sat, 24 May 2025',
      '*1. Story number 1*  _3 independent sources_\n• Ukraine took in 390 people. [1]\n:warning: Sources disagree on whether it is finished. [1][2]',
      '*2. Story number 2*\n• Point about story 2. [2]',
      '*Sources*\n[1] Bloomberg — Exchange begins\n[2] Reuters — Talks',
    ]);
  });

  it('shows the digest’s own sentence when there are no stories', () => {
    const messages = renderSlackMessages({ kind: 'digest', digest: { ...digest([]), text: 'No stories yet today.' } });
    expect(texts(messages[0]?.blocks ?? [])).toEqual(['Today’s brief', '0 stories · Sat, 24 May 2025', 'No stories yet today.']);
  });

  it('splits a 60-story digest into messages of at most 50 blocks, keeping every story and source', () => {
    const stories = Array.from({ length: 60 }, (_, i) => story(i + 1));
    const citations = Array.from({ length: 60 }, (_, i) => citation(i + 1, `Quote ${i + 1}`, `Outlet ${i + 1}`, `Title ${i + 1}`));
    const messages = renderSlackMessages({ kind: 'digest', digest: digest(stories, citations) });

    expect(messages.length).toBe(2);
    expectWithinSlackLimits(messages);
    const sections = sectionTexts(messages);
    for (let i = 1; i <= 60; i += 1) {
      expect(sections.filter((t) => t.startsWith(`*${i}. Story number ${i}*`))).toHaveLength(1);
    }
    const sources = texts(messages.at(-1)?.blocks ?? []).filter((t) => t.startsWith('*Sources*')).join('\n');
    expect(sources.split('\n').slice(1)).toEqual(citations.map((c) => `[${c.n}] ${c.outlet} — ${c.title}`));
    expect(texts(messages[1]?.blocks ?? [])[0]).toBe('_Continued (part 2 of 2)_');
  });

  it('splits a story longer than a section between words, losing nothing', () => {
    const words = Array.from({ length: 1500 }, (_, i) => `w${i}&x`);
    const messages = renderSlackMessages({ kind: 'digest', digest: digest([story(1, words.join(' '))]) });

    expectWithinSlackLimits(messages);
    const sections = sectionTexts(messages);
    expect(sections.length).toBeGreaterThan(2);
    const rejoined = sections.join(' ').replace(/\s+/g, ' ');
    expect(rejoined).toBe(`*1. Story number 1* • ${words.map((w) => w.replace('&', '&amp;')).join(' ')} [1]`);
  });

  it('splits a long run without spaces between characters, never inside an emoji or an entity', () => {
    const run = '👍🏽&'.repeat(700);
    const messages = renderSlackMessages({ kind: 'notice', tone: 'info', text: run });

    expectWithinSlackLimits(messages);
    const sections = sectionTexts(messages);
    expect(sections).toHaveLength(3);
    expect(sections.join('') === `:information_source: ${'👍🏽&amp;'.repeat(700)}`).toBe(true); // a diff of 6,300 characters helps nobody
  });

  it('shortens a heading longer than a header block allows', () => {
    const [message] = renderSlackMessages({ kind: 'digest', heading: 'H'.repeat(400), digest: digest([story(1)]) });
    const header = message?.blocks[0];
    expect(header?.type === 'header' ? header.text.text : '').toBe(`${'H'.repeat(149)}…`);
  });

  it('keeps a message’s plain-text fallback within 40,000 characters', () => {
    const stories = Array.from({ length: 45 }, (_, i) => story(i + 1, 'long sentence '.repeat(200)));
    const messages = renderSlackMessages({ kind: 'digest', digest: digest(stories) });
    expectWithinSlackLimits(messages);
    expect(messages[0]?.text.endsWith('…')).toBe(true);
  });
});

describe('renderSlackMessages: notices and help', () => {
  it.each([
    ['info', ':information_source:'],
    ['success', ':white_check_mark:'],
    ['error', ':warning:'],
  ] as const)('marks a %s notice with %s', (tone, icon) => {
    const [message] = renderSlackMessages({ kind: 'notice', tone, text: 'Subscribed at 07:30' });
    expect(texts(message?.blocks ?? [])).toEqual([`${icon} Subscribed at 07:30`]);
    expect(message?.text).toBe('Subscribed at 07:30');
  });

  it('lists help as sections: intro, usage of each command, examples', () => {
    const [message] = renderSlackMessages({
      kind: 'help',
      intro: 'I answer from the day’s stories.',
      entries: [{ usage: '/brief', description: 'Today’s brief' }, { usage: '/ask <question>', description: 'Ask' }],
      examples: ['/ask how many were freed?'],
    });
    expect(texts(message?.blocks ?? [])).toEqual([
      'I answer from the day’s stories.',
      '`/brief` — Today’s brief\n`/ask &lt;question&gt;` — Ask',
      '*Examples*\n`/ask how many were freed?`',
    ]);
  });
});

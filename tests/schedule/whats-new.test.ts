import { describe, expect, it } from 'vitest';
import type { Digest, DigestStory } from '../../src/core/types.ts';
import { composePreview, composeScheduledBrief, findWhatsNew, snapshotOf } from '../../src/schedule/whats-new.ts';

const story = (headline: string, id: string, bullet: string, mark = 1): DigestStory => ({
  headline,
  storyIds: [id],
  bullets: [{ text: bullet, marks: [mark] }],
  disagreements: [],
  independentSources: 1,
});
const digestOf = (...stories: DigestStory[]): Digest => ({
  text: 'the engine’s own text',
  stories,
  citations: stories.map((s, i) => ({ n: i + 1, file: s.storyIds[0]!, storyId: s.storyIds[0]!, title: s.headline, outlet: 'Test Wire', date: '', quote: s.bullets[0]!.text, sentenceId: `${s.storyIds[0]}:0` })),
  engine: 'offline',
  generatedAt: '2025-11-26T05:30:00.000Z',
});

const swap = story('Prisoner swap', 'swap.txt#1', '390 people had returned from captivity.');
const grain = story('Grain ships leave Odesa', 'grain.txt#1', 'Ships carrying 2.5 million tonnes left Odesa.', 2);
const yesterday = snapshotOf(digestOf(swap), new Date('2025-11-25T05:30:00Z'));

describe('findWhatsNew', () => {
  it('counts a story with no shared source or headline as new', () => {
    expect(findWhatsNew(digestOf(swap, grain), yesterday)).toEqual({ fresh: [{ story: grain, change: 'new' }], rest: [swap] });
  });

  it('counts a story that states a figure it did not state before as updated', () => {
    const later = story('Prisoner swap continues', 'swap.txt#1', '1,000 people had returned from captivity.');
    expect(findWhatsNew(digestOf(later), yesterday).fresh).toEqual([{ story: later, change: 'updated' }]);
  });

  it('does not count new wording with the same figures as news', () => {
    const reworded = story('Prisoner swap', 'swap-wire.txt#1', 'In all, 390 people came home from captivity.');
    expect(findWhatsNew(digestOf(reworded), yesterday).fresh).toEqual([]);
  });
});

describe('composeScheduledBrief', () => {
  it('posts the whole brief the first time a channel gets one', () => {
    const digest = digestOf(swap);
    expect(composeScheduledBrief(digest, undefined, 'Europe/Kyiv')).toEqual({ kind: 'digest', digest, heading: 'Morning brief' });
  });

  it('says in one line that nothing is new, naming the last brief in the channel’s zone', () => {
    expect(composeScheduledBrief(digestOf(swap), yesterday, 'Europe/Kyiv')).toEqual({
      kind: 'notice',
      tone: 'info',
      text: "Nothing new since your last brief on Tue 25 Nov, 07:30 Europe/Kyiv. /brief shows today's full brief.",
    });
  });

  it('leads the text and the stories with what is new, then the rest', () => {
    const reply = composeScheduledBrief(digestOf(swap, grain), yesterday, 'Europe/Kyiv');
    if (reply.kind !== 'digest') throw new Error(`expected a digest, got ${reply.kind}`);
    expect(reply.digest.stories.map((s) => s.headline)).toEqual(['New: Grain ships leave Odesa', 'Prisoner swap']);
    expect(reply.digest.text).toBe(
      [
        'New since your last brief on Tue 25 Nov, 07:30 Europe/Kyiv: 1 story',
        '',
        '1. New: Grain ships leave Odesa (1 independent source)',
        '• Ships carrying 2.5 million tonnes left Odesa. [2]',
        '',
        'Also in the brief:',
        '',
        '2. Prisoner swap (1 independent source)',
        '• 390 people had returned from captivity. [1]',
        '',
        'Sources:',
        '[1] Test Wire — Prisoner swap',
        '[2] Test Wire — Grain ships leave Odesa',
      ].join('\n'),
    );
  });

  it('leaves older stories out of the text rather than go past 4,000 characters', () => {
    const long = Array.from({ length: 30 }, (_, i) => story(`Story ${i}`, `s${i}.txt#1`, `${'A long sentence about the day. '.repeat(6)}${i}`, i + 1));
    const reply = composeScheduledBrief(digestOf(...long), { deliveredAt: '2025-11-25T05:30:00.000Z', stories: [] }, 'UTC');
    if (reply.kind !== 'digest') throw new Error(`expected a digest, got ${reply.kind}`);
    expect(reply.digest.text.length).toBeLessThanOrEqual(4000);
    expect(reply.digest.text).toMatch(/\(\d+ more stories left out to fit one message; \/brief shows them all\.\)/);
  });
});

describe('composePreview', () => {
  it('shows the whole brief privately when the next post would only say nothing is new', () => {
    const digest = digestOf(swap);
    expect(composePreview(digest, yesterday, 'Europe/Kyiv')).toEqual({
      kind: 'digest',
      digest,
      isPrivate: true,
      heading: "Preview: the next brief will only say nothing is new since Tue 25 Nov, 07:30 Europe/Kyiv. Today's full brief:",
    });
  });

  it('shows privately what the next brief would lead with', () => {
    const reply = composePreview(digestOf(swap, grain), yesterday, 'Europe/Kyiv');
    expect(reply.kind === 'digest' && [reply.isPrivate, reply.heading, reply.digest.stories[0]!.headline]).toEqual([true, 'Preview of the next morning brief', 'New: Grain ships leave Odesa']);
  });
});

import { describe, expect, it } from 'vitest';
import { clip, packLines, splitLine } from '../../src/render/fit.ts';
import { renderDiscordMessages } from '../../src/render/embeds.ts';
import { DISCORD_LIMITS } from '../../src/render/limits.ts';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('clip', () => {
  it.each([
    ['an emoji made of a surrogate pair', 'ab🇺🇦🇺🇦', 4, 'ab…'],
    ['an emoji with a skin-tone modifier', 'go 👍🏽 now', 5, 'go…'],
    ['a letter and its combining accent', 'cafe\u0301 au lait', 5, 'caf…'],
    ['an escaped entity', 'Tom &amp; Jerry', 7, 'Tom…'],
  ])('cuts before %s rather than through it', (_case, text, max, clipped) => {
    expect(clip(text, max)).toBe(clipped);
  });

  it('leaves text that fits alone', () => {
    expect(clip('short', 5)).toBe('short');
  });
});

describe('splitLine and packLines', () => {
  it('splits a line of emoji into pieces within the limit, never halving one', () => {
    const pieces = splitLine('😀'.repeat(100), 15);
    expect(pieces.join('')).toBe('😀'.repeat(100));
    expect(pieces.every((p) => p.length <= 15 && !loneSurrogate.test(p))).toBe(true);
  });

  it('packs lines into chunks of at most the limit, between words', () => {
    expect(packLines(['one two three', 'four five'], 10)).toEqual(['one two', 'three', 'four five']);
  });
});

describe('Discord embeds through fit', () => {
  it('shortens an emoji-filled outlet name to the field name limit without a lone surrogate', () => {
    const citation = { n: 1, file: 'f.txt', storyId: 'f.txt#1', title: 'T', outlet: '😀'.repeat(200), date: '', quote: 'A sentence.', sentenceId: 'f.txt#1:0' };
    const [message] = renderDiscordMessages({
      kind: 'answer',
      answer: { kind: 'answered', question: 'q', text: 'A sentence. [1]', citations: [citation], engine: 'offline', independentSources: 1, hasConflict: false },
    });
    const name = message!.embeds[0]!.fields![0]!.name;
    expect(name.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldName);
    expect(loneSurrogate.test(name)).toBe(false);
  });
});

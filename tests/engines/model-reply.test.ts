import { describe, expect, it } from 'vitest';
import { parseAnswerReply, parseDigestReply } from '../../src/engines/model-reply.ts';

describe('parseAnswerReply', () => {
  it.each([
    ['bare JSON', '{"answer": "390.", "quotes": ["A quote."]}'],
    ['a code fence', '```json\n{"answer": "390.", "quotes": ["A quote."]}\n```'],
    ['thinking first', '<think>The passages say {390}.</think>\n{"answer": "390.", "quotes": ["A quote."]}'],
  ])('reads an answer wrapped in %s', (_case, content) => {
    expect(parseAnswerReply(content)).toEqual({ ok: true, value: { answer: '390.', quotes: ['A quote.'] } });
  });

  it('reads a null answer as "the stories do not say"', () => {
    expect(parseAnswerReply('{"answer": null, "quotes": []}')).toEqual({ ok: true, value: { answer: null, quotes: [] } });
  });

  it.each([
    ['prose', 'About 390 people were exchanged.', 'the reply holds no JSON object'],
    ['broken JSON', '{"answer": "390", "quotes": [}', 'the reply is not valid JSON'],
    ['a number for an answer', '{"answer": 390, "quotes": []}', 'the reply\'s "answer" is neither a sentence nor null'],
    ['no quotes list', '{"answer": "390."}', 'the reply has no "quotes" list'],
  ])('refuses %s with a reason', (_case, content, problem) => {
    expect(parseAnswerReply(content)).toEqual({ ok: false, problem });
  });
});

describe('parseDigestReply', () => {
  it('keeps only bullets that have both a text and a quote', () => {
    const content = JSON.stringify({ stories: [{ headline: 'Swap', bullets: [{ text: 'A.', quote: 'B.' }, { text: 'C.' }, 'D'] }] });
    expect(parseDigestReply(content)).toEqual({ ok: true, value: { stories: [{ headline: 'Swap', bullets: [{ text: 'A.', quote: 'B.' }] }] } });
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, parseQuestion } from '../../src/core/question.ts';

describe('parseQuestion', () => {
  it('collapses runs of whitespace and trims the question', () => {
    expect(parseQuestion('  How many\n prisoners\twere   freed?  ')).toEqual({ ok: true, value: 'How many prisoners were freed?' });
  });

  it.each([
    ['an empty string', ''],
    ['whitespace only', ' \n\t '],
    ['punctuation only', '???'],
  ])('asks for a question, with an example, when given %s', (_case, raw) => {
    expect(parseQuestion(raw)).toEqual({ ok: false, problem: 'Ask me a question about the stories, for example: "How many prisoners were exchanged?"' });
  });

  it('takes a question of exactly the longest allowed length', () => {
    const question = 'Who ' + 'x'.repeat(MAX_QUESTION_CHARS - 5) + '?';
    expect(parseQuestion(question)).toEqual({ ok: true, value: question });
  });

  it.each([
    [MAX_QUESTION_CHARS + 1, '501'],
    [10_000, '10,000'],
  ])('says how long a %i-character question is and asks for one thing at a time', (length, shown) => {
    const result = parseQuestion('a'.repeat(length));
    expect(result).toEqual({ ok: false, problem: `That question is ${shown} characters long; please keep it under 500 and ask one thing at a time.` });
  });

  it.each([
    ['Cyrillic', 'Сколько пленных освободили?'],
    ['Arabic', 'كم عدد الأسرى الذين أطلق سراحهم؟'],
    ['Chinese', '有多少囚犯被释放？'],
  ])('says it reads English only when the question is in %s script', (_script, raw) => {
    const result = parseQuestion(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toMatch(/^I can only read questions in English for now\. Try, for example: /);
  });

  it.each([
    ['a foreign name inside an English question', 'What did the mayor of Київ say about the swap?'],
    ['accented Latin letters', 'Did Zelenskyy meet Erdoğan in İstanbul?'],
    ['figures only', '1000?'],
  ])('takes %s', (_case, raw) => {
    expect(parseQuestion(raw)).toEqual({ ok: true, value: raw });
  });
});

// What a user typed, checked before any search: problems come back as sentences saying what to do.
import type { Parsed } from './types.ts';

export const MAX_QUESTION_CHARS = 500;

export function parseQuestion(raw: string): Parsed<string> {
  const question = raw.replace(/\s+/g, ' ').trim();
  if (!question || !/[\p{L}\p{N}]/u.test(question)) {
    return { ok: false, problem: 'Ask me a question about the stories, for example: "How many prisoners were exchanged?"' };
  }
  if (question.length > MAX_QUESTION_CHARS) {
    return {
      ok: false,
      problem: `That question is ${question.length.toLocaleString('en-US')} characters long; please keep it under ${MAX_QUESTION_CHARS} and ask one thing at a time.`,
    };
  }
  if (!looksEnglish(question)) {
    return { ok: false, problem: 'I can only read questions in English for now. Try, for example: "Who mediated the prisoner swap?"' };
  }
  return { ok: true, value: question };
}

/** Mostly Latin letters; a question in Cyrillic, Arabic or CJK script gets a clear reply instead of a bad guess. */
function looksEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) return true;
  const latin = letters.filter((c) => /\p{Script=Latin}/u.test(c)).length;
  return latin / letters.length >= 0.7;
}

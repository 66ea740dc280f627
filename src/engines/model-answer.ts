// A model's answer is held to the offline engine's standard: quotes found verbatim in the stories,
// every figure in the answer inside a kept quote. Anything short of that is refused with a reason.
import { citeSentences } from '../core/citations.ts';
import type { Answer, Library, Parsed, Sentence } from '../core/types.ts';
import { unbackedFigures } from './model-figures.ts';
import { findTrustedQuote } from './model-guard.ts';
import type { ModelAnswer } from './model-reply.ts';

/** "One or two sentences": anything much longer is not the answer the prompt asked for. */
const MAX_ANSWER_CHARS = 800;

interface CheckedAnswer {
  answer: Parsed<Answer>;
  /** Quotes dropped because no story holds them (or they talk to the model). */
  dropped: string[];
}

export function checkModelAnswer(library: Library, question: string, reply: ModelAnswer): CheckedAnswer {
  const kept: Sentence[] = [];
  const dropped: string[] = [];
  for (const quote of reply.quotes) {
    const sentence = findTrustedQuote(library, quote);
    if (sentence) kept.push(sentence);
    else dropped.push(quote);
  }
  return { answer: judge(library, question, reply.answer, kept, reply.quotes.length), dropped };
}

function judge(library: Library, question: string, text: string | null, kept: Sentence[], offered: number): Parsed<Answer> {
  if (text === null) return { ok: false, problem: 'the model says the passages do not answer the question' };
  if (text.length > MAX_ANSWER_CHARS) return { ok: false, problem: `the answer runs to ${text.length} characters` };
  if (kept.length === 0) return { ok: false, problem: `none of the ${offered} quotes given is in the stories` };
  const unbacked = unbackedFigures(text, kept.map((s) => s.text));
  if (unbacked.length > 0) {
    return { ok: false, problem: `the figure ${unbacked.join(', ')} in the answer is in none of its quotes` };
  }
  const citations = citeSentences(library, kept);
  return {
    ok: true,
    value: {
      kind: 'answered',
      question,
      // Marks as the offline answer writes them, so both engines read alike.
      text: `${text} ${citations.map((c) => `[${c.n}]`).join('')}`,
      citations,
      engine: 'model',
      independentSources: new Set(citations.map((c) => library.groupOf(c.storyId))).size,
      hasConflict: false,
    },
  };
}

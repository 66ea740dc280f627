// Story text is data, never instructions: fences around passages, and quotes that talk to a model refused.
import { findQuote } from '../core/citations.ts';
import { isInstructionLike } from '../core/instruction-guard.ts';
import type { Library, Sentence } from '../core/types.ts';

/**
 * Make text safe to place inside a `<passage>` fence: angle brackets become look-alikes, so nothing in a
 * story (or a question) can close the fence or open a new role. Only rare sentences hold `<` or `>`.
 */
export function neutraliseFences(text: string): string {
  return text.replace(/</g, '‹').replace(/>/g, '›').replace(/`{3,}/g, "'''");
}

/** The story sentence a model's quote comes from, unless it is not in the stories or talks to the model. */
export function findTrustedQuote(library: Library, quote: string): Sentence | undefined {
  if (isInstructionLike(quote)) return undefined;
  const sentence = findQuote(library, quote);
  return sentence && !isInstructionLike(sentence.text) ? sentence : undefined;
}

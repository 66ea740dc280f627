// Figures are where a model invents most readily, so every figure in a model's sentence must appear in
// a quote it kept. Figures compare by value: "1,000" backs "1000", "five" backs "5", "ninety-five" backs "95".
import { figuresIn } from '../core/numbers.ts';


/** Figures in `text` that none of the quotes contains (by value); empty when every figure is backed. */
export function unbackedFigures(text: string, quotes: string[]): number[] {
  const backed = new Set(quotes.flatMap(figuresIn));
  return figuresIn(text).filter((value) => !backed.has(value));
}

// A word from a question or a story put inside a regular expression must match itself only: "U.S." or
// "(AP)" would otherwise be read as pattern syntax.

export function literalPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

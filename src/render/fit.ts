// Text fitted to a platform's limits, for every renderer: cut only between characters a reader sees
// (never inside a surrogate pair, an emoji with its modifiers, a letter and its accents, or an entity
// such as `&amp;`), and between words where that leaves a reasonable piece.

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * The largest index ≤ max where `text` can be cut without splitting a character or an entity. Only a
 * window before the cut is segmented: V8's segmenter slows down badly on long strings.
 */
export function safeCut(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const from = Math.max(0, max - 64);
  let cut = from;
  for (const { index } of graphemes.segment(text.slice(from, max + 64))) {
    if (from + index > max) break;
    cut = from + index;
  }
  if (cut === from && /[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1; // one cluster filled the window
  const amp = text.lastIndexOf('&', cut - 1);
  const entity = amp >= 0 && amp > cut - 5 ? /^&(?:amp|lt|gt);/.exec(text.slice(amp, amp + 5)) : null;
  if (entity && amp + entity[0].length > cut) cut = amp;
  return cut;
}

/** Shorten to at most `max` characters at a character boundary, ending with "…". */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, safeCut(text, max - 1)).trimEnd()}…`;
}

/** Split a line between words (or, in a run without spaces, between characters) into chunks of `max`. */
export function splitLine(line: string, max: number): string[] {
  const chunks: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const hard = safeCut(rest, max);
    // A break after whitespace reads better, unless it would leave a stub of a chunk.
    let cut = hard;
    for (let i = hard - 1; i >= max / 2; i -= 1) {
      if (/\s/.test(rest.charAt(i))) {
        cut = i + 1;
        break;
      }
    }
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut);
  }
  chunks.push(rest);
  return chunks.filter((c) => c.trim());
}

/** Join lines with newlines into chunks of at most `max` characters; a longer line is split first. */
export function packLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const line of lines.flatMap((l) => splitLine(l, max))) {
    if (current && current.length + 1 + line.length > max) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current.trim()) chunks.push(current);
  return chunks;
}

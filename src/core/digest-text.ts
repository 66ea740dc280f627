// The one plain-text layout of a brief (numbered stories, cited bullets, sources), shared by both
// engines and the scheduled brief, so every brief reads alike.
import type { Citation, DigestStory } from './types.ts';

/** A Slack or Discord message must hold the whole brief. */
export const MAX_DIGEST_CHARS = 4000;

export interface DigestLayout {
  /** First line, e.g. "Today's brief (Wed, 25 Nov 2026)". The story count is added. */
  title: string;
  stories: DigestStory[];
  citations: Citation[];
  /** Stories before this index lead the brief; a line "Also in the brief:" separates the rest. */
  leadCount?: number;
  /** What to tell the reader when stories were left out to fit (default: ask about them with /ask). */
  omittedHint?: string;
}

export interface FittedDigest {
  text: string;
  /** How many of the layout's stories the text holds. */
  shown: number;
}

export function briefTitle(now: Date): string {
  const date = now.toLocaleDateString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return `Today's brief (${date})`;
}

/** Lay the brief out in full; only the sources its bullets cite are listed. */
export function layOutDigest(layout: DigestLayout, omitted = 0): string {
  const { title, stories, citations, leadCount } = layout;
  const count = leadCount ?? stories.length;
  const lines = [`${title}: ${count} ${count === 1 ? 'story' : 'stories'}`];
  stories.forEach((story, i) => {
    if (leadCount !== undefined && i === leadCount && i > 0) lines.push('', 'Also in the brief:');
    const sources = `${story.independentSources} independent source${story.independentSources === 1 ? '' : 's'}`;
    lines.push('', `${i + 1}. ${story.headline} (${sources})`);
    for (const bullet of [...story.bullets, ...story.disagreements]) lines.push(`• ${bullet.text} ${bullet.marks.map((n) => `[${n}]`).join('')}`);
  });
  const hint = layout.omittedHint ?? 'ask about them with /ask.';
  if (omitted > 0) lines.push('', `(${omitted} more ${omitted === 1 ? 'story' : 'stories'} left out to fit one message; ${hint})`);
  const used = new Set(stories.flatMap((story) => [...story.bullets, ...story.disagreements].flatMap((bullet) => bullet.marks)));
  lines.push('', 'Sources:', ...sourceLines(citations.filter((c) => used.has(c.n))));
  return lines.join('\n');
}

/** One line per story, with every mark that cites it: "[7][8] Reuters — Headline". */
function sourceLines(citations: Citation[]): string[] {
  const byStory = new Map<string, Citation[]>();
  for (const c of citations) byStory.set(c.storyId, [...(byStory.get(c.storyId) ?? []), c]);
  return [...byStory.values()].map((cs) => `${cs.map((c) => `[${c.n}]`).join('')} ${cs[0]!.outlet} — ${cs[0]!.title}`);
}

/** The brief within `max` characters: stories from the end are left out (and said to be) until it fits. */
export function fitDigestText(layout: DigestLayout, max = MAX_DIGEST_CHARS): FittedDigest {
  const total = layout.stories.length;
  const layOut = (shown: number): string => layOutDigest({ ...layout, stories: layout.stories.slice(0, shown) }, total - shown);
  let text = layOutDigest(layout);
  let shown = total;
  if (text.length > max && total > 1) {
    // The longest prefix of stories that fits, found by halving rather than dropping one story at a time.
    let [fits, tooLong] = [1, total];
    while (tooLong - fits > 1) {
      const middle = Math.floor((fits + tooLong) / 2);
      if (layOut(middle).length <= max) fits = middle;
      else tooLong = middle;
    }
    shown = fits;
    text = layOut(shown);
  }
  // One story alone is too long: cut at a line break, never inside a bullet's marks.
  return { text: text.length <= max ? text : `${text.slice(0, text.lastIndexOf('\n', max - 2))}\n…`, shown };
}

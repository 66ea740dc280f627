// A model's digest, bullet by bullet: a bullet stays only when its quote is verbatim in a story and
// every figure it states is in that quote. Too few survivors and the offline digest is used instead.
import { citeSentences } from '../core/citations.ts';
import { briefTitle, layOutDigest, MAX_DIGEST_CHARS } from '../core/digest-text.ts';
import type { Citation, Digest, DigestOptions, DigestStory, Library, Parsed, Sentence } from '../core/types.ts';
import { unbackedFigures } from './model-figures.ts';
import { findTrustedQuote } from './model-guard.ts';
import type { ModelDigest } from './model-reply.ts';

interface KeptStory {
  headline: string;
  bullets: Array<{ text: string; sentence: Sentence }>;
}

interface CheckedDigest {
  digest: Parsed<Digest>;
  /** One line per dropped bullet, saying why. */
  dropped: string[];
}

export function checkModelDigest(library: Library, reply: ModelDigest, options: DigestOptions, minBullets: number): CheckedDigest {
  const dropped: string[] = [];
  const kept: KeptStory[] = [];
  for (const story of reply.stories) {
    const bullets: KeptStory['bullets'] = [];
    for (const bullet of story.bullets) {
      const sentence = findTrustedQuote(library, bullet.quote);
      const unbacked = sentence ? unbackedFigures(bullet.text, [sentence.text]) : [];
      if (!sentence) dropped.push(`"${bullet.text}": its quote is not in the stories`);
      else if (unbacked.length > 0) dropped.push(`"${bullet.text}": ${unbacked.join(', ')} is not in its quote`);
      else bullets.push({ text: bullet.text, sentence });
    }
    if (bullets.length > 0) kept.push({ headline: checkedHeadline(library, story.headline, bullets), bullets });
  }
  const survivors = kept.reduce((sum, s) => sum + s.bullets.length, 0);
  if (survivors < minBullets) {
    return { digest: { ok: false, problem: `only ${survivors} of the model's bullets held up (${minBullets} needed)` }, dropped };
  }
  const digest = options.maxWords === undefined ? fitBrief(library, kept, options.now) : fitSummary(library, kept, options.maxWords, options.now);
  return { digest, dropped };
}

/** The model's headline when its figures are in its bullets' quotes, else the first cited story's title. */
function checkedHeadline(library: Library, headline: string, bullets: KeptStory['bullets']): string {
  const quotes = bullets.map((b) => b.sentence.text);
  if (headline && unbackedFigures(headline, quotes).length === 0) return headline;
  return library.storyById(bullets[0]!.sentence.storyId)?.title ?? 'News';
}

/** The cited brief, leaving out the last stories (or bullets) until it fits in one message. */
function fitBrief(library: Library, kept: KeptStory[], now: Date): Parsed<Digest> {
  let stories = kept;
  for (;;) {
    const digest = composeDigest(library, stories, now, kept.length - stories.length);
    if (digest.text.length <= MAX_DIGEST_CHARS) return { ok: true, value: digest };
    const last = stories.at(-1)!;
    if (last.bullets.length > 1) stories = [...stories.slice(0, -1), { ...last, bullets: last.bullets.slice(0, -1) }];
    else if (stories.length > 1) stories = stories.slice(0, -1);
    else return { ok: false, problem: `one bullet alone is longer than ${MAX_DIGEST_CHARS} characters` };
  }
}

/** A plain summary: whole bullets, in order, while they fit in `maxWords` words. */
function fitSummary(library: Library, kept: KeptStory[], maxWords: number, now: Date): Parsed<Digest> {
  const fitted: KeptStory[] = [];
  let words = 0;
  for (const story of kept) {
    const bullets = story.bullets.filter((bullet) => {
      const count = bullet.text.split(/\s+/).filter(Boolean).length;
      if (words + count > maxWords) return false;
      words += count;
      return true;
    });
    if (bullets.length > 0) fitted.push({ ...story, bullets });
  }
  if (fitted.length === 0) return { ok: false, problem: `no bullet fits in ${maxWords} words` };
  const text = fitted.flatMap((story) => story.bullets.map((b) => b.text)).join(' ');
  return { ok: true, value: { ...composeDigest(library, fitted, now, 0), text } };
}

function composeDigest(library: Library, stories: KeptStory[], now: Date, omitted: number): Digest {
  const citations = citeSentences(library, stories.flatMap((s) => s.bullets.map((b) => b.sentence)));
  const mark = new Map(citations.map((c) => [c.sentenceId, c.n]));
  const digestStories: DigestStory[] = stories.map((story) => {
    const storyIds = [...new Set(story.bullets.map((b) => b.sentence.storyId))];
    return {
      headline: story.headline,
      storyIds,
      bullets: story.bullets.map((b) => ({ text: b.text, marks: [mark.get(b.sentence.id)!] })),
      disagreements: [],
      independentSources: new Set(storyIds.map((id) => library.groupOf(id))).size,
    };
  });
  const text = layOutDigest({ title: briefTitle(now), stories: digestStories, citations }, omitted);
  return { text, stories: digestStories, citations, engine: 'model', generatedAt: now.toISOString() };
}


// Today's brief: per topic a headline, the key facts as cited bullets, where sources disagree, and how
// many independent sources back the main figure; or a plain summary of at most N words.
import { citationFor } from './citations.ts';
import { findQuantities } from './extract.ts';
import { formatReportDay, isFullDate } from './report-date.ts';
import { cosine, findTopics, pickDiverse, standsAlone, type Topic } from './topics.ts';
import { briefTitle, fitDigestText, layOutDigest, MAX_DIGEST_CHARS } from './digest-text.ts';
import type { Citation, Digest, DigestBullet, DigestOptions, DigestStory, Library, Sentence } from './types.ts';

const BULLETS_PER_STORY = 4;
const MAX_BULLET_CHARS = 220;

const FINISHED = /\b(complet\w*|finished|concluded)\b/i;
const ONGOING = /\b(under ?way|ongoing|continu\w*|will free more|more (?:due|expected))\b/i;

export function writeDigest(library: Library, options: DigestOptions): Digest {
  if (options.maxWords !== undefined) return summarise(library, options);
  const topics = findTopics(library);
  const citations: Citation[] = [];
  const cite = (sentence: Sentence): number => {
    const existing = citations.find((c) => c.sentenceId === sentence.id);
    if (existing) return existing.n;
    citations.push(citationFor(library.storyById(sentence.storyId)!, sentence, citations.length + 1));
    return citations.length;
  };
  let bulletsPerStory = BULLETS_PER_STORY;
  const title = briefTitle(options.now);
  let stories = topics.map((topic) => digestTopic(topic, library, cite, bulletsPerStory));
  // Too long for one message: fewer bullets per story first, then fewer stories (said so), never a cut mid-bullet.
  while (layOutDigest({ title, stories, citations }).length > MAX_DIGEST_CHARS && bulletsPerStory > 1) {
    bulletsPerStory--;
    citations.length = 0;
    stories = topics.map((topic) => digestTopic(topic, library, cite, bulletsPerStory));
  }
  const { text, shown } = fitDigestText({ title, stories, citations });
  const used = new Set(stories.slice(0, shown).flatMap((s) => [...s.bullets, ...s.disagreements].flatMap((b) => b.marks)));
  // Only what the text shows: a renderer must never list a story or a mark the brief left out.
  return { text, stories: stories.slice(0, shown), citations: citations.filter((c) => used.has(c.n)), engine: 'offline', generatedAt: options.now.toISOString() };
}

function digestTopic(topic: Topic, library: Library, cite: (s: Sentence) => number, maxBullets: number): DigestStory {
  const groups = new Set(topic.stories.map((s) => library.groupOf(s.id)));
  const newest = newestFigure(topic, library);
  const picked = pickDiverse(topic.ranked.filter((r) => standsAlone(r.sentence) && r.sentence.id !== newest?.sentence.id), () => true).slice(0, newest ? maxBullets - 1 : maxBullets);
  const bullets: DigestBullet[] = picked.map((r) => ({ text: shorten(r.sentence.text), marks: [cite(r.sentence)] }));
  // A developing story leads with its newest report's figure, dated, so yesterday's count is not read as today's.
  if (newest) bullets.unshift({ text: `Latest, ${formatReportDay(newest.day)}: ${shorten(newest.sentence.text)}`, marks: [cite(newest.sentence)] });
  const disagreements = findDisagreements(topic, library).map(([a, b]) => ({
    text: `Sources disagree on whether it is finished: ${shorten(a.text, 140)} / ${shorten(b.text, 140)}`,
    marks: [cite(a), cite(b)],
  }));
  // With one source there is nothing to corroborate; the headline already says "1 independent source".
  const main = groups.size > 1 ? mainFigure(topic, library, picked.map((p) => p.sentence)) : undefined;
  if (main) {
    bullets.push({
      text: `${main.figure} is backed by ${main.groups} independent source${main.groups === 1 ? '' : 's'}${main.groups < groups.size ? ` of ${groups.size}` : ''}.`,
      marks: main.sentences.map(cite),
    });
  }
  return { headline: headlineOf(topic), storyIds: topic.stories.map((s) => s.id), bullets, disagreements, independentSources: groups.size };
}

/**
 * When a topic's reports span several dates: the most central sentence with a figure from the newest report.
 * A topic told on one day has no "latest" to single out.
 */
function newestFigure(topic: Topic, library: Library): { sentence: Sentence; day: string } | undefined {
  const days = [...new Set(topic.stories.map((s) => s.date).filter(isFullDate))].sort();
  if (days.length < 2) return undefined;
  const day = days.at(-1)!;
  const fromNewest = topic.ranked.find(
    (r) => library.storyById(r.sentence.storyId)?.date === day && standsAlone(r.sentence) && findQuantities(r.sentence.text).some((q) => /\d/.test(q.text) || q.value >= 2),
  );
  return fromNewest ? { sentence: fromNewest.sentence, day } : undefined;
}

/** A written headline beats one made from a lead sentence; among written ones, the one most sources' words share. */
function headlineOf(topic: Topic): string {
  const written = topic.stories.filter((s) => !s.title.endsWith('…') && s.title !== s.sentences[0]?.text.replace(/[.!?]$/, ''));
  // A developing story (reports on several days) is headed by its newest report ("rescue ends: 22 saved", not
  // "race to reach 18"); a story told on one day keeps the headline most sources share.
  const days = new Set(topic.stories.map((s) => s.date).filter(isFullDate));
  const newest = days.size > 1 ? [...written].filter((s) => isFullDate(s.date)).sort((a, b) => b.date.localeCompare(a.date))[0] : undefined;
  return (newest ?? written[0] ?? topic.stories[0]!).title;
}

/** The figure of the most central sentence that has one, and the independent sources that repeat it. */
function mainFigure(topic: Topic, library: Library, lead: Sentence[]): { figure: string; groups: number; sentences: Sentence[] } | undefined {
  for (const sentence of lead) {
    const quantity = findQuantities(sentence.text).find((q) => q.nounTerms.length > 0 && q.value >= 2 && /\d/.test(q.text));
    if (!quantity) continue;
    const backing = new Map<string, Sentence>();
    for (const story of topic.stories) {
      const group = library.groupOf(story.id);
      if (backing.has(group)) continue;
      const match = story.sentences.find((s) => findQuantities(s.text).some((q) => q.value === quantity.value));
      if (match) backing.set(group, match);
    }
    return { figure: `The figure ${quantity.figure}`, groups: backing.size, sentences: [...backing.values()] };
  }
  return undefined;
}

/** One source says it is complete while another says it is still going on. */
function findDisagreements(topic: Topic, library: Library): Array<[Sentence, Sentence]> {
  const finished = topic.ranked.find((r) => FINISHED.test(r.sentence.text) && !ONGOING.test(r.sentence.text));
  if (!finished) return [];
  // The two claims must be about the same thing, not any "continue" anywhere in the topic.
  const ongoing = topic.ranked.find(
    (r) =>
      ONGOING.test(r.sentence.text) &&
      !FINISHED.test(r.sentence.text) &&
      library.groupOf(r.sentence.storyId) !== library.groupOf(finished.sentence.storyId) &&
      cosine(r.vector, finished.vector) >= 0.1,
  );
  return ongoing ? [[finished.sentence, ongoing.sentence]] : [];
}

function shorten(text: string, max = MAX_BULLET_CHARS): string {
  if (text.length <= max) return text;
  // Cut at a clause boundary so the bullet still reads as a statement.
  const cut = text.slice(0, max);
  const boundary = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf(' — '), cut.lastIndexOf('; '));
  return (boundary > max * 0.5 ? cut.slice(0, boundary) : cut.slice(0, cut.lastIndexOf(' '))) + '…';
}

/** A plain summary of at most `maxWords` words, for any folder of articles, headers or not. */
function summarise(library: Library, options: DigestOptions): Digest {
  const budget = Math.max(1, Math.floor(options.maxWords ?? 100));
  const topics = findTopics(library);
  const chosen: Sentence[] = [];
  let words = 0;
  // Round-robin over topics so a second story is not crowded out by the first one's details.
  // Only sentences that stand alone and are close to their topic's best; filler would only pad the budget.
  const queues = topics.map((t) => {
    const best = t.ranked[0]?.score ?? 0;
    return pickDiverse(t.ranked.filter((r) => standsAlone(r.sentence) && r.score >= best * 0.5), () => true).map((r) => r.sentence);
  });
  for (let round = 0; queues.some((q) => q.length > 0); round++) {
    for (const queue of queues) {
      const next = queue.shift();
      if (!next) continue;
      const count = next.text.split(/\s+/).length;
      if (words + count <= budget) {
        chosen.push(next);
        words += count;
      }
    }
    if (round > 50) break;
  }
  if (chosen.length === 0 && queues.length > 0) {
    // Not even one sentence fits: the opening words of the most central one.
    const first = topics[0]?.ranked[0]?.sentence.text ?? '';
    return plainDigest(first.split(/\s+/).slice(0, budget).join(' '), options);
  }
  // Keep each story's sentences together and in their original order.
  const stories = library.recentStories().map((st) => st.id);
  const order = (s: Sentence): number => stories.indexOf(s.storyId) * 10_000 + s.index;
  const topicOf = (s: Sentence): number => topics.findIndex((t) => t.stories.some((st) => st.id === s.storyId));
  chosen.sort((a, b) => topicOf(a) - topicOf(b) || order(a) - order(b));
  // Summary lines such as bullet standfirsts have no full stop; the summary is prose, so give them one.
  return plainDigest(chosen.map((s) => (/[.!?”"’]$/.test(s.text) ? s.text : `${s.text}.`)).join(' '), options);
}

function plainDigest(text: string, options: DigestOptions): Digest {
  return { text, stories: [], citations: [], engine: 'offline', generatedAt: options.now.toISOString() };
}

// A scheduled brief leads with what changed since the channel's previous one: stories it has not seen,
// then stories whose figures moved, then the rest. When nothing changed it says so in one line instead
// of posting the same brief again.
import { figuresIn } from '../core/numbers.ts';
import { fitDigestText } from '../core/digest-text.ts';
import type { Citation, Digest, DigestStory } from '../core/types.ts';
import type { Reply } from '../chat/types.ts';
import type { DigestSnapshot } from '../store/digest-snapshots.ts';
import { formatLocalTime } from './slots.ts';

const BRIEF_HEADING = 'Morning brief';

export type StoryChange = 'new' | 'updated';

export interface WhatsNew {
  fresh: Array<{ story: DigestStory; change: StoryChange }>;
  rest: DigestStory[];
}

export function snapshotOf(digest: Digest, deliveredAt: Date): DigestSnapshot {
  return {
    deliveredAt: deliveredAt.toISOString(),
    stories: digest.stories.map((story) => {
      const bullets = [...story.bullets, ...story.disagreements].map((bullet) => bullet.text);
      return { headline: story.headline, storyIds: [...story.storyIds], bullets, figures: figureKeys(bullets.join(' ')) };
    }),
  };
}

/** The amounts a bullet states, by value, so "1,000", "1000" and "one thousand" match. */
function figureKeys(text: string): string[] {
  return [...new Set(figuresIn(text).map(String))];
}

/**
 * A story is the same one when it shares a source story id or its headline with a story shown before.
 * It is updated when it states a figure the earlier one did not; new wording alone is not news.
 */
export function findWhatsNew(digest: Digest, previous: DigestSnapshot): WhatsNew {
  const fresh: WhatsNew['fresh'] = [];
  const rest: DigestStory[] = [];
  for (const story of digest.stories) {
    const before = previous.stories.find((old) => old.headline === story.headline || old.storyIds.some((id) => story.storyIds.includes(id)));
    const figures = figureKeys([...story.bullets, ...story.disagreements].map((bullet) => bullet.text).join(' '));
    if (!before) fresh.push({ story, change: 'new' });
    else if (figures.some((figure) => !before.figures.includes(figure))) fresh.push({ story, change: 'updated' });
    else rest.push(story);
  }
  return { fresh, rest };
}

/** The reply a scheduled post makes: the whole brief the first time, then what is new, or one line. */
export function composeScheduledBrief(digest: Digest, previous: DigestSnapshot | undefined, zone: string): Reply {
  if (!previous) return { kind: 'digest', digest, heading: BRIEF_HEADING };
  const since = formatLocalTime(new Date(previous.deliveredAt), zone);
  const { fresh, rest } = findWhatsNew(digest, previous);
  if (fresh.length === 0) {
    return { kind: 'notice', tone: 'info', text: `Nothing new since your last brief on ${since}. /brief shows today's full brief.` };
  }
  const leading = fresh.map(({ story, change }) => ({ ...story, headline: `${change === 'new' ? 'New' : 'Updated'}: ${story.headline}` }));
  const stories = [...leading, ...rest];
  return { kind: 'digest', heading: BRIEF_HEADING, digest: { ...digest, stories, text: fitDigestText({ title: `New since your last brief on ${since}`, stories, citations: digest.citations, leadCount: leading.length, omittedHint: '/brief shows them all.' }).text } };
}

/** What `/brief preview` shows: always the brief itself, only to the asker, with what the post would do. */
export function composePreview(digest: Digest, previous: DigestSnapshot | undefined, zone: string | undefined): Reply {
  if (zone === undefined) {
    return { kind: 'digest', digest, isPrivate: true, heading: 'Preview: this channel has no scheduled brief yet; one posted now would say this.' };
  }
  const scheduled = composeScheduledBrief(digest, previous, zone);
  if (scheduled.kind === 'digest') return { ...scheduled, isPrivate: true, heading: `Preview of the next ${BRIEF_HEADING.toLowerCase()}` };
  const since = formatLocalTime(new Date(previous!.deliveredAt), zone);
  return { kind: 'digest', digest, isPrivate: true, heading: `Preview: the next brief will only say nothing is new since ${since}. Today's full brief:` };
}

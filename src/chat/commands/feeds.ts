// /brief feeds [add URL | remove URL]: the feeds the bot reads, with how each one is doing. Anyone may
// list them; adding and removing is for people who may manage the channel (Discord: Manage Channels).
import type { FeedListing } from '../../feeds/feed-directory.ts';
import { parseFeedUrl } from '../../feeds/feed-url.ts';
import type { ChatContext } from '../context.ts';
import type { ChatEvent, Reply } from '../types.ts';

type CommandEvent = Extract<ChatEvent, { kind: 'command' }>;

const NEEDS_MANAGE_CHANNEL = 'Only members who can manage this channel (Manage Channels) can add or remove feeds. Ask a moderator to run this command.';
const USAGE = 'Use /brief feeds to list them, /brief feeds add https://example.com/feed.xml or /brief feeds remove https://example.com/feed.xml.';

export async function runFeeds(args: string, event: CommandEvent, context: ChatContext): Promise<Reply> {
  const feeds = context.feeds;
  if (!feeds) return notice('error', 'Feeds are not available here: the bot was started without its database.');
  const [first = '', ...rest] = args.trim().split(/\s+/);
  const action = first.toLowerCase();
  if (action === '' || action === 'list') return listFeeds(await feeds.list());
  if (action !== 'add' && action !== 'remove') return notice('error', `"${first.slice(0, 40)}" is not a feeds command. ${USAGE}`);
  if (event.canManageChannel === false) return notice('error', NEEDS_MANAGE_CHANNEL);
  const parsed = parseFeedUrl(rest.join(' '));
  if (!parsed.ok) return notice('error', `${capitalise(parsed.problem)}. ${USAGE}`);
  const url = parsed.value;
  if (action === 'remove') {
    const result = await feeds.remove(url);
    if (result === 'configured') return notice('error', `${url} is set in BRIEFING_FEEDS, so it can only be removed there (then restart the bot).`);
    if (result === 'unknown') return notice('error', `${url} is not one of the bot's feeds. /brief feeds lists them.`);
    context.log.info('feed removed', { url, platform: event.platform, userId: event.userId });
    return notice('success', `Removed ${url}: its stories no longer answer questions.`);
  }
  const { isNew, outcome } = await feeds.add(url, `${event.platform}:${event.userId}`);
  if (!isNew) return notice('info', `${url} is already one of the bot's feeds. /brief feeds shows how it is doing.`);
  context.log.info('feed added', { url, platform: event.platform, userId: event.userId });
  if (!outcome) return notice('success', `Added ${url}. The first fetch is still running; /brief feeds will show how it went.`);
  if (outcome.status === 'refused') return notice('error', `Not added: ${outcome.error}.`);
  if (!outcome.ok) return notice('error', `Added ${url}, but the first fetch failed: ${outcome.error}. The bot will retry it; /brief feeds remove ${url} takes it off the list.`);
  return notice('success', `Added ${url}: ${count(outcome.new, 'story', 'stories')} stored, polled from now on.`);
}

function listFeeds(listings: FeedListing[]): Reply {
  if (listings.length === 0) {
    return notice('info', 'The bot reads no feeds yet. Add one with /brief feeds add https://example.com/feed.xml, or list them in BRIEFING_FEEDS.');
  }
  const lines = listings.map(({ url, isConfigured, state }) => {
    const name = state?.title ? `${state.title} — ${url}` : url;
    const origin = isConfigured ? ' (BRIEFING_FEEDS)' : '';
    if (!state?.lastFetchAt) return `• ${name}${origin}: not fetched yet`;
    const fetched = `last fetched ${formatInstant(state.lastFetchAt)}, ${count(state.itemCount, 'item', 'items')}`;
    if (!state.lastError) return `• ${name}${origin}: ${fetched}`;
    const retry = state.nextAttemptAt ? ` Next try ${formatInstant(state.nextAttemptAt)}.` : '';
    return `• ${name}${origin}: ${fetched}. Last error: ${state.lastError}.${retry}`;
  });
  return notice('info', [`The bot reads ${count(listings.length, 'feed', 'feeds')}:`, ...lines].join('\n'));
}

/** `2025-05-24 12:00 UTC` */
function formatInstant(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function notice(tone: 'info' | 'success' | 'error', text: string): Reply {
  return { kind: 'notice', tone, isPrivate: true, text };
}

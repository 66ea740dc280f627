// Fetch one feed and store what is new or changed. An item is its GUID/id, else its link; an item seen
// with the same text is unchanged, with changed text its story is replaced; a summary-only item gets its
// article page fetched. A bad feed is recorded with its error and backed off, and nothing stored is lost.
import { createHash } from 'node:crypto';
import type { Logger } from '../log.ts';
import type { FeedStore, StoredStory } from '../store/feeds.ts';
import { extractArticle } from './article.ts';
import { parseFeedDocument, type FeedItem, type ParsedFeed } from './feed-parse.ts';
import { htmlToParagraphs, textToParagraphs } from './html-text.ts';
import type { Fetcher } from './safe-fetch.ts';

export const MAX_FEED_BYTES = 5 * 1024 * 1024;
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** Items read from one fetch; a feed carrying more is an archive, and its newest come first. */
const MAX_ITEMS_PER_FETCH = 100;
const BACKOFF_BASE_MS = 60_000;
const BACKOFF_CAP_MS = 6 * 60 * 60_000;
/** A Retry-After further out than this is taken as this. */
const RETRY_AFTER_CAP_MS = 24 * 60 * 60_000;
const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/** `refused`: the address guard refused the feed's URL (private address), so nothing was sent. */
export type FetchStatus = 'ok' | 'not_modified' | 'error' | 'refused';

export interface FeedOutcome {
  url: string;
  ok: boolean;
  new: number;
  updated: number;
  unchanged: number;
  error: string | null;
  /** For metrics (briefing_feed_fetches_total{status}). */
  status: FetchStatus;
}

export interface RefreshDeps {
  fetcher: Fetcher;
  store: FeedStore;
  now: () => Date;
  log: Logger;
  /** Called once per fetch with its outcome: the hook for metrics. */
  onOutcome?: (outcome: FeedOutcome) => void;
}

export async function refreshFeed(url: string, deps: RefreshDeps): Promise<FeedOutcome> {
  const outcome = await fetchAndStore(url, deps);
  if (outcome.ok) deps.log.info('feed fetched', { url, new: outcome.new, updated: outcome.updated, unchanged: outcome.unchanged, status: outcome.status });
  else deps.log.warn('feed failed', { url, error: outcome.error });
  deps.onOutcome?.(outcome);
  return outcome;
}

async function fetchAndStore(url: string, deps: RefreshDeps): Promise<FeedOutcome> {
  const { fetcher, store, now } = deps;
  const state = await store.state(url);
  const result = await fetcher.fetch({ url, accept: FEED_ACCEPT, maxBytes: MAX_FEED_BYTES, etag: state?.etag, lastModified: state?.lastModified });
  if (result.kind === 'failed') return fail(url, result.problem, result.retryAfterMs, deps, result.isRefused ? 'refused' : 'error');
  if (result.kind === 'not-modified') {
    await store.recordFetch(url, { ok: true, etag: state?.etag, lastModified: state?.lastModified }, now());
    return { url, ok: true, new: 0, updated: 0, unchanged: state?.itemCount ?? 0, error: null, status: 'not_modified' };
  }
  const parsed = parseFeedDocument(result.text, result.url);
  if (!parsed.ok) return fail(url, parsed.problem, undefined, deps);
  const feed = parsed.value;
  const counts = { new: 0, updated: 0, unchanged: 0 };
  await Promise.all(
    feed.items.slice(0, MAX_ITEMS_PER_FETCH).map(async (item) => {
      const fingerprint = fingerprintOf(item);
      const known = await store.fingerprintOf(url, item.id);
      if (known === fingerprint) {
        counts.unchanged += 1;
        return;
      }
      const story = await storyOf(item, feed, url, deps);
      if (!story) return;
      await store.saveItem(url, item.id, fingerprint, story, now());
      counts[known === undefined ? 'new' : 'updated'] += 1;
    }),
  );
  await store.recordFetch(url, { ok: true, title: feed.title || undefined, etag: result.etag, lastModified: result.lastModified }, now());
  return { url, ok: true, ...counts, error: null, status: 'ok' };
}

async function fail(url: string, problem: string, retryAfterMs: number | undefined, { store, now }: RefreshDeps, status: FetchStatus = 'error'): Promise<FeedOutcome> {
  const failures = ((await store.state(url))?.failures ?? 0) + 1;
  const wait = Math.max(backoffMs(failures), Math.min(retryAfterMs ?? 0, RETRY_AFTER_CAP_MS));
  await store.recordFetch(url, { ok: false, error: problem, failures, nextAttemptAt: new Date(now().getTime() + wait).toISOString() }, now());
  return { url, ok: false, new: 0, updated: 0, unchanged: 0, error: problem, status };
}

/** 1, 2, 4, 8 … minutes after each failure in a row, at most 6 hours. */
export function backoffMs(failures: number): number {
  return Math.min(BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1), BACKOFF_CAP_MS);
}

/** What the item says: a change to any of it is an update. */
function fingerprintOf(item: FeedItem): string {
  const { title, link, content, summary, date, source, author } = item;
  return createHash('sha256').update(JSON.stringify([title, link, content?.html, content?.text, summary, date, source, author])).digest('hex');
}

async function storyOf(item: FeedItem, feed: ParsedFeed, feedUrl: string, deps: RefreshDeps): Promise<StoredStory | undefined> {
  const fromFeed = item.content?.html ? htmlToParagraphs(item.content.html) : item.content?.text ? textToParagraphs(item.content.text) : [];
  const summary = item.summary ? htmlToParagraphs(item.summary) : [];
  let paragraphs = fromFeed;
  let siteName: string | undefined;
  let articleDate: string | undefined;
  if (paragraphs.length === 0 && item.link) {
    const article = await fetchArticle(item.link, deps);
    siteName = article?.siteName;
    articleDate = article?.date;
    // A page that yields less than the feed's own summary (a paywall, a video page) is not the article.
    if (article && length(article.paragraphs) > length(summary)) paragraphs = article.paragraphs;
  }
  if (paragraphs.length === 0) paragraphs = summary;
  if (paragraphs.length === 0) {
    deps.log.warn('feed item has no text to store', { feed: feedUrl, item: item.id });
    return undefined;
  }
  return {
    key: item.link ?? `${feedUrl}#${item.id}`,
    url: item.link,
    title: item.title,
    outlet: item.source || feed.title || siteName || hostOf(item.link ?? feedUrl),
    date: item.date || articleDate || '',
    byline: item.author ?? '',
    paragraphs,
  };
}

async function fetchArticle(link: string, { fetcher, log }: RefreshDeps): Promise<ReturnType<typeof extractArticle> | undefined> {
  const result = await fetcher.fetch({ url: link, accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5', maxBytes: MAX_ARTICLE_BYTES });
  if (result.kind !== 'fetched') {
    if (result.kind === 'failed') log.warn('article page not fetched; the feed summary is stored instead', { url: link, error: result.problem });
    return undefined;
  }
  try {
    return extractArticle(result.text);
  } catch (err) {
    // A page the HTML parser chokes on costs only its article; the feed's summary is stored instead.
    log.warn('article page could not be read; the feed summary is stored instead', { url: link, err });
    return undefined;
  }
}

function length(paragraphs: string[]): number {
  return paragraphs.reduce((sum, p) => sum + p.length, 0);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

// A feed document (RSS 2.0, RSS 1.0, Atom 1.0, JSON Feed 1.x) → its title and items, normalised: identity
// (GUID/id, else link), absolute links, full content when the feed carries it, else the summary, the date
// as YYYY-MM-DD, the item's own source. Parsing is feedsmith's; what a bad document is called is ours.
import { parseFeed } from 'feedsmith';
import type { Parsed } from '../core/types.ts';
import { htmlToLine } from './html-text.ts';

export interface FeedItem {
  /** Identity inside the feed: the GUID or id, else the link. */
  id: string;
  /** Absolute URL of the article, when the item has one. */
  link?: string;
  title: string;
  /** Full text carried by the feed (content:encoded, Atom content, content_html/content_text). */
  content?: { html?: string; text?: string };
  /** HTML or text summary (RSS description, Atom summary, JSON Feed summary). */
  summary?: string;
  /** YYYY-MM-DD, or '' when the item has no (readable) date. */
  date: string;
  /** The item's own source or author organisation (RSS <source>, Atom <source><title>). */
  source?: string;
  author?: string;
}

export interface ParsedFeed {
  title: string;
  siteUrl?: string;
  items: FeedItem[];
  /** Items dropped because they had neither an id nor a link. */
  skipped: number;
}

/** Parse a fetched document; `url` is where it came from (after redirects), the base for relative links. */
export function parseFeedDocument(text: string, url: string): Parsed<ParsedFeed> {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') return { ok: false, problem: 'the document is empty, not a feed' };
  if (/^(<!doctype html|<html[\s>])/i.test(trimmed)) return { ok: false, problem: htmlPageProblem(trimmed, url) };
  let input: unknown = trimmed;
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      input = JSON.parse(trimmed);
    } catch (err) {
      return { ok: false, problem: `the document is not valid JSON (${(err as Error).message.slice(0, 120)})` };
    }
  } else if (!trimmed.startsWith('<')) {
    return { ok: false, problem: 'the document is neither XML nor JSON, so not an RSS, Atom or JSON feed' };
  } else {
    const malformed = xmlProblem(trimmed);
    if (malformed) return { ok: false, problem: `the XML is malformed (${malformed}); the feed's publisher has to fix it` };
  }
  let result: ReturnType<typeof parseFeed>;
  try {
    result = parseFeed(input);
  } catch (err) {
    const message = (err as Error).message;
    return { ok: false, problem: /unrecognized/i.test(message) ? 'the document is not an RSS, Atom or JSON feed' : `the feed could not be read (${message.slice(0, 160)})` };
  }
  return { ok: true, value: normalise(result, url) };
}

function normalise(result: ReturnType<typeof parseFeed>, url: string): ParsedFeed {
  const base = (href: string | undefined): string | undefined => absolute(href, url);
  switch (result.format) {
    case 'rss': {
      const feed = result.feed;
      const items = (feed.items ?? []).map((item) =>
        draft({
          guid: item.guid?.value,
          link: base(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined)),
          title: item.title,
          contentHtml: item.content?.encoded,
          summary: item.description,
          date: item.pubDate ?? item.dc?.dates?.[0],
          source: item.source?.title,
          author: item.dc?.creators?.[0] ?? item.authors?.[0],
        }),
      );
      return finish(feed.title, base(feed.link), items);
    }
    case 'rdf': {
      const feed = result.feed;
      const items = (feed.items ?? []).map((item) =>
        draft({ guid: item.rdf?.about, link: base(item.link), title: item.title, contentHtml: item.content?.encoded, summary: item.description, date: item.dc?.dates?.[0], author: item.dc?.creators?.[0] }),
      );
      return finish(feed.title, base(feed.link), items);
    }
    case 'atom': {
      const feed = result.feed;
      const siteUrl = base(alternateLink(feed.links));
      const items = (feed.entries ?? []).map((entry) => {
        const content = entry.content?.src ? undefined : entry.content?.value;
        return draft({
          guid: entry.id,
          link: absolute(alternateLink(entry.links), siteUrl ?? url),
          title: entry.title?.value,
          contentHtml: content && entry.content?.type !== 'text' ? content : undefined,
          contentText: content && entry.content?.type === 'text' ? content : undefined,
          summary: entry.summary?.value,
          date: entry.published ?? entry.updated,
          source: entry.source?.title?.value,
          author: entry.authors?.[0]?.name,
        });
      });
      return finish(feed.title?.value, siteUrl, items);
    }
    case 'json': {
      const feed = result.feed;
      const items = (feed.items ?? []).map((item) =>
        draft({
          guid: item.id === undefined ? undefined : String(item.id),
          link: base(item.url ?? item.external_url),
          title: item.title,
          contentHtml: item.content_html,
          contentText: item.content_text,
          summary: item.summary,
          date: item.date_published ?? item.date_modified,
          author: item.authors?.[0]?.name,
        }),
      );
      return finish(feed.title, base(feed.home_page_url), items);
    }
  }
}

interface Draft {
  guid?: string;
  link?: string;
  title?: string;
  contentHtml?: string;
  contentText?: string;
  summary?: string;
  date?: unknown;
  source?: string;
  author?: unknown;
}

function draft(d: Draft): FeedItem | undefined {
  const id = d.guid?.trim() || d.link;
  if (!id) return undefined;
  const hasHtml = Boolean(d.contentHtml?.trim());
  const hasText = Boolean(d.contentText?.trim());
  const author = typeof d.author === 'string' ? d.author : (d.author as { name?: string } | undefined)?.name;
  return {
    id,
    link: d.link,
    title: d.title ? htmlToLine(d.title) : '',
    content: hasHtml || hasText ? { html: hasHtml ? d.contentHtml : undefined, text: hasText ? d.contentText : undefined } : undefined,
    summary: d.summary?.trim() || undefined,
    date: isoDay(d.date),
    source: d.source ? htmlToLine(d.source) : undefined,
    author: author?.trim() || undefined,
  };
}

function finish(title: string | undefined, siteUrl: string | undefined, drafts: Array<FeedItem | undefined>): ParsedFeed {
  const items = drafts.filter((item): item is FeedItem => item !== undefined);
  return { title: title ? htmlToLine(title) : '', siteUrl, items, skipped: drafts.length - items.length };
}

function alternateLink(links: Array<{ href?: string; rel?: string }> | undefined): string | undefined {
  return (links?.find((l) => !l.rel || l.rel === 'alternate') ?? links?.[0])?.href;
}

/** Relative links ("/world/1234") are resolved against the document's URL; anything but http(s) is dropped. */
function absolute(href: string | undefined, base: string): string | undefined {
  if (!href?.trim()) return undefined;
  try {
    const resolved = new URL(href.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** RFC 822 (RSS), RFC 3339 (Atom, JSON Feed) or a Date → YYYY-MM-DD in UTC; '' when missing or unreadable. */
export function isoDay(value: unknown): string {
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' && value.trim() ? Date.parse(value.trim()) : NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

/** An HTML page where a feed was expected; when it links to its feed, say which URL to use instead. */
function htmlPageProblem(html: string, url: string): string {
  const link = /<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(html)?.[0];
  const href = link ? /href=["']([^"']+)["']/i.exec(link)?.[1] : undefined;
  const feed = href ? absolute(href.replace(/&amp;/g, '&'), url) : undefined;
  return `the address gives an HTML page, not a feed${feed ? `; the page names its feed at ${feed}, use that URL` : ' (RSS, Atom or JSON Feed); look for a feed link on the site'}`;
}

/**
 * A well-formedness check of the tag structure: every element closed in order. feedsmith's parser is
 * lenient and would return half a feed from a truncated document; a half feed must not pass as whole.
 */
function xmlProblem(xml: string): string | undefined {
  const body = xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  const open: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<(?![A-Za-z_/])/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    if (match[2] === undefined) return `a stray "<" near "${body.slice(match.index, match.index + 30).replace(/\s+/g, ' ')}"`;
    const [, closing, name, , selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) {
      open.push(name!);
      continue;
    }
    const expected = open.pop();
    if (expected !== name) return expected ? `</${name}> where </${expected}> was expected` : `</${name}> closes nothing`;
  }
  if (open.length > 0) return `<${open.at(-1)}> is never closed; the document may be cut short`;
  if (!/^<[A-Za-z_]/.test(body.trim())) return 'no root element';
  return undefined;
}

// A feed address as the operator types it (BRIEFING_FEEDS, /brief feeds add, fetch --feed): checked the
// same way everywhere, with a sentence saying what to type instead.
import type { Parsed } from '../core/types.ts';

const MAX_URL_LENGTH = 2000;

export function parseFeedUrl(raw: string): Parsed<string> {
  // Slack wraps links as <https://…> or <https://…|label>.
  const text = raw.trim().replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1');
  if (text === '') return { ok: false, problem: 'the feed address is empty: give a URL such as https://example.com/feed.xml' };
  if (text.length > MAX_URL_LENGTH) return { ok: false, problem: `the feed address is ${text.length} characters long; a URL of at most ${MAX_URL_LENGTH} is expected` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, problem: `"${text.slice(0, 100)}" is not a URL: give the full address, such as https://example.com/feed.xml` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: `"${text.slice(0, 100)}" uses ${url.protocol.replace(/:$/, '')}:, but feeds are fetched over http or https only` };
  }
  if (url.username || url.password) return { ok: false, problem: `"${url.host}": a feed address with a user name or password is not supported` };
  url.hash = '';
  return { ok: true, value: url.href };
}

/** BRIEFING_FEEDS: URLs separated by whitespace or commas; duplicates count once. */
export function parseFeedList(raw: string): { urls: string[]; problems: string[] } {
  const urls: string[] = [];
  const problems: string[] = [];
  for (const part of raw.split(/[\s,]+/).filter(Boolean)) {
    const parsed = parseFeedUrl(part);
    if (!parsed.ok) problems.push(parsed.problem);
    else if (!urls.includes(parsed.value)) urls.push(parsed.value);
  }
  return { urls, problems };
}

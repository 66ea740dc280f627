// Feed documents → normalised items: identity, links, content, dates, outlets, and bad documents named.
import { describe, expect, it } from 'vitest';
import { parseFeedDocument, type ParsedFeed } from '../../src/feeds/feed-parse.ts';
import { BRIDGE, CONVOY, GRAIN } from '../standins/feeds/articles.ts';
import { rssFeed } from '../standins/feeds.ts';

const ORIGIN = 'https://news.example';

function parsed(text: string, url = `${ORIGIN}/feed.xml`): ParsedFeed {
  const result = parseFeedDocument(text, url);
  if (!result.ok) throw new Error(result.problem);
  return result.value;
}

function problem(text: string): string {
  const result = parseFeedDocument(text, `${ORIGIN}/feed.xml`);
  if (result.ok) throw new Error('expected a problem');
  return result.problem;
}

describe('parseFeedDocument', () => {
  it('reads an RSS item with its GUID, link, full content:encoded and date', () => {
    const [item] = parsed(rssFeed([CONVOY], { title: 'Standin News', origin: ORIGIN, fullContent: true })).items;
    expect(item).toMatchObject({ id: CONVOY.guid, link: `${ORIGIN}${CONVOY.path}`, title: CONVOY.title, date: '2025-05-24' });
    expect(item?.content?.html).toContain('A convoy of 42 trucks');
  });

  it('keeps an RSS item without content:encoded as summary-only', () => {
    const [item] = parsed(rssFeed([GRAIN], { title: 'T', origin: ORIGIN, fullContent: false })).items;
    expect(item?.content).toBeUndefined();
    expect(item?.summary).toBe(GRAIN.summary);
  });

  it('names the outlet from the item’s <source>', () => {
    const [item] = parsed(rssFeed([{ ...GRAIN, source: 'Reuters' }], { title: 'Aggregator', origin: ORIGIN, fullContent: true })).items;
    expect(item?.source).toBe('Reuters');
  });

  it('resolves relative links against the feed’s address', () => {
    const [item] = parsed(rssFeed([BRIDGE], { title: 'T', origin: ORIGIN, fullContent: false, relativeLinks: true }), `${ORIGIN}/feeds/main.xml`).items;
    expect(item?.link).toBe(`${ORIGIN}${BRIDGE.path}`);
  });

  it('leaves the date empty for an undated item instead of guessing', () => {
    const [item] = parsed(rssFeed([CONVOY], { title: 'T', origin: ORIGIN, fullContent: true, dated: false })).items;
    expect(item?.date).toBe('');
  });

  it('reads an Atom entry: id, alternate link, summary, published date, html title decoded', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><link href="${ORIGIN}/"/>
      <entry><id>tag:x,2025:1</id><title type="html">Rates &amp;amp; prices</title><link rel="alternate" href="/a/1"/>
      <published>2025-05-20T23:30:00-02:00</published><updated>2025-05-22T00:00:00Z</updated><summary>Short.</summary></entry></feed>`;
    const feed = parsed(atom);
    expect(feed.title).toBe('Wire');
    expect(feed.items[0]).toMatchObject({ id: 'tag:x,2025:1', link: `${ORIGIN}/a/1`, title: 'Rates & prices', summary: 'Short.', date: '2025-05-21' });
  });

  it('reads JSON Feed content_html and content_text', () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'J',
      items: [
        { id: 1, url: `${ORIGIN}/1`, content_html: '<p>One.</p>', date_published: '2025-05-21T12:00:00Z' },
        { id: '2', url: `${ORIGIN}/2`, content_text: 'Two.' },
      ],
    });
    const items = parsed(json).items;
    expect(items.map((i) => [i.id, i.content])).toEqual([
      ['1', { html: '<p>One.</p>', text: undefined }],
      ['2', { html: undefined, text: 'Two.' }],
    ]);
  });

  it('takes the link as the identity of an item without a GUID, and skips one with neither', () => {
    const rss = `<rss version="2.0"><channel><title>T</title><item><title>A</title><link>${ORIGIN}/a</link></item><item><title>No id</title></item></channel></rss>`;
    const feed = parsed(rss);
    expect(feed.items.map((i) => i.id)).toEqual([`${ORIGIN}/a`]);
    expect(feed.skipped).toBe(1);
  });

  it.each([
    ['', /empty/],
    ['<!DOCTYPE html><html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>Hi</body></html>', /HTML page, not a feed; the page names its feed at https:\/\/news\.example\/rss\.xml/],
    ['<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half</title></channel></rss>', /XML is malformed \(<\/channel> where <\/item> was expected\)/],
    ['<?xml version="1.0"?><rss version="2.0"><channel><title>Cut', /malformed .*never closed/],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": [', /not valid JSON/],
    ['<?xml version="1.0"?><note><to>Tove</to></note>', /not an RSS, Atom or JSON feed/],
    ['just some words', /neither XML nor JSON/],
  ])('names what is wrong with %j', (text, expected) => {
    expect(problem(text)).toMatch(expected);
  });
});

// The news the feed stand-in serves: items as a publisher writes them, and realistic article pages with
// the furniture real sites wrap around the text (navigation, cookie banner, share buttons, Related box).
export interface StandinItem {
  guid: string;
  /** Path of the article page on the stand-in, e.g. /news/convoy.html. */
  path: string;
  title: string;
  /** Paragraphs of the article body. */
  paragraphs: string[];
  /** RSS date (RFC 822) or undefined for an undated item. */
  pubDate?: string;
  summary: string;
  source?: string;
}

export const CONVOY: StandinItem = {
  guid: 'urn:standin:convoy',
  path: '/news/aid-convoy-kharkiv.html',
  title: 'Aid convoy reaches Kharkiv after two-week delay',
  summary: 'Trucks carrying food and medicine arrive in the city.',
  pubDate: 'Sat, 24 May 2025 09:30:00 GMT',
  paragraphs: [
    'A convoy of 42 trucks carrying food and medicine reached Kharkiv on Saturday, the regional governor said.',
    'The trucks had waited for two weeks at a depot near the border while officials negotiated safe passage along the route.',
    'Aid workers said the supplies would last the city’s hospitals for about a month.',
  ],
};

export const GRAIN: StandinItem = {
  guid: 'urn:standin:grain',
  path: '/news/grain-ship-odesa.html',
  title: 'Grain ship leaves Odesa with record cargo',
  summary: 'A bulk carrier left port under naval escort.',
  pubDate: 'Fri, 23 May 2025 17:00:00 GMT',
  paragraphs: [
    'A bulk carrier loaded with 71,000 tonnes of wheat left Odesa on Friday, the port authority said.',
    'It was the largest single grain cargo to leave the port since the corridor reopened last year.',
  ],
};

export const BRIDGE: StandinItem = {
  guid: 'https://standin.invalid/news/bridge',
  path: '/news/bridge-reopens.html',
  title: 'Dnipro bridge reopens to traffic',
  summary: 'Engineers finished repairs ahead of schedule.',
  pubDate: 'Thu, 22 May 2025 08:00:00 GMT',
  paragraphs: [
    'The road bridge over the Dnipro reopened to traffic on Thursday after engineers finished repairs 19 days ahead of schedule.',
    'About 12,000 vehicles a day crossed the bridge before it was damaged in March.',
  ],
};

/** Lines of page furniture that must never reach a story. */
export const FURNITURE = ['We use cookies to improve your experience', 'Share on Facebook', 'Sign up for our newsletter', 'Opposition leader visits troops in the east', 'Home | World | Business'];

/** An article page as a news site serves it. */
export function articlePage(item: StandinItem): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${item.title} | Standin News</title>
  <meta property="og:site_name" content="Standin News">
  <meta property="article:published_time" content="${item.pubDate ? new Date(item.pubDate).toISOString() : ''}">
</head>
<body>
  <a class="skip-link" href="#main">Skip to content</a>
  <header class="site-header"><a href="/">Standin News</a>
    <nav><ul><li><a href="/">Home | World | Business</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  </header>
  <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience. By continuing you agree to our cookie policy.</p><button>Accept all</button><button>Reject all</button></div>
  <main id="main">
    <article class="story">
      <h1>${item.title}</h1>
      <div class="byline">By Standin Staff · ${item.pubDate ?? ''}</div>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div>
      <div class="article-body">
        ${item.paragraphs.map((p) => `<p>${p}</p>`).join('\n        ')}
      </div>
      <div class="newsletter-signup"><p>Sign up for our newsletter to get the morning briefing in your inbox every day.</p><form><input type="email"><button>Subscribe</button></form></div>
    </article>
    <aside class="related-stories">
      <h2>Related</h2>
      <ul><li><a href="/news/opposition">Opposition leader visits troops in the east</a></li><li><a href="/news/prices">Food prices rise for a third month</a></li></ul>
    </aside>
  </main>
  <footer><p>© 2025 Standin News. All rights reserved.</p></footer>
</body>
</html>`;
}

// An article page → its main text. Page furniture (navigation, cookie banners, share buttons, "Related"
// boxes, newsletter sign-ups, ads) is removed first, then Mozilla's Readability (Firefox Reader View)
// picks the article body; when it finds none, the cleaned page's paragraphs are used.
import { Readability } from '@mozilla/readability';
import { isoDay } from './feed-parse.ts';
import { blockParagraphs, htmlToParagraphs, parseDocument, type DomDocument, type DomElement } from './html-text.ts';

export interface Article {
  title: string;
  paragraphs: string[];
  /** og:site_name or similar, when the page names its publisher. */
  siteName?: string;
  /** The page's publication date, YYYY-MM-DD, when it states one. */
  date?: string;
}

const FURNITURE_TAGS = 'nav, header, footer, aside, form, button, dialog, menu, noscript, script, style, iframe';
// Matched against class, id, role and aria-label: the names sites give their furniture.
const FURNITURE_NAMES = /cookie|consent|gdpr|\bshare|sharing|social|related|recommend|read-?more|more-stories|newsletter|subscribe|signup|sign-up|promo|advert|\bads?\b|ad-slot|sponsor|breadcrumb|comments?\b|popup|modal|paywall|banner|toolbar|skip-link|byline-share|most-read|trending/i;
const CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);
const FURNITURE_HEADINGS = /^(related|related (stories|articles|coverage|content)|read more|more (from|on|stories)|recommended|most read|trending|you (may|might) also like)\b/i;

export function extractArticle(html: string): Article {
  const document = parseDocument(html);
  const siteName = meta(document, ['og:site_name', 'application-name', 'publisher']);
  const date = meta(document, ['article:published_time', 'date', 'pubdate', 'dc.date', 'datePublished']);
  removeFurniture(document);
  let paragraphs: string[] = [];
  let title = '';
  try {
    // linkedom implements the DOM Readability walks; its types are not the DOM library's.
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    if (article?.content) paragraphs = htmlToParagraphs(article.content);
    title = article?.title?.trim() ?? '';
  } catch {
    // Readability gives up on some odd documents; the cleaned body below is still the page's text.
  }
  if (paragraphs.length === 0) {
    const fallback = parseDocument(html);
    removeFurniture(fallback);
    paragraphs = fallback.body ? blockParagraphs(fallback.body) : [];
  }
  return { title: title || document.title.trim(), paragraphs, siteName, date: isoDay(date) || undefined };
}

function removeFurniture(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll(FURNITURE_TAGS))) {
    // An <article>'s own <header> holds its headline and byline, not furniture.
    if (element.nodeName === 'HEADER' && element.querySelector('h1')) continue;
    element.remove();
  }
  for (const element of Array.from(document.querySelectorAll('[class], [id], [role], [aria-label]'))) {
    // <body class="has-cookie-banner"> names furniture it contains, not itself.
    if (CONTAINERS.has(element.nodeName)) continue;
    const names = ['class', 'id', 'role', 'aria-label'].map((a) => element.getAttribute(a) ?? '').join(' ');
    if (FURNITURE_NAMES.test(names) && !/\b(article|story|post)-?(body|content|text)\b/i.test(names) && !holdsTheArticle(element)) element.remove();
  }
  for (const heading of Array.from(document.querySelectorAll('h2, h3, h4'))) {
    if (FURNITURE_HEADINGS.test((heading.textContent ?? '').trim())) {
      // The heading and the list of links that follows it.
      const list = heading.nextElementSibling;
      if (list && /^(UL|OL|DIV)$/.test(list.nodeName)) list.remove();
      heading.remove();
    }
  }
}

/** A wrapper named for what it also holds (`<div class="page has-sidebar-ads">`) holds the article too. */
function holdsTheArticle(element: DomElement): boolean {
  return element.querySelector('article, h1, [itemprop="articleBody"]') !== null || element.querySelectorAll('p').length >= 5;
}

function meta(document: DomDocument, names: string[]): string | undefined {
  for (const name of names) {
    const element = document.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

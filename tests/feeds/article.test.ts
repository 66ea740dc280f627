// Article pages → main text, with the furniture real sites wrap around it dropped.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/feeds/article.ts';
import { htmlToParagraphs } from '../../src/feeds/html-text.ts';
import { articlePage, CONVOY, FURNITURE } from '../standins/feeds/articles.ts';

describe('extractArticle', () => {
  it('keeps every paragraph of the article body', () => {
    expect(extractArticle(articlePage(CONVOY)).paragraphs).toEqual(expect.arrayContaining(CONVOY.paragraphs));
  });

  it.each(FURNITURE)('drops the page furniture %j', (line) => {
    expect(extractArticle(articlePage(CONVOY)).paragraphs.join('\n')).not.toContain(line);
  });

  it('reads the site name and the publication date from the page’s meta tags', () => {
    expect(extractArticle(articlePage(CONVOY))).toMatchObject({ siteName: 'Standin News', date: '2025-05-24' });
  });

  it('keeps the article of a page whose <body> class names a cookie banner', () => {
    const page = articlePage(CONVOY).replace('<body>', '<body class="has-cookie-banner ads-enabled">');
    expect(extractArticle(page).paragraphs).toEqual(expect.arrayContaining(CONVOY.paragraphs));
  });

  it('keeps the article inside a page wrapper whose class mentions ads', () => {
    const page = articlePage(CONVOY).replace('<main id="main">', '<main id="main"><div class="page-wrapper has-sidebar-ads">').replace('</main>', '</div></main>');
    expect(extractArticle(page).paragraphs).toEqual(expect.arrayContaining(CONVOY.paragraphs));
  });

  it('drops WordPress share and related-posts blocks inside the entry content', () => {
    const page = `<!DOCTYPE html><html><head><title>Post</title></head><body><div class="entry-content">
      ${CONVOY.paragraphs.map((p) => `<p>${p}</p>`).join('')}
      <div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a href="#">Share on Facebook</a></li></ul></div>
      <div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><p>Opposition leader visits troops in the east</p></div>
    </div></body></html>`;
    const text = extractArticle(page).paragraphs.join('\n');
    expect(text).toContain(CONVOY.paragraphs[0]);
    expect(text).not.toMatch(/Share on Facebook|Opposition leader visits troops/);
  });

  it('falls back to the page’s paragraphs when Readability finds no article', () => {
    expect(extractArticle('<html><body><p>Short note.</p></body></html>').paragraphs).toEqual(['Short note.']);
  });
});

describe('htmlToParagraphs', () => {
  it('makes one paragraph per block, decodes entities and drops scripts', () => {
    expect(htmlToParagraphs('<p>Prices &amp; rents <b>rose</b>.</p><script>alert(1)</script><ul><li>One</li><li>Two</li></ul>Tail<br>end')).toEqual(['Prices & rents rose.', 'One', 'Two', 'Tail', 'end']);
  });
});

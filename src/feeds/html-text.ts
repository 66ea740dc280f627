// HTML (a feed's content:encoded, an article's main text) → plain paragraphs, one per block element, with
// scripts, forms, buttons and figures dropped. Entities are decoded by the parser.
import { parseHTML } from 'linkedom';

const DROPPED = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form, button, select, figure, picture, video, audio';
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'MAIN', 'ASIDE', 'NAV', 'HR', 'FIGCAPTION']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

/** The little of linkedom's DOM used here (the project compiles without the DOM library types). */
export interface DomElement extends NodeLike {
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  querySelector(selector: string): DomElement | null;
  getAttribute(name: string): string | null;
  nextElementSibling: DomElement | null;
  remove(): void;
}

export interface DomDocument {
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

/** A document for an HTML fragment or page; linkedom needs the whole <html> to give a body. */
export function parseDocument(html: string): DomDocument {
  const isPage = /<html[\s>]/i.test(html.slice(0, 2048));
  return parseHTML(isPage ? html : `<!doctype html><html><head></head><body>${html}</body></html>`).document as DomDocument;
}

/** The text of an element's blocks, one paragraph each, whitespace collapsed, empty ones dropped. */
export function blockParagraphs(root: DomElement): string[] {
  for (const element of Array.from(root.querySelectorAll(DROPPED))) element.remove();
  const parts: string[] = [];
  const walk = (node: NodeLike): void => {
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      return;
    }
    if (node.nodeType !== 1) return;
    if (node.nodeName === 'BR') {
      parts.push('\n\n');
      return;
    }
    const isBlock = BLOCK.has(node.nodeName);
    if (isBlock) parts.push('\n\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (isBlock) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** Paragraphs of an HTML fragment. */
export function htmlToParagraphs(html: string): string[] {
  const document = parseDocument(html);
  return document.body ? blockParagraphs(document.body) : [];
}

/** Paragraphs of plain text (JSON Feed content_text): blank lines separate them. */
export function textToParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** One line of text from a bit of HTML (a title with an &amp; or <b>), for titles and outlet names. */
export function htmlToLine(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, ' ').trim();
  return htmlToParagraphs(html).join(' ');
}

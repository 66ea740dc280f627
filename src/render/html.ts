// Reply → HTML for the browser playground. Story text is untrusted, so every piece of text is escaped
// here, in the one place that builds markup; the page inserts the result as is.
import type { Answer, Citation, Digest, DigestBullet } from '../core/types.ts';
import type { HelpEntry, Reply } from '../chat/types.ts';
import { answerNotes, citationLink } from './text.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export function renderReplyHtml(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer);
    case 'digest':
      return renderDigest(reply.digest, reply.heading);
    case 'notice':
      return `<p class="notice notice-${reply.tone}">${withLineBreaks(reply.text)}</p>`;
    case 'help':
      return renderHelp(reply.intro, reply.entries, reply.examples);
    default: {
      const unknown: never = reply;
      throw new Error(`unhandled reply kind ${String((unknown as { kind: unknown }).kind)}`);
    }
  }
}

function renderAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'answered': {
      const { sources, conflict } = answerNotes(answer);
      const meta = [sources, conflict].filter(Boolean);
      return [
        '<div class="answer">',
        `<p class="answer-text">${withFigureFirst(withCitationButtons(answer.text, answer.citations))}</p>`,
        renderQuotes(answer.citations),
        meta.length > 0 ? `<p class="answer-meta">${escapeHtml(meta.join(' · '))}</p>` : '',
        '</div>',
      ].join('');
    }
    case 'abstained':
      return [
        '<div class="answer answer-abstained">',
        `<p class="answer-text">${withCitationButtons(answer.text, answer.citations)}</p>`,
        answer.citations.length > 0 ? `<p class="quotes-label">Closest passage</p>${renderQuotes(answer.citations)}` : '',
        '</div>',
      ].join('');
    case 'invalid':
      return `<p class="notice notice-error">${withLineBreaks(answer.text)}</p>`;
    default: {
      const unknown: never = answer.kind;
      throw new Error(`unhandled answer kind ${String(unknown)}`);
    }
  }
}

function renderQuotes(citations: Citation[]): string {
  if (citations.length === 0) return '';
  const items = citations.map(
    (c) =>
      `<li><blockquote class="quote"><p>${escapeHtml(c.quote)}</p></blockquote>` +
      `<p class="quote-source">${citationButton(c)} ${sourceLine(c)}</p></li>`,
  );
  return `<ul class="quotes">${items.join('')}</ul>`;
}

function sourceLine(c: Pick<Citation, 'outlet' | 'title' | 'date' | 'url'>): string {
  const date = c.date ? `<span class="sep" aria-hidden="true"> · </span><time datetime="${escapeHtml(c.date)}">${escapeHtml(formatStoryDate(c.date))}</time>` : '';
  const link = citationLink(c);
  const title = link ? `<a href="${escapeHtml(link)}" target="_blank" rel="noopener noreferrer nofollow">${escapeHtml(c.title || link)}</a>` : escapeHtml(c.title);
  return `<span class="outlet">${escapeHtml(c.outlet)}</span>${date} <cite>${title}</cite>`;
}

function renderDigest(digest: Digest, heading: string | undefined): string {
  const byNumber = new Map(digest.citations.map((c) => [c.n, c]));
  const [firstLine = ''] = digest.text.split('\n');
  const title = heading ?? firstLine;
  const subtitle = heading ? firstLine : '';
  const stories = digest.stories.map((story, i) => {
    const sources = story.independentSources === 1 ? '1 independent source' : `${story.independentSources} independent sources`;
    const disagreements =
      story.disagreements.length > 0
        ? `<ul class="bullets disagreements">${story.disagreements.map((b) => renderBullet(b, byNumber)).join('')}</ul>`
        : '';
    return (
      `<section class="digest-story"><h4><span class="story-number">${i + 1}.</span> ${escapeHtml(story.headline)}</h4>` +
      `<p class="story-meta">${escapeHtml(sources)}</p>` +
      `<ul class="bullets">${story.bullets.map((b) => renderBullet(b, byNumber)).join('')}</ul>${disagreements}</section>`
    );
  });
  const sourceItems = digest.citations.map((c) => `<li>${citationButton(c)} ${sourceLine(c)}</li>`).join('');
  return [
    '<div class="digest">',
    `<h3 class="digest-title">${escapeHtml(title)}</h3>`,
    subtitle ? `<p class="digest-subtitle">${escapeHtml(subtitle)}</p>` : '',
    stories.join(''),
    digest.citations.length > 0 ? `<details class="digest-sources"><summary>Sources (${digest.citations.length})</summary><ul class="source-list">${sourceItems}</ul></details>` : '',
    '</div>',
  ].join('');
}

function renderBullet(bullet: DigestBullet, byNumber: Map<number, Citation>): string {
  const marks = bullet.marks.map((n) => {
    const citation = byNumber.get(n);
    return citation ? citationButton(citation) : `[${n}]`;
  });
  return `<li>${escapeHtml(bullet.text)} <span class="marks">${marks.join('')}</span></li>`;
}

function renderHelp(intro: string, entries: HelpEntry[], examples: string[]): string {
  const rows = entries.map((e) => `<dt><code>${escapeHtml(e.usage)}</code></dt><dd>${escapeHtml(e.description)}</dd>`).join('');
  const tries = examples
    .map((example) => `<li><button type="button" class="example" data-example="${escapeHtml(example)}">${escapeHtml(example)}</button></li>`)
    .join('');
  return `<div class="help"><p>${escapeHtml(intro)}</p><dl class="help-entries">${rows}</dl><p class="examples-label">Try:</p><ul class="examples">${tries}</ul></div>`;
}

/** `[n]` marks in text become buttons that open the quoted sentence; marks with no citation stay text. */
function withCitationButtons(text: string, citations: Citation[]): string {
  const byNumber = new Map(citations.map((c) => [c.n, c]));
  return escapeHtml(text).replace(/\[(\d+)\]/g, (mark, digits: string) => {
    const citation = byNumber.get(Number(digits));
    return citation ? citationButton(citation) : mark;
  });
}

/** The core writes answers as "390 — the sentence…"; the figure before the dash is set in bold. */
function withFigureFirst(html: string): string {
  return html.replace(/^([^—<]{1,60}?) — /, '<strong class="figure">$1</strong> — ');
}

function citationButton(c: Citation): string {
  const label = `Source ${c.n}: ${c.outlet}, “${c.title}”`;
  return (
    `<button type="button" class="cite" data-citation="${c.n}" data-story="${escapeHtml(c.storyId)}" ` +
    `data-sentence="${escapeHtml(c.sentenceId)}" aria-label="${escapeHtml(label)}" title="${escapeHtml(label)}">${c.n}</button>`
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2025-05-23 → 23 May 2025; anything else is shown as it came. */
function formatStoryDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  return match && month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}

function withLineBreaks(text: string): string {
  return text.split('\n').map(escapeHtml).join('<br>');
}

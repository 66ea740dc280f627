// Reply → HTML for the browser playground. Story text is untrusted, so every piece of text is escaped
// here, in the one place that builds markup; the page inserts the result as is.
import type { Answer, Citation, Digest, DigestBullet } from '../core/types.ts';
import type { HelpEntry, Reply } from '../chat/types.ts';
import { FEEDBACK_BUTTONS, VERDICTS } from './feedback-controls.ts';
import { answerNotes, citationLink } from './text.ts';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

export function renderReplyHtml(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer) + (reply.answerId === undefined ? '' : renderFeedbackButtons(reply.answerId));
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

/**
 * Thumb icons drawn inline (Lucide's thumbs-up / thumbs-down, ISC licence): a browser without an emoji font
 * would show 👍 as an empty box.
 */
const THUMBS = {
  up: '<path d="M7 10v12"/><path d="M15 5.88 14 10h5.83a2 2 0 0 1 1.92 2.56l-2.33 8A2 2 0 0 1 17.5 22H4a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2h2.76a2 2 0 0 0 1.79-1.11L12 2a3.13 3.13 0 0 1 3 3.88Z"/>',
  down: '<path d="M17 14V2"/><path d="M9 18.12 10 14H4.17a2 2 0 0 1-1.92-2.56l2.33-8A2 2 0 0 1 6.5 2H20a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-2.76a2 2 0 0 0-1.79 1.11L12 22a3.13 3.13 0 0 1-3-3.88Z"/>',
} as const;

/** The page sends a click back with the answer id and verdict, and shows the private acknowledgement in the status. */
function renderFeedbackButtons(answerId: string): string {
  const buttons = VERDICTS.map((verdict) => {
    const { label, description } = FEEDBACK_BUTTONS[verdict];
    const icon = `<svg class="feedback-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${THUMBS[verdict]}</svg>`;
    return (
      `<button type="button" class="feedback-button" data-answer-id="${escapeHtml(answerId)}" data-verdict="${verdict}" aria-pressed="false" title="${escapeHtml(description)}">` +
      `${icon} ${escapeHtml(label)}</button>`
    );
  });
  return `<div class="feedback" role="group" aria-label="Rate this answer">${buttons.join('')}<p class="feedback-status" role="status"></p></div>`;
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

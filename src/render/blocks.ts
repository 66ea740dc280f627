// Reply → Slack Block Kit messages. Pure: every limit in SLACK_LIMITS is met here, by splitting
// (never by cutting a character or dropping content), so Slack never refuses what the adapter posts.
import type { types } from '@slack/bolt';
import type { HelpEntry, Reply } from '../chat/types.ts';
import type { Answer, Citation, Digest, DigestBullet } from '../core/types.ts';
import { FEEDBACK_BUTTONS, SLACK_FEEDBACK_ACTION_IDS, VERDICTS } from './feedback-controls.ts';
import { clip, packLines } from './fit.ts';
import { SLACK_LIMITS } from './limits.ts';
import { ABSTAINED_LEAD, answerNotes, citationLink, describeSource } from './text.ts';

type KnownBlock = types.KnownBlock;

export interface SlackMessage {
  /** Plain fallback for notifications and screen readers (escaped: Slack parses it as mrkdwn). */
  text: string;
  blocks: KnownBlock[];
}

/** One block and the plain text it stands for in the message's fallback. */
interface Piece {
  block: KnownBlock;
  text: string;
}

const TONE_ICONS = { info: ':information_source:', success: ':white_check_mark:', error: ':warning:' } as const;

export function renderSlackMessages(reply: Reply): SlackMessage[] {
  return packMessages(renderPieces(reply));
}

function renderPieces(reply: Reply): Piece[] {
  switch (reply.kind) {
    case 'answer':
      return [...renderAnswer(reply.answer), ...feedbackButtons(reply.answerId)];
    case 'digest':
      return renderDigest(reply.digest, reply.heading);
    case 'notice':
      return sections([`${TONE_ICONS[reply.tone]} ${escapeMrkdwn(reply.text)}`], reply.text);
    case 'help':
      return renderHelp(reply.intro, reply.entries, reply.examples);
    default:
      return reply satisfies never;
  }
}

function renderAnswer(answer: Answer): Piece[] {
  const quotes = answer.citations.flatMap(renderCitation);
  switch (answer.kind) {
    case 'answered': {
      const { sources, conflict } = answerNotes(answer);
      const notes = [sources, conflict && `:warning: ${conflict}`].filter(Boolean);
      return [
        ...sections([escapeMrkdwn(answer.text)], answer.text),
        ...(notes.length > 0 ? [context(notes.join(' · '))] : []),
        ...quotes,
      ];
    }
    case 'abstained':
      return [
        ...sections([`*${ABSTAINED_LEAD}* ${escapeMrkdwn(answer.text)}`], `${ABSTAINED_LEAD} ${answer.text}`),
        ...(quotes.length > 0 ? [context('Closest passage:'), ...quotes] : []),
      ];
    case 'invalid':
      return sections([escapeMrkdwn(answer.text)], answer.text);
    default:
      return answer.kind satisfies never;
  }
}

/** An actions block with the helpful / wrong buttons; packMessages puts it in the answer's last message. */
function feedbackButtons(answerId: string | undefined): Piece[] {
  // Our ids are 12 characters; one that could not travel in a button's value gets no buttons rather than a refused post.
  if (answerId === undefined || answerId.length > SLACK_LIMITS.buttonValue) return [];
  const elements = VERDICTS.map((verdict) => {
    const button = FEEDBACK_BUTTONS[verdict];
    return {
      type: 'button' as const,
      action_id: SLACK_FEEDBACK_ACTION_IDS[verdict],
      text: { type: 'plain_text' as const, text: `${button.emoji} ${button.label}`, emoji: true },
      value: answerId,
      accessibility_label: button.description,
    };
  });
  return [{ block: { type: 'actions', block_id: 'feedback', elements }, text: '' }];
}

/** `> “quote”` on its own lines, then `[n] Outlet — Title`. */
function renderCitation(citation: Citation): Piece[] {
  const quote = `“${citation.quote}”`.split('\n').map((line) => `> ${escapeMrkdwn(line)}`);
  return sections([...quote, `[${citation.n}] ${linkedSource(citation)}`], `[${citation.n}] “${citation.quote}” (${describeSource(citation)})`);
}

function renderDigest(digest: Digest, heading: string | undefined): Piece[] {
  const title = heading ?? 'Today’s brief';
  const date = formatDay(digest.generatedAt);
  const count = `${digest.stories.length} ${digest.stories.length === 1 ? 'story' : 'stories'}`;
  const pieces: Piece[] = [
    { block: { type: 'header', text: { type: 'plain_text', text: clip(title, SLACK_LIMITS.headerText), emoji: true } }, text: title },
    context([count, date].filter(Boolean).join(' · ')),
  ];
  // A digest without stories still carries its own sentence ("No stories yet…").
  if (digest.stories.length === 0) pieces.push(...sections([escapeMrkdwn(digest.text)], digest.text));
  digest.stories.forEach((story, i) => {
    const sources = story.independentSources > 1 ? `  _${story.independentSources} independent sources_` : '';
    const lines = [
      `*${i + 1}. ${escapeMrkdwn(story.headline)}*${sources}`,
      ...story.bullets.map((b) => `• ${escapeMrkdwn(b.text)}${renderMarks(b)}`),
      ...story.disagreements.map((d) => `:warning: ${escapeMrkdwn(d.text)}${renderMarks(d)}`),
    ];
    const plain = [`${i + 1}. ${story.headline}`, ...[...story.bullets, ...story.disagreements].map((b) => `${b.text}${renderMarks(b)}`)];
    pieces.push(...sections(lines, plain.join('\n')));
  });
  if (digest.citations.length > 0) {
    const lines = digest.citations.map((c) => `[${c.n}] ${linkedSource(c)}`);
    pieces.push({ block: { type: 'divider' }, text: '' }, ...contexts(['*Sources*', ...lines], 'Sources'));
  }
  return pieces;
}

function renderHelp(intro: string, entries: HelpEntry[], examples: string[]): Piece[] {
  return [
    ...sections([escapeMrkdwn(intro)], intro),
    ...sections(entries.map((e) => `\`${escapeMrkdwn(e.usage)}\` — ${escapeMrkdwn(e.description)}`), entries.map((e) => `${e.usage} — ${e.description}`).join('\n')),
    ...(examples.length > 0 ? sections(['*Examples*', ...examples.map((e) => `\`${escapeMrkdwn(e)}\``)], `Examples: ${examples.join(' · ')}`) : []),
  ];
}

function renderMarks(bullet: DigestBullet): string {
  return bullet.marks.length > 0 ? ` ${bullet.marks.map((n) => `[${n}]`).join('')}` : '';
}

/** `Outlet — Title`, linked to the story when it has a url (feed stories). */
function linkedSource(citation: Citation): string {
  const label = escapeMrkdwn(describeSource(citation));
  const link = citationLink(citation);
  return link ? `<${link}|${label}>` : label;
}

/** Slack reads `&`, `<` and `>` as markup (`<!channel>`, links), so story text escapes them. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Lines of mrkdwn packed into as few sections as fit; the plain text goes with the first. */
function sections(lines: string[], text: string): Piece[] {
  return packLines(lines, SLACK_LIMITS.sectionText).map((chunk, i) => ({
    block: { type: 'section', text: { type: 'mrkdwn', text: chunk, verbatim: true } },
    text: i === 0 ? text : '',
  }));
}

/** A one-line note of our own wording (short, so no splitting). */
function context(mrkdwn: string, text = ''): Piece {
  return { block: { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn }] }, text };
}

/** Lines packed into text elements, ten elements to a context block. */
function contexts(lines: string[], text: string): Piece[] {
  const elements = packLines(lines, SLACK_LIMITS.contextText).map((chunk) => ({ type: 'mrkdwn' as const, text: chunk, verbatim: true }));
  const pieces: Piece[] = [];
  for (let i = 0; i < elements.length; i += SLACK_LIMITS.contextElements) {
    pieces.push({ block: { type: 'context', elements: elements.slice(i, i + SLACK_LIMITS.contextElements) }, text: i === 0 ? text : '' });
  }
  return pieces;
}

/** Pieces into messages of at most 50 blocks; later messages open with a "continued" note. */
function packMessages(pieces: Piece[]): SlackMessage[] {
  const groups: Piece[][] = [];
  let current: Piece[] = [];
  for (const piece of pieces) {
    const room = groups.length === 0 ? SLACK_LIMITS.blocksPerMessage : SLACK_LIMITS.blocksPerMessage - 1;
    if (current.length === room) {
      groups.push(current);
      current = [];
    }
    current.push(piece);
  }
  if (current.length > 0) groups.push(current);
  return groups.map((group, i) => {
    const part = `part ${i + 1} of ${groups.length}`;
    const note = i > 0 ? [context(`_Continued (${part})_`, `(continued, ${part})`)] : [];
    const all = [...note, ...group];
    const text = all.map((p) => p.text).filter(Boolean).join('\n');
    return { text: clip(escapeMrkdwn(text), SLACK_LIMITS.messageText), blocks: all.map((p) => p.block) };
  });
}

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : DAY.format(date);
}

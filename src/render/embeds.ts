// Reply → Discord messages (content + embeds). Pure: the adapter posts what comes out, one message after
// another, so anything too long for one message is split here and never rejected by Discord.
import type { APIEmbed, APIEmbedField } from 'discord.js';
import type { Answer, Citation, Digest, DigestBullet, DigestStory } from '../core/types.ts';
import type { HelpEntry, Reply } from '../chat/types.ts';
import { DISCORD_LIMITS as LIMITS } from './limits.ts';
import { ABSTAINED_LEAD, answerNotes, citationLink, describeSource } from './text.ts';

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
}

const COLOURS = { answered: 0x5865f2, abstained: 0x99aab5, digest: 0x3b82f6, help: 0x57f287 } as const;
const CONTINUED = ' (continued)';

export function renderDiscordMessages(reply: Reply): DiscordMessage[] {
  switch (reply.kind) {
    case 'answer':
      return renderAnswer(reply.answer);
    case 'digest':
      return renderDigest(reply.digest, reply.heading);
    case 'notice':
      return packMessages(escapeMarkdown(reply.text), []);
    case 'help':
      return renderHelp(reply.intro, reply.entries, reply.examples);
    default:
      return reply satisfies never;
  }
}

function renderAnswer(answer: Answer): DiscordMessage[] {
  switch (answer.kind) {
    case 'answered': {
      const { sources: footer, conflict } = answerNotes(answer);
      const note = conflict ? [conflict] : [];
      return packMessages(escapeMarkdown(answer.text), quoteEmbeds('Sources', answer.citations, note, footer, COLOURS.answered));
    }
    case 'abstained':
      return packMessages(escapeMarkdown(`${ABSTAINED_LEAD} ${answer.text}`), quoteEmbeds('Closest passage', answer.citations, [], undefined, COLOURS.abstained));
    case 'invalid':
      return packMessages(escapeMarkdown(answer.text), []);
    default:
      return answer.kind satisfies never;
  }
}

function quoteEmbeds(title: string, citations: Citation[], lines: string[], footer: string | undefined, color: number): APIEmbed[] {
  if (citations.length === 0) return [];
  return layoutEmbeds({ title, lines, fields: citations.map(quoteField), footer, color });
}

/** `[1] Bloomberg` over `> the quoted sentence` and `— its headline, date`. */
function quoteField(citation: Citation): APIEmbedField {
  const link = citationLink(citation);
  const title = escapeMarkdown(citation.title);
  const from = `\n— ${[link && title ? `[${title}](${link})` : title, citation.date].filter(Boolean).join(', ')}`;
  const source = truncate(from, LIMITS.embedFieldValue / 4);
  const quote = escapeMarkdown(citation.quote.replace(/\s+/g, ' ').trim());
  return {
    name: truncate(`[${citation.n}] ${citation.outlet}`, LIMITS.embedFieldName),
    value: `> ${truncate(quote, LIMITS.embedFieldValue - source.length - 2)}${source}`,
  };
}

function renderDigest(digest: Digest, heading: string | undefined): DiscordMessage[] {
  if (digest.stories.length === 0) return packMessages(escapeMarkdown(heading ? `${heading}\n\n${digest.text}` : digest.text), []);
  const [firstLine = ''] = digest.text.split('\n');
  const lead = heading ? `**${escapeMarkdown(heading)}**\n${escapeMarkdown(firstLine)}` : `**${escapeMarkdown(firstLine)}**`;
  const byNumber = new Map(digest.citations.map((c) => [c.n, c]));
  return packMessages(lead, digest.stories.flatMap((story) => storyEmbeds(story, byNumber)));
}

/** One embed per story (more when it is long): bullets with their [n] marks, disagreements flagged, its sources. */
function storyEmbeds(story: DigestStory, byNumber: Map<number, Citation>): APIEmbed[] {
  const lines = [...story.bullets.map((b) => bulletLine('•', b)), ...story.disagreements.map((b) => bulletLine('⚠️', b))];
  const marks = [...new Set([...story.bullets, ...story.disagreements].flatMap((b) => b.marks))].sort((a, b) => a - b);
  const sources = marks.flatMap((n) => {
    const citation = byNumber.get(n);
    if (!citation) return [];
    const link = citationLink(citation);
    const label = escapeMarkdown(describeSource(citation));
    return [`[${n}] ${link ? `[${label}](${link})` : label}`];
  });
  const fields = chunkLines(sources, LIMITS.embedFieldValue).map((value, i) => ({ name: i === 0 ? 'Sources' : `Sources${CONTINUED}`, value }));
  const count = story.independentSources;
  return layoutEmbeds({ title: story.headline, lines, fields, footer: `${count} independent source${count === 1 ? '' : 's'}`, color: COLOURS.digest });
}

function bulletLine(symbol: string, bullet: DigestBullet): string {
  return `${symbol} ${escapeMarkdown(bullet.text)} ${bullet.marks.map((n) => `[${n}]`).join('')}`.trimEnd();
}

function renderHelp(intro: string, entries: HelpEntry[], examples: string[]): DiscordMessage[] {
  const fields: APIEmbedField[] = entries.map((e) => ({ name: truncate(e.usage, LIMITS.embedFieldName), value: truncate(escapeMarkdown(e.description), LIMITS.embedFieldValue) }));
  const exampleLines = examples.map((e) => `\`${e.replace(/`/g, "'")}\``);
  chunkLines(exampleLines, LIMITS.embedFieldValue).forEach((value, i) => fields.push({ name: i === 0 ? 'Examples' : `Examples${CONTINUED}`, value }));
  return packMessages('', layoutEmbeds({ title: 'What I can do', lines: [escapeMarkdown(intro)], fields, color: COLOURS.help }));
}

interface EmbedDraft {
  title: string;
  lines: string[];
  fields: APIEmbedField[];
  footer?: string;
  color: number;
}

/** Lay a draft out as one embed, or several when it passes a per-embed limit; later ones say "(continued)". */
function layoutEmbeds(draft: EmbedDraft): APIEmbed[] {
  const title = truncate(draft.title, LIMITS.embedTitle);
  const continuedTitle = `${truncate(draft.title, LIMITS.embedTitle - CONTINUED.length)}${CONTINUED}`;
  const footer = draft.footer === undefined ? undefined : truncate(draft.footer, LIMITS.embedFooter);
  // What the description and fields of one embed may use once its title and footer are counted.
  const budget = LIMITS.embedTotal - Math.max(title.length, continuedTitle.length) - (footer?.length ?? 0);
  const parts: APIEmbed[] = chunkLines(draft.lines, Math.min(LIMITS.embedDescription, budget)).map((description) => ({ description }));
  if (parts.length === 0) parts.push({});
  let current = parts.at(-1);
  for (const field of draft.fields) {
    const size = field.name.length + field.value.length;
    if (!current || (current.fields?.length ?? 0) >= LIMITS.embedFields || embedSize(current) + size > budget) {
      current = {};
      parts.push(current);
    }
    (current.fields ??= []).push(field);
  }
  return parts.map((part, i) => ({ title: i === 0 ? title : continuedTitle, ...part, color: draft.color, ...(footer ? { footer: { text: footer } } : {}) }));
}

/** Content in chunks of at most 2,000 characters, then the embeds, at most 10 and 6,000 characters a message. */
function packMessages(text: string, embeds: APIEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = text.trim() === '' ? [] : chunkLines(text.split('\n'), LIMITS.content).map((content) => ({ content, embeds: [] }));
  for (const embed of embeds) {
    const last = messages.at(-1);
    const used = last ? last.embeds.reduce((sum, e) => sum + embedSize(e), 0) : 0;
    if (last && last.embeds.length < LIMITS.embedsPerMessage && used + embedSize(embed) <= LIMITS.embedTotal) last.embeds.push(embed);
    else messages.push({ embeds: [embed] });
  }
  return messages;
}

/** The characters Discord counts towards the 6,000 of a message. */
function embedSize(embed: APIEmbed): number {
  const fields = embed.fields ?? [];
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

/** Join lines into chunks of at most `max` characters; a line longer than that is cut at spaces. */
function chunkLines(lines: string[], max: number): string[] {
  const chunks: string[] = [];
  let current: string | undefined;
  for (const piece of lines.flatMap((line) => splitLongLine(line, max))) {
    if (current !== undefined && current.length + 1 + piece.length <= max) current += `\n${piece}`;
    else {
      if (current !== undefined) chunks.push(current);
      current = piece;
    }
  }
  if (current !== undefined) chunks.push(current);
  return chunks;
}

function splitLongLine(line: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const space = rest.lastIndexOf(' ', max);
    const cut = space > max / 2 ? space : max;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Story text is shown as written: *, _, ~, `, | and line-leading >, # or - must not turn into markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|]/g, '\\$&').replace(/^(\s*)([>#-])/gm, '$1\\$2');
}

// Reply → Discord messages (content + embeds). Pure: the adapter posts what comes out, one message after
// another, so anything too long for one message is split here and never rejected by Discord.
import { escapeMarkdown as escapeDiscordMarkdown, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import type { Answer, Citation, Digest, DigestBullet, DigestStory } from '../core/types.ts';
import type { HelpEntry, Reply } from '../chat/types.ts';
import { discordFeedbackCustomId, FEEDBACK_BUTTONS, VERDICTS } from './feedback-controls.ts';
import { clip, packLines } from './fit.ts';
import { DISCORD_LIMITS as LIMITS } from './limits.ts';
import { ABSTAINED_LEAD, answerNotes, citationLink, describeSource } from './text.ts';

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  /** Buttons under the message: an answer's helpful / wrong row, on its last message. */
  components?: APIActionRowComponent<APIButtonComponent>[];
}

const COLOURS = { answered: 0x5865f2, abstained: 0x99aab5, digest: 0x3b82f6, help: 0x57f287 } as const;
const CONTINUED = ' (continued)';

export function renderDiscordMessages(reply: Reply): DiscordMessage[] {
  switch (reply.kind) {
    case 'answer':
      return withFeedbackButtons(renderAnswer(reply.answer), reply.answerId);
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

/** The helpful / wrong row goes under the answer's last message, so it follows the sources. */
function withFeedbackButtons(messages: DiscordMessage[], answerId: string | undefined): DiscordMessage[] {
  const last = messages.at(-1);
  if (answerId === undefined || !last) return messages;
  const buttons = VERDICTS.map((verdict): APIButtonComponent => {
    const { emoji, label } = FEEDBACK_BUTTONS[verdict];
    // type 2 = button, style 2 = secondary (grey): a vote, not a call to action.
    return { type: 2, style: 2, label, emoji: { name: emoji }, custom_id: discordFeedbackCustomId(verdict, answerId) };
  });
  // An id too long for a custom_id gets no buttons rather than a refused post (ours are 12 characters).
  if (buttons.some((b) => 'custom_id' in b && b.custom_id.length > LIMITS.customId)) return messages;
  return [...messages.slice(0, -1), { ...last, components: [{ type: 1, components: buttons }] }];
}

function quoteEmbeds(title: string, citations: Citation[], lines: string[], footer: string | undefined, color: number): APIEmbed[] {
  if (citations.length === 0) return [];
  return layoutEmbeds({ title, lines, fields: citations.map(quoteField), footer, color });
}

/** `[1] Bloomberg` over `> the quoted sentence` and `— its headline, date`. */
function quoteField(citation: Citation): APIEmbedField {
  const plain = `\n— ${escapeMarkdown([citation.title, citation.date].filter(Boolean).join(', '))}`;
  const link = citationLink(citation);
  const title = escapeMarkdown(citation.title);
  const linked = link && title ? `\n— ${[`[${title}](${link})`, citation.date].filter(Boolean).join(', ')}` : plain;
  // A link cut short is a broken link: when it does not fit, the headline goes without it.
  const source = linked.length <= LIMITS.embedFieldValue / 4 ? linked : clip(plain, LIMITS.embedFieldValue / 4);
  const quote = escapeMarkdown(citation.quote.replace(/\s+/g, ' ').trim());
  return {
    name: clip(`[${citation.n}] ${citation.outlet}`, LIMITS.embedFieldName),
    value: `> ${clip(quote, LIMITS.embedFieldValue - source.length - 2)}${source}`,
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
  const fields = packLines(sources, LIMITS.embedFieldValue).map((value, i) => ({ name: i === 0 ? 'Sources' : `Sources${CONTINUED}`, value }));
  const count = story.independentSources;
  return layoutEmbeds({ title: story.headline, lines, fields, footer: `${count} independent source${count === 1 ? '' : 's'}`, color: COLOURS.digest });
}

function bulletLine(symbol: string, bullet: DigestBullet): string {
  return `${symbol} ${escapeMarkdown(bullet.text)} ${bullet.marks.map((n) => `[${n}]`).join('')}`.trimEnd();
}

function renderHelp(intro: string, entries: HelpEntry[], examples: string[]): DiscordMessage[] {
  const fields: APIEmbedField[] = entries.map((e) => ({ name: clip(e.usage, LIMITS.embedFieldName), value: clip(escapeMarkdown(e.description), LIMITS.embedFieldValue) }));
  const exampleLines = examples.map((e) => `\`${e.replace(/`/g, "'")}\``);
  packLines(exampleLines, LIMITS.embedFieldValue).forEach((value, i) => fields.push({ name: i === 0 ? 'Examples' : `Examples${CONTINUED}`, value }));
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
  const title = clip(draft.title, LIMITS.embedTitle);
  const continuedTitle = `${clip(draft.title, LIMITS.embedTitle - CONTINUED.length)}${CONTINUED}`;
  const footer = draft.footer === undefined ? undefined : clip(draft.footer, LIMITS.embedFooter);
  // What the description and fields of one embed may use once its title and footer are counted.
  const budget = LIMITS.embedTotal - Math.max(title.length, continuedTitle.length) - (footer?.length ?? 0);
  const parts: APIEmbed[] = packLines(draft.lines, Math.min(LIMITS.embedDescription, budget)).map((description) => ({ description }));
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
  const messages: DiscordMessage[] = text.trim() === '' ? [] : packLines(text.split('\n'), LIMITS.content).map((content) => ({ content, embeds: [] }));
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

/**
 * Story and feed text is shown as written, never as markup: discord.js's own escaper with every rule on
 * (a masked link `[text](url)` would show one address and open another; headings and lists off too),
 * plus what it leaves alone at the start of a line: a `>` quote and `-#` subtext.
 */
function escapeMarkdown(text: string): string {
  return escapeDiscordMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(/^(\s*)(>|-#)/gm, '$1\\$2');
}

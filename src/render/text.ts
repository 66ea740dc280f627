// Reply → plain text: the fallback every platform shows in notifications and to screen readers,
// and what the CLI, the playground and the logs print. No platform markup here.
import { formatReportDay } from '../core/report-date.ts';
import type { Answer, Citation } from '../core/types.ts';
import type { HelpEntry, Reply } from '../chat/types.ts';

/** Said first when the stories do not answer a question. */
export const ABSTAINED_LEAD = 'Not in today’s stories.';

export function renderReplyText(reply: Reply): string {
  switch (reply.kind) {
    case 'answer':
      return renderAnswerText(reply.answer);
    case 'digest':
      return reply.heading ? `${reply.heading}\n\n${reply.digest.text}` : reply.digest.text;
    case 'notice':
      return reply.text;
    case 'help':
      return renderHelpText(reply.intro, reply.entries, reply.examples);
    default:
      return reply satisfies never;
  }
}

/** "Bloomberg — Ukraine and Russia Begin …": where a quote comes from. */
/** What every platform shows under an answer: how many independent sources agree, and whether they disagree. */
export function answerNotes(answer: Answer): { sources?: string; conflict?: string } {
  const dated = answer.dated ? `${answer.dated.label === 'as of' ? 'As of' : 'First reported'} ${formatReportDay(answer.dated.day)}` : undefined;
  const count = answer.independentSources > 1 ? `${answer.independentSources} independent sources` : undefined;
  return {
    sources: [dated, count].filter(Boolean).join(' · ') || undefined,
    conflict: answer.hasConflict ? 'The sources disagree; both sides are quoted.' : undefined,
  };
}

/**
 * A citation's link, safe inside Slack's `<url|label>`, Discord's `[label](url)` and an HTML attribute:
 * http(s) only, and the characters those syntaxes give meaning to percent-encoded. Undefined when none.
 */
export function citationLink(citation: Pick<Citation, 'url'>): string | undefined {
  if (!citation.url) return undefined;
  let url: URL;
  try {
    url = new URL(citation.url);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  return url.href.replace(/[|()<>"'`\s\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function describeSource(citation: Pick<Citation, 'outlet' | 'title'>): string {
  return citation.title ? `${citation.outlet} — ${citation.title}` : citation.outlet;
}

function renderAnswerText(answer: Answer): string {
  const quotes = answer.citations.map((c) => `[${c.n}] “${c.quote}” (${describeSource(c)})`);
  switch (answer.kind) {
    case 'answered': {
      const { sources } = answerNotes(answer);
      return [answer.text, ...(sources ? [`(${sources})`] : []), ...(quotes.length > 0 ? ['', ...quotes] : [])].join('\n');
    }
    case 'abstained':
      return [`${ABSTAINED_LEAD} ${answer.text}`, ...(quotes.length > 0 ? ['', 'Closest passage:', ...quotes] : [])].join('\n');
    case 'invalid':
      return answer.text;
    default:
      return answer.kind satisfies never;
  }
}

function renderHelpText(intro: string, entries: HelpEntry[], examples: string[]): string {
  const lines = [intro, '', ...entries.map((e) => `${e.usage} — ${e.description}`)];
  if (examples.length > 0) lines.push('', 'Examples:', ...examples.map((e) => `  ${e}`));
  return lines.join('\n');
}

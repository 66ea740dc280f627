// /brief and its subcommands: today's digest, help, and the schedule commands.
import type { ChatContext, ScheduleSubcommand } from '../context.ts';
import type { ChatEvent, HelpEntry, Reply } from '../types.ts';
import { stillIndexing } from './ask.ts';
import { ASK_COMMAND, BRIEF_COMMAND } from './definitions.ts';
import { runFeeds } from './feeds.ts';

const SCHEDULE_SUBCOMMANDS = new Set<string>(['subscribe', 'schedule', 'unsubscribe', 'preview']);

export async function runBrief(event: Extract<ChatEvent, { kind: 'command' }>, context: ChatContext): Promise<Reply> {
  const [first = '', ...rest] = event.text.trim().split(/\s+/);
  const subcommand = first.toLowerCase();
  if (subcommand === '' || subcommand === 'today') {
    return stillIndexing(context) ?? { kind: 'digest', digest: await context.briefing.digest({ now: context.now() }) };
  }
  if (subcommand === 'help') return helpReply();
  if (subcommand === 'feeds') return runFeeds(rest.join(' '), event, context);
  if (SCHEDULE_SUBCOMMANDS.has(subcommand)) {
    if (!context.schedule) {
      return { kind: 'notice', tone: 'error', isPrivate: true, text: 'Scheduled briefs are not available here: the bot was started without its database.' };
    }
    return context.schedule.run(subcommand as ScheduleSubcommand, rest.join(' '), event, context);
  }
  return {
    kind: 'notice',
    tone: 'error',
    isPrivate: true,
    text: `"${first.slice(0, 40)}" is not a /brief command. Try /brief, /brief help, /brief subscribe 07:30 Europe/Kyiv, /brief schedule, /brief unsubscribe, /brief preview or /brief feeds.`,
  };
}

export function helpReply(): Reply {
  const entries: HelpEntry[] = [
    ...BRIEF_COMMAND.subcommands.map((s) => ({ usage: s.usage, description: s.description })),
    { usage: `/ask <question>`, description: ASK_COMMAND.description },
    { usage: '@bot <question>', description: 'Ask in a channel (the answer comes as a threaded reply) or in a direct message; follow-ups in the thread, or on Discord replies to the answer, keep the context. Rate any answer with its Helpful and Wrong or unsupported buttons' },
  ];
  return {
    kind: 'help',
    intro: 'I read the day’s stories from several outlets and answer with the figure first and the source sentence quoted. When the stories don’t say, I tell you so.',
    entries,
    examples: ['/ask how many prisoners were exchanged?', '/ask who mediated previous swaps?', '@bot is the swap finished?', '/brief subscribe 07:30 Europe/Kyiv weekdays'],
  };
}

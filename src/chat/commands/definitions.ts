// One definition of the commands feeds Slack's manifest, Discord's registration, the playground and help.
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** The only values it takes; Discord shows them as a list to pick from. */
  choices?: readonly string[];
}

export interface SubcommandDefinition {
  name: string;
  description: string;
  options: CommandOption[];
  /** Usage as typed in Slack or the playground. */
  usage: string;
}

export interface CommandDefinition {
  name: 'brief' | 'ask';
  description: string;
  /** Slack usage hint shown in the command picker. */
  usageHint: string;
  options: CommandOption[];
  subcommands: SubcommandDefinition[];
}

export const ASK_COMMAND = {
  name: 'ask',
  description: 'Ask about the day’s stories; the answer quotes its sources',
  usageHint: 'how many prisoners were exchanged?',
  options: [{ name: 'question', description: 'Your question, in plain English', required: true }],
  subcommands: [],
} as const satisfies CommandDefinition;

export const BRIEF_COMMAND = {
  name: 'brief',
  description: 'Today’s news brief, with sources; or subscribe this channel to a morning brief',
  usageHint: '[help | subscribe 07:30 Europe/Kyiv weekdays | schedule | unsubscribe | preview | feeds [add|remove URL]]',
  options: [],
  subcommands: [
    { name: 'today', description: 'Post today’s brief in this channel', options: [], usage: '/brief' },
    { name: 'help', description: 'What the bot can do, with examples', options: [], usage: '/brief help' },
    {
      name: 'subscribe',
      description: 'Post the brief here every day at a local time',
      usage: '/brief subscribe 07:30 Europe/Kyiv [daily|weekdays|weekends|mon,wed,fri]',
      options: [
        { name: 'time', description: 'Local time of day, HH:MM (24-hour), e.g. 07:30', required: true },
        { name: 'timezone', description: 'IANA time zone, e.g. Europe/Kyiv or America/New_York', required: true },
        { name: 'days', description: 'daily, weekdays, weekends or a list like mon,wed,fri (default daily)', required: false },
      ],
    },
    { name: 'schedule', description: 'This channel’s subscriptions and when each posts next', options: [], usage: '/brief schedule' },
    {
      name: 'unsubscribe',
      description: 'Stop this channel’s briefs (all, or the one at a time)',
      usage: '/brief unsubscribe [07:30]',
      options: [{ name: 'time', description: 'Only the subscription at this time, HH:MM', required: false }],
    },
    { name: 'preview', description: 'What the next brief would say, only to you', options: [], usage: '/brief preview' },
    {
      name: 'feeds',
      description: 'The feeds the bot reads and how each is doing; add or remove one',
      usage: '/brief feeds [add URL | remove URL]',
      options: [
        { name: 'action', description: 'add or remove (leave empty to list the feeds)', required: false, choices: ['add', 'remove'] },
        { name: 'url', description: 'The feed address, e.g. https://example.com/feed.xml', required: false },
      ],
    },
  ],
} as const satisfies CommandDefinition;

export const COMMANDS: readonly CommandDefinition[] = [BRIEF_COMMAND, ASK_COMMAND];

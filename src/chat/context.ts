// What the chat layer needs from the rest of the bot, handed in by main.ts and each adapter.
import type { Briefing } from '../core/briefing.ts';
import type { FeedDirectory } from '../feeds/feed-directory.ts';
import type { Logger } from '../log.ts';
import type { FeedbackStore } from '../store/feedback.ts';
import type { ChatEvent, Reply } from './types.ts';
import type { ThreadMemory } from './thread-context.ts';

export type ScheduleSubcommand = 'subscribe' | 'schedule' | 'unsubscribe' | 'preview';

/** The schedule's side of `/brief subscribe|schedule|unsubscribe|preview`. */
export interface ScheduleCommands {
  run(subcommand: ScheduleSubcommand, args: string, event: Extract<ChatEvent, { kind: 'command' }>, context: ChatContext): Promise<Reply>;
}

export interface ChatContext {
  briefing: Briefing;
  threads: ThreadMemory;
  log: Logger;
  now: () => Date;
  schedule?: ScheduleCommands;
  /** The bot's feeds, for /brief feeds; absent when the bot runs without its database. */
  feeds?: FeedDirectory;
  /** Keeps answers and records votes on them; without it answers carry no feedback buttons. */
  feedback?: FeedbackStore;
  /** Can the bot post in this channel? Resolves to a problem sentence, or undefined when it can. Set by the adapter. */
  checkChannel?: (channelId: string) => Promise<string | undefined>;
}

// The seam between platforms and the core: adapters turn payloads into ChatEvents and render Replies.
import type { Answer, Digest } from '../core/types.ts';

export type Platform = 'slack' | 'discord' | 'playground';

export type CommandName = 'brief' | 'ask';

/** A feedback click on an answer: helpful, or wrong or unsupported. */
export type Verdict = 'up' | 'down';

/** Where a reply goes: a channel, optionally a thread inside it. */
export interface ChannelRef {
  platform: Platform;
  channelId: string;
  /** Human-readable name for logs and schedule listings, when the platform gave one. */
  channelName?: string;
}

export type ChatEvent =
  | {
      kind: 'command';
      name: CommandName;
      /** Everything after the command name, e.g. "subscribe 07:30 Europe/Kyiv". */
      text: string;
      platform: Platform;
      channelId: string;
      userId: string;
      /** Whether the user may change channel settings (Discord: Manage Channels). Undefined = not checked. */
      canManageChannel?: boolean;
    }
  | {
      kind: 'mention';
      /** The message text with the bot mention removed. */
      text: string;
      platform: Platform;
      channelId: string;
      /** Thread the answer belongs in: the existing thread, or the message that starts one. */
      threadId: string;
      userId: string;
      /** A direct message to the bot (no mention needed). */
      isDirect: boolean;
    }
  | {
      kind: 'feedback';
      verdict: Verdict;
      /** The answer's id as the button carried it; unchecked until the store looks it up. */
      answerId: string;
      platform: Platform;
      channelId: string;
      userId: string;
    };

export interface HelpEntry {
  usage: string;
  description: string;
}

export type Reply =
  | {
      kind: 'answer';
      answer: Answer;
      /** Set when the answer was kept for feedback: the renderers add helpful / wrong buttons carrying it. */
      answerId?: string;
    }
  | {
      kind: 'digest';
      digest: Digest;
      /** Shown above the digest, e.g. "Morning brief" or "What's new since Tue 07:30". */
      heading?: string;
      /** Only to the asker (Slack ephemeral, Discord ephemeral). */
      isPrivate?: boolean;
    }
  | {
      kind: 'notice';
      text: string;
      tone: 'info' | 'success' | 'error';
      /** Only to the asker (Slack ephemeral, Discord ephemeral). */
      isPrivate?: boolean;
    }
  | { kind: 'help'; intro: string; entries: HelpEntry[]; examples: string[] };

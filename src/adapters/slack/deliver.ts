// Rendered messages out to Slack: chat.postMessage (threads, scheduled posts), chat.postEphemeral, respond().
import type { RespondFn, webApi } from '@slack/bolt';
import type { SlackMessage } from '../../render/blocks.ts';

interface PostTarget {
  channel: string;
  threadTs?: string;
  /** Set: only this user sees the messages (chat.postEphemeral). */
  visibleTo?: string;
}

type PostMessageArguments = Parameters<webApi.WebClient['chat']['postMessage']>[0];
type PostEphemeralArguments = Parameters<webApi.WebClient['chat']['postEphemeral']>[0];

/** chat.postMessage (through the workspace's paced queue) and chat.postEphemeral. */
export interface MessagePoster {
  postMessage(args: PostMessageArguments): Promise<unknown>;
  postEphemeral(args: PostEphemeralArguments): Promise<unknown>;
}

/** Post in order, one call per message; the first refusal stops the rest and is thrown. */
export async function postMessages(poster: MessagePoster, target: PostTarget, messages: SlackMessage[]): Promise<void> {
  for (const { text, blocks } of messages) {
    const thread = target.threadTs === undefined ? {} : { thread_ts: target.threadTs };
    if (target.visibleTo === undefined) {
      await poster.postMessage({ channel: target.channel, text, blocks, ...thread });
    } else {
      await poster.postEphemeral({ channel: target.channel, user: target.visibleTo, text, blocks, ...thread });
    }
  }
}

/**
 * Answer a slash command through its response_url. A response_url takes five messages; a digest is at
 * most 4,000 characters of text, which renders into far fewer, so no reply reaches that cap.
 */
export async function respondMessages(respond: RespondFn, messages: SlackMessage[], isPrivate: boolean): Promise<void> {
  for (const { text, blocks } of messages) {
    await respond({ response_type: isPrivate ? 'ephemeral' : 'in_channel', replace_original: false, text, blocks });
  }
}

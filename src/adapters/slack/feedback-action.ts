// A click on an answer's helpful / wrong button (a signed block_actions request, or its Socket Mode
// envelope): acknowledged at once, then recorded by the chat layer and acknowledged privately to the clicker.
import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { handleEvent } from '../../chat/handle-event.ts';
import { readSlackFeedbackAction, SLACK_FEEDBACK_ACTION_IDS } from '../../render/feedback-controls.ts';
import { renderSlackMessages } from '../../render/blocks.ts';
import { postMessages, respondMessages } from './deliver.ts';
import type { ListenerDeps } from './listeners.ts';
import { readErrorCode } from './slack-errors.ts';

const FEEDBACK_ACTION = new RegExp(`^(${Object.values(SLACK_FEEDBACK_ACTION_IDS).join('|')})$`);

export function registerFeedbackAction(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions', action_id: FEEDBACK_ACTION }, async ({ ack, action, body, respond }) => {
    // Slack shows an error on the button unless the request gets its 200 within 3 s: ack before the work.
    await ack();
    const channelId = body.channel?.id ?? body.container?.channel_id ?? '';
    const fields = { platform: 'slack', channelId, kind: 'feedback' };
    await deps.track(fields, async () => {
      const click = readSlackFeedbackAction(action.action_id, action.value);
      if (!click) return;
      const reply = await handleEvent({ kind: 'feedback', ...click, platform: 'slack', channelId, userId: body.user.id }, deps.chat);
      const messages = renderSlackMessages(reply);
      try {
        // The response_url reaches the clicker even where the bot was never invited (an /ask answer).
        if (body.response_url) await respondMessages(respond, messages, true);
        else await postMessages(deps.poster, { channel: channelId, threadTs: body.message?.thread_ts, visibleTo: body.user.id }, messages);
      } catch (err) {
        deps.log.warn('slack: could not acknowledge a feedback click to the clicker (the vote itself is recorded)', { ...fields, code: readErrorCode(err) });
      }
    });
  });
}

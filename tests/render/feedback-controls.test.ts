// The helpful / wrong buttons under a kept answer, on every platform, within each platform's limits.
import type { types } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/chat/types.ts';
import type { Citation } from '../../src/core/types.ts';
import { renderSlackMessages } from '../../src/render/blocks.ts';
import { renderDiscordMessages } from '../../src/render/embeds.ts';
import { discordFeedbackCustomId, readDiscordFeedbackCustomId, readSlackFeedbackAction } from '../../src/render/feedback-controls.ts';
import { renderReplyHtml } from '../../src/render/html.ts';
import { DISCORD_LIMITS, SLACK_LIMITS } from '../../src/render/limits.ts';

const ID = 'aB3_x-9QzL0p';

function citation(n: number): Citation {
  const quote = `Sentence number ${n} says that ${n * 10} prisoners were exchanged on Friday. `.repeat(8).trim();
  return { n, file: `${n}.txt`, storyId: `${n}.txt#1`, title: `Story ${n}`, outlet: 'Reuters', date: '2025-05-23', quote, sentenceId: `${n}.txt#1:0` };
}

/** `null`: an answer that was not kept, so it has no id. */
function answerReply(citations: number, answerId: string | null = ID): Reply {
  const list = Array.from({ length: citations }, (_, i) => citation(i + 1));
  return { kind: 'answer', ...(answerId === null ? {} : { answerId }), answer: { kind: 'answered', question: 'q?', text: '390 — the answer. [1]', citations: list, engine: 'offline', independentSources: 1, hasConflict: false } };
}

type ActionsBlock = Extract<types.KnownBlock, { type: 'actions' }>;
const actionsBlocks = (blocks: types.KnownBlock[]): ActionsBlock[] => blocks.filter((b): b is ActionsBlock => b.type === 'actions');

describe('Slack feedback buttons', () => {
  it('end the answer with an actions block whose buttons carry feedback_up / feedback_down and the answer id', () => {
    const [message] = renderSlackMessages(answerReply(2));
    const last = message?.blocks.at(-1);
    expect(last?.type).toBe('actions');
    const elements = (last as ActionsBlock).elements as Array<{ action_id: string; value: string; text: { text: string } }>;
    expect(elements.map((e) => [e.action_id, e.value])).toEqual([['feedback_up', ID], ['feedback_down', ID]]);
    expect(elements.map((e) => e.text.text)).toEqual(['👍 Helpful', '👎 Wrong or unsupported']);
    for (const e of elements) expect(e.text.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
  });

  it('stay within 50 blocks a message when the answer itself fills more than one message', () => {
    const messages = renderSlackMessages(answerReply(70));
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(messages.map((m) => actionsBlocks(m.blocks).length)).toEqual([...messages.slice(1).map(() => 0), 1]);
  });

  it('are left off an answer that was not kept', () => {
    expect(actionsBlocks(renderSlackMessages(answerReply(1, null))[0]?.blocks ?? [])).toEqual([]);
  });
});

describe('Discord feedback buttons', () => {
  it('put one row of two buttons with feedback:up / feedback:down custom ids under the answer', () => {
    const [message] = renderDiscordMessages(answerReply(2));
    expect(message?.components).toEqual([
      {
        type: 1,
        components: [
          { type: 2, style: 2, label: 'Helpful', emoji: { name: '👍' }, custom_id: `feedback:up:${ID}` },
          { type: 2, style: 2, label: 'Wrong or unsupported', emoji: { name: '👎' }, custom_id: `feedback:down:${ID}` },
        ],
      },
    ]);
  });

  it('go on the last message only, within Discord’s row, button, label and custom_id limits', () => {
    const messages = renderDiscordMessages(answerReply(40));
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.map((m) => m.components?.length ?? 0)).toEqual([...messages.slice(1).map(() => 0), 1]);
    const rows = messages.at(-1)?.components ?? [];
    expect(rows.length).toBeLessThanOrEqual(DISCORD_LIMITS.actionRows);
    for (const row of rows) {
      expect(row.components.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonsPerRow);
      for (const button of row.components) {
        expect('custom_id' in button && button.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
        expect('label' in button && (button.label?.length ?? 0)).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
      }
    }
  });

  it('are left off when the answer id would not fit in a custom_id', () => {
    expect(renderDiscordMessages(answerReply(1, 'x'.repeat(95)))[0]?.components).toBeUndefined();
  });
});

describe('playground feedback buttons', () => {
  it('carry the escaped answer id and the verdict, unpressed', () => {
    const html = renderReplyHtml(answerReply(1, 'a"b<c'));
    expect(html).toContain('data-answer-id="a&quot;b&lt;c" data-verdict="up" aria-pressed="false"');
    expect(html).toContain('data-verdict="down"');
    expect(renderReplyHtml(answerReply(1, null))).not.toContain('feedback-button');
  });
});

describe('reading a click back', () => {
  it.each([
    ['feedback_up', ID, { verdict: 'up', answerId: ID }],
    ['feedback_down', ID, { verdict: 'down', answerId: ID }],
    ['feedback_sideways', ID, undefined],
    ['feedback_up', 42, undefined],
  ])('Slack action %s with value %j', (actionId, value, expected) => {
    expect(readSlackFeedbackAction(actionId, value)).toEqual(expected);
  });

  it.each([
    [discordFeedbackCustomId('up', ID), { verdict: 'up', answerId: ID }],
    [discordFeedbackCustomId('down', ID), { verdict: 'down', answerId: ID }],
    ['feedback:maybe:abc', undefined],
    ['other:up:abc', undefined],
  ])('Discord custom_id %s', (customId, expected) => {
    expect(readDiscordFeedbackCustomId(customId)).toEqual(expected);
  });
});

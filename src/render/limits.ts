// Each platform's size limits in one table, so renderers split or trim before the platform refuses.

/** Block Kit and chat.postMessage limits (https://docs.slack.dev/reference/block-kit/blocks). */
export const SLACK_LIMITS = {
  /** Blocks in one message. */
  blocksPerMessage: 50,
  /** A section's text object. */
  sectionText: 3000,
  /** Each text element of a context block (a text object, same cap as a section). */
  contextText: 3000,
  /** Elements in one context block. */
  contextElements: 10,
  /** A header block's plain text. */
  headerText: 150,
  /** The top-level `text` of a message; Slack truncates past this. */
  messageText: 40_000,
  /** Times one response_url accepts a message (within 30 minutes). */
  responseUrlUses: 5,
  /** Elements in one actions block (https://docs.slack.dev/reference/block-kit/blocks/actions-block). */
  actionsElements: 25,
  /** A button's plain-text label (https://docs.slack.dev/reference/block-kit/block-elements/button-element). */
  buttonText: 75,
  /** A button's value, sent back with the click. */
  buttonValue: 2000,
  /** A button's action_id. */
  actionId: 255,
} as const;

/** Message and embed limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const DISCORD_LIMITS = {
  /** A message's `content`. */
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of every title, description, field, footer and author text across a message's embeds. */
  embedTotal: 6000,
  /** Action rows in one message (https://discord.com/developers/docs/components/reference#action-row). */
  actionRows: 5,
  /** Buttons in one action row. */
  buttonsPerRow: 5,
  /** A component's custom_id (https://discord.com/developers/docs/components/reference#button). */
  customId: 100,
  /** A button's label. */
  buttonLabel: 80,
} as const;

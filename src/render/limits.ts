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
} as const;

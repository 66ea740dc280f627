// Requests Slack sends to an app over HTTP: signing, and payload builders shared with Socket Mode.
import { createHmac, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { BlockActionInput, InboundResult, JsonObject, SendSignedOptions, SlackEventInput, SlashCommandInput } from './types.ts';

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{rawBody}`, the value of x-slack-signature. */
export function signSlackRequest(secret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}

/** POST rawBody to targetUrl signed like Slack (x-slack-signature, x-slack-request-timestamp). */
export function sendSigned(
  targetUrl: string,
  signingSecret: string,
  rawBody: string,
  contentType: string,
  options: SendSignedOptions = {},
): Promise<InboundResult> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = options.badSignature ? `${signingSecret}-not-the-secret` : signingSecret;
  const payload = Buffer.from(rawBody, 'utf8');
  const headers: Record<string, string> = {
    // Bolt compares the content type exactly: no "; charset=…" suffix, as Slack sends it.
    'content-type': contentType,
    'content-length': String(payload.length),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signSlackRequest(secret, timestamp, rawBody),
    ...options.headers,
  };
  const timeoutMs = options.timeoutMs ?? 10_000;
  const started = performance.now();
  return new Promise<InboundResult>((resolve, reject) => {
    const req = request(targetUrl, { method: 'POST', headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          headers: res.headers,
          ms: Math.round(performance.now() - started),
        });
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => {
      req.destroy(new Error(`sendSigned: no response from ${targetUrl} within ${timeoutMs} ms`));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export interface PayloadDefaults {
  teamId: string;
  appId: string;
  botUserId: string;
}

export const DEFAULT_USER = 'U0USER';
export const DEFAULT_CHANNEL = 'C0GENERAL';

/** The form fields of a slash command, in Slack's order, with defaults filled in. */
export function slashCommandFields(
  input: SlashCommandInput,
  responseUrl: string,
  d: PayloadDefaults,
): Record<string, string> {
  const fields: Record<string, string> = {
    token: 'standin-verification-token',
    team_id: d.teamId,
    team_domain: 'standin',
    channel_id: DEFAULT_CHANNEL,
    channel_name: 'general',
    user_id: DEFAULT_USER,
    user_name: 'alice',
    command: input.command,
    text: '',
    api_app_id: d.appId,
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: `${Math.floor(Date.now() / 1000)}.${Date.now() % 1e6}.${randomBytes(16).toString('hex')}`,
  };
  for (const [key, value] of Object.entries(input)) {
    if (value !== undefined) fields[key] = value;
  }
  return fields;
}

/** The event_callback envelope Slack wraps an Events API event in. */
export function eventCallbackBody(
  event: SlackEventInput,
  eventId: string,
  eventTime: number,
  d: PayloadDefaults,
): JsonObject {
  const ts = typeof event.ts === 'string' ? event.ts : undefined;
  return {
    token: 'standin-verification-token',
    team_id: d.teamId,
    context_team_id: d.teamId,
    context_enterprise_id: null,
    api_app_id: d.appId,
    event: { ...(ts !== undefined && event.event_ts === undefined ? { event_ts: ts } : {}), ...event },
    type: 'event_callback',
    event_id: eventId,
    event_time: eventTime,
    authorizations: [
      { enterprise_id: null, team_id: d.teamId, user_id: d.botUserId, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: `4-${Buffer.from(eventId).toString('base64url')}`,
  };
}

export function newEventId(counter: number): string {
  return `Ev0STANDIN${String(counter).padStart(4, '0')}`;
}

/**
 * The block_actions payload Slack sends when a user clicks a button in a message
 * (https://docs.slack.dev/reference/interaction-payloads/block_actions-payload). The button is looked up
 * in the message's blocks by action_id, so a click on a button the app never rendered fails the test.
 */
export function blockActionPayload(input: BlockActionInput, responseUrl: string, d: PayloadDefaults): JsonObject {
  const { message } = input;
  const blocks = Array.isArray(message.blocks) ? (message.blocks as JsonObject[]) : [];
  const found = blocks.flatMap((block) =>
    block.type === 'actions' && Array.isArray(block.elements)
      ? (block.elements as JsonObject[]).filter((e) => e.action_id === input.actionId).map((element) => ({ block, element }))
      : [],
  )[0];
  if (!found) throw new Error(`Slack stand-in: the message has no button with action_id "${input.actionId}"; its blocks: ${JSON.stringify(blocks).slice(0, 300)}`);
  const ts = message.ts ?? `${Math.floor(Date.now() / 1000)}.000100`;
  const user = input.user ?? DEFAULT_USER;
  const actionTs = `${(Date.now() / 1000).toFixed(6)}`;
  return {
    type: 'block_actions',
    user: { id: user, username: 'alice', name: 'alice', team_id: d.teamId },
    api_app_id: d.appId,
    token: 'standin-verification-token',
    container: { type: 'message', message_ts: ts, channel_id: message.channel, is_ephemeral: false, ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}) },
    trigger_id: `${Math.floor(Date.now() / 1000)}.${Date.now() % 1e6}.${randomBytes(16).toString('hex')}`,
    team: { id: d.teamId, domain: 'standin' },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: message.channel, name: 'general' },
    message: {
      type: 'message',
      user: d.botUserId,
      ts,
      text: message.text ?? '',
      blocks,
      ...(message.thread_ts ? { thread_ts: message.thread_ts } : {}),
    },
    state: { values: {} },
    response_url: responseUrl,
    actions: [
      {
        ...found.element,
        block_id: typeof found.block.block_id === 'string' ? found.block.block_id : 'standin-block',
        ...(input.value !== undefined ? { value: input.value } : {}),
        action_ts: actionTs,
      },
    ],
  };
}

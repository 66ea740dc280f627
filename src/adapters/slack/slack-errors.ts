// Slack failures in words the operator (logs) or the user (a reply) can act on.

/** The Slack error code inside whatever a Web API call or respond() threw. */
export function readErrorCode(err: unknown): string {
  if (typeof err !== 'object' || err === null) return 'unknown_error';
  const data = (err as { data?: unknown }).data;
  if (typeof data === 'object' && data !== null && typeof (data as { error?: unknown }).error === 'string') {
    return (data as { error: string }).error;
  }
  const status = (err as { statusCode?: unknown }).statusCode;
  if (typeof status === 'number') return `http_${status}`;
  // A deadline that passed (our fetch's AbortSignal.timeout, or the Web API client's own) is not a refusal.
  const original = (err as { original?: unknown }).original;
  if ([err, original].some((e) => e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError'))) return 'timeout';
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return err instanceof Error && /rate limit/i.test(err.message) ? 'ratelimited' : 'unknown_error';
}

const TOKEN_CODES = new Set(['token_revoked', 'token_expired', 'invalid_auth', 'not_authed', 'account_inactive', 'team_disabled']);

export function isTokenProblem(code: string): boolean {
  return TOKEN_CODES.has(code);
}

/** Why a post to `channelId` failed and what the operator should do, as one log line. */
export function describeDeliveryError(code: string, channelId: string, botName: string): string {
  if (isTokenProblem(code)) {
    return `Slack rejected the bot token (${code}) while posting in ${channelId}: reinstall the app (OAuth & Permissions → Reinstall) and put the new Bot User OAuth Token in SLACK_BOT_TOKEN`;
  }
  switch (code) {
    case 'not_in_channel':
      return `The bot is not a member of channel ${channelId} (not_in_channel): invite it there with /invite @${botName}`;
    case 'channel_not_found':
      return `Channel ${channelId} was not found (channel_not_found): check the id, or if it is private invite the bot with /invite @${botName}`;
    case 'is_archived':
      return `Channel ${channelId} is archived (is_archived): unarchive it, or remove its subscription with /brief unsubscribe`;
    case 'missing_scope':
      return `The Slack app lacks a permission needed to post in ${channelId} (missing_scope): re-create it from slack/manifest.yml or add the scope under OAuth & Permissions, then reinstall`;
    case 'ratelimited':
      return `Slack kept rate-limiting posts to ${channelId} (ratelimited): the message was not delivered`;
    case 'timeout':
      return `Slack did not answer in time while posting to ${channelId} (timeout): the message may not have been delivered; check the network to Slack (or SLACK_API_URL)`;
    case 'slack_webapi_request_error':
      return `Slack could not be reached while posting to ${channelId} (${code}): the message was not delivered; check the network to Slack (or SLACK_API_URL)`;
    default:
      return `Slack refused a post to ${channelId} (${code})`;
  }
}

/** A sentence for the user when the bot cannot post in their channel, or undefined for other problems. */
export function describeChannelProblem(code: string, botName: string): string | undefined {
  switch (code) {
    case 'not_in_channel':
      return `I’m not in this channel yet: invite me with /invite @${botName}, then try again.`;
    case 'channel_not_found':
      return `I can’t see this channel. If it is private, invite me with /invite @${botName} first, then try again.`;
    case 'is_archived':
      return 'This channel is archived, so I can’t post here.';
    default:
      return undefined;
  }
}

/** One line for a failed start: which setting is wrong and where to get the right value. */
export function describeStartError(err: unknown, apiUrl: string | undefined, isAppToken: boolean): string {
  const code = readErrorCode(err);
  if (isTokenProblem(code)) {
    return isAppToken
      ? `Slack rejected SLACK_APP_TOKEN (${code}): create an app-level token with the connections:write scope under Basic Information → App-Level Tokens`
      : `Slack rejected SLACK_BOT_TOKEN (${code}): copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions, and reinstall the app if it was revoked`;
  }
  if (code === 'not_allowed_token_type') {
    return `Slack refused the token type (${code}): SLACK_BOT_TOKEN takes the xoxb- bot token and SLACK_APP_TOKEN the xapp- app-level token`;
  }
  const api = apiUrl ?? 'https://slack.com/api/';
  const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return `Could not reach Slack at ${api} (${code}: ${reason}): check the network connection${apiUrl ? ' and SLACK_API_URL' : ''}`;
}

/** One line for an HTTP receiver that could not listen. */
export function describeListenError(err: unknown, host: string, port: number): string {
  const code = readErrorCode(err);
  const fix = code === 'EADDRINUSE' ? 'another process is using it; stop that process or set PORT to a free port' : 'check HOST and PORT';
  return `Could not listen for Slack requests on ${host}:${port} (${code}): ${fix}`;
}

/** Thrown by start() and post(): the message is the whole story, so callers print it without a stack. */
export class SlackError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'SlackError';
  }
}

// The Slack app manifest, written from the same command definitions the bot answers, so the slash
// commands Slack shows and the ones the bot handles cannot drift apart. slack/manifest.yml is its output.
import { COMMANDS } from '../../chat/commands/definitions.ts';

/** Everything the bot calls or listens to, and why. */
const BOT_SCOPES = [
  'app_mentions:read', // @mentions in channels
  'chat:write', // answers, threads, scheduled briefs
  'commands', // /brief and /ask
  'im:history', // direct messages to the bot
  'channels:history', // reading a thread back after a restart (public channels)
  'groups:history', // … and private ones
  'channels:read', // checking the bot can post before a subscription (public channels)
  'groups:read', // … private channels
  'im:read', // … and direct messages
] as const;

const BOT_EVENTS = ['app_mention', 'message.im'] as const;

interface ManifestOptions {
  /** Public URL of /slack/events for HTTP mode; without it the manifest is for Socket Mode. */
  requestUrl?: string;
}

export function renderSlackManifest(options: ManifestOptions = {}): string {
  const url = options.requestUrl;
  const lines = [
    '# Slack app manifest for the news-briefing bot: api.slack.com/apps → Create New App → From a manifest.',
    '# Generated from src/chat/commands/definitions.ts; regenerate instead of editing:',
    '#   npx tsx src/adapters/slack/print-manifest.ts > slack/manifest.yml            (Socket Mode)',
    '#   npx tsx src/adapters/slack/print-manifest.ts https://HOST/slack/events      (HTTP)',
    'display_information:',
    `  name: ${q('News Briefing')}`,
    `  description: ${q('Cited answers and a daily brief from the day’s news stories')}`,
    `  background_color: ${q('#1d3557')}`,
    'features:',
    '  app_home:',
    '    home_tab_enabled: false',
    '    messages_tab_enabled: true',
    '    messages_tab_read_only_enabled: false',
    '  bot_user:',
    `    display_name: ${q('briefing')}`,
    '    always_online: true',
    '  slash_commands:',
    ...COMMANDS.flatMap((command) => [
      `    - command: ${q(`/${command.name}`)}`,
      `      description: ${q(command.description)}`,
      `      usage_hint: ${q(command.usageHint)}`,
      ...(url ? [`      url: ${q(url)}`] : []),
      '      should_escape: false',
    ]),
    'oauth_config:',
    '  scopes:',
    '    bot:',
    ...BOT_SCOPES.map((scope) => `      - ${scope}`),
    'settings:',
    '  event_subscriptions:',
    ...(url ? [`    request_url: ${q(url)}`] : []),
    '    bot_events:',
    ...BOT_EVENTS.map((event) => `      - ${event}`),
    '  interactivity:',
    '    is_enabled: true',
    ...(url ? [`    request_url: ${q(url)}`] : []),
    '  org_deploy_enabled: false',
    `  socket_mode_enabled: ${url ? 'false' : 'true'}`,
    '  token_rotation_enabled: false',
  ];
  return `${lines.join('\n')}\n`;
}

/** A YAML double-quoted scalar; JSON's string escapes are valid YAML. */
function q(value: string): string {
  return JSON.stringify(value);
}

// Discord: slash commands, mentions and DMs in, rendered replies out, all through discord.js. Its REST queue
// waits out 429s and its gateway resumes after a disconnect; nothing here goes around either.
import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
import type { ChatContext } from '../../chat/context.ts';
import type { Reply } from '../../chat/types.ts';
import type { DiscordConfig } from '../../config.ts';
import type { Logger } from '../../log.ts';
import { renderDiscordMessages } from '../../render/embeds.ts';
import type { Adapter } from '../adapter.ts';
import { checkChannel, explainRefusal, fetchChannel, sendMessages } from './channel-posting.ts';
import { answerCommand } from './command-interaction.ts';
import { registerCommands } from './command-registration.ts';
import { isDiscordError, MISSING_ACCESS, MISSING_PERMISSIONS } from './discord-errors.ts';
import { answerFeedbackButton } from './feedback-button.ts';
import { answerMention, toMentionEvent } from './mention-message.ts';
import { explainStartError } from './start-error.ts';

export interface DiscordAdapterOptions {
  config: DiscordConfig;
  chat: Omit<ChatContext, 'checkChannel'>;
  log: Logger;
}

export function createDiscordAdapter({ config, chat, log }: DiscordAdapterOptions): Adapter {
  // A fresh client per start(): discord.js does not log a destroyed client in again.
  let client: Client | undefined;
  const connected = (): Client<true> => {
    if (!client?.isReady()) throw new Error('the Discord bot is not connected right now (starting, reconnecting to the gateway, or stopped)');
    return client;
  };
  const context: ChatContext = { ...chat, checkChannel: (channelId) => checkChannel(connected(), channelId) };
  // Answers already deferred (or being written for a mention): stop() lets them finish before the client goes.
  const inFlight = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    const task = work.finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  return {
    platform: 'discord',
    async start() {
      const starting = createClient(config);
      listen(starting, context, log, track);
      // login() resolves before the guilds arrive; clientReady comes once they have.
      const ready = new Promise<void>((resolve) => starting.once(Events.ClientReady, () => resolve()));
      try {
        starting.rest.setToken(config.token);
        await registerCommands(starting.rest, config);
        log.info('Discord commands registered', { scope: config.guildId ? `guild ${config.guildId}` : 'global' });
        await starting.login(config.token);
        await ready;
      } catch (err) {
        await starting.destroy();
        throw new Error(explainStartError(err, config));
      }
      client = starting;
      log.info('Discord bot connected', { user: connected().user.tag, servers: starting.guilds.cache.size });
    },
    async stop() {
      const stopping = client;
      client = undefined;
      // No new work comes in; what was acknowledged is answered (main.ts bounds the wait), then the client goes.
      stopping?.removeAllListeners(Events.InteractionCreate).removeAllListeners(Events.MessageCreate);
      await Promise.allSettled([...inFlight]);
      await stopping?.destroy();
    },
    async post(channelId: string, reply: Reply) {
      const ready = connected();
      const channel = await fetchChannel(ready, channelId);
      if (!channel?.isSendable()) {
        throw new Error(`cannot post in Discord channel ${channelId}: ${channel ? 'it is not a text channel' : 'it does not exist or the bot cannot see it (grant View Channel)'}`);
      }
      try {
        await sendMessages(channel, renderDiscordMessages(reply));
      } catch (err) {
        if (isDiscordError(err, MISSING_ACCESS, MISSING_PERMISSIONS)) throw new Error(explainRefusal(ready, channel, channelId, err));
        throw err;
      }
    },
    checkChannel: context.checkChannel,
  };
}

function createClient(config: DiscordConfig): Client {
  return new Client({
    // Mentions carry their content without the privileged MessageContent intent.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    // DM channels are not cached; without this partial discord.js drops DMs silently.
    partials: [Partials.Channel],
    // Story text is quoted as written: it must never ping @everyone, a role or a user.
    allowedMentions: { parse: [], repliedUser: true },
    // Answer even when the question was deleted meanwhile (the reply just loses its reference).
    failIfNotExists: false,
    // `rest: { api: undefined }` breaks login with "Invalid URL", so the option is passed only when set.
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
}

/** Slash commands, feedback clicks and messages go to the chat layer; every failure is logged, none escapes. */
function listen(client: Client, context: ChatContext, log: Logger, track: (work: Promise<void>) => void): void {
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isButton()) {
      track(
        answerFeedbackButton(interaction, context, log).catch((err: unknown) =>
          log.error('Discord feedback click failed', { customId: interaction.customId.slice(0, 100), channelId: interaction.channelId, userId: interaction.user.id, err }),
        ),
      );
      return;
    }
    if (!interaction.isChatInputCommand()) return;
    track(
      answerCommand(interaction, context, log).catch((err: unknown) =>
        log.error('Discord command failed', { command: interaction.commandName, channelId: interaction.channelId, userId: interaction.user.id, err }),
      ),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    const event = client.user ? toMentionEvent(message, client.user.id) : undefined;
    if (!event) return;
    track(
      answerMention(message, event, context, log).catch((err: unknown) => {
        if (isDiscordError(err, MISSING_ACCESS, MISSING_PERMISSIONS) && client.isReady()) {
          log.warn(explainRefusal(client, message.channel, message.channelId, err), { channelId: message.channelId });
        } else {
          log.error('Discord reply failed', { channelId: message.channelId, err });
        }
      }),
    );
  });
  client.on(Events.ShardResume, () => log.info('Discord gateway resumed'));
  client.on(Events.Error, (err) => log.error('Discord client error', { err }));
}

// Start-up: load config, open the store, build the briefing, start the adapters that have tokens
// (the playground when none do), start the scheduler. The only file that wires modules together.
import { statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Adapter } from './adapters/adapter.ts';
import { createDiscordAdapter } from './adapters/discord/discord-adapter.ts';
import { createPlaygroundAdapter } from './adapters/playground/playground-adapter.ts';
import { createSlackAdapter } from './adapters/slack/slack-adapter.ts';
import { createScheduleCommands } from './chat/commands/subscribe.ts';
import type { ChatContext } from './chat/context.ts';
import { ThreadMemory } from './chat/thread-context.ts';
import type { ChannelRef, Platform, Reply } from './chat/types.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createBriefing, type Briefing } from './core/briefing.ts';
import { loadLibrary, storyFolderVersion } from './core/library.ts';
import { chooseEngine } from './engines/choose-engine.ts';
import { createFeedPoller, type FeedPoller } from './feeds/feed-directory.ts';
import { refreshFeed } from './feeds/refresh-feed.ts';
import { createFetcher } from './feeds/safe-fetch.ts';
import { botUserAgent } from './feeds/user-agent.ts';
import { createLogger, type Logger } from './log.ts';
import { createScheduler } from './schedule/scheduler.ts';
import { handleShutdown } from './shutdown.ts';
import { trackDatabaseFile, type DatabaseFile } from './store/database-file.ts';
import { DatabaseError, openDatabase, type Database } from './store/db.ts';
import { loadFeedStories } from './store/feed-stories.ts';
import { createFeedStore, type FeedStore } from './store/feeds.ts';
import { createFeedbackStore } from './store/feedback.ts';
import { keepServingOnStrayErrors } from './stray-errors.ts';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig(process.env, { dotenv: true });
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Configuration problem${err.problems.length > 1 ? 's' : ''}:\n${err.problems.map((p) => `  ${p}`).join('\n')}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  keepServingOnStrayErrors(log);
  const now = (): Date => new Date();

  const db = openStore(config.dbPath);
  const feedStore = createFeedStore(db);
  const briefing = createBriefing({
    // Story files and stored feed stories together; either changing makes reload() re-read.
    load: () => loadLibrary(config.seedsDir, loadFeedStories(feedStore)),
    version: () => `${storyFolderVersion(config.seedsDir)}\n${feedStore.version()}`,
    engine: chooseEngine(config, log),
    now,
  });
  const library = briefing.library();
  for (const warning of library.warnings) log.warn(warning);
  log.info('stories loaded', { stories: library.stories.length, sources: library.groups.length, engine: config.engine });
  const stopWatching = watchSeeds(config.seedsDir, briefing, log);
  const feeds = startFeeds(config, feedStore, briefing, log, now);

  const databaseFile = trackDatabaseFile(db);
  const stopCheckingDatabase = checkDatabaseFileEvery(DATABASE_CHECK_MS, databaseFile, log);
  const adapters = new Map<Platform, Adapter>();
  const post = async (channel: ChannelRef, reply: Reply): Promise<void> => {
    const adapter = adapters.get(channel.platform);
    if (!adapter) throw new Error(`no ${channel.platform} adapter is running for channel ${channel.channelId}`);
    await adapter.post(channel.channelId, reply);
  };
  const scheduler = createScheduler({ db, briefing, post, log, now });
  const chat: Omit<ChatContext, 'checkChannel'> = {
    briefing,
    threads: new ThreadMemory(),
    log,
    now,
    schedule: createScheduleCommands({ db, databaseFile, preview: (channel) => scheduler.previewFor(channel) }),
    feeds,
    feedback: createFeedbackStore(db),
  };

  // Signals are handled from here on: the start-up catch-up run can take a while, and a stop during it
  // must still finish acked answers and record the slot instead of dying mid-post. Every signal is
  // handled (a second SIGTERM must not kill acked answers), and the whole stop has a deadline.
  handleShutdown({
    deadlineMs: config.shutdownMs,
    log,
    exit: (code) => process.exit(code),
    steps: [
      { name: 'watching the story folder', run: () => (stopWatching(), stopCheckingDatabase()) },
      { name: 'polling the feeds', run: () => feeds.stop() },
      { name: 'scheduled briefs in flight', run: () => scheduler.stop() },
      { name: 'answers already acknowledged', run: async () => void (await Promise.allSettled([...adapters.values()].map((a) => a.stop()))) },
      { name: 'closing the database', run: () => db.close() },
    ],
  });

  for (const adapter of planAdapters(config, chat, log)) {
    try {
      await adapter.start();
    } catch (err) {
      // Adapters throw errors written for the person starting the bot: one line, no stack.
      process.stderr.write(`${adapter.platform}: ${(err as Error).message}\n`);
      await Promise.allSettled([...adapters.values()].map((a) => a.stop()));
      await feeds.stop();
      db.close();
      process.exit(1);
    }
    adapters.set(adapter.platform, adapter);
  }
  await scheduler.start();
}

/** The adapters whose settings are present; the playground when none are (or when PLAYGROUND=1). */
function planAdapters(config: Config, chat: Omit<ChatContext, 'checkChannel'>, log: Logger): Adapter[] {
  const planned: Adapter[] = [];
  if (config.slack) planned.push(createSlackAdapter({ config: config.slack, port: config.port, host: config.host, chat, log }));
  if (config.discord) planned.push(createDiscordAdapter({ config: config.discord, chat, log }));
  if ((!config.slack && !config.discord) || config.playground) {
    // Slack's HTTP receiver owns PORT; the playground then takes the next one.
    const port = config.slack && !config.slack.appToken && config.port !== 0 ? config.port + 1 : config.port;
    const playground = createPlaygroundAdapter({ port, host: config.host, chat, log });
    // The playground's methods are closures, so the copy keeps them; only start() adds the announcement.
    planned.push({
      ...playground,
      async start() {
        await playground.start();
        process.stdout.write(`Playground: ${playground.url()}\n`);
      },
    });
  }
  return planned;
}

function openStore(path: string): Database {
  try {
    return openDatabase(path);
  } catch (err) {
    if (err instanceof DatabaseError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

/** Poll every feed from now on; new and changed items are answerable as soon as they are stored. */
function startFeeds(config: Config, store: FeedStore, briefing: Briefing, log: Logger, now: () => Date): FeedPoller {
  const fetcher = createFetcher({ allowPrivate: config.feeds.allowPrivate, userAgent: botUserAgent() });
  const poller = createFeedPoller({
    configured: config.feeds.urls,
    store,
    refresh: (url) => refreshFeed(url, { fetcher, store, now, log }),
    now,
    log,
    onStoriesChanged: () => {
      // reload() re-reads only when the story files or the stored feed stories changed.
      const before = briefing.library();
      briefing.reload();
      if (briefing.library() !== before) log.info('stories reloaded', { stories: briefing.library().stories.length, reason: 'feeds' });
    },
  });
  poller.start(config.feeds.pollSeconds * 1000);
  return poller;
}

/** How often the database file's identity is checked (one stat). */
const DATABASE_CHECK_MS = 30_000;

/** Say loudly, once per change, when the database file is deleted or replaced under the running bot. */
function checkDatabaseFileEvery(ms: number, file: DatabaseFile, log: Logger): () => void {
  let last = 'same';
  const timer = setInterval(() => {
    const status = file.checkDatabaseFile();
    if (status.kind === last) return;
    last = status.kind;
    if (status.kind === 'missing' || status.kind === 'replaced') log.error(status.problem, { path: file.path });
    else if (status.kind === 'same') log.info('the database file is back in place', { path: file.path });
  }, ms);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * New or changed story files are picked up while the bot runs, so tomorrow's brief has tomorrow's news.
 * A folder replaced whole (`mv seeds seeds.old && mv new seeds`) leaves a watcher on the old one, so the
 * parent folder is watched for the name too, and the new folder is watched once it appears.
 */
function watchSeeds(dir: string, briefing: Briefing, log: Logger): () => void {
  const path = resolve(dir);
  let timer: NodeJS.Timeout | undefined;
  let folder: FSWatcher | undefined;
  let watched: bigint | undefined; // the inode being watched
  const reloadSoon = (): void => {
    clearTimeout(timer);
    // Editors write a file in several steps; reload once they are done.
    timer = setTimeout(() => {
      const warnings = briefing.reload();
      for (const warning of warnings) log.warn(warning);
      log.info('stories reloaded', { stories: briefing.library().stories.length });
    }, 500);
  };
  const watchFolder = (): boolean => {
    folder?.close();
    folder = undefined;
    try {
      watched = statSync(path, { bigint: true }).ino;
      folder = watch(path, reloadSoon);
      folder.on('error', (err) => log.warn('watching the story folder failed; restart to pick up new stories', { dir, err }));
      return true;
    } catch (err) {
      // Between the two moves of a replacement the folder does not exist; the parent's next event retries.
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('cannot watch the story folder; restart to pick up new stories', { dir, err });
      return false;
    }
  };
  if (!watchFolder()) log.warn('cannot watch the story folder; restart to pick up new stories', { dir });
  let parent: FSWatcher | undefined;
  try {
    parent = watch(dirname(path), (_event, name) => {
      if (name !== basename(path) || inodeOf(path) === watched) return;
      if (watchFolder()) log.info('the story folder was replaced; watching the new one', { dir });
      reloadSoon();
    });
    parent.on('error', () => parent?.close());
  } catch {
    // Without the parent's events, a replaced folder needs a restart; edits inside it are still seen.
  }
  return () => {
    clearTimeout(timer);
    folder?.close();
    parent?.close();
  };
}

function inodeOf(path: string): bigint | undefined {
  try {
    return statSync(path, { bigint: true }).ino;
  } catch {
    return undefined;
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`The bot could not start: ${(err as Error).message}\n`);
  process.exit(1);
});

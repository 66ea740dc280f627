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
import { prepareAnswering } from './core/answer.ts';
import type { Briefing } from './core/briefing.ts';
import { chooseEngine } from './engines/choose-engine.ts';
import { createFeedPoller, type FeedPoller } from './feeds/feed-directory.ts';
import { refreshFeed, type FeedOutcome } from './feeds/refresh-feed.ts';
import { createFetcher } from './feeds/safe-fetch.ts';
import { botUserAgent } from './feeds/user-agent.ts';
import { createLogger, type Logger } from './log.ts';
import { reportIndexProgress } from './progress.ts';
import { openStoryReaderThread } from './story-reader-thread.ts';
import { createMetrics, type Metrics } from './ops/metrics.ts';
import { createOpsRoutes, type OpsRoutes } from './ops/ops-routes.ts';
import { startOpsServer, type OpsServer } from './ops/ops-server.ts';
import { createScheduler } from './schedule/scheduler.ts';
import { handleShutdown } from './shutdown.ts';
import type { DatabaseFile } from './store/database-file.ts';
import { DatabaseError, openDatabase, type Database } from './store/db.ts';
import type { FeedStore } from './store/feeds.ts';
import type { FeedSyncReport } from './store/feed-story-sync.ts';
import { createIndexedBriefing } from './store/indexed-briefing.ts';
import { carryOverFeedback } from './store/carry-over-feedback.ts';
import { createFeedbackStore } from './store/feedback.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.ts';
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
  const log = createLogger(config.logLevel, undefined, config.logFormat);
  keepServingOnStrayErrors(log);
  const now = (): Date => new Date();

  const metrics = createMetrics();
  const store = await openStoreOrExit(config, log);
  log.info('store opened', { kind: store.kind });
  // The story index lives in SQLite: the store's own file, or on PostgreSQL the file at BRIEFING_DB, one
  // per process (each keeps its own index, derived from the story folder and the store's feed stories).
  const localDb = store.sqlite ?? openSqliteOrExit(config.dbPath);
  if (store.kind === 'postgres') await carryOverLocalFeedback(localDb, store, log, now());
  const progress = reportIndexProgress(process.stderr);
  const indexed = createIndexedBriefing({
    db: localDb,
    seedsDir: config.seedsDir,
    engine: chooseEngine(config, log),
    now,
    retentionDays: config.retentionDays,
    feedStories: store.feeds,
    onProgress: (p) => progress.update(p),
    openReader: openStoryReaderThread,
  });
  const briefing = metrics.instrument(indexed.briefing);
  if (indexed.resetReason) log.warn('the story index is rebuilt from the story files', { why: indexed.resetReason });
  prepareAnswering();
  // The index is brought up to date while the adapters start: a stored index answers at once, and during
  // a first build the bot says how far it has got instead of keeping people waiting on an ack.
  void reloadStories(briefing, log, 'stories loaded', { engine: config.engine }).finally(() => progress.done());
  const stopWatching = watchSeeds(config.seedsDir, briefing, log);
  const feeds = startFeeds(config, { store: store.feeds, syncFeeds: indexed.syncFeeds, size: () => briefing.library().size(), countFetch: metrics.countFeedFetch }, log, now);
  const stopCheckingDatabase = store.file ? checkDatabaseFileEvery(DATABASE_CHECK_MS, store.file, log) : () => undefined;
  const adapters = new Map<Platform, Adapter>();
  const post = async (channel: ChannelRef, reply: Reply): Promise<void> => {
    const adapter = adapters.get(channel.platform);
    if (!adapter) throw new Error(`no ${channel.platform} adapter is running for channel ${channel.channelId}`);
    await adapter.post(channel.channelId, reply);
  };
  const scheduler = createScheduler({ store, briefing, post, log, now, leaseMs: config.claimLeaseMs, onDelivery: metrics.countDelivery });
  const routes = createOpsRoutes({ metrics, checkStore: () => store.check(), storeKind: store.kind });
  let opsServer: OpsServer | undefined;
  const chat: Omit<ChatContext, 'checkChannel'> = {
    briefing,
    threads: new ThreadMemory(),
    log,
    now,
    schedule: createScheduleCommands({ subscriptions: store.subscriptions, databaseFile: store.file, preview: (channel) => scheduler.previewFor(channel) }),
    feeds,
    feedback: store.feedback,
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
      { name: 'serving /healthz and /metrics', run: async () => opsServer?.stop() },
      { name: 'closing the database', run: async () => (await store.close(), localDb.open && localDb.close()) },
    ],
  });

  const planned = planAdapters(config, chat, log, routes, metrics);
  for (const adapter of planned.adapters) {
    try {
      await adapter.start();
    } catch (err) {
      // Adapters throw errors written for the person starting the bot: one line, no stack.
      process.stderr.write(`${adapter.platform}: ${(err as Error).message}\n`);
      await Promise.allSettled([...adapters.values()].map((a) => a.stop()));
      await feeds.stop();
      await store.close();
      process.exit(1);
    }
    adapters.set(adapter.platform, adapter);
  }
  if (!planned.routesUrl) {
    try {
      opsServer = await startOpsServer(routes, config.port, config.host);
    } catch (err) {
      process.stderr.write(`${(err as Error).message}\n`);
      await Promise.allSettled([...adapters.values()].map((a) => a.stop()));
      await store.close();
      process.exit(1);
    }
  }
  log.info('serving /healthz and /metrics', { url: opsServer?.url ?? planned.routesUrl?.() });
  await scheduler.start();
}

/**
 * The adapters whose settings are present; the playground when none are (or when PLAYGROUND=1). The one
 * listening on PORT (Slack over HTTP, else the playground) also serves /healthz and /metrics; when none
 * does (Socket Mode, Discord only), main() starts a server of their own there.
 */
function planAdapters(
  config: Config,
  chat: Omit<ChatContext, 'checkChannel'>,
  log: Logger,
  routes: OpsRoutes,
  metrics: Metrics,
): { adapters: Adapter[]; routesUrl?: () => string | undefined } {
  const planned: Adapter[] = [];
  let routesUrl: (() => string | undefined) | undefined;
  const slackOverHttp = config.slack !== undefined && config.slack.appToken === undefined;
  const withPlayground = (!config.slack && !config.discord) || config.playground;
  if (config.slack) {
    const slack = createSlackAdapter({
      config: config.slack,
      port: config.port,
      host: config.host,
      chat,
      log,
      onRateLimited: (seconds) => metrics.countRateLimit('slack', seconds),
      ...(slackOverHttp ? { routes } : {}),
    });
    if (slackOverHttp) routesUrl = () => originOf(slack.eventsUrl());
    planned.push(slack);
  }
  if (config.discord) planned.push(createDiscordAdapter({ config: config.discord, chat, log }));
  if (withPlayground) {
    // Slack's HTTP receiver owns PORT; the playground then takes the next one.
    const port = slackOverHttp && config.port !== 0 ? config.port + 1 : config.port;
    const playground = createPlaygroundAdapter({ port, host: config.host, chat, log, ...(slackOverHttp ? {} : { routes }) });
    routesUrl ??= () => playground.url();
    // The playground's methods are closures, so the copy keeps them; only start() adds the announcement.
    planned.push({
      ...playground,
      async start() {
        await playground.start();
        process.stdout.write(`Playground: ${playground.url()}\n`);
      },
    });
  }
  return { adapters: planned, ...(routesUrl ? { routesUrl } : {}) };
}

function originOf(url: string | undefined): string | undefined {
  return url === undefined ? undefined : new URL(url).origin;
}

function openSqliteOrExit(path: string): Database {
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

/** Answers and votes kept in BRIEFING_DB before the bot moved to PostgreSQL are copied there once (the file keeps them). */
async function carryOverLocalFeedback(localDb: Database, store: Store, log: Logger, at: Date): Promise<void> {
  try {
    const added = await carryOverFeedback(createFeedbackStore(localDb), store.feedback, at);
    if (added.answers > 0 || added.votes > 0) log.info('answers and feedback votes kept in BRIEFING_DB copied to PostgreSQL', added);
  } catch (err) {
    log.warn('could not copy the answers and feedback votes kept in BRIEFING_DB to PostgreSQL; they stay in the file', { err });
  }
}

interface FeedWiring {
  store: FeedStore;
  /** Bring the story index up to date with the stored feed stories. */
  syncFeeds: () => Promise<FeedSyncReport>;
  /** How many stories the index holds, for the log. */
  size: () => { stories: number };
  countFetch: (status: FeedOutcome['status']) => void;
}

/** Poll every feed from now on; new and changed items are answerable as soon as they are stored. */
function startFeeds(config: Config, { store, syncFeeds, size, countFetch }: FeedWiring, log: Logger, now: () => Date): FeedPoller {
  const fetcher = createFetcher({ allowPrivate: config.feeds.allowPrivate, userAgent: botUserAgent() });
  const poller = createFeedPoller({
    configured: config.feeds.urls,
    store,
    refresh: (url) => refreshFeed(url, { fetcher, store, now, log, onOutcome: (outcome) => countFetch(outcome.status) }),
    now,
    log,
    // With several processes on one database, a feed one of them fetched is left alone by the others.
    skipFetchedWithinMs: (config.feeds.pollSeconds * 1000) / 2,
    onStoriesChanged: async () => {
      try {
        const report = await syncFeeds();
        for (const warning of report.warnings) log.warn(warning);
        if (report.stored + report.removed > 0) log.info('feed stories indexed', { stored: report.stored, removed: report.removed, stories: size().stories });
      } catch (err) {
        log.error('the feed stories could not be indexed; the bot answers from what the index already holds', { err });
      }
    },
  });
  poller.start(config.feeds.pollSeconds * 1000);
  return poller;
}

async function openStoreOrExit(config: Config, log: Logger): Promise<Store> {
  try {
    return await openStore(config, { onConnectionError: (err) => log.warn('PostgreSQL dropped a connection; the next query opens a new one', { err }) });
  } catch (err) {
    if (err instanceof DatabaseError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
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
    timer = setTimeout(() => void reloadStories(briefing, log, 'stories reloaded'), 500);
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

async function reloadStories(briefing: Briefing, log: Logger, message: string, fields: Record<string, unknown> = {}): Promise<void> {
  try {
    const warnings = await briefing.reload();
    for (const warning of warnings) log.warn(warning);
    const { stories, groups } = briefing.library().size();
    log.info(message, { stories, sources: groups, ...fields });
  } catch (err) {
    log.error('the stories could not be indexed; the bot answers from what the index already holds', { err });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`The bot could not start: ${(err as Error).message}\n`);
  process.exit(1);
});

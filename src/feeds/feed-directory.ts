// The bot's feeds while it runs: BRIEFING_FEEDS plus those added in chat, each polled every
// BRIEFING_FEED_POLL_SECONDS (a failing one only once its backoff has passed), and the briefing told
// when stories changed so the next question is answered from them without a restart.
import type { Logger } from '../log.ts';
import type { FeedState, FeedStore } from '../store/feeds.ts';
import type { FeedOutcome } from './refresh-feed.ts';

const STOP_WAIT_MS = 3000;

export interface FeedListing {
  url: string;
  /** Set in BRIEFING_FEEDS (removable only there). */
  isConfigured: boolean;
  state?: FeedState;
}

/** `outcome`: the first fetch, when it finished in time. A feed whose address was refused is not kept. */
export type AddResult = { isNew: boolean; outcome?: FeedOutcome };
export type RemoveResult = 'removed' | 'configured' | 'unknown';

export interface FeedDirectory {
  list(): Promise<FeedListing[]>;
  /** Add a feed and fetch it once (waiting at most a few seconds for that first fetch). */
  add(url: string, addedBy: string): Promise<AddResult>;
  remove(url: string): Promise<RemoveResult>;
}

export interface FeedPoller extends FeedDirectory {
  /** Fetch every feed that is due now; resolves when all have finished. */
  pollDue(): Promise<FeedOutcome[]>;
  /** Poll now and then every intervalMs, until stop(). */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export interface FeedPollerDeps {
  configured: readonly string[];
  store: FeedStore;
  refresh: (url: string) => Promise<FeedOutcome>;
  now: () => Date;
  log: Logger;
  /**
   * Stories were added, replaced or removed: bring the story index up to date. Also called after every
   * poll round, since another process (the CLI's fetch, another bot) may have stored stories in the database.
   */
  onStoriesChanged: () => void | Promise<void>;
  /** How long /brief feeds add waits for the first fetch before answering. */
  addWaitMs?: number;
  /**
   * Several processes on one database poll the same feeds: a feed another process fetched less than
   * this long ago is left to it (half the poll interval, so each feed is still fetched once per interval).
   */
  skipFetchedWithinMs?: number;
}

export function createFeedPoller(deps: FeedPollerDeps): FeedPoller {
  const { configured, store, now, log } = deps;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<FeedOutcome[]> | undefined;
  let stopped = false;

  const urls = async (): Promise<string[]> => [...new Set([...configured, ...(await store.chatFeeds())])];

  const hasChanged = (outcome: FeedOutcome | undefined): boolean => outcome !== undefined && outcome.new + outcome.updated > 0;

  const isDue = async (url: string): Promise<boolean> => {
    const state = await store.state(url);
    const at = now().getTime();
    if (state?.nextAttemptAt !== undefined && Date.parse(state.nextAttemptAt) > at) return false;
    const recent = deps.skipFetchedWithinMs;
    return !(recent && state?.lastFetchAt !== undefined && at - Date.parse(state.lastFetchAt) < recent);
  };
  const dueFeeds = async (): Promise<string[]> => {
    const all = await urls();
    const due = await Promise.all(all.map(isDue));
    return all.filter((_, i) => due[i]);
  };

  const pollDue = (): Promise<FeedOutcome[]> => {
    // One poll at a time: a slow round is not overlapped by the next tick.
    // Once per round, not once per feed; the briefing re-reads only when the stored stories changed.
    running ??= dueFeeds()
      .then((due) => Promise.all(due.map(deps.refresh)))
      .then(async (outcomes) => {
        await deps.onStoriesChanged();
        return outcomes;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const tick = (intervalMs: number): void => {
    pollDue()
      .catch((err: unknown) => log.error('feed poll failed', { err }))
      .finally(() => {
        if (!stopped) timer = setTimeout(() => tick(intervalMs), intervalMs);
      });
  };

  return {
    list: async () => Promise.all((await urls()).map(async (url) => ({ url, isConfigured: configured.includes(url), state: await store.state(url) }))),
    async add(url, addedBy) {
      const isNew = (await store.addChatFeed(url, addedBy, now())) && !configured.includes(url);
      if (!isNew) return { isNew };
      const first = deps.refresh(url).then(async (outcome) => {
        if (hasChanged(outcome)) await deps.onStoriesChanged();
        return outcome;
      });
      first.catch((err: unknown) => log.error('first fetch of an added feed failed', { url, err }));
      let waiting: NodeJS.Timeout | undefined;
      const timeout = new Promise<undefined>((resolve) => {
        waiting = setTimeout(() => resolve(undefined), deps.addWaitMs ?? 10_000);
      });
      const outcome = await Promise.race([first, timeout]);
      clearTimeout(waiting);
      // A private address stays refused on every poll: keeping it would only fill the list with failures.
      if (outcome?.status === 'refused') await store.removeChatFeed(url, now());
      return { isNew, outcome };
    },
    async remove(url) {
      if (configured.includes(url)) return 'configured';
      if (!(await store.removeChatFeed(url, now()))) return 'unknown';
      await deps.onStoriesChanged();
      return 'removed';
    },
    pollDue,
    start(intervalMs) {
      stopped = false;
      tick(intervalMs);
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      // A fetch in flight ends within its own deadline; shutting down waits only briefly for it.
      let waiting: NodeJS.Timeout | undefined;
      await Promise.race([running?.catch(() => undefined), new Promise((resolve) => (waiting = setTimeout(resolve, STOP_WAIT_MS)))]);
      clearTimeout(waiting);
    },
  };
}

// GET /events: Server-Sent Events, so what the bot posts on its own (scheduled briefs) reaches open
// pages without a reload. Each channel keeps its last few posts, so a page opened (or reconnected,
// with Last-Event-ID) after a post still shows it, as a channel's history would.
import type { ServerResponse } from 'node:http';

const KEPT_POSTS_PER_CHANNEL = 20;
/** A comment line this often keeps proxies and the browser from closing an idle stream. */
const HEARTBEAT_MS = 25_000;

interface Post {
  id: number;
  data: string;
}

export interface EventStream {
  /** Take over the response: headers, the channel's posts after `lastEventId`, then live posts. */
  connect(channelId: string, response: ServerResponse, lastEventId: number, headers: Record<string, string>): void;
  /** Send to every open page of the channel; resolves to how many pages it reached. */
  publish(channelId: string, payload: unknown): number;
  close(): void;
}

export function createEventStream(): EventStream {
  const pages = new Map<string, Set<ServerResponse>>();
  const kept = new Map<string, Post[]>();
  let lastId = 0;

  const write = (response: ServerResponse, post: Post): void => {
    response.write(`id: ${post.id}\nevent: reply\ndata: ${post.data}\n\n`);
  };

  const heartbeat = setInterval(() => {
    for (const set of pages.values()) for (const response of set) response.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    connect(channelId, response, lastEventId, headers) {
      response.writeHead(200, { ...headers, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
      // Retry after 2 s when the stream drops (the default is about 3 s).
      response.write('retry: 2000\n\n');
      // An id from before a restart is past ours: that page has seen none of this run's posts.
      const after = lastEventId > lastId ? 0 : lastEventId;
      for (const post of kept.get(channelId) ?? []) if (post.id > after) write(response, post);
      const set = pages.get(channelId) ?? new Set<ServerResponse>();
      set.add(response);
      pages.set(channelId, set);
      response.on('close', () => set.delete(response));
    },
    publish(channelId, payload) {
      const post = { id: ++lastId, data: JSON.stringify(payload) };
      kept.set(channelId, [...(kept.get(channelId) ?? []), post].slice(-KEPT_POSTS_PER_CHANNEL));
      const open = pages.get(channelId) ?? new Set();
      for (const response of open) write(response, post);
      return open.size;
    },
    close() {
      clearInterval(heartbeat);
      for (const set of pages.values()) for (const response of set) response.end();
      pages.clear();
    },
  };
}

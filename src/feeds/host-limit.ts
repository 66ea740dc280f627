// At most a few requests at once to one host: a feed of fifty summary-only items must not open fifty
// connections to the publisher's server.
export interface HostLimit {
  /** Run `task` when the host has a free slot; slots are released however the task ends. */
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

export function createHostLimit(perHost: number): HostLimit {
  const active = new Map<string, number>();
  const waiting = new Map<string, Array<() => void>>();
  const release = (host: string): void => {
    const next = waiting.get(host)?.shift();
    if (next) return next();
    const count = (active.get(host) ?? 1) - 1;
    if (count <= 0) active.delete(host);
    else active.set(host, count);
    if (waiting.get(host)?.length === 0) waiting.delete(host);
  };
  const acquire = (host: string): Promise<void> => {
    const count = active.get(host) ?? 0;
    if (count < perHost) {
      active.set(host, count + 1);
      return Promise.resolve();
    }
    // The slot passes straight from the finishing task to the next one, so the count stays as it is.
    return new Promise((resolve) => {
      const queue = waiting.get(host) ?? [];
      queue.push(resolve);
      waiting.set(host, queue);
    });
  };
  return {
    async run(host, task) {
      await acquire(host);
      try {
        return await task();
      } finally {
        release(host);
      }
    },
  };
}

// Slack redelivers an event it thinks we missed (x-slack-retry-num) and Bolt does not drop duplicates,
// so every event is remembered, by event_id and by the message it carries, for a bounded while.

export class RecentDeliveries {
  private readonly seen = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /**
   * True the first time any of these keys arrives; false when one was already seen (a retry whose first
   * delivery is being handled or was handled). Marks them all as seen either way.
   */
  isFirst(keys: string[]): boolean {
    const isNew = keys.every((key) => !this.seen.has(key));
    for (const key of keys) {
      this.seen.delete(key);
      this.seen.add(key);
    }
    while (this.seen.size > this.capacity) {
      const oldest = this.seen.values().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return isNew;
  }
}

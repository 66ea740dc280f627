// The minute a test subscribes for: the next whole minute on the wall clock, written as Kyiv local time
// with Intl (not with the bot's own slot code), and the words the bot should use for it.
export const ZONE = 'Europe/Kyiv';

/** Less than this left in the current minute, and the slot after next is taken, so the test can subscribe in time. */
const MIN_LEAD_MS = 15_000;

export interface Slot {
  /** The instant the brief is due. */
  at: Date;
  /** `HH:MM` in Kyiv, as typed after /brief subscribe. */
  time: string;
  /**
   * How the bot names the next post, up to the UTC time: `Tue 25 Nov, 07:30 Europe/Kyiv (05:30 UTC` (the UTC
   * date follows when it differs from Kyiv's).
   */
  nextPost: string;
}

export function nextSlot(now: Date = new Date()): Slot {
  const minute = 60_000;
  let at = Math.ceil((now.getTime() + 1) / minute) * minute;
  if (at - now.getTime() < MIN_LEAD_MS) at += minute;
  const instant = new Date(at);
  const time = clock(instant, ZONE);
  const day = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, weekday: 'short', day: 'numeric', month: 'short' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const utc = clock(instant, 'UTC');
  return { at: instant, time, nextPost: `${day.weekday} ${day.day} ${day.month}, ${time} ${ZONE} (${utc} UTC` };
}

function clock(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** Resolves at the instant (at once when it has passed). */
export function sleepUntil(instant: Date): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, instant.getTime() - Date.now())));
}

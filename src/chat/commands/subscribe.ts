// /brief subscribe | schedule | unsubscribe | preview: a channel's scheduled morning briefs.
// User mistakes (a bad time, an unknown zone, a channel the bot cannot post in) get a reply saying what
// to do, and nothing is stored.
import { DatabaseBusyError, retryWhileBusy } from '../../store/busy.ts';
import type { DatabaseFile } from '../../store/database-file.ts';
import type { Subscription, SubscriptionStore } from '../../store/subscriptions.ts';
import { describeDays, formatNextPost, formatTimeOfDay, nextSlot, parseSubscribeArgs, parseTimeOfDay } from '../../schedule/slots.ts';
import type { ChatContext, ScheduleCommands } from '../context.ts';
import type { ChannelRef, ChatEvent, Reply } from '../types.ts';

/** More than this is a mistake or abuse, and each one is a post a day. */
export const MAX_SUBSCRIPTIONS_PER_CHANNEL = 10;

export interface ScheduleCommandDeps {
  subscriptions: SubscriptionStore;
  /** What the channel's next brief would say: the scheduler's previewFor. */
  preview: (channel: ChannelRef) => Promise<Reply>;
  /** Defaults to the chat context's clock. */
  now?: () => Date;
  /** The open database's file: a subscription is not confirmed into a file that was deleted or replaced. */
  databaseFile?: DatabaseFile;
}

type CommandEvent = Extract<ChatEvent, { kind: 'command' }>;

const LOST_DATABASE = 'the bot cannot save subscriptions right now (its database file went missing), so the change would be lost. Nothing was changed; tell whoever runs this bot, and try again once it is restarted.';

const NEEDS_MANAGE_CHANNEL = 'Only members who can manage this channel (Manage Channels) can change its scheduled briefs. Ask a moderator to run this command.';

export function createScheduleCommands(deps: ScheduleCommandDeps): ScheduleCommands {
  const store = deps.subscriptions;
  return {
    async run(subcommand, args, event, context) {
      const channel: ChannelRef = { platform: event.platform, channelId: event.channelId };
      const now = (deps.now ?? context.now)();
      // A change written into a deleted or replaced file would be undone at the next start: refuse it.
      const lostDatabase = (refused: string): Reply | undefined => {
        const file = deps.databaseFile?.checkDatabaseFile();
        if (file?.kind !== 'missing' && file?.kind !== 'replaced') return undefined;
        context.log.error(file.problem, { platform: event.platform, channelId: event.channelId });
        return refuse(`${refused}: ${LOST_DATABASE}`);
      };
      try {
        switch (subcommand) {
          case 'subscribe':
            return lostDatabase('Not subscribed') ?? (await subscribe(store, channel, args, event, context, now));
          case 'schedule':
            return await retryWhileBusy(() => listSchedule(store, channel, now));
          case 'unsubscribe':
            return lostDatabase('Not unsubscribed') ?? (await retryWhileBusy(() => unsubscribe(store, channel, args, event)));
          case 'preview':
            return await deps.preview(channel);
          default: {
            const unknown: never = subcommand;
            throw new Error(`unhandled schedule subcommand ${String(unknown)}`);
          }
        }
      } catch (err) {
        if (!(err instanceof DatabaseBusyError)) throw err;
        context.log.warn('schedule command gave up: the database stayed locked by another process', { platform: event.platform, channelId: event.channelId, subcommand });
        return refuse(err.message);
      }
    },
  };
}

async function subscribe(store: SubscriptionStore, channel: ChannelRef, args: string, event: CommandEvent, context: ChatContext, now: Date): Promise<Reply> {
  if (event.canManageChannel === false) return refuse(NEEDS_MANAGE_CHANNEL);
  const parsed = parseSubscribeArgs(args);
  if (!parsed.ok) return refuse(parsed.problem);
  const rule = parsed.value;
  const existing = await retryWhileBusy(() => store.listForChannel(channel));
  const isRepeat = existing.some((s) => s.hour === rule.hour && s.minute === rule.minute && s.zone === rule.zone && s.days.join(',') === rule.days.join(','));
  if (!isRepeat && existing.length >= MAX_SUBSCRIPTIONS_PER_CHANNEL) {
    return refuse(`This channel already has ${existing.length} scheduled briefs, the most it may have. Remove one first, e.g. /brief unsubscribe ${formatTimeOfDay(existing[0]!)}.`);
  }
  const problem = await context.checkChannel?.(event.channelId);
  if (problem) return refuse(`Not subscribed: ${problem}`);
  const { subscription, isNew } = await retryWhileBusy(() => store.add({ channel, ...rule }, now));
  const next = `Next brief: ${formatNextPost(nextSlot(subscription, now), subscription.zone)}.`;
  return {
    kind: 'notice',
    tone: 'success',
    text: isNew
      ? `Subscribed: this channel gets the morning brief at ${describe(subscription)}. ${next}`
      : `This channel already gets the morning brief at ${describe(subscription)}, so nothing changed. ${next}`,
  };
}

async function listSchedule(store: SubscriptionStore, channel: ChannelRef, now: Date): Promise<Reply> {
  const subscriptions = await store.listForChannel(channel);
  if (subscriptions.length === 0) {
    return { kind: 'notice', tone: 'info', isPrivate: true, text: 'This channel has no scheduled briefs. Add one with /brief subscribe 07:30 Europe/Kyiv (add weekdays, weekends or mon,wed,fri for fewer days).' };
  }
  const lines = subscriptions.map((s) => `• ${describe(s)}. Next: ${formatNextPost(nextSlot(s, now), s.zone)}`);
  return {
    kind: 'notice',
    tone: 'info',
    isPrivate: true,
    text: [`This channel's scheduled briefs:`, ...lines, 'Stop one with /brief unsubscribe 07:30, or all with /brief unsubscribe.'].join('\n'),
  };
}

async function unsubscribe(store: SubscriptionStore, channel: ChannelRef, args: string, event: CommandEvent): Promise<Reply> {
  if (event.canManageChannel === false) return refuse(NEEDS_MANAGE_CHANNEL);
  const timeText = args.trim();
  let at: { hour: number; minute: number } | undefined;
  if (timeText !== '') {
    const time = parseTimeOfDay(timeText);
    if (!time.ok) return refuse(`${time.problem} Or leave it out to stop all of this channel's briefs.`);
    at = time.value;
  }
  const removed = await store.remove(channel, at);
  if (removed.length === 0) {
    return at
      ? refuse(`This channel has no brief at ${formatTimeOfDay(at)}. /brief schedule lists the ones it has.`)
      : { kind: 'notice', tone: 'info', isPrivate: true, text: 'This channel has no scheduled briefs, so there was nothing to stop.' };
  }
  return { kind: 'notice', tone: 'success', text: `Unsubscribed: this channel no longer gets the brief at ${joinWithAnd(removed.map(describe))}.` };
}

/** `07:30 Europe/Kyiv, weekdays` */
function describe(subscription: Subscription): string {
  return `${formatTimeOfDay(subscription)} ${subscription.zone}, ${describeDays(subscription.days)}`;
}

function joinWithAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join('; ')} and ${items.at(-1)}`;
}

function refuse(text: string): Reply {
  return { kind: 'notice', tone: 'error', isPrivate: true, text };
}

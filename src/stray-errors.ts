// The process-level policy for errors nothing caught: a bug somewhere (an SDK rejecting inside its own
// handler, a listener that forgot to await) is logged with its stack and the bot keeps serving, rather
// than one bad request ending the process for every channel.
import type { Logger } from './log.ts';

export function keepServingOnStrayErrors(log: Logger, source: Pick<NodeJS.Process, 'on'> = process): void {
  source.on('unhandledRejection', (reason: unknown) => {
    log.error('bug: a promise was rejected and nothing handled it; the bot keeps serving', { err: reason });
  });
  source.on('uncaughtException', (err: Error) => {
    log.error('bug: an exception reached the top of the process; the bot keeps serving', { err });
  });
}

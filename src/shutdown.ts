// How the bot stops: every SIGTERM, SIGINT and SIGHUP is handled (a second one while stopping is logged,
// never a kill that loses acked answers), and the whole stop has a deadline, because a process manager
// sends SIGKILL 10-30 s after SIGTERM.
import type { Logger } from './log.ts';

export const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const satisfies readonly NodeJS.Signals[];

export interface ShutdownStep {
  /** What the step finishes, for the log when the deadline cuts it short ("Slack answers in flight"). */
  name: string;
  run: () => Promise<void> | void;
}

export interface ShutdownOptions {
  /** From the first signal to exit, whatever is still running. */
  deadlineMs: number;
  /** Run in order: stop taking work, finish or hand back what is in flight, close the store. */
  steps: ShutdownStep[];
  log: Logger;
  /** process.exit in the bot; a recorder in tests. */
  exit: (code: number) => void;
  /** Where signals come from (process in the bot). */
  signals?: Pick<NodeJS.Process, 'on'>;
}

export interface Shutdown {
  /** Start stopping (idempotent); resolves when exit() has been called. */
  stop(reason: string): Promise<void>;
}

/** Listen for the stop signals, each time they come, and stop within the deadline. */
export function handleShutdown(options: ShutdownOptions): Shutdown {
  const { deadlineMs, steps, log, exit } = options;
  let stopping: Promise<void> | undefined;
  let current = '';

  const stop = (reason: string): Promise<void> => {
    if (stopping) {
      log.warn('already shutting down: finishing the answers already acknowledged, then exiting', { signal: reason, deadlineSeconds: deadlineMs / 1000 });
      return stopping;
    }
    log.info('shutting down', { signal: reason, deadlineSeconds: deadlineMs / 1000 });
    stopping = new Promise<void>((resolve) => {
      let finished = false;
      const finish = (code: number): void => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        exit(code);
        resolve();
      };
      const timer = setTimeout(() => {
        log.error('shutdown deadline passed: exiting with work unfinished', { unfinished: current, deadlineSeconds: deadlineMs / 1000 });
        finish(1);
      }, deadlineMs);
      void (async () => {
        let code = 0;
        for (const step of steps) {
          current = step.name;
          try {
            await step.run();
          } catch (err) {
            code = 1;
            log.error('shutdown step failed; going on with the next', { step: step.name, err });
          }
        }
        finish(code);
      })();
    });
    return stopping;
  };

  const source = options.signals ?? process;
  for (const signal of STOP_SIGNALS) source.on(signal, () => void stop(signal));
  return { stop };
}

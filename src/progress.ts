// Progress of a long build on stderr: a counter rewritten in place on a terminal, a log line every few
// seconds otherwise (a service log must not fill with carriage returns).
import type { SyncProgress } from './core/library.ts';

const LOG_EVERY_MS = 5_000;
/** A few hundred files take under a second: no progress to show. */
const QUIET_BELOW_FILES = 500;

export interface ProgressOutput {
  isTTY?: boolean;
  write(text: string): unknown;
}

export function reportIndexProgress(output: ProgressOutput, now: () => number = Date.now): { update(progress: SyncProgress): void; done(): void } {
  let lastLine = 0;
  let shown = false;
  const text = ({ done, total }: SyncProgress): string => `indexing stories: ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} files`;
  return {
    update(progress) {
      if (progress.total < QUIET_BELOW_FILES) return;
      if (output.isTTY) {
        output.write(`\r${text(progress)}`);
        shown = true;
      } else if (now() - lastLine >= LOG_EVERY_MS || progress.done === progress.total) {
        lastLine = now();
        output.write(`${text(progress)}\n`);
      }
    },
    done() {
      if (shown) output.write('\n');
      shown = false;
    },
  };
}

import { describe, expect, it } from 'vitest';
import { reportIndexProgress } from '../src/progress.ts';

function output(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, written, write: (text: string) => written.push(text) };
}

describe('reportIndexProgress', () => {
  it('rewrites one counter line on a terminal and ends it with a newline', () => {
    const tty = output(true);
    const progress = reportIndexProgress(tty);
    progress.update({ done: 200, total: 10_000 });
    progress.update({ done: 400, total: 10_000 });
    progress.done();
    expect(tty.written).toEqual(['\rindexing stories: 200 of 10,000 files', '\rindexing stories: 400 of 10,000 files', '\n']);
  });

  it('writes a log line every five seconds, and the last one, when stderr is not a terminal', () => {
    const log = output(false);
    let now = 10_000;
    const progress = reportIndexProgress(log, () => now);
    for (const done of [200, 400, 600]) {
      progress.update({ done, total: 1_000 });
      now += 3_000;
    }
    progress.update({ done: 1_000, total: 1_000 });
    expect(log.written).toEqual(['indexing stories: 200 of 1,000 files\n', 'indexing stories: 600 of 1,000 files\n', 'indexing stories: 1,000 of 1,000 files\n']);
  });

  it('stays quiet for a few hundred files', () => {
    const log = output(false);
    reportIndexProgress(log).update({ done: 120, total: 120 });
    expect(log.written).toEqual([]);
  });
});

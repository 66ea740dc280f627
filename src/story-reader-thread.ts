// The story reader on a worker thread, for large builds of the story index. The bot runs its TypeScript
// through tsx, and a worker thread does not inherit tsx's loader, so the worker registers it first.
import { Worker } from 'node:worker_threads';
import type { StoryReader } from './core/library.ts';
import type { SourceRead } from './core/story-reading.ts';

/** The reader's heap: a batch of story files with their sentences and terms fits many times over. */
const READER_HEAP_MB = 256;
const ENTRY = new URL('./core/story-reader-worker.ts', import.meta.url).href;

export function openStoryReaderThread(): StoryReader | undefined {
  let worker: Worker;
  try {
    const tsx = import.meta.resolve('tsx/esm/api');
    worker = new Worker(`import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY)}); });`, {
      eval: true,
      // Left alone, V8 lets a busy thread's heap grow far past what it holds live (hundreds of MB over a
      // 100,000-file build); a limit makes it collect sooner. A batch (library.ts) is bounded in bytes too.
      resourceLimits: { maxOldGenerationSizeMb: READER_HEAP_MB },
    });
  } catch {
    return undefined;
  }
  // A worker that fails (it could not load) reads nothing more; the files are then read on the main thread.
  let failed = false;
  worker.on('error', () => (failed = true));
  worker.unref();
  return {
    read(files, cutoff, claims) {
      if (failed) return Promise.resolve(undefined);
      return new Promise<SourceRead[] | undefined>((resolve) => {
        const settle = (reads: SourceRead[] | undefined): void => {
          worker.off('message', settle);
          worker.off('error', fail);
          resolve(reads);
        };
        const fail = (): void => settle(undefined);
        worker.on('message', settle);
        worker.on('error', fail);
        worker.postMessage({ files, cutoff, claims });
      });
    },
    close: async () => void (await worker.terminate()),
  };
}

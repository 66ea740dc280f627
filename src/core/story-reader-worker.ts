// A worker thread that reads story sources (story-reading.ts) while the main thread writes the index.
import { parentPort } from 'node:worker_threads';
import { readStorySource, type PendingFile } from './story-reading.ts';

/** Marks a file this thread claimed in the batch's shared claims; the main thread takes files from the back (library.ts). */
const CLAIMED_HERE = 1;

parentPort?.on('message', ({ files, cutoff, claims }: { files: PendingFile[]; cutoff: string | undefined; claims: Int32Array }) => {
  const reads = [];
  for (let i = 0; i < files.length && Atomics.compareExchange(claims, i, 0, CLAIMED_HERE) === 0; i++) reads.push(readStorySource(files[i]!, cutoff));
  parentPort!.postMessage(reads);
});

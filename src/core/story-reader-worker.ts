// A worker thread that reads story sources (story-reading.ts) while the main thread writes the index.
import { parentPort } from 'node:worker_threads';
import { readStorySource, type PendingFile } from './story-reading.ts';

parentPort?.on('message', ({ files, cutoff }: { files: PendingFile[]; cutoff: string | undefined }) => {
  parentPort!.postMessage(files.map((file) => readStorySource(file, cutoff)));
});

import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStorySource } from '../src/core/story-reading.ts';
import { openStoryReaderThread } from '../src/story-reader-thread.ts';
import { SEED, SEEDS_DIR } from './support/seeds.ts';

describe('openStoryReaderThread', () => {
  it('reads story files on a worker thread exactly as the main thread does', async () => {
    const files = [SEED.bloomberg, SEED.twoStories].map((key) => {
      const path = join(SEEDS_DIR, key);
      const { size, mtimeMs } = statSync(path);
      return { path, key, size, mtimeMs, known: undefined };
    });
    const reader = openStoryReaderThread();
    try {
      expect(await reader?.read(files, undefined, new Int32Array(new SharedArrayBuffer(8)))).toEqual(files.map((file) => readStorySource(file, undefined)));
    } finally {
      await reader?.close();
    }
  });

  it('reads from the front and stops at the first file the main thread claimed, marking the ones it took', async () => {
    const files = [SEED.bloomberg, SEED.plain, SEED.twoStories].map((key) => {
      const path = join(SEEDS_DIR, key);
      const { size, mtimeMs } = statSync(path);
      return { path, key, size, mtimeMs, known: undefined };
    });
    const claims = new Int32Array(new SharedArrayBuffer(12));
    claims[1] = 2; // claimed by the main thread, reading from the back
    const reader = openStoryReaderThread();
    try {
      expect(await reader?.read(files, undefined, claims)).toEqual([readStorySource(files[0]!, undefined)]);
      expect([...claims]).toEqual([1, 2, 0]);
    } finally {
      await reader?.close();
    }
  });
});

import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syncStoryFolder, type StoryReader } from '../../src/core/library.ts';
import { MAX_STORY_FILE_BYTES, readStorySource } from '../../src/core/story-reading.ts';
import type { Story } from '../../src/core/types.ts';
import { openDatabase } from '../../src/store/db.ts';
import { openStoryIndex } from '../../src/store/story-index.ts';
import { allStories } from '../support/library.ts';
import { loadSeedLibrary, SEED, writeStoryFolder, type TempStoryFolder } from '../support/seeds.ts';

/** The folder read into a fresh index the way the bot reads it. */
async function loadLibrary(dir: string): Promise<{ stories: Story[]; warnings: string[] }> {
  const index = openStoryIndex(openDatabase(':memory:'));
  const { warnings } = await syncStoryFolder(dir, index, { now: new Date() });
  return { stories: allStories(index.library), warnings };
}

const GOOD_STORY = 'Flood waters rose in Kestrel Bay on Monday\n\nFlood waters rose in the harbour town of Kestrel Bay on Monday night.\n\nRescuers moved 45 families to the sports hall, the mayor said.\n';

describe('syncStoryFolder into an empty index', () => {
  let folder: TempStoryFolder | undefined;
  afterEach(() => folder?.remove());

  it('loads the six seed stories from five files without a warning', () => {
    const library = loadSeedLibrary();
    expect(library.warnings).toEqual([]);
    expect(allStories(library).map((s) => s.id)).toEqual([
      `${SEED.bloomberg}#1`,
      `${SEED.plain}#1`,
      `${SEED.bloombergCut}#1`,
      `${SEED.wire}#1`,
      `${SEED.twoStories}#1`,
      `${SEED.twoStories}#2`,
    ]);
  });

  it.each([
    ['an empty file', 'empty.txt', '', /^empty\.txt: skipped, the file is empty$/],
    ['a binary file holding NUL bytes', 'binary.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41, 0x42]), /^binary\.txt: skipped, it is a binary file/],
    ['a file that is not UTF-8', 'latin1.txt', new Uint8Array([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9, 0x20, 0xff, 0x0a]), /^latin1\.txt: skipped, it is not UTF-8 text/],
    ['a file over 2 MB', 'huge.txt', GOOD_STORY + ' '.repeat(MAX_STORY_FILE_BYTES), /^huge\.txt: skipped, 2\.0 MB is larger than the 2 MB/],
    ['a file of page furniture only', 'furniture.txt', 'Short Url\nFollow\nUpdated 2 sec ago\n', /^furniture\.txt: skipped, no sentences of news text/],
  ])('skips %s with a warning naming it, and still loads the good story', async (_case, name, content, warning) => {
    folder = writeStoryFolder({ 'a-good.txt': GOOD_STORY, [name]: content });
    const library = await loadLibrary(folder.dir);
    expect(library.warnings).toHaveLength(1);
    expect(library.warnings[0]).toMatch(warning);
    expect(library.stories.map((s) => s.id)).toEqual(['a-good.txt#1']);
  });

  it('skips a symbolically linked story with a warning naming it, and still loads the good story', async () => {
    folder = writeStoryFolder({ 'a-good.txt': GOOD_STORY });
    const elsewhere = writeStoryFolder({ 'linked.txt': GOOD_STORY });
    symlinkSync(join(elsewhere.dir, 'linked.txt'), join(folder.dir, 'linked.txt'));
    const library = await loadLibrary(folder.dir);
    elsewhere.remove();
    expect(library.warnings).toEqual(['linked.txt: skipped, it is a symbolic link (copy the story file into the folder instead)']);
    expect(library.stories.map((s) => s.id)).toEqual(['a-good.txt#1']);
  });

  it('loads a file of exactly 2 MB', async () => {
    folder = writeStoryFolder({ 'big.txt': GOOD_STORY + ' '.repeat(MAX_STORY_FILE_BYTES - GOOD_STORY.length) });
    const library = await loadLibrary(folder.dir);
    expect(library.warnings).toEqual([]);
    expect(library.stories.map((s) => s.id)).toEqual(['big.txt#1']);
  });

  it('collects one warning per broken file and loads the rest', async () => {
    folder = writeStoryFolder({ 'a.txt': '', 'b.txt': GOOD_STORY, 'c.txt': new Uint8Array([0, 1, 2]), 'd.txt': GOOD_STORY.replace('Kestrel Bay', 'Marlow') });
    const library = await loadLibrary(folder.dir);
    expect(library.warnings.map((w) => w.split(':')[0])).toEqual(['a.txt', 'c.txt']);
    expect(library.stories.map((s) => s.file)).toEqual(['b.txt', 'd.txt']);
  });

  it('loads nothing from a missing folder and says which folder and how to fix it, without throwing', async () => {
    folder = writeStoryFolder({});
    const missing = join(folder.dir, 'no-such-folder');
    const library = await loadLibrary(missing);
    expect(library.stories).toEqual([]);
    expect(library.warnings).toEqual([`${missing}: no stories loaded, it does not exist (point --seeds or BRIEFING_SEEDS at a folder of .txt stories)`]);
  });

  it('says a path that is a file is not a folder', async () => {
    folder = writeStoryFolder({ 'story.txt': GOOD_STORY });
    const path = join(folder.dir, 'story.txt');
    expect((await loadLibrary(path)).warnings).toEqual([`${path}: no stories loaded, it is not a folder (point --seeds or BRIEFING_SEEDS at a folder of .txt stories)`]);
  });

  it('warns when a folder holds no .txt files, and ignores files of other kinds', async () => {
    folder = writeStoryFolder({ 'README.md': GOOD_STORY, 'notes.json': '{}' });
    const library = await loadLibrary(folder.dir);
    expect(library.stories).toEqual([]);
    expect(library.warnings).toEqual([`${folder.dir}: no .txt story files found`]);
  });

  it('reads .TXT files whatever the case of the extension, in name order', async () => {
    folder = writeStoryFolder({ 'b.TXT': GOOD_STORY, 'a.txt': GOOD_STORY.replace(/Kestrel Bay/g, 'Marlow') });
    expect((await loadLibrary(folder.dir)).stories.map((s) => s.file)).toEqual(['a.txt', 'b.TXT']);
  });

  it('finds a story by id and names its duplicate group', () => {
    const library = loadSeedLibrary();
    expect(library.storyById(`${SEED.twoStories}#2`)?.title).toBe('US, Russian officials to meet in Florida for more Ukraine talks');
    expect(library.storyById('nope.txt#1')).toBeUndefined();
    expect(library.groupOf(`${SEED.bloombergCut}#1`)).toBe(`${SEED.bloomberg}#1`);
  });
});

describe('syncStoryFolder with a reader thread', () => {
  let folder: TempStoryFolder | undefined;
  afterEach(() => folder?.remove());

  /** A reader that takes the first `take` unclaimed files of each batch, as the thread does, and answers later. */
  function readerTaking(take: number, fails = false): StoryReader & { taken: number } {
    const reader = {
      taken: 0,
      read(files: Parameters<StoryReader['read']>[0], cutoff: string | undefined, claims: Int32Array) {
        const mine: ReturnType<typeof readStorySource>[] = [];
        for (let i = 0; i < Math.min(take, files.length) && Atomics.compareExchange(claims, i, 0, 1) === 0; i++) mine.push(readStorySource(files[i]!, cutoff));
        reader.taken += mine.length;
        return new Promise<ReturnType<typeof readStorySource>[] | undefined>((resolve) => setTimeout(() => resolve(fails ? undefined : mine), 5));
      },
      close: async () => {},
    };
    return reader;
  }
  const manyFiles = (): Record<string, string> =>
    Object.fromEntries(Array.from({ length: 1_200 }, (_, i) => [`s${String(i).padStart(4, '0')}.txt`, `Harbour report ${i}\n\nThe harbour of town ${i} counted ${i + 3} boats on Monday.\n`]));

  it('stores every file exactly once when a reader thread reads part of each batch and this thread the rest', async () => {
    folder = writeStoryFolder(manyFiles());
    const reader = readerTaking(250);
    const index = openStoryIndex(openDatabase(':memory:'));
    const report = await syncStoryFolder(folder.dir, index, { now: new Date(), openReader: () => reader });
    expect(report.added).toBe(1_200);
    expect(reader.taken).toBeGreaterThan(0);
    expect(reader.taken).toBeLessThan(1_200);
    expect(index.library.storyPage(0, 1_200).map((s) => s.file)).toEqual(Object.keys(manyFiles()));
  });

  it('reads here the files a failed reader thread had claimed', async () => {
    folder = writeStoryFolder(manyFiles());
    const index = openStoryIndex(openDatabase(':memory:'));
    const report = await syncStoryFolder(folder.dir, index, { now: new Date(), openReader: () => readerTaking(250, true) });
    expect(report.added).toBe(1_200);
    expect(index.library.size().stories).toBe(1_200);
  });
});

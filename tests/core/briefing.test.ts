import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listSources, type Briefing } from '../../src/core/briefing.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';
import { openDatabase } from '../../src/store/db.ts';
import { createIndexedBriefing } from '../../src/store/indexed-briefing.ts';
import { briefingOver, loadSeedLibrary, NOW, SEED, writeStoryFolder, type TempStoryFolder } from '../support/seeds.ts';

function indexedBriefing(dir: string): Briefing {
  return createIndexedBriefing({ db: openDatabase(':memory:'), seedsDir: dir, engine: createOfflineEngine(), now: () => NOW, retentionDays: 0 }).briefing;
}

const STORY = 'Heavy rain flooded the harbour town of Kestrel Bay on Monday night.\n\nRescuers moved 45 families to the sports hall, the mayor said.\n';

describe('createBriefing', () => {
  let folder: TempStoryFolder | undefined;
  afterEach(() => folder?.remove());

  it('answers from stories added to the folder after a reload, and returns the new load’s warnings', async () => {
    folder = writeStoryFolder({ 'a.txt': STORY });
    const briefing = indexedBriefing(folder.dir);
    await briefing.reload();
    expect((await briefing.ask('How many families were moved to the sports hall?')).text).toMatch(/^45\b/);
    expect((await briefing.ask('How many ferries sank near Marlow?')).kind).toBe('abstained');

    writeFileSync(join(folder.dir, 'b.txt'), 'Two ferries sank near the port of Marlow on Tuesday.\n\nAll 30 passengers were rescued by fishermen.\n');
    writeFileSync(join(folder.dir, 'c.txt'), '');
    expect(await briefing.reload()).toEqual(['c.txt: skipped, the file is empty']);
    expect((await briefing.ask('How many ferries sank near Marlow?')).text).toMatch(/^Two\b/);
  });

  it('reports the first build’s progress while it runs, and nothing once it is done', async () => {
    folder = writeStoryFolder({ 'a.txt': STORY });
    const briefing = indexedBriefing(folder.dir);
    const seen: unknown[] = [];
    const reload = briefing.reload();
    seen.push(briefing.indexing());
    await reload;
    seen.push(briefing.indexing());
    expect(seen).toEqual([{ done: 0, total: 0 }, undefined]);
  });

  it('says nothing about indexing when the index was built before', async () => {
    folder = writeStoryFolder({ 'a.txt': STORY });
    const db = openDatabase(':memory:');
    await createIndexedBriefing({ db, seedsDir: folder.dir, engine: createOfflineEngine(), now: () => NOW, retentionDays: 0 }).briefing.reload();
    const { briefing } = createIndexedBriefing({ db, seedsDir: folder.dir, engine: createOfflineEngine(), now: () => NOW, retentionDays: 0 });
    const reload = briefing.reload();
    expect(briefing.indexing()).toBeUndefined();
    await reload;
  });

  it('passes the word budget to the engine for a plain summary', async () => {
    const digest = await briefingOver(loadSeedLibrary).digest({ maxWords: 30 });
    expect(digest.text.split(/\s+/).length).toBeLessThanOrEqual(30);
    expect(digest.stories).toEqual([]);
  });
});

describe('listSources', () => {
  it('lists every story with its duplicate group and the stories it duplicates', () => {
    const sources = listSources(loadSeedLibrary());
    expect(sources.map((s) => [s.storyId, s.duplicateGroup, s.duplicateOf])).toEqual([
      [`${SEED.bloomberg}#1`, `${SEED.bloomberg}#1`, [`${SEED.bloombergCut}#1`]],
      [`${SEED.plain}#1`, `${SEED.plain}#1`, []],
      [`${SEED.bloombergCut}#1`, `${SEED.bloomberg}#1`, [`${SEED.bloomberg}#1`]],
      [`${SEED.wire}#1`, `${SEED.wire}#1`, [`${SEED.twoStories}#1`]],
      [`${SEED.twoStories}#1`, `${SEED.wire}#1`, [`${SEED.wire}#1`]],
      [`${SEED.twoStories}#2`, `${SEED.twoStories}#2`, []],
    ]);
  });

  it('gives each story’s file, title, outlet, date and sentence count', () => {
    const [first] = listSources(loadSeedLibrary());
    expect(first).toMatchObject({ file: SEED.bloomberg, outlet: 'Bloomberg News', date: '2025-05-23', sentences: 14 });
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBriefing, listSources } from '../../src/core/briefing.ts';
import { loadLibrary, storyFolderVersion } from '../../src/core/library.ts';
import { createOfflineEngine } from '../../src/engines/offline.ts';
import { briefingOver, loadSeedLibrary, SEED, writeStoryFolder, type TempStoryFolder } from '../support/seeds.ts';

const STORY = 'Heavy rain flooded the harbour town of Kestrel Bay on Monday night.\n\nRescuers moved 45 families to the sports hall, the mayor said.\n';

describe('createBriefing', () => {
  let folder: TempStoryFolder | undefined;
  afterEach(() => folder?.remove());

  it('answers from stories added to the folder after a reload, and returns the new load’s warnings', async () => {
    folder = writeStoryFolder({ 'a.txt': STORY });
    const briefing = briefingOver(() => loadLibrary(folder!.dir));
    expect((await briefing.ask('How many families were moved to the sports hall?')).text).toMatch(/^45\b/);
    expect((await briefing.ask('How many ferries sank near Marlow?')).kind).toBe('abstained');

    writeFileSync(join(folder.dir, 'b.txt'), 'Two ferries sank near the port of Marlow on Tuesday.\n\nAll 30 passengers were rescued by fishermen.\n');
    writeFileSync(join(folder.dir, 'c.txt'), '');
    expect(briefing.reload()).toEqual(['c.txt: skipped, the file is empty']);
    expect((await briefing.ask('How many ferries sank near Marlow?')).text).toMatch(/^Two\b/);
  });

  it('re-reads the folder on reload only when a story file was added or changed', () => {
    folder = writeStoryFolder({ 'a.txt': STORY });
    const dir = folder.dir;
    let loads = 0;
    const briefing = createBriefing({
      load: () => {
        loads++;
        return loadLibrary(dir);
      },
      version: () => storyFolderVersion(dir),
      engine: createOfflineEngine(),
      now: () => new Date('2025-05-24T07:00:00Z'),
    });
    briefing.reload();
    briefing.reload();
    expect(loads).toBe(1);

    writeFileSync(join(dir, 'b.txt'), 'Two ferries sank near the port of Marlow on Tuesday.\n');
    briefing.reload();
    expect(loads).toBe(2);
    expect(briefing.library().stories.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
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

import { describe, expect, it } from 'vitest';
import { putStoryItem } from '../../src/core/library.ts';
import { parseStoryFile } from '../../src/core/stories.ts';
import { DIGEST_WINDOW_DAYS, DIGEST_WINDOW_STORIES } from '../../src/core/story-index.ts';
import { prepareStory } from '../../src/core/story-reading.ts';
import { openDatabase } from '../../src/store/db.ts';
import { openStoryIndex } from '../../src/store/story-index.ts';
import { readSeed, SEED } from '../support/seeds.ts';

const NOW = { now: new Date('2025-06-01T08:00:00Z') };
const ITEM = { key: 'feed:wire#1', text: 'Two ferries sank near the port of Marlow on Tuesday.\n\nAll 30 passengers were rescued by fishermen.', title: 'Ferries sink near Marlow', outlet: 'Harbour Wire', date: '2025-05-31', url: 'https://example.org/ferries' };
const openIndex = () => openStoryIndex(openDatabase(':memory:'));

describe('putStoryItem', () => {
  it('stores an item’s story with the title, outlet, date and link its source gives', () => {
    const index = openIndex();
    expect(putStoryItem(index, ITEM, NOW)).toEqual({ kind: 'stored', stories: 1 });
    expect(index.library.storyById('feed:wire#1#1')).toMatchObject({ title: 'Ferries sink near Marlow', outlet: 'Harbour Wire', date: '2025-05-31', url: 'https://example.org/ferries' });
  });

  it('replaces an item’s old text when the same key comes again with new text', () => {
    const index = openIndex();
    putStoryItem(index, ITEM, NOW);
    putStoryItem(index, { ...ITEM, text: ITEM.text.replace('Two ferries sank', 'Three barges ran aground') }, NOW);
    expect(index.library.search('barges aground Marlow', 1)[0]?.sentence.text).toBe('Three barges ran aground near the port of Marlow on Tuesday.');
    expect(index.library.index.documentFrequency('ferri')).toBe(0);
    expect(index.library.size().stories).toBe(1);
  });

  it('leaves an item alone when it comes again unchanged', () => {
    const index = openIndex();
    putStoryItem(index, ITEM, NOW);
    expect(putStoryItem(index, ITEM, NOW)).toEqual({ kind: 'unchanged' });
  });

  it('skips an item with no news text, with a warning naming its key', () => {
    expect(putStoryItem(openIndex(), { key: 'feed:wire#2', text: 'Share\nFollow' }, NOW)).toEqual({ kind: 'skipped', warning: 'feed:wire#2: skipped, no sentences of news text were found in it' });
  });

  it('stores a sentence holding a lone surrogate or a NUL as a bound string stores it', () => {
    const index = openIndex();
    const [story] = parseStoryFile('odd.txt', 'Ferries sink near Marlow\n\nTwo ferries sank near Marlow on Tuesday at dawn.\n\nAll 30 passengers were rescued.');
    const odd = { ...story!, sentences: story!.sentences.map((s, i) => (i === 0 ? { ...s, text: s.text.replace('Tuesday', 'Tuesday \uD800 \0') } : s)) };
    index.batch(() => index.put({ key: 'odd.txt', kind: 'file', fingerprint: { size: 1, mtimeMs: 1, hash: 'odd' }, stories: [prepareStory(odd, '2025-05-31')] }));
    const bound = openDatabase(':memory:').prepare<[string], { text: string }>('SELECT ? AS text').get(odd.sentences[0]!.text)!.text;
    expect(index.library.search('ferries Marlow', 1)[0]?.sentence.text).toBe(bound);
    expect(index.library.search('passengers rescued', 1)[0]?.sentence.text).toBe('All 30 passengers were rescued.');
  });

  it('removes an item by its key', () => {
    const index = openIndex();
    putStoryItem(index, ITEM, NOW);
    expect(index.batch(() => index.remove(ITEM.key))).toBe(true);
    expect(index.library.search('ferries Marlow', 5)).toEqual([]);
  });
});

describe('duplicate groups in the index', () => {
  const put = (index: ReturnType<typeof openIndex>, file: string) =>
    index.batch(() => index.put({ key: file, kind: 'file', fingerprint: { size: 1, mtimeMs: 1, hash: file }, stories: parseStoryFile(file, readSeed(file)).map((s) => prepareStory(s, '2025-05-23')) }));

  it('puts a cut of a story into the group of the story it was cut from, named after the first in library order', () => {
    const index = openIndex();
    put(index, SEED.bloombergCut);
    put(index, SEED.bloomberg);
    expect(index.library.groupOf(`${SEED.bloombergCut}#1`)).toBe(`${SEED.bloomberg}#1`);
    expect(index.library.groupMembers(`${SEED.bloomberg}#1`)).toEqual([`${SEED.bloomberg}#1`, `${SEED.bloombergCut}#1`]);
  });

  it('gives the cut a group of its own again when the story it was cut from is removed', () => {
    const index = openIndex();
    put(index, SEED.bloomberg);
    put(index, SEED.bloombergCut);
    index.batch(() => index.remove(SEED.bloomberg));
    expect(index.library.groupOf(`${SEED.bloombergCut}#1`)).toBe(`${SEED.bloombergCut}#1`);
  });
});

describe('recentStories, the digest’s window', () => {
  const story = (n: number, date: string) => `date ${date}\n\nStory number ${n} reports that ${n + 10} lorries crossed the border at Tesh ${n}.\n`;

  it(`holds the stories of the ${DIGEST_WINDOW_DAYS} days up to the newest report date, in library order`, () => {
    const index = openIndex();
    const dates = { 'a.txt': '2025-05-16', 'b.txt': '2025-05-23', 'c.txt': '2025-05-17', 'd.txt': '2025-05-10' };
    Object.entries(dates).forEach(([key, date], i) => putStoryItem(index, { key, text: story(i, date) }, NOW));
    expect(index.library.recentStories().map((s) => s.file)).toEqual(['b.txt', 'c.txt']);
  });

  it(`holds at most ${DIGEST_WINDOW_STORIES} stories, the newest`, () => {
    const index = openIndex();
    index.batch(() => {
      for (let i = 0; i < DIGEST_WINDOW_STORIES + 5; i++) putStoryItem(index, { key: `s${String(i).padStart(3, '0')}`, text: story(i, '2025-05-23') }, NOW);
    });
    putStoryItem(index, { key: 'zz-newest', text: story(999, '2025-05-24') }, NOW);
    const recent = index.library.recentStories();
    expect(recent).toHaveLength(DIGEST_WINDOW_STORIES);
    expect(recent.at(-1)?.file).toBe('zz-newest');
  });
});

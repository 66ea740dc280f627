// Libraries for tests, on the production index (SQLite in memory): from parsed stories, or read from a
// folder at once (the bot's own sync is asynchronous and has tests of its own in tests/store/).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listStoryFiles } from '../../src/core/library.ts';
import { parseStoryBytes, prepareStory, reportedOn } from '../../src/core/story-reading.ts';
import type { Library, Story } from '../../src/core/types.ts';
import { openDatabase } from '../../src/store/db.ts';
import { openStoryIndex } from '../../src/store/story-index.ts';

/** Undated stories count as reported today, as a story file saved today does. */
const today = (): string => new Date().toISOString().slice(0, 10);

/** A library holding exactly these stories (grouped by file, in the order given). */
export function buildLibrary(stories: Story[]): Library {
  const index = openStoryIndex(openDatabase(':memory:'));
  const byFile = new Map<string, Story[]>();
  for (const story of stories) byFile.set(story.file, [...(byFile.get(story.file) ?? []), story]);
  index.batch(() => {
    for (const [file, own] of byFile) {
      index.put({ key: file, kind: 'file', fingerprint: { size: 0, mtimeMs: 0, hash: file }, stories: own.map((s) => prepareStory(s, reportedOn(s.date, today()))) });
    }
  });
  return index.library;
}

/** A library of every `.txt` file in the folder, with the warnings the bot gives for broken ones. */
/** A library of story files given as text, keyed by file name: the way the tests write a developing story inline. */
export function libraryOf(files: Record<string, string>): Library {
  return buildLibrary(Object.entries(files).flatMap(([name, text]) => parseStoryBytes(name, new TextEncoder().encode(text)).stories));
}

/** The held-out stories in `dir` whose text mentions `word` (all of them by default): one story cluster of a round. */
export function fixtureStoriesMentioning(dir: string, word = ''): Library {
  const texts = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);
  return libraryOf(Object.fromEntries(texts.filter(([, text]) => text.includes(word))));
}

export function loadLibrary(dir: string): Library {
  const index = openStoryIndex(openDatabase(':memory:'));
  index.batch(() => {
    for (const path of listStoryFiles(dir)) {
      const bytes = readFileSync(path);
      const loaded = parseStoryBytes(basename(path), bytes);
      const fileDate = new Date(statSync(path).mtimeMs).toISOString().slice(0, 10);
      const fingerprint = { size: bytes.length, mtimeMs: statSync(path).mtimeMs, hash: createHash('sha256').update(bytes).digest('hex') };
      index.put({ key: basename(path), kind: 'file', fingerprint, stories: loaded.stories.map((s) => prepareStory(s, reportedOn(s.date, fileDate))), warning: loaded.warning });
    }
  });
  return index.library;
}

/** Every story of a (small) library, in library order. */
export function allStories(library: Library): Story[] {
  return library.storyPage(0, Number.MAX_SAFE_INTEGER);
}

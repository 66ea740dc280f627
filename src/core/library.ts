// Load a folder of story files into a searchable Library. A broken file is skipped with a warning.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { groupDuplicates } from './duplicates.ts';
import { buildSentenceIndex } from './search.ts';
import { completeYears } from './report-date.ts';
import { parseStoryFile } from './stories.ts';
import { stemOf, tokenize } from './terms.ts';
import type { Library, Sentence, SentenceWords, Story } from './types.ts';

/** Larger files are not news stories (a dump, a log, a mistake) and would slow every start. */
export const MAX_STORY_FILE_BYTES = 2 * 1024 * 1024;

export interface LoadedFile {
  stories: Story[];
  warning?: string;
}

/** Read one story file; problems come back as a warning naming the file, never as a throw. */
export function readStoryFile(path: string): LoadedFile {
  const name = basename(path);
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > MAX_STORY_FILE_BYTES) {
      return { stories: [], warning: `${name}: skipped, ${(size / 1024 / 1024).toFixed(1)} MB is larger than the ${MAX_STORY_FILE_BYTES / 1024 / 1024} MB a story file may be` };
    }
    bytes = readFileSync(path);
  } catch (err) {
    return { stories: [], warning: `${name}: skipped, it could not be read (${(err as Error).message})` };
  }
  return parseStoryBytes(name, bytes);
}

export function parseStoryBytes(name: string, bytes: Uint8Array): LoadedFile {
  if (bytes.length === 0) return { stories: [], warning: `${name}: skipped, the file is empty` };
  if (bytes.includes(0)) return { stories: [], warning: `${name}: skipped, it is a binary file, not text` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { stories: [], warning: `${name}: skipped, it is not UTF-8 text (save it as UTF-8)` };
  }
  const stories = parseStoryFile(name, text);
  if (stories.length === 0) return { stories: [], warning: `${name}: skipped, no sentences of news text were found in it` };
  return { stories };
}

/** Every `.txt` file in the folder, in name order. */
export function listStoryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(dir, entry.name))
    .sort();
}

/** Names of `.txt` entries that are symbolic links (never read). */
function linkedStoryFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isSymbolicLink() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** Names, sizes and modification times of the story files: equal versions mean nothing to re-read. */
export function storyFolderVersion(dir: string): string {
  try {
    return listStoryFiles(dir)
      .map((file) => {
        const { size, mtimeMs } = statSync(file);
        return `${file}:${size}:${mtimeMs}`;
      })
      .join('\n');
  } catch {
    // A missing or unreadable folder: a version that never matches, so the next reload says why.
    return `unreadable:${Date.now()}`;
  }
}

/** The story files of `dir`, plus `extra` stories from elsewhere (the stored feed stories). */
export function loadLibrary(dir: string, extra: Story[] = []): Library {
  let files: string[];
  try {
    files = listStoryFiles(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'ENOTDIR' ? 'it is not a folder' : (err as Error).message;
    return buildLibrary(extra, [`${dir}: no stories loaded, ${why} (point --seeds or BRIEFING_SEEDS at a folder of .txt stories)`]);
  }
  const stories: Story[] = [];
  const warnings: string[] = [];
  for (const file of files) {
    const loaded = readStoryFile(file);
    stories.push(...loaded.stories);
    if (loaded.warning) warnings.push(loaded.warning);
  }
  // A link can point anywhere on the machine, so it is not followed; saying so saves a puzzled operator.
  for (const name of linkedStoryFiles(dir)) warnings.push(`${name}: skipped, it is a symbolic link (copy the story file into the folder instead)`);
  if (files.length === 0) warnings.push(`${dir}: no .txt story files found`);
  return buildLibrary([...stories, ...extra], warnings);
}

export function buildLibrary(read: Story[], warnings: string[] = []): Library {
  const stories = completeYears(read);
  const sentences: Sentence[] = stories.flatMap((s) => s.sentences);
  const index = buildSentenceIndex(sentences);
  const groups = groupDuplicates(stories);
  const byId = new Map(stories.map((s) => [s.id, s]));
  const groupOfStory = new Map<string, string>();
  for (const group of groups) for (const id of group.storyIds) groupOfStory.set(id, group.id);
  const words = new Map<string, SentenceWords>();
  return {
    stories,
    groups,
    warnings,
    index,
    wordsOf(sentence) {
      let known = words.get(sentence.id);
      if (!known) {
        const tokens = tokenize(sentence.text);
        known = { terms: new Set(tokens.map((t) => t.term)), stems: new Set(tokens.map((t) => stemOf(t.word))) };
        words.set(sentence.id, known);
      }
      return known;
    },
    search: (query, limit) => index.search(query, limit),
    storyById: (id) => byId.get(id),
    groupOf: (storyId) => groupOfStory.get(storyId) ?? storyId,
  };
}

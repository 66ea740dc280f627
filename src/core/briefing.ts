// The core's one door: ask a question, write a digest, list the sources, reload the stories.
import { parseQuestion } from './question.ts';
import type { Answer, Digest, DigestOptions, Engine, Library } from './types.ts';

export interface SourceInfo {
  file: string;
  storyId: string;
  title: string;
  outlet: string;
  date: string;
  sentences: number;
  /** Id of the duplicate group; stories sharing it are cuts of the same copy. */
  duplicateGroup: string;
  duplicateOf: string[];
  /** The story's link (feed stories), else null. */
  url: string | null;
}

export interface Briefing {
  ask(question: string): Promise<Answer>;
  digest(options?: Partial<DigestOptions>): Promise<Digest>;
  sources(): SourceInfo[];
  library(): Library;
  /** Re-read the stories (new or changed files); returns the warnings of the new load. */
  reload(): string[];
}

export interface BriefingDeps {
  load: () => Library;
  engine: Engine;
  now: () => Date;
  /**
   * Changes whenever the stories on disk change (see storyFolderVersion). With it, reload() re-reads only
   * what changed: the folder watcher and every scheduled run both reload, and 10,000 stories take seconds.
   */
  version?: () => string;
}

export function createBriefing({ load, engine, now, version }: BriefingDeps): Briefing {
  let loadedVersion = version?.();
  let library = load();
  return {
    async ask(raw) {
      const parsed = parseQuestion(raw);
      if (!parsed.ok) {
        return { kind: 'invalid', question: raw.slice(0, 200), text: parsed.problem, citations: [], engine: engine.name, independentSources: 0, hasConflict: false };
      }
      return engine.answer(parsed.value, library);
    },
    digest: (options) => engine.digest(library, { now: options?.now ?? now(), maxWords: options?.maxWords }),
    sources: () => listSources(library),
    library: () => library,
    reload() {
      const current = version?.();
      if (current === undefined || current !== loadedVersion) {
        loadedVersion = current;
        library = load();
      }
      return library.warnings;
    },
  };
}

export function listSources(library: Library): SourceInfo[] {
  return library.stories.map((story) => {
    const group = library.groupOf(story.id);
    const members = library.groups.find((g) => g.id === group)?.storyIds ?? [story.id];
    return {
      file: story.file,
      storyId: story.id,
      title: story.title,
      outlet: story.outlet,
      date: story.date,
      sentences: story.sentences.length,
      duplicateGroup: group,
      duplicateOf: members.filter((id) => id !== story.id),
      url: story.url ?? null,
    };
  });
}

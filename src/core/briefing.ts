// The core's one door: ask a question, write a digest, list the sources, bring the stories up to date.
import type { SyncProgress, SyncReport } from './library.ts';
import { parseQuestion } from './question.ts';
import type { Answer, Digest, DigestOptions, Engine, Library, Story } from './types.ts';

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

/** A page of the source list; the library may hold 100,000 stories. */
export interface SourcePage {
  offset: number;
  limit: number;
}

export interface Briefing {
  ask(question: string): Promise<Answer>;
  digest(options?: Partial<DigestOptions>): Promise<Digest>;
  sources(page?: SourcePage): SourceInfo[];
  library(): Library;
  /** Bring the stories up to date (new, changed and deleted files); resolves to the warnings. */
  reload(): Promise<string[]>;
  /** How far the first build of the index has got while it runs; undefined once the stories are ready. */
  indexing(): SyncProgress | undefined;
}

export interface BriefingDeps {
  library: Library;
  engine: Engine;
  now: () => Date;
  /** Brings the library up to date with its sources, reporting progress as it goes. */
  update?: (onProgress: (progress: SyncProgress) => void) => Promise<SyncReport>;
  /** False until a first build of the index has finished (then the bot says it is still indexing). */
  isBuilt?: () => boolean;
}

const DEFAULT_PAGE: SourcePage = { offset: 0, limit: 1_000 };

export function createBriefing({ library, engine, now, update, isBuilt }: BriefingDeps): Briefing {
  let progress: SyncProgress | undefined;
  // One update at a time: the folder watcher and the scheduler may both ask for one.
  let queue: Promise<string[]> = Promise.resolve([]);
  return {
    async ask(raw) {
      const parsed = parseQuestion(raw);
      if (!parsed.ok) {
        return { kind: 'invalid', question: raw.slice(0, 200), text: parsed.problem, citations: [], engine: engine.name, independentSources: 0, hasConflict: false };
      }
      return engine.answer(parsed.value, library);
    },
    digest: (options) => engine.digest(library, { now: options?.now ?? now(), maxWords: options?.maxWords }),
    sources: (page = DEFAULT_PAGE) => listSources(library, page),
    library: () => library,
    reload() {
      if (!update) return Promise.resolve(library.warnings);
      // Set at once, so a question that arrives before the first batch is told the index is being built.
      const first = isBuilt?.() === false;
      if (first) progress ??= { done: 0, total: 0 };
      const run = async (): Promise<string[]> => {
        try {
          const report = await update((p) => {
            if (first) progress = p;
          });
          return report.warnings;
        } finally {
          progress = undefined;
        }
      };
      queue = queue.then(run, run);
      return queue;
    },
    indexing: () => progress,
  };
}

export function listSources(library: Library, page: SourcePage = DEFAULT_PAGE): SourceInfo[] {
  return library.storyPage(page.offset, page.limit).map((story) => sourceInfo(library, story));
}

/** One story's entry in the source list (a citation may quote a story past the listed page). */
export function sourceInfo(library: Library, story: Story): SourceInfo {
  const group = library.groupOf(story.id);
  return {
    file: story.file,
    storyId: story.id,
    title: story.title,
    outlet: story.outlet,
    date: story.date,
    sentences: story.sentences.length,
    duplicateGroup: group,
    duplicateOf: library.groupMembers(group).filter((id) => id !== story.id),
    url: story.url ?? null,
  };
}

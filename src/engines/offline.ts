// The default engine: retrieval and extraction over the stories, no model, no key, no network.
import { answerFromStories } from '../core/answer.ts';
import { writeDigest } from '../core/digest.ts';
import type { Engine } from '../core/types.ts';

export function createOfflineEngine(): Engine {
  return {
    name: 'offline',
    answer: async (question, library) => answerFromStories(question, library),
    digest: async (library, options) => writeDigest(library, options),
  };
}

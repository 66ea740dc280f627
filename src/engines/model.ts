// The model engine: any OpenAI-compatible server writes the answer from the passages the core retrieved,
// and the bot checks it. Whatever fails (the server, the JSON, a quote, a figure) is logged at warn and
// the offline engine answers instead, so a failure never reaches the user.
import type { ModelConfig } from '../config.ts';
import type { Answer, Digest, DigestOptions, Engine, Library, Parsed } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { checkModelAnswer } from './model-answer.ts';
import { createChatCaller } from './model-client.ts';
import { checkModelDigest } from './model-digest.ts';
import { neutraliseFences } from './model-guard.ts';
import { countSentences, renderPassages, selectAnswerPassages, selectDigestPassages } from './model-passages.ts';
import { answerMessages, digestMessages, estimateTokens, type ChatMessage, type Prompts } from './model-prompts.ts';
import { parseAnswerReply, parseDigestReply } from './model-reply.ts';

// main.ts builds the engine and its prompts from this one module.
export { loadPrompts, type Prompts } from './model-prompts.ts';

export interface ModelEngineOptions {
  config: ModelConfig;
  offline: Engine;
  prompts: Prompts;
  log: Logger;
  /** For tests and proxies; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** Bullets a model digest must keep (fewer when fewer stories were offered) to be used. */
const MIN_DIGEST_BULLETS = 3;

export function createModelEngine({ config, offline, prompts, log, fetch }: ModelEngineOptions): Engine {
  const chat = createChatCaller({ config, fetch });

  /** Ask the model; the reply parsed and checked, or a problem saying why it cannot be used. */
  const ask = async <T>(task: string, messages: ChatMessage[], sentences: number, check: (content: string) => Parsed<T>): Promise<Parsed<T>> => {
    log.debug('model prompt', { task, model: config.model, sentences, tokens: estimateTokens(messages) });
    const reply = await chat.complete(messages);
    if (!reply.ok) return { ok: false, problem: reply.reason };
    try {
      return check(reply.content);
    } catch (err) {
      // A bug in checking must not cost the user an answer either.
      return { ok: false, problem: `checking the reply failed: ${(err as Error).message}` };
    }
  };

  return {
    name: 'model',

    async answer(question: string, library: Library): Promise<Answer> {
      const passages = selectAnswerPassages(library, question);
      if (passages.length === 0) return offline.answer(question, library);
      const messages = answerMessages(prompts, renderPassages(passages), neutraliseFences(question));
      const result = await ask('answer', messages, countSentences(passages), (content) => {
        const reply = parseAnswerReply(content);
        if (!reply.ok) return reply;
        const checked = checkModelAnswer(library, question, reply.value);
        if (checked.dropped.length > 0) log.info('model quotes dropped', { task: 'answer', dropped: checked.dropped });
        return checked.answer;
      });
      if (result.ok) return result.value;
      log.warn('model answer not used; answering offline', { model: config.model, reason: result.problem });
      return offline.answer(question, library);
    },

    async digest(library: Library, options: DigestOptions): Promise<Digest> {
      const passages = selectDigestPassages(library);
      if (passages.length === 0) return offline.digest(library, options);
      const minBullets = Math.min(MIN_DIGEST_BULLETS, passages.length);
      const messages = digestMessages(prompts, renderPassages(passages));
      const result = await ask('digest', messages, countSentences(passages), (content) => {
        const reply = parseDigestReply(content);
        if (!reply.ok) return reply;
        const checked = checkModelDigest(library, reply.value, options, minBullets);
        if (checked.dropped.length > 0) log.info('model bullets dropped', { task: 'digest', dropped: checked.dropped });
        return checked.digest;
      });
      if (result.ok) return result.value;
      log.warn('model digest not used; writing it offline', { model: config.model, reason: result.problem });
      return offline.digest(library, options);
    },
  };
}

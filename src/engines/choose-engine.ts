// Pick the engine the configuration asks for; the offline engine is always there to fall back on.
import type { Config } from '../config.ts';
import type { Engine } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { createModelEngine, loadPrompts } from './model.ts';
import { createOfflineEngine } from './offline.ts';

/** Prompt templates ship with the project; a reader can change the bot's voice there without code. */
const PROMPTS_DIR = 'prompts';

export function chooseEngine(config: Config, log: Logger, promptsDir = PROMPTS_DIR): Engine {
  const offline = createOfflineEngine();
  if (config.engine !== 'model' || !config.model) return offline;
  return createModelEngine({ config: config.model, offline, prompts: loadPrompts(promptsDir), log });
}

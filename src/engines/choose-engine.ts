// Pick the engine the configuration asks for; the offline engine is always the fallback.
import type { Config } from '../config.ts';
import type { Engine } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { createOfflineEngine } from './offline.ts';

export function chooseEngine(config: Config, _log: Logger): Engine {
  return createOfflineEngine();
}

// One Chat Completions call held to a wall-clock budget, retries included. Failures come back as a
// reason to log (never with the key in it), so the engine can answer offline instead.
import { setTimeout as sleep } from 'node:timers/promises';
import OpenAI, { APIConnectionError, APIError, APIUserAbortError, BadRequestError } from 'openai';
import type { ModelConfig } from '../config.ts';
import type { ChatMessage } from './model-prompts.ts';

type ChatOutcome = { ok: true; content: string } | { ok: false; reason: string };

export interface ChatCaller {
  complete(messages: ChatMessage[]): Promise<ChatOutcome>;
}

interface ChatCallerOptions {
  config: ModelConfig;
  fetch?: typeof fetch;
}

/** Wait this long before the one retry when the server does not say (a 5xx, a dropped connection). */
const DEFAULT_RETRY_DELAY_MS = 500;

export function createChatCaller({ config, fetch }: ChatCallerOptions): ChatCaller {
  // Built on first use: the SDK throws "Missing credentials" at construction when the key is empty.
  let client: OpenAI | undefined;
  // Some local servers (LM Studio) reject response_format json_object; once one has, stop asking.
  let jsonMode = true;
  const getClient = (): OpenAI =>
    (client ??= new OpenAI({
      apiKey: config.apiKey,
      // Explicit values everywhere the SDK would read process.env itself: config.ts is the only reader.
      baseURL: config.baseUrl ?? null,
      adminAPIKey: null,
      organization: null,
      project: null,
      webhookSecret: null,
      // The SDK's own retries sleep for whatever retry-after says, outside any signal (openai 6.x
      // client.js retryRequest), so it makes none: the one retry below is held to the budget.
      maxRetries: 0,
      timeout: config.timeoutMs,
      fetch,
      logLevel: 'off',
    }));

  const create = async (messages: ChatMessage[], json: boolean, signal: AbortSignal): Promise<string> => {
    const completion = await getClient().chat.completions.create(
      { model: config.model, messages, ...(json ? { response_format: { type: 'json_object' as const } } : {}) },
      // `timeout` stops counting once headers arrive; only the signal bounds a server that then stalls.
      { signal },
    );
    const content = completion.choices[0]?.message?.content;
    if (typeof content !== 'string' || !content.trim()) throw new Error('the reply had no message content');
    return content;
  };

  return {
    async complete(messages) {
      const started = Date.now();
      const signal = AbortSignal.timeout(config.timeoutMs);
      let retried = false;
      let json = jsonMode;
      for (;;) {
        try {
          const content = await create(messages, json, signal);
          if (!json) jsonMode = false;
          return { ok: true, content };
        } catch (err) {
          if (signal.aborted) return { ok: false, reason: `no reply within the ${config.timeoutMs} ms budget` };
          // OpenAI answers 400 to json_object unless a message says "JSON"; local servers may refuse it outright.
          if (json && err instanceof BadRequestError) {
            json = false;
            continue;
          }
          const delay = retryDelay(err);
          const remaining = config.timeoutMs - (Date.now() - started);
          if (!retried && delay !== undefined && delay < remaining) {
            retried = true;
            const waited = await sleep(delay, true, { signal }).catch(() => false);
            if (waited) continue;
            return { ok: false, reason: `no reply within the ${config.timeoutMs} ms budget` };
          }
          return { ok: false, reason: describeFailure(err, config.apiKey) };
        }
      }
    },
  };
}

/** How long to wait before retrying, or undefined when the error is not worth a retry. */
function retryDelay(err: unknown): number | undefined {
  if (err instanceof APIUserAbortError) return undefined;
  if (err instanceof APIConnectionError) return DEFAULT_RETRY_DELAY_MS;
  if (!(err instanceof APIError) || err.status === undefined) return undefined;
  if (![408, 409, 429].includes(err.status) && err.status < 500) return undefined;
  return retryAfterMs(err.headers) ?? DEFAULT_RETRY_DELAY_MS;
}

/** `retry-after-ms`, then `retry-after` in seconds or as an HTTP date. */
function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A short reason for the log. Server messages can echo a key ("Incorrect API key provided: …"), so it is masked. */
function describeFailure(err: unknown, apiKey: string): string {
  let reason: string;
  if (err instanceof APIConnectionError) reason = `could not reach the model server (${err.message})`;
  else if (err instanceof APIError && err.status !== undefined) reason = `the model server answered HTTP ${err.status}: ${err.message}`;
  else reason = err instanceof Error ? err.message : String(err);
  return maskSecrets(reason, apiKey).slice(0, 300);
}

function maskSecrets(text: string, apiKey: string): string {
  let masked = text;
  if (apiKey.length >= 4) masked = masked.split(apiKey).join('[key]');
  return masked.replace(/\b(sk|rk|pk)-[\w-]{6,}/g, '[key]').replace(/\bBearer\s+\S+/gi, 'Bearer [key]');
}

// A model's reply enters as text and is parsed once, here, into the shapes the prompts ask for.
// Models wrap JSON in code fences or think aloud first, so the object is dug out before parsing.
import type { Parsed } from '../core/types.ts';

export interface ModelAnswer {
  /** null: the model says the passages do not answer the question. */
  answer: string | null;
  quotes: string[];
}

interface ModelBullet {
  text: string;
  quote: string;
}

export interface ModelDigest {
  stories: Array<{ headline: string; bullets: ModelBullet[] }>;
}

export function parseAnswerReply(content: string): Parsed<ModelAnswer> {
  const parsed = parseJsonObject(content);
  if (!parsed.ok) return parsed;
  const { answer, quotes } = parsed.value;
  if (answer !== null && (typeof answer !== 'string' || !answer.trim())) {
    return { ok: false, problem: 'the reply\'s "answer" is neither a sentence nor null' };
  }
  if (!Array.isArray(quotes)) return { ok: false, problem: 'the reply has no "quotes" list' };
  return { ok: true, value: { answer: answer === null ? null : answer.trim(), quotes: quotes.filter(isText) } };
}

export function parseDigestReply(content: string): Parsed<ModelDigest> {
  const parsed = parseJsonObject(content);
  if (!parsed.ok) return parsed;
  if (!Array.isArray(parsed.value.stories)) return { ok: false, problem: 'the reply has no "stories" list' };
  const stories = parsed.value.stories.filter(isObject).map((story) => ({
    headline: isText(story.headline) ? story.headline.trim() : '',
    bullets: (Array.isArray(story.bullets) ? story.bullets : [])
      .filter(isObject)
      .flatMap((b) => (isText(b.text) && isText(b.quote) ? [{ text: b.text.trim(), quote: b.quote }] : [])),
  }));
  return { ok: true, value: { stories } };
}

function parseJsonObject(content: string): Parsed<Record<string, unknown>> {
  const text = content.replace(/<think>[\s\S]*?<\/think>/gi, '');
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end < start) return { ok: false, problem: 'the reply holds no JSON object' };
  let value: unknown;
  try {
    value = JSON.parse(text.slice(start, end + 1));
  } catch {
    return { ok: false, problem: 'the reply is not valid JSON' };
  }
  return isObject(value) ? { ok: true, value } : { ok: false, problem: 'the reply is not a JSON object' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

// Follow-ups in a thread ("and on Saturday?") are read in the light of the thread's earlier question.

/** Remembers the last question asked in each thread; bounded, oldest forgotten first. */
export class ThreadMemory {
  private readonly questions = new Map<string, string>();

  constructor(private readonly capacity = 2000) {}

  lastQuestion(key: string): string | undefined {
    return this.questions.get(key);
  }

  remember(key: string, question: string): void {
    this.questions.delete(key);
    this.questions.set(key, question);
    if (this.questions.size > this.capacity) {
      const oldest = this.questions.keys().next().value;
      if (oldest !== undefined) this.questions.delete(oldest);
    }
  }
}

export function threadKey(platform: string, channelId: string, threadId: string): string {
  return `${platform}:${channelId}:${threadId}`;
}

const FOLLOW_UP_OPENERS = /^(and|but|also|what about|how about|and what about|what of|then|so|plus)\b/i;
const QUESTION_WORDS = /\b(who|whom|whose|what|which|when|where|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b/i;

/** A follow-up leans on the previous question: it opens with "and"/"what about", or has no question word of its own. */
export function isFollowUp(question: string): boolean {
  const text = question.trim();
  if (FOLLOW_UP_OPENERS.test(text)) return true;
  const words = text.split(/\s+/).length;
  return words <= 4 && !QUESTION_WORDS.test(text);
}

/**
 * Combine a follow-up with the thread's previous question so the search sees both:
 * "how many were exchanged?" + "and on Saturday?" → "how many were exchanged on Saturday?".
 */
export function resolveFollowUp(previous: string | undefined, question: string): string {
  const resolved = combineFollowUp(previous, question);
  // Each follow-up adds to the last, so a long thread would grow past what a question may be: the
  // context is bounded, and past the bound the follow-up is read on its own.
  return resolved.length > MAX_THREAD_QUESTION_CHARS ? question : resolved;
}

/** Well under the 500 characters a question may have (core/question.ts). */
const MAX_THREAD_QUESTION_CHARS = 300;

function combineFollowUp(previous: string | undefined, question: string): string {
  if (!previous || !isFollowUp(question)) return question;
  const rest = question
    .trim()
    .replace(FOLLOW_UP_OPENERS, '')
    .replace(/^[\s,]+/, '')
    .replace(/[?.!]+$/, '')
    .trim();
  const base = previous.trim().replace(/[?.!]+$/, '');
  if (!rest) return previous;
  // "and on Saturday?": a new circumstance for the same question.
  if (/^(on|in|at|during|for|by|from|since|before|after|until|over|last|this|next)\b/i.test(rest)) return `${base} ${rest}?`;
  const words = rest.split(/\s+/);
  if (words.length <= 3) {
    // "how many civilians were freed?" + "and soldiers?": the same question about something else.
    const counted = /\bhow (?:many|much)\s+((?:[\p{L}’'-]+\s+){0,1}?[\p{L}’'-]+)(?=\s+(?:were|was|are|is|did|do|does|have|has|had|will)\b)/iu.exec(base);
    if (counted && /^\p{Ll}/u.test(rest)) return `${base.slice(0, counted.index)}how many ${rest}${base.slice(counted.index + counted[0].length)}?`;
    // "how many were exchanged?" + "and civilians?" → "how many civilians were exchanged?"
    const bare = /\bhow (many|much)(?=\s+(?:were|was|are|is|did|do|does|have|has|had|will)\b)/i.exec(base);
    if (bare && /^\p{Ll}/u.test(rest)) return `${base.slice(0, bare.index + bare[0].length)} ${rest}${base.slice(bare.index + bare[0].length)}?`;
    // "who leads the Russian delegation?" + "and the Ukrainian one?" or "what about Zelensky?": swap the name.
    const names = [...base.matchAll(/(?<!^)\b\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu)];
    const last = names.at(-1);
    if (last && /^\p{Lu}/u.test(rest)) return `${base.slice(0, last.index)}${rest}${base.slice(last.index + last[0].length)}?`;
  }
  return `${base} ${rest}?`.replace(/\s+/g, ' ');
}

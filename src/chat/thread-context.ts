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
  if (!previous || !isFollowUp(question)) return question;
  const rest = question
    .trim()
    .replace(FOLLOW_UP_OPENERS, '')
    .replace(/^[\s,]+/, '')
    .replace(/[?.!]+$/, '');
  return `${previous.trim().replace(/[?.!]+$/, '')} ${rest}?`.replace(/\s+/g, ' ');
}

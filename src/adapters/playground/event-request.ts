// POST /api/events: the page's message, read with a size limit and checked field by field, then turned
// into the same ChatEvent that Slack and Discord produce.
import type { IncomingMessage } from 'node:http';
import type { Parsed } from '../../core/types.ts';
import type { ChatEvent, CommandName, Verdict } from '../../chat/types.ts';

const MAX_BODY_BYTES = 16 * 1024;
/** Past this much the sender is not a page of ours: the connection is cut instead of drained. */
const MAX_DRAIN_BYTES = 1024 * 1024;

export type EventRequest =
  | { kind: 'command' | 'mention'; text: string; threadId?: string }
  /** A click on an answer's helpful / wrong button. */
  | { kind: 'feedback'; answerId: string; verdict: Verdict };

/** Thread ids are ours (randomUUID), so anything else is a mistake, never a key into memory. */
const THREAD_ID = /^[A-Za-z0-9_-]{1,64}$/;
const COMMANDS: ReadonlyMap<string, CommandName> = new Map([
  ['/brief', 'brief'],
  ['/ask', 'ask'],
]);
const EXAMPLE = 'send JSON like {"kind":"command","text":"/ask how many prisoners were exchanged?"}';

/** Read the body as text; a body over the limit is a problem, and the rest of it is discarded unread. */
export function readBody(request: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Parsed<string>> {
  return new Promise((resolve, reject) => {
    const tooLarge: Parsed<string> = { ok: false, problem: `The message is too large: at most ${limit / 1024} KB may be sent at once.` };
    const declared = Number(request.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    // A declared size past the drain cap is answered at once, unread; the socket closes after the answer.
    if (Number.isFinite(declared) && declared > MAX_DRAIN_BYTES) return resolve(tooLarge);
    let isOverLimit = Number.isFinite(declared) && declared > limit;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) isOverLimit = true;
      if (size > MAX_DRAIN_BYTES) request.destroy();
      if (!isOverLimit) chunks.push(chunk);
    });
    request.on('end', () => resolve(isOverLimit ? tooLarge : { ok: true, value: Buffer.concat(chunks).toString('utf8') }));
    request.on('error', reject);
    request.on('close', () => {
      if (!request.complete) resolve(tooLarge);
    });
  });
}

export function parseEventRequest(body: string): Parsed<EventRequest> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return { ok: false, problem: `The request body is not valid JSON: ${EXAMPLE}.` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problem: `The request body must be a JSON object: ${EXAMPLE}.` };
  }
  const { kind, text, threadId, answerId, verdict } = data as Record<string, unknown>;
  if (kind === 'feedback') {
    if (typeof answerId !== 'string' || answerId.length === 0 || answerId.length > 64) {
      return { ok: false, problem: '"answerId" must name an answer of this page: click the buttons under an answer.' };
    }
    if (verdict !== 'up' && verdict !== 'down') return { ok: false, problem: '"verdict" must be "up" (helpful) or "down" (wrong or unsupported).' };
    return { ok: true, value: { kind, answerId, verdict } };
  }
  if (kind !== 'command' && kind !== 'mention') return { ok: false, problem: `"kind" must be "command", "mention" or "feedback": ${EXAMPLE}.` };
  if (typeof text !== 'string') return { ok: false, problem: `"text" is missing: it holds the command or the question, e.g. "/brief".` };
  if (text.trim() === '') return { ok: false, problem: 'The message is empty: type a question or a command first, e.g. /ask how many prisoners were exchanged?' };
  if (threadId !== undefined && (typeof threadId !== 'string' || !THREAD_ID.test(threadId))) {
    return { ok: false, problem: '"threadId" is not a thread of this page: reply from the thread pane, or start a new thread with @bot.' };
  }
  return { ok: true, value: { kind, text, threadId } };
}

export interface EventOrigin {
  channelId: string;
  userId: string;
  /** Id for the message that starts a new thread, when a mention comes without one. */
  newThreadId: () => string;
}

/** `/ask …` and `/brief …` become command events; a mention goes in the given thread or starts one; a click is a feedback event. */
export function toChatEvent(request: EventRequest, origin: EventOrigin): Parsed<ChatEvent> {
  const { channelId, userId } = origin;
  if (request.kind === 'feedback') {
    return { ok: true, value: { kind: 'feedback', answerId: request.answerId, verdict: request.verdict, platform: 'playground', channelId, userId } };
  }
  const text = request.text.trim();
  if (request.kind === 'mention') {
    const question = text.replace(/^@bot\b[:,]?\s*/i, '');
    return { ok: true, value: { kind: 'mention', text: question, platform: 'playground', channelId, userId, threadId: request.threadId ?? origin.newThreadId(), isDirect: false } };
  }
  const [word = '', ...rest] = text.split(/\s+/);
  const name = COMMANDS.get(word.toLowerCase());
  if (!name) {
    return { ok: false, problem: `"${word.slice(0, 40)}" is not a command here: use /brief (today's brief, help and schedules) or /ask <question>.` };
  }
  return { ok: true, value: { kind: 'command', name, text: rest.join(' '), platform: 'playground', channelId, userId } };
}

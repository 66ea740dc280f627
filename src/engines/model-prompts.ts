// The model's voice lives in prompts/ as plain text files with {{placeholders}}, so a reader can change
// the wording without touching code. They are read and checked once, at start-up.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Prompts {
  system: string;
  answer: string;
  digest: string;
}

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

type PromptName = keyof Prompts;

/** Each template's file and the placeholders it must hold (and the only ones it may use). */
const TEMPLATES = {
  system: { file: 'system.txt', placeholders: {} },
  answer: {
    file: 'answer.txt',
    placeholders: { passages: 'where the retrieved passages go', question: "where the user's question goes" },
  },
  digest: { file: 'digest.txt', placeholders: { passages: "where the day's passages go" } },
} as const satisfies Record<PromptName, { file: string; placeholders: Record<string, string> }>;

const PLACEHOLDER = /\{\{\s*([\w-]+)\s*\}\}/g;

class PromptsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'PromptsError';
  }
}

/** Read and check every template in `dir`; one PromptsError lists every problem, one line each. */
export function loadPrompts(dir: string): Prompts {
  const problems: string[] = [];
  const read = (name: PromptName): string => {
    const { file, placeholders } = TEMPLATES[name];
    const path = join(dir, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
      problems.push(`${path}: ${missing ? 'not found' : (err as Error).message}; the model engine needs ${listFiles()} in ${dir}`);
      return '';
    }
    if (!text.trim()) problems.push(`${path}: the file is empty; write the ${name} prompt in it`);
    const allowed: Record<string, string> = placeholders;
    const used = new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!));
    for (const [placeholder, purpose] of Object.entries(allowed)) {
      if (!used.has(placeholder)) problems.push(`${path}: missing the {{${placeholder}}} placeholder (${purpose})`);
    }
    for (const placeholder of used) {
      if (!(placeholder in allowed)) {
        const known = Object.keys(allowed).map((p) => `{{${p}}}`);
        problems.push(`${path}: unknown placeholder {{${placeholder}}} (${known.length ? `this file can use ${known.join(' and ')}` : 'this file takes none'})`);
      }
    }
    return text.trim();
  };
  const prompts = { system: read('system'), answer: read('answer'), digest: read('digest') };
  if (problems.length > 0) throw new PromptsError(problems);
  return prompts;
}

function listFiles(): string {
  return Object.values(TEMPLATES).map((t) => t.file).join(', ');
}

/** Fill the placeholders in one pass, so text filled in (a story, a question) is never read as a placeholder. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

export function answerMessages(prompts: Prompts, passages: string, question: string): ChatMessage[] {
  return [
    { role: 'system', content: prompts.system },
    { role: 'user', content: fillTemplate(prompts.answer, { passages, question }) },
  ];
}

export function digestMessages(prompts: Prompts, passages: string): ChatMessage[] {
  return [
    { role: 'system', content: prompts.system },
    { role: 'user', content: fillTemplate(prompts.digest, { passages }) },
  ];
}

/** A rough token count (about four characters a token in English), for the debug log and the budget. */
export function estimateTokens(messages: ChatMessage[]): number {
  return Math.ceil(messages.reduce((sum, m) => sum + m.content.length, 0) / 4);
}

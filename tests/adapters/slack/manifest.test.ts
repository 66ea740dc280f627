// slack/manifest.yml is generated from the command definitions; this keeps the checked-in file in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSlackManifest } from '../../../src/adapters/slack/manifest.ts';
import { COMMANDS } from '../../../src/chat/commands/definitions.ts';

const MANIFEST = new URL('../../../slack/manifest.yml', import.meta.url);

describe('Slack app manifest', () => {
  it('matches what the command definitions generate (regenerate: npx tsx src/adapters/slack/print-manifest.ts > slack/manifest.yml)', () => {
    expect(readFileSync(MANIFEST, 'utf8')).toBe(renderSlackManifest());
  });

  it('declares every slash command with its description and usage hint', () => {
    const manifest = renderSlackManifest();
    for (const command of COMMANDS) {
      expect(manifest).toContain(
        `    - command: "/${command.name}"\n      description: ${JSON.stringify(command.description)}\n      usage_hint: ${JSON.stringify(command.usageHint)}\n`,
      );
    }
  });

  it('turns interactivity on, for the feedback buttons under answers, in Socket Mode too', () => {
    expect(renderSlackManifest()).toContain('  interactivity:\n    is_enabled: true\n');
  });

  it('points commands, events and interactivity at /slack/events when given an HTTP request URL', () => {
    const manifest = renderSlackManifest({ requestUrl: 'https://bot.example.com/slack/events' });
    expect(manifest.match(/(url|request_url): "https:\/\/bot\.example\.com\/slack\/events"/g)).toHaveLength(COMMANDS.length + 2);
    expect(manifest).toContain('socket_mode_enabled: false');
    expect(renderSlackManifest()).toContain('socket_mode_enabled: true');
  });
});

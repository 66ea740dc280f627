// Print the Slack app manifest: `npx tsx src/adapters/slack/print-manifest.ts [https://HOST/slack/events]`.
import { renderSlackManifest } from './manifest.ts';

const requestUrl = process.argv[2];
if (requestUrl !== undefined && !/^https:\/\/[^\s/]+\/\S*$/.test(requestUrl)) {
  process.stderr.write(`"${requestUrl}" is not an https URL; Slack only sends requests to https (example: https://bot.example.com/slack/events)\n`);
  process.exitCode = 1;
} else {
  process.stdout.write(renderSlackManifest({ requestUrl }));
}

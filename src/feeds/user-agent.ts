// The User-Agent every feed and article request carries: the bot's name and version and, when
// package.json names one, its repository, so a publisher can see who is fetching and where to ask.
import { readFileSync } from 'node:fs';

export function botUserAgent(packageJsonUrl: URL = new URL('../../package.json', import.meta.url)): string {
  let name = 'news-briefing-bot';
  let version = '0';
  let repository: string | undefined;
  try {
    const pkg = JSON.parse(readFileSync(packageJsonUrl, 'utf8')) as { name?: string; version?: string; repository?: string | { url?: string } };
    name = pkg.name ?? name;
    version = pkg.version ?? version;
    const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    repository = repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  } catch {
    // A missing package.json only loses the version in the header.
  }
  return `${name}/${version} (feed reader for cited news briefs${repository ? `; +${repository}` : ''})`;
}

// Run in a child process by scheduler.test.ts: a scheduler on the shared file runs the due slots at the
// given instant, starting at the agreed moment so both processes claim side by side, and prints what it posted.
import { silentLogger } from '../../src/log.ts';
import { createScheduler } from '../../src/schedule/scheduler.ts';
import { openStore } from '../../src/store/open-store.ts';
import { createNewsroom, SWAP } from './newsroom.ts';

const [target, nowIso, startAt] = process.argv.slice(2);
const store = await openStore(target!.startsWith('postgres') ? { databaseUrl: target!, dbPath: '' } : { dbPath: target! });
const posted: string[] = [];
const scheduler = createScheduler({
  store,
  briefing: createNewsroom({ 'swap.txt': SWAP }).briefing,
  post: async (channel) => void posted.push(channel.channelId),
  log: silentLogger,
});
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 5));
await scheduler.runDueSlots(new Date(nowIso!));
await store.close();
process.stdout.write(JSON.stringify(posted));

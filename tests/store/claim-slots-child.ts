// Run in a child process by claims.test.ts: open the shared database (a SQLite path or a postgres:// URL),
// wait for the agreed start so both processes claim at the same moment, claim every slot, and print the
// ones this process won.
import { randomUUID } from 'node:crypto';
import { openStore } from '../../src/store/open-store.ts';

const [target, subscriptionId, count, startAt] = process.argv.slice(2);
const store = await openStore(target!.startsWith('postgres') ? { databaseUrl: target!, dbPath: '' } : { dbPath: target! });
const owner = randomUUID();
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 5));
const won: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const slot = new Date(Date.UTC(2025, 10, 25, 5, 30) + i * 86_400_000).toISOString();
  const now = new Date();
  const claim = await store.deliveries.claimSlot({ subscriptionId: Number(subscriptionId), slot }, now, { owner, until: new Date(now.getTime() + 120_000) });
  if (claim.claimed) won.push(slot);
}
await store.close();
process.stdout.write(JSON.stringify(won));

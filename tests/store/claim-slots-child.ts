// Run in a child process by claims.test.ts: open the shared file, wait for the agreed start so both
// processes claim at the same moment, claim every slot, and print the ones this process won.
import { createDeliveryStore } from '../../src/store/claims.ts';
import { openDatabase } from '../../src/store/db.ts';

const [dbPath, subscriptionId, count, startAt] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const deliveries = createDeliveryStore(db);
while (Date.now() < Number(startAt)) await new Promise((resolve) => setTimeout(resolve, 5));
const won: string[] = [];
for (let i = 0; i < Number(count); i++) {
  const slot = new Date(Date.UTC(2025, 10, 25, 5, 30) + i * 86_400_000).toISOString();
  if (deliveries.claimSlot(Number(subscriptionId), slot, new Date())) won.push(slot);
}
db.close();
process.stdout.write(JSON.stringify(won));

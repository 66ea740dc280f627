// Run in a child process by db.test.ts: wait for the agreed start so both processes open the same new file at
// the same moment, open it, and print "ok" or the error the bot would print.
import { openDatabase } from '../../src/store/db.ts';

const [path, startAt] = process.argv.slice(2);
while (Date.now() < Number(startAt)) {
  // Spin rather than sleep: a timer's lateness would spread the two openings apart.
}
try {
  openDatabase(path!).close();
  process.stdout.write('ok');
} catch (err) {
  process.stdout.write((err as Error).message);
}

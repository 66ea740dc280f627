// Is the database file the bot opened still there? A file deleted or replaced while the bot runs keeps
// working through its open handle, so writes look fine and are lost at the next start. The file's identity
// (device and inode) at open is compared with what the path holds now.
import { statSync } from 'node:fs';
import type { Database } from './db.ts';

export type DatabaseFileStatus =
  | { kind: 'same' }
  /** An in-memory database (tests) has no file to lose. */
  | { kind: 'in-memory' }
  | { kind: 'missing' | 'replaced'; problem: string };

export interface DatabaseFile {
  readonly path: string;
  /** What the path holds now, compared with the file that was opened; cheap (one stat). For /healthz. */
  checkDatabaseFile(): DatabaseFileStatus;
}

/** Remember the identity of the open database's file, right after openDatabase. */
export function trackDatabaseFile(db: Database): DatabaseFile {
  const path = db.name;
  const opened = identityOf(path);
  return {
    path,
    checkDatabaseFile() {
      if (db.memory || opened === undefined) return { kind: 'in-memory' };
      const now = identityOf(path);
      if (now === undefined) {
        return { kind: 'missing', problem: `The database file "${path}" was deleted while the bot runs: new subscriptions would be lost at the next start. Restore the file from a backup, or restart the bot to create a new one (subscriptions made since the deletion are lost).` };
      }
      if (now !== opened) {
        return { kind: 'replaced', problem: `The database file "${path}" was replaced by another file while the bot runs: the bot still writes to the old one, so new subscriptions would be lost at the next start. Restart the bot to use the new file.` };
      }
      return { kind: 'same' };
    },
  };
}

function identityOf(path: string): string | undefined {
  try {
    const stat = statSync(path, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

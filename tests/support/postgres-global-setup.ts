// Vitest global setup: one PostgreSQL for the whole run. CI (.ci/run) starts its own and passes it in
// BRIEFING_TEST_DATABASE_URL; otherwise a throwaway cluster is started here when PostgreSQL is installed,
// and stopped and removed at the end. Without PostgreSQL the Postgres tests are skipped with a message.
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startPostgresCluster } from './postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL of a running PostgreSQL, or '' when none is available. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.BRIEFING_TEST_DATABASE_URL?.trim();
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const bin = findPostgresBin();
  if (!bin) {
    process.stderr.write('PostgreSQL is not installed (apt-get install postgresql): the PostgreSQL store tests are skipped. CI installs it and runs them.\n');
    project.provide('postgresUrl', '');
    return undefined;
  }
  const cluster = await startPostgresCluster(bin);
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}

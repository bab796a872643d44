/**
 * What a server process does before its first request (instrumentation.ts):
 * tell lib/db what a new embedded database gets (the seed, the demo editor),
 * then open the database, or exit with one line when it can't be had. It
 * lives above lib/db and lib/seed so that neither imports the other.
 */
import { setFirstStart } from './db/instance';
import { startDatabaseOrExit } from './db/startup';
import { firstStart } from './seed/first-start';

export async function startServerDatabase() {
  setFirstStart(firstStart);
  await startDatabaseOrExit();
}

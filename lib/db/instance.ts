import { env } from '../env';
import { openDatabase, type Database, type OpenOptions } from './open';

// One database per server process, kept on globalThis so that dev-mode
// module reloads, instrumentation.ts and the proxy (each a separate bundle)
// share one connection and never open the embedded database twice.
const holder = globalThis as unknown as { backchannelDb?: Promise<Database> };

/**
 * Opens the app's database once per process: the first caller's options
 * (start-up passes its step logger) win, later callers share the result. A
 * failed open is forgotten, so that the next call tries again.
 */
export function openAppDatabase(extra: Pick<OpenOptions, 'onStep'> = {}): Promise<Database> {
  holder.backchannelDb ??= (async () => {
    const { DATABASE_URL, PGLITE_DIR, NODE_ENV } = env();
    return openDatabase({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, seedIfEmpty: false, demoEditor: NODE_ENV === 'development', ...extra });
  })().catch((error) => {
    holder.backchannelDb = undefined;
    throw error;
  });
  return holder.backchannelDb;
}

/** The app's Prisma client, ready to query (migrated, and seeded when embedded). */
export async function db() {
  return (await openAppDatabase()).prisma;
}

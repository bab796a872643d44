import { env } from '../env';
import { openDatabase, type Database, type OpenOptions } from './open';
import { setDatabaseProbe } from './unavailable';
import { withReadReplicas } from './replicas';
import type { PrismaClient } from '../generated/prisma/client';

// One database per server process, kept on globalThis so that dev-mode
// module reloads, instrumentation.ts and the proxy (each a separate bundle)
// share one connection and never open the embedded database twice.
const holder = globalThis as unknown as {
  backchannelDb?: Promise<Database>;
  backchannelFirstStart?: OpenOptions['firstStart'];
  backchannelPublicDb?: { primary: PrismaClient; client: PrismaClient };
};

/**
 * What a new embedded database gets on its first start (the seed, the local
 * demo editor). instrumentation.ts sets it before anything opens the
 * database: it sits above both lib/db and lib/seed, so lib/db imports neither.
 */
export function setFirstStart(firstStart: OpenOptions['firstStart']) {
  holder.backchannelFirstStart = firstStart;
}

/**
 * Opens the app's database once per process: the first caller's options
 * (start-up passes its step logger) win, later callers share the result. A
 * failed open is forgotten, so that the next call tries again.
 */
export function openAppDatabase(extra: Pick<OpenOptions, 'onStep'> = {}): Promise<Database> {
  holder.backchannelDb ??= (async () => {
    const { DATABASE_URL, PGLITE_DIR } = env();
    return openDatabase({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, firstStart: holder.backchannelFirstStart, ...extra });
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

// The outage tracker's recovery ping runs on the app's own client.
setDatabaseProbe(async () => (await db()).$queryRaw`SELECT 1`);

/**
 * The client for public reads (pages and API that readers see). Without
 * DATABASE_REPLICA_URLS it is db() itself; with it, reads go to the replicas
 * (and to the primary while a replica is unreachable, ./replicas.ts), while
 * db() stays on the primary for writes, admin reads, sessions and rate
 * limits, so editors read their own writes.
 */
export async function publicDb() {
  const primary = await db();
  const { DATABASE_REPLICA_URLS } = env();
  if (DATABASE_REPLICA_URLS.length === 0) return primary;
  // One routed client per primary (the primary is reopened after a failed open).
  if (holder.backchannelPublicDb?.primary !== primary)
    holder.backchannelPublicDb = { primary, client: withReadReplicas(primary, DATABASE_REPLICA_URLS) };
  return holder.backchannelPublicDb.client;
}

import { env } from '../env';
import { openDatabase, type Database } from './open';

// One database per server process, kept on globalThis so that dev-mode
// module reloads (and the proxy's separate bundle) share one connection
// and never open the embedded database twice.
const holder = globalThis as unknown as { backchannelDb?: Promise<Database> };

/** The app's Prisma client, ready to query (migrated, and seeded when embedded). */
export async function db() {
  holder.backchannelDb ??= (async () => {
    const { DATABASE_URL, PGLITE_DIR, NODE_ENV } = env();
    return openDatabase({
      databaseUrl: DATABASE_URL,
      pgliteDir: PGLITE_DIR,
      // A new embedded database is seeded (and, in development, gets the demo editor of the README).
      firstStart: async (prisma) => {
        const { seedIfEmpty, createDemoEditor } = await import('../seed/first-start');
        await seedIfEmpty(prisma);
        if (NODE_ENV === 'development') await createDemoEditor(prisma);
      },
    });
  })().catch((error) => {
    holder.backchannelDb = undefined;
    throw error;
  });
  return (await holder.backchannelDb).prisma;
}

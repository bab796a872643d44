/**
 * What a server process does before its first request (instrumentation.ts):
 * tell lib/db what a new embedded database gets (the seed, the demo editor),
 * then open the database, or exit with one line when it can't be had. Then
 * the first-run chores: the admin socket for scripts (embedded database
 * only), the one-time setup link while no account exists, and a warning when
 * production runs without SITE_URL. It lives above lib/db and lib/seed so
 * that neither imports the other.
 */
import { db, setFirstStart } from './db/instance';
import { startDatabaseOrExit } from './db/startup';
import { firstStart } from './seed/first-start';
import { env } from './env';
import { logger } from './log/logger';
import { configuredOrigin, serverOrigin } from './site-url';
import { openSetupIfNoAccount, SETUP_TOKEN_HOURS } from './auth/setup-token';
import { adminSocketPath } from './admin-commands/socket-path';
import { startAdminSocket } from './admin-commands/socket-server';

export async function startServerDatabase() {
  setFirstStart(firstStart);
  await startDatabaseOrExit();
  const { DATABASE_URL, PGLITE_DIR, NODE_ENV } = env();
  if (NODE_ENV === 'production' && !configuredOrigin()) {
    logger().warn(
      `SITE_URL is not set: pages link to ${serverOrigin()} and API answers to the host each request names. Set SITE_URL to the public address (https://…).`,
    );
  }
  if (!DATABASE_URL) {
    startAdminSocket(adminSocketPath(PGLITE_DIR), db, (error) => logger().warn({ err: error }, 'admin socket: command failed'));
  }
  // Not awaited: a PostgreSQL that is slow to answer must not hold up the first request.
  void announceSetup();
}

/** While no account exists, a fresh one-time link to /setup in the log (a PostgreSQL that is away only delays it to the next start). */
async function announceSetup() {
  try {
    const token = await openSetupIfNoAccount(await db());
    if (!token) return;
    const link = new URL(`/setup?token=${token}`, configuredOrigin() ?? serverOrigin()).toString();
    logger().warn(
      { setupUrl: link },
      `No account exists yet. Create the first admin at ${link} (one-time link, valid ${SETUP_TOKEN_HOURS} hours).`,
    );
  } catch (error) {
    logger().warn({ err: error }, 'Could not check for a first account; the setup link will be printed at the next start');
  }
}

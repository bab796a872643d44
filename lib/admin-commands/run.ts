/**
 * For the admin scripts: run a command through the running server when it
 * holds the embedded database, else on a database the script opens itself.
 */
import { env } from '../env';
import { openDatabase } from '../db/open';
import { seedIfEmpty } from '../seed/first-start';
import { runAdminCommand, type AdminCommand, type AdminReply } from './commands';
import { adminSocketPath } from './socket-path';
import { sendAdminCommand } from './socket-client';

export async function runOnServerOrDirectly(request: AdminCommand): Promise<AdminReply> {
  const { DATABASE_URL, PGLITE_DIR } = env();
  if (!DATABASE_URL) {
    const viaServer = await sendAdminCommand(adminSocketPath(PGLITE_DIR), request);
    if (viaServer) return viaServer.ok ? { ok: true, message: `${viaServer.message} (through the running server)` } : viaServer;
  }
  // A new embedded database gets the seed first, as the server would give it.
  const firstStart = request.command === 'seed' ? undefined : seedIfEmpty;
  const db = await openDatabase({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, migrate: true, firstStart });
  try {
    return await runAdminCommand(db.prisma, request);
  } finally {
    await db.close();
  }
}

/**
 * The running server's admin socket: while `next start` holds the embedded
 * database (one process only: ADR 2), `npm run user:create` and `npm run
 * db:seed` send their command here and the server runs it on its own
 * connection. A Unix socket with mode 0600 in the data folder: reaching it
 * takes the same file access as the database itself, and it is never on the
 * network. Not started on PostgreSQL, where scripts connect directly.
 */
import { chmodSync, rmSync } from 'node:fs';
import net from 'node:net';
import type { PrismaClient } from '../generated/prisma/client';
import { adminCommandSchema, runAdminCommand, type AdminReply } from './commands';

const MAX_REQUEST_BYTES = 64 * 1024;

export function startAdminSocket(socketPath: string, prisma: () => Promise<PrismaClient>, onError: (error: unknown) => void) {
  // We hold the database lock, so a socket file left here is a dead server's.
  rmSync(socketPath, { force: true });
  const server = net.createServer((connection) => {
    let buffered = '';
    const reply = (answer: AdminReply) => connection.end(`${JSON.stringify(answer)}\n`);
    connection.setEncoding('utf8');
    connection.setTimeout(30_000, () => connection.destroy());
    connection.on('error', () => undefined);
    connection.on('data', (chunk: string) => {
      buffered += chunk;
      if (buffered.length > MAX_REQUEST_BYTES) return reply({ ok: false, error: 'Request too large' });
      const end = buffered.indexOf('\n');
      if (end < 0) return;
      connection.removeAllListeners('data');
      void answer(buffered.slice(0, end)).then(reply);
    });
  });
  async function answer(line: string): Promise<AdminReply> {
    let request: unknown;
    try {
      request = JSON.parse(line);
    } catch {
      return { ok: false, error: 'Unreadable request' };
    }
    const parsed = adminCommandSchema.safeParse(request);
    if (!parsed.success) return { ok: false, error: 'Unknown command' };
    try {
      return await runAdminCommand(await prisma(), parsed.data);
    } catch (error) {
      onError(error);
      return { ok: false, error: 'The server could not run the command; see its log.' };
    }
  }
  server.on('error', onError);
  server.listen(socketPath, () => chmodSync(socketPath, 0o600));
  server.unref();
  return server;
}

/**
 * A child process that runs the server's start-up database step (what
 * instrumentation.ts runs), prints READY, and then stays alive holding the
 * database until it is killed. SIGTERM exits normally, as next start does.
 *
 *   PGLITE_DIR=… tsx tests/support/start-database-child.ts
 */
import { startServerDatabase } from '../../lib/server-start';

process.on('SIGTERM', () => process.exit(0));
await startServerDatabase();
console.info('READY');
setInterval(() => {}, 60_000);

/**
 * A child process that tries to take a lock (lib/db/lock.ts), prints HELD or
 * REFUSED, and keeps whatever it got until it is killed.
 *
 *   node --import tsx tests/support/lock-child.ts <lock path> [<start at, ms since epoch>] [<delay ms>]
 *
 * With a start time, it waits for that moment, so that several children race
 * for the lock together; the delay is spent between finding a dead lock and
 * removing it, which makes their race windows overlap.
 */
import { acquireLock, LockHeldError } from '../../lib/db/lock';

const startAt = Number(process.argv[3] ?? 0);
const delayMs = Number(process.argv[4] ?? 0);
await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
try {
  const lock = await acquireLock(process.argv[2], { beforeTakeover: () => new Promise((resolve) => setTimeout(resolve, delayMs)) });
  console.info(`HELD ${lock.owner.token}`);
} catch (error) {
  if (!(error instanceof LockHeldError)) throw error;
  console.info(`REFUSED ${error.owner?.pid ?? ''}`);
}
setInterval(() => {}, 60_000);

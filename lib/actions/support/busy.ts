/**
 * Errors that mean "the database could not take this save now", not "the
 * save is wrong": no connection or transaction could be started in time,
 * the transaction ran out of time and was rolled back, or PostgreSQL refused
 * it for load or a write conflict. Nothing was saved, so the editor is told
 * to try again with their input kept, never shown a 500.
 */
const BUSY_PRISMA_CODES = new Set([
  'P2024', // timed out fetching a connection from the pool
  'P2028', // transaction API: unable to start in time, expired, already closed
  'P2034', // write conflict or deadlock: retry the transaction
  'P2037', // too many database connections opened
]);

// SQLSTATEs seen through a driver adapter: serialization failure, deadlock,
// lock not available, query cancelled (statement timeout), too many
// connections, server starting up or shutting down.
const BUSY_SQLSTATES = new Set(['40001', '40P01', '55P03', '57014', '53300', '57P01', '57P03']);

export const BUSY_MESSAGE =
  'The server is busy and could not save right now. Nothing was saved; your input is kept. Try saving again in a moment.';

export function isBusyError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, originalCode, name, message } = e as { code?: unknown; originalCode?: unknown; name?: unknown; message?: unknown };
    if (typeof code === 'string' && (BUSY_PRISMA_CODES.has(code) || BUSY_SQLSTATES.has(code))) return true;
    if (typeof originalCode === 'string' && BUSY_SQLSTATES.has(originalCode)) return true;
    if (name === 'TransactionManagerError') return true;
    // node-postgres' pool, when a connection timeout is configured.
    if (
      typeof message === 'string' &&
      /timeout exceeded when trying to connect|Unable to start a transaction in the given time/i.test(message)
    )
      return true;
  }
  return false;
}

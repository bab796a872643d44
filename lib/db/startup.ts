/**
 * Opens the app's database when the server starts (instrumentation.ts), so
 * that the embedded database is locked, created, migrated and seeded before
 * the first request, and a second server on the same folder stops at once
 * instead of answering 500s. The open database is the one every request then
 * uses (./instance.ts keeps it on globalThis).
 */
import { env } from '../env';
import { logger } from '../log/logger';
import { openAppDatabase } from './instance';

export interface StartupLog {
  info(line: string): void;
  warn(line: string): void;
}

// Start-up lines are log lines like any other (JSON on stdout, pretty in development).
const appLog: StartupLog = { info: (line) => logger().info(line), warn: (line) => logger().warn(line) };

/** How long start-up waits for a PostgreSQL server before serving anyway. */
const POSTGRES_PROBE_MS = 3_000;

/**
 * Embedded: opens the database, logging each step with its duration; throws
 * when it can't (DatabaseLockedError when another process has it).
 * PostgreSQL: checks the server answers and logs the outcome, and never
 * throws: the app still starts and serves cached pages while it is away.
 */
async function startDatabase(log: StartupLog = appLog): Promise<void> {
  const { DATABASE_URL } = env();
  const started = performance.now();
  if (!DATABASE_URL) {
    await openAppDatabase({ onStep: (step, ms) => log.info(`database: ${step} (${seconds(ms)})`) });
    log.info(`database: embedded PGlite ready in ${seconds(performance.now() - started)}`);
    return;
  }
  const where = describeServer(DATABASE_URL);
  const probe = openAppDatabase().then((db) => db.prisma.$queryRaw`SELECT 1`);
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    probe.then(
      () => null,
      (error: unknown) => oneLine(error),
    ),
    new Promise<string>(
      (resolve) => (timer = setTimeout(() => resolve(`no answer within ${POSTGRES_PROBE_MS / 1000} s`), POSTGRES_PROBE_MS)),
    ),
  ]);
  clearTimeout(timer);
  probe.catch(() => undefined);
  if (outcome === null) log.info(`database: PostgreSQL at ${where} answers (${seconds(performance.now() - started)})`);
  else log.warn(`database: PostgreSQL at ${where} is not reachable (${outcome}); starting anyway, requests will retry`);
}

/**
 * What instrumentation.ts runs: startDatabase, and on failure one line on
 * stderr and exit code 1 (a server without its embedded database could only
 * answer 500).
 */
export async function startDatabaseOrExit(log: StartupLog = appLog): Promise<void> {
  try {
    await startDatabase(log);
  } catch (error) {
    // DatabaseLockedError and env() errors are one readable line already.
    const known = error instanceof Error && (error.name === 'DatabaseLockedError' || error.message.startsWith('Invalid environment'));
    console.error(known ? (error as Error).message : `database: could not open the embedded database: ${oneLine(error)}`);
    process.exit(1);
  }
}

function seconds(ms: number) {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

function describeServer(url: string) {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname}${port ? `:${port}` : ''}${pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

/** An error message on one line, without Prisma's "Invalid `…` invocation:" preamble. */
function oneLine(error: unknown) {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Invalid `.*` invocation:?$/.test(line));
  return (lines.join(' ') || (error as { code?: string })?.code || 'unknown error').slice(0, 300);
}

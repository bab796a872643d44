/**
 * The one place that knows which PostgreSQL the app talks to: a server named
 * by DATABASE_URL (through node-postgres), or an embedded PGlite in .data/
 * that is created and migrated on first start, at server start-up through
 * instrumentation.ts and ./startup.ts. What a new database gets (the seed,
 * the demo editor) is the caller's `firstStart`: lib/db knows neither the
 * seed nor lib/auth. See docs/decisions/0002-embedded-database.md.
 */
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { databaseTuning } from '../env';
import { acquireLock, describeOwner, LockHeldError, type HeldLock, type LockOwner } from './lock';
import { applyMigrations, preloadSchemaEngine, readMigrationsList } from './schema-engine';
import { noteDatabaseError } from './unavailable';
import { pgliteExtensions } from './pglite-extensions';

export interface Database {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
  /** Embedded only: LISTEN on the one in-process PGlite (lib/notify); a server is listened to on a connection of its own. */
  listen?: (channel: string, onPayload: (payload: string) => void) => Promise<() => Promise<void>>;
}

export interface OpenOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** Apply pending migrations before returning (the embedded path always does). */
  migrate?: boolean;
  /** Runs on every open, after migrations (e.g. lib/seed's seedIfEmpty). */
  seed?: (prisma: PrismaClient) => Promise<unknown>;
  /**
   * Runs when the embedded database has never been written to (just created,
   * or a first start killed before its seed committed); returns what it did,
   * for the start-up log.
   */
  firstStart?: (prisma: PrismaClient) => Promise<string | void>;
  /** Called after each start-up step of the embedded database with its duration, for the start-up log. */
  onStep?: (step: string, ms: number) => void;
}

/** Another live process uses the embedded database folder. The message is one line, for the console. */
export class DatabaseLockedError extends Error {
  constructor(dir: string, owner: LockOwner | null) {
    super(
      `The embedded database in ${dir} is already in use by another Backchannel process${owner ? ` (${describeOwner(owner)})` : ''}; stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    this.name = 'DatabaseLockedError';
  }
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.pgliteDir ?? '.data/pglite', options);
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  // Pool errors (a server shutdown drops idle connections) mark the database down before a request fails on it.
  const tuning = databaseTuning();
  const factory = new PrismaPg(
    { connectionString: url, max: tuning.DATABASE_POOL_SIZE },
    { onPoolError: noteDatabaseError, onConnectionError: noteDatabaseError },
  );
  if (options.migrate) {
    try {
      await applyMigrations(factory);
    } catch (error) {
      throw new Error(`Could not migrate the database at DATABASE_URL (${redact(url)}): ${oneLine(error)}`);
    }
  }
  // Chosen, not Prisma's defaults (2 s wait for a connection, 5 s to finish):
  // under load a save waits its turn for a while, then is refused as "busy"
  // (lib/actions/support/busy.ts) rather than failing as a 500.
  const transactionOptions = { maxWait: tuning.DATABASE_TX_MAX_WAIT_MS, timeout: tuning.DATABASE_TX_TIMEOUT_MS };
  const prisma = new PrismaClient({ adapter: factory, transactionOptions });
  if (options.seed) await options.seed(prisma);
  return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
}

async function openPglite(dir: string, options: OpenOptions): Promise<Database> {
  const step = stepTimer(options.onStep);
  const absolute = path.resolve(dir);
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(absolute), { recursive: true });
  // PGlite does not lock its folder, and two processes on one folder corrupt it.
  let lock: HeldLock;
  try {
    lock = await acquireLock(`${absolute}.lock`);
  } catch (error) {
    if (error instanceof LockHeldError) throw new DatabaseLockedError(dir, error.owner);
    throw error;
  }
  step(`${dir} locked${lock.tookOverFrom ? `, taken over from ${describeOwner(lock.tookOverFrom)}, which is no longer running` : ''}`);
  try {
    const fresh = !existsSync(/*turbopackIgnore: true*/ path.join(absolute, 'PG_VERSION'));
    // A new folder always needs migrations: compile the engine meanwhile.
    if (fresh) preloadSchemaEngine();
    const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
    const pglite = new PGlite(absolute, { extensions: pgliteExtensions });
    const factory = new PrismaPGlite(pglite);
    const prisma = new PrismaClient({ adapter: factory });
    try {
      // Prisma loads its query compiler (about 0.4 s) while PostgreSQL
      // starts, rather than on the first request.
      const connecting = prisma.$connect();
      connecting.catch(() => undefined);
      await Promise.all([pglite.waitReady, connecting]);
      step(fresh ? 'created' : 'opened');
      // The wasm schema engine takes up to a second to start; most starts
      // have nothing to apply, which one query can tell.
      const pending = await pendingMigrations(pglite);
      if (pending.length > 0) {
        const applied = await applyMigrations(factory);
        step(`migrated: ${applied.length} applied (${applied.join(', ')})`);
      } else {
        step('migrations up to date');
      }
      // Seeding is one transaction, so a first start killed during it left a
      // migrated, empty database: run the first start whenever nothing was ever written.
      if (options.firstStart && (fresh || (await neverWritten(pglite)))) {
        const did = await options.firstStart(prisma);
        step(did || 'first start done');
      }
      if (options.seed) await options.seed(prisma);
      return {
        prisma,
        kind: 'pglite',
        listen: async (channel, onPayload) => {
          const stop = await pglite.listen(channel, onPayload);
          return () => stop();
        },
        close: async () => {
          await prisma.$disconnect();
          await pglite.close();
          lock.release();
        },
      };
    } catch (error) {
      await prisma.$disconnect().catch(() => undefined);
      if (!pglite.closed) await pglite.close().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** Names of migrations in prisma/migrations not yet applied to the embedded database. */
async function pendingMigrations(pglite: PGliteLike): Promise<string[]> {
  const wanted = readMigrationsList().migrationDirectories.map((m) => m.path);
  const table = await pglite.query<{ t: string | null }>(`SELECT to_regclass('public._prisma_migrations')::text AS t`);
  if (!table.rows[0]?.t) return wanted;
  // A failed migration (finished_at NULL, not rolled back) is left for the
  // engine, which reports it.
  const done = await pglite.query<{ name: string; ok: boolean }>(
    `SELECT migration_name AS name, finished_at IS NOT NULL AS ok FROM _prisma_migrations WHERE rolled_back_at IS NULL`,
  );
  if (done.rows.some((row) => !row.ok)) return wanted;
  const applied = new Set(done.rows.map((row) => row.name));
  return wanted.filter((name) => !applied.has(name));
}

async function neverWritten(pglite: PGliteLike): Promise<boolean> {
  const result = await pglite.query<{ any: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM "Event") OR EXISTS (SELECT 1 FROM "Source") OR EXISTS (SELECT 1 FROM "User") AS any`,
  );
  return !result.rows[0]?.any;
}

type PGliteLike = { query<T>(sql: string): Promise<{ rows: T[] }> };

function stepTimer(onStep: OpenOptions['onStep']) {
  let last = performance.now();
  return (step: string) => {
    const now = performance.now();
    onStep?.(step, now - last);
    last = now;
  };
}

function redact(url: string) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function oneLine(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

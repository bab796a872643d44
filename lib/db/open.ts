/**
 * The one place that knows which PostgreSQL the app talks to: a server named
 * by DATABASE_URL (through node-postgres), or an embedded PGlite in .data/
 * that is created and migrated on first start (and seeded by the caller's
 * `firstStart`: lib/db knows neither the seed nor lib/auth).
 * See docs/decisions/0002-embedded-database.md.
 */
import { mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { applyMigrations } from './schema-engine';
import { noteDatabaseError } from './unavailable';
import { databaseTuning } from '../env';

export interface Database {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface OpenOptions {
  databaseUrl?: string;
  pgliteDir?: string;
  /** Apply pending migrations before returning (the embedded path always does). */
  migrate?: boolean;
  /** Runs on every open, after migrations (e.g. lib/seed's seedIfEmpty). */
  seed?: (prisma: PrismaClient) => Promise<void>;
  /** Runs once, when the embedded database was just created (the seed, the local demo editor). */
  firstStart?: (prisma: PrismaClient) => Promise<void>;
}

export class DatabaseLockedError extends Error {}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options);
  return openPglite(options.pgliteDir ?? '.data/pglite', options);
}

async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  // Pool errors (a server shutdown drops idle connections) mark the database down before a request fails on it.
  const tuning = databaseTuning();
  const factory = new PrismaPg({ connectionString: url, max: tuning.DATABASE_POOL_SIZE }, { onPoolError: noteDatabaseError, onConnectionError: noteDatabaseError });
  if (options.migrate) {
    try {
      await applyMigrations(factory);
    } catch (error) {
      throw new Error(`Could not migrate the database at DATABASE_URL (${redact(url)}): ${oneLine(error)}`);
    }
  }
  // Chosen, not Prisma's defaults (2 s wait for a connection, 5 s to finish):
  // under load a save waits its turn for a while, then is refused as "busy"
  // (lib/write/busy.ts) rather than failing as a 500.
  const transactionOptions = { maxWait: tuning.DATABASE_TX_MAX_WAIT_MS, timeout: tuning.DATABASE_TX_TIMEOUT_MS };
  const prisma = new PrismaClient({ adapter: factory, transactionOptions });
  if (options.seed) await options.seed(prisma);
  return { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
}

async function openPglite(dir: string, options: OpenOptions): Promise<Database> {
  const absolute = path.resolve(dir);
  mkdirSync(/*turbopackIgnore: true*/ path.dirname(absolute), { recursive: true });
  // PGlite does not lock its folder, and two processes on one folder corrupt it.
  const { lock } = await import('proper-lockfile');
  let release: () => Promise<void>;
  try {
    release = await lock(path.dirname(absolute), {
      lockfilePath: `${absolute}.lock`,
      stale: 15_000,
      update: 5_000,
      onCompromised: (error) => console.error(`Embedded database lock lost: ${error.message}`),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DatabaseLockedError(
        `The embedded database in ${dir} is already in use by another Backchannel process; stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
      );
    }
    throw error;
  }
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { PrismaPGlite } = await import('pglite-prisma-adapter');
    const fresh = !existsSync(/*turbopackIgnore: true*/ path.join(absolute, 'PG_VERSION'));
    const pglite = await PGlite.create(absolute);
    const factory = new PrismaPGlite(pglite);
    await applyMigrations(factory);
    const prisma = new PrismaClient({ adapter: factory });
    if (fresh && options.firstStart) await options.firstStart(prisma);
    if (options.seed) await options.seed(prisma);
    return {
      prisma,
      kind: 'pglite',
      close: async () => {
        await prisma.$disconnect();
        await pglite.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

function redact(url: string) {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

function oneLine(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

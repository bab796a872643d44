import 'server-only';
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { db } from './instance';
import { pingDatabase } from './unavailable';

export interface Readiness {
  ready: boolean;
  database: 'reachable' | 'unreachable';
  migrations: { expected: number; applied: number; pending: string[] } | null;
}

/** Migration folders shipped with this build (prisma/migrations, beside the app). */
function expectedMigrations(): string[] {
  const dir = path.join(process.cwd(), 'prisma', 'migrations');
  return readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(/*turbopackIgnore: true*/ path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort();
}

/** Database reachable (a ping, which also updates the outage state) and no migration pending. */
export async function readiness(): Promise<Readiness> {
  if (!(await pingDatabase())) return { ready: false, database: 'unreachable', migrations: null };
  const expected = expectedMigrations();
  let applied: Set<string>;
  try {
    const prisma = await db();
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    // No _prisma_migrations table (never migrated) or the database went away in between.
    applied = new Set();
  }
  const pending = expected.filter((name) => !applied.has(name));
  return {
    ready: pending.length === 0,
    database: 'reachable',
    migrations: { expected: expected.length, applied: expected.length - pending.length, pending },
  };
}

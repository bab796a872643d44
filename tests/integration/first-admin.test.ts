/**
 * The one-time setup link on real PostgreSQL, on a database of its own with
 * no account: only a live token creates the first admin, only once, even
 * when two instances' tokens are used at the same moment.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openDatabase, type Database } from '@/lib/db/open';
import { hashSetupToken, openSetupIfNoAccount } from '@/lib/auth/setup-token';
import { createFirstAdmin, SETUP_CLOSED, SETUP_LINK_INVALID } from '@/lib/write/setup';
import { seedIfEmpty } from '@/lib/seed/first-start';

const admin = () => process.env.BC_TEST_ADMIN_URL ?? inject('adminDatabaseUrl');
const name = `bc_first_admin_${process.pid}`;
let database: Database;

async function sql(text: string) {
  const client = new pg.Client({ connectionString: admin() });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await sql(`CREATE DATABASE ${name}`);
  const url = new URL(admin());
  url.pathname = `/${name}`;
  // Seeded, so the seed's disabled author exists: it must not count as an account.
  database = await openDatabase({ databaseUrl: url.toString(), migrate: true, seed: seedIfEmpty });
});
afterAll(async () => {
  await database?.close();
  await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
});

const input = (email: string) => ({ email, name: 'First', passwordHash: 'scrypt$not-checked-here' });

describe('the first admin', () => {
  it('refuses an unknown or expired token, then lets exactly one of two simultaneous live tokens through', async () => {
    const prisma = database.prisma;
    expect(await prisma.user.count()).toBeGreaterThan(0); // the seed's author only
    const first = await openSetupIfNoAccount(prisma);
    const second = await openSetupIfNoAccount(prisma);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);

    await expect(prisma.$transaction((tx) => createFirstAdmin(tx, 'not-a-token-we-issued', input('x@example.org')))).rejects.toThrow(
      SETUP_LINK_INVALID,
    );
    await prisma.setupToken.update({ where: { id: hashSetupToken(first!) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(prisma.$transaction((tx) => createFirstAdmin(tx, first!, input('x@example.org')))).rejects.toThrow(SETUP_LINK_INVALID);
    await prisma.setupToken.update({ where: { id: hashSetupToken(first!) }, data: { expiresAt: new Date(Date.now() + 60_000) } });

    const outcomes = await Promise.allSettled([
      prisma.$transaction((tx) => createFirstAdmin(tx, first!, input('a@example.org'))),
      prisma.$transaction((tx) => createFirstAdmin(tx, second!, input('b@example.org'))),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as Error).message).toBe(SETUP_CLOSED);

    const admins = await prisma.user.findMany({ where: { role: 'admin' } });
    expect(admins).toHaveLength(1);
    expect(await prisma.setupToken.count()).toBe(0);
    expect(await prisma.auditEntry.count({ where: { entityId: admins[0].id, action: 'create' } })).toBe(1);
    // Closed for good: no new link while an account exists.
    expect(await openSetupIfNoAccount(prisma)).toBeNull();
  });
});

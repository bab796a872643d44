import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { openDatabase, type Database } from '@/lib/db/open';
import { withReadReplicas } from '@/lib/db/replicas';
import { onPrimary } from '@/lib/db/primary-scope';
import { logger } from '@/lib/log/logger';
import { freePort } from '../../scripts/free-port';

// A second database on the same server stands in for a replica: it has a
// sector the primary lacks, so each answer shows which server gave it.
// (tests/cluster runs a real streaming replica.)
const primaryUrl = process.env.DATABASE_URL!;
const replicaName = `bc_replica_${process.pid}`;
const replicaUrl = Object.assign(new URL(primaryUrl), { pathname: `/${replicaName}` }).toString();
let primary: PrismaClient;
let replica: Database;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: Object.assign(new URL(primaryUrl), { pathname: '/postgres' }).toString() });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`DROP DATABASE IF EXISTS ${replicaName}`);
  await admin(`CREATE DATABASE ${replicaName}`);
  replica = await openDatabase({ databaseUrl: replicaUrl, migrate: true });
  await replica.prisma.sector.create({ data: { slug: 'only-on-the-replica', name: 'Only on the replica', description: 'A marker row.' } });
  primary = new PrismaClient({ adapter: new PrismaPg({ connectionString: primaryUrl }) });
});

afterAll(async () => {
  await primary?.$disconnect();
  await replica?.close();
  await admin(`DROP DATABASE IF EXISTS ${replicaName} WITH (FORCE)`);
});

const onReplica = (slugs: { slug: string }[]) => slugs.some((s) => s.slug === 'only-on-the-replica');

describe('public reads with DATABASE_REPLICA_URLS', () => {
  it('sends model reads and raw reads to the replica, and transactions to the primary', async () => {
    const client = withReadReplicas(primary, [replicaUrl]);
    expect(onReplica(await client.sector.findMany({ select: { slug: true } }))).toBe(true);
    expect(await client.sector.count({ where: { slug: 'only-on-the-replica' } })).toBe(1);
    const [raw] = await client.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
    expect(raw.db).toBe(replicaName);
    const [unsafe] = await client.$queryRawUnsafe<{ db: string }[]>('SELECT current_database() AS db WHERE $1::int = 1', 1);
    expect(unsafe.db).toBe(replicaName);
    const inTx = await client.$transaction((tx) => tx.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`);
    expect(inTx[0].db).toBe(new URL(primaryUrl).pathname.slice(1));
    expect(onReplica(await primary.sector.findMany({ select: { slug: true } }))).toBe(false);
  });

  it('sends every read to the primary inside onPrimary (reads whose result is cached until the next write)', async () => {
    const client = withReadReplicas(primary, [replicaUrl]);
    const primaryName = new URL(primaryUrl).pathname.slice(1);
    const [slugs, raw] = await onPrimary(async () => [
      await client.sector.findMany({ select: { slug: true } }),
      await client.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`,
    ]);
    expect(onReplica(slugs)).toBe(false);
    expect(raw[0].db).toBe(primaryName);
    // Outside the scope, and after it, reads go to the replica again.
    expect(onReplica(await client.sector.findMany({ select: { slug: true } }))).toBe(true);
  });

  it('answers from the primary when the replica is unreachable, warning once', async () => {
    const closed = Object.assign(new URL(replicaUrl), { port: String(await freePort()) }).toString();
    const warn = vi.spyOn(logger(), 'warn');
    try {
      const client = withReadReplicas(primary, [closed]);
      for (let i = 0; i < 3; i++) {
        const sectors = await client.sector.findMany({ select: { slug: true } });
        expect(sectors.length).toBeGreaterThan(0);
        expect(onReplica(sectors)).toBe(false);
        const [raw] = await client.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
        expect(raw.db).toBe(new URL(primaryUrl).pathname.slice(1));
      }
      const warnings = warn.mock.calls.filter(([, message]) => typeof message === 'string' && message.includes('unreachable'));
      expect(warnings).toHaveLength(1);
      // A bad query is a bug, not an outage: it is not hidden by a retry on the primary.
      await expect(client.$queryRawUnsafe('SELECT no_such_column FROM "Sector"')).rejects.toThrow(/no_such_column/);
    } finally {
      warn.mockRestore();
    }
  });
});

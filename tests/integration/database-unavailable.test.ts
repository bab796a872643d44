import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { isDatabaseUnavailable } from '@/lib/db/unavailable';
import { pageRead } from '@/lib/page-read';
import { freePort } from '../../scripts/free-port';

// Real failures from the real drivers, classified by lib/db/unavailable.ts.
const url = process.env.DATABASE_URL!;
const clients: PrismaClient[] = [];
afterAll(async () => {
  for (const c of clients) await c.$disconnect();
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('a page read that loses the database', () => {
  it('sends the reader to /unavailable with the way back, and throws anything else as it was', async () => {
    const closed = new URL(url);
    closed.port = String(await freePort());
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: closed.toString() }) });
    clients.push(prisma);
    const lost = await failureOf(pageRead('/actors?q=a b', () => prisma.actor.findMany()));
    // next/navigation's redirect(): a 307 to /unavailable, which answers 503 while the database is away.
    expect((lost as { digest?: string }).digest).toContain(
      `;/unavailable?next=${encodeURIComponent('/actors?q=a b').replaceAll('%20', '+')};307;`,
    );
    const bug = new Error('a bug, not an outage');
    expect(await failureOf(pageRead('/actors', () => Promise.reject(bug)))).toBe(bug);
    expect(await pageRead('/actors', async () => 'read')).toBe('read');
  });
});

describe('database-unavailable classification', () => {
  it('a refused connection through Prisma and the pg driver adapter is unavailable', async () => {
    const closed = new URL(url);
    closed.port = String(await freePort());
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: closed.toString() }) });
    clients.push(prisma);
    const error = await failureOf(prisma.event.findFirst());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a refused connection through node-postgres is unavailable', async () => {
    const closed = new URL(url);
    closed.port = String(await freePort());
    const client = new pg.Client({ connectionString: closed.toString() });
    const error = await failureOf(client.connect());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('a connection the server terminates during a query is unavailable', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 1 }) });
    clients.push(prisma);
    const running = failureOf(prisma.$queryRaw`SELECT pg_sleep(5)::text AS slept`);
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    // What a server shutdown does to each session (SQLSTATE 57P01).
    for (let tries = 0; tries < 50; tries++) {
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE '%pg_sleep(5)%' AND pid <> pg_backend_pid()",
      );
      if (rowCount) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await admin.end();
    expect(isDatabaseUnavailable(await running)).toBe(true);
  });

  it('errors of the query or the data are not unavailability', async () => {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    clients.push(prisma);
    const syntax = await failureOf(prisma.$queryRawUnsafe('SELEC 1'));
    expect(isDatabaseUnavailable(syntax)).toBe(false);
    const missing = await failureOf(prisma.event.update({ where: { id: 'no-such-event' }, data: { title: 'x' } }));
    expect(isDatabaseUnavailable(missing)).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});

/** The audit log's `before` cursor: a date PostgreSQL can't hold is ignored, never a 500. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createSession } from '@/lib/auth/session';
import { auditEntries } from '@/lib/data/admin-accounts';
import { actAs } from '../support/request-context';
import { testUsers } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);

beforeAll(async () => {
  const prisma = await db();
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } });
  actAs((await createSession(admin.id, 'vitest')).token);
});

const ids = (page: Awaited<ReturnType<typeof auditEntries>>) => page.entries.map((e) => e.id);

describe('auditEntries before=', () => {
  it.each([
    '-010000-01-01T00:00:00Z',
    '-004714-01-01',
    '-271821-04-20T00:00:00.000Z',
    '+275760-09-13T00:00:00.000Z',
    '0001-01-01T00:00:00Z',
    '1800-01-01',
    'Tuesday',
    '2025-13-45',
    'x'.repeat(100),
  ])('ignores %j', async (before) => {
    const all = ids(await auditEntries({}));
    expect(all.length).toBeGreaterThan(0);
    expect(ids(await auditEntries({ before }))).toEqual(all);
  });

  it('pages by a sane date', async () => {
    const prisma = await db();
    const newest = await prisma.auditEntry.findFirstOrThrow({ orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    const older = await auditEntries({ before: newest.createdAt.toISOString() });
    expect(older.entries.every((e) => e.createdAt < newest.createdAt)).toBe(true);
    expect((await auditEntries({ before: '1900-01-01' })).entries).toEqual([]);
    expect((await auditEntries({ before: '9999-12-31T23:59:59Z' })).entries.length).toBeGreaterThan(0);
  });
});

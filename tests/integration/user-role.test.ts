/**
 * A role change on real PostgreSQL: audited, ends the user's sessions, and
 * never leaves the instance without an active admin.
 */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { setUserRole } from '@/lib/write/users';
import { ValidationError } from '@/lib/write/errors';

const tag = () => Math.random().toString(36).slice(2, 8);

describe('setUserRole', () => {
  it('refuses to demote the last active admin, and demotes one of two', async () => {
    const prisma = await db();
    // Only this test's admins count: every other admin is disabled for its duration.
    const others = await prisma.user.findMany({ where: { role: 'admin', disabledAt: null }, select: { id: true } });
    await prisma.user.updateMany({ where: { id: { in: others.map((u) => u.id) } }, data: { disabledAt: new Date() } });
    try {
      const a = await prisma.user.create({ data: { email: `a-${tag()}@test.local`, name: 'A', role: 'admin', passwordHash: 'x' } });
      await expect(prisma.$transaction((tx) => setUserRole(tx, a.id, a.id, 'editor'))).rejects.toBeInstanceOf(ValidationError);
      expect((await prisma.user.findUniqueOrThrow({ where: { id: a.id } })).role).toBe('admin');

      const b = await prisma.user.create({ data: { email: `b-${tag()}@test.local`, name: 'B', role: 'admin', passwordHash: 'x' } });
      await prisma.session.create({ data: { id: `s-${tag()}`, userId: b.id, expiresAt: new Date(Date.now() + 86_400_000) } });
      await prisma.$transaction((tx) => setUserRole(tx, a.id, b.id, 'editor'));
      expect((await prisma.user.findUniqueOrThrow({ where: { id: b.id } })).role).toBe('editor');
      expect(await prisma.session.count({ where: { userId: b.id } })).toBe(0);
      const audit = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: b.id, action: 'change-role' } });
      expect(audit).toMatchObject({ userId: a.id, before: { role: 'admin' }, after: { role: 'editor' } });
    } finally {
      await prisma.user.updateMany({ where: { id: { in: others.map((u) => u.id) } }, data: { disabledAt: null } });
    }
  });
});

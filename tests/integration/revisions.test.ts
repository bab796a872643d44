import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { testUsers } from '../support/users';

describe('revisions', () => {
  it('are append-only: the database refuses updates and deletes', async () => {
    const prisma = await db();
    const user = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } });
    const revision = await prisma.revision.create({
      data: { entityType: 'event', entityId: 'x', version: 1, action: 'create', snapshot: { a: 1 }, userId: user.id },
    });
    await expect(prisma.revision.update({ where: { id: revision.id }, data: { message: 'rewritten' } })).rejects.toThrow(/append-only/);
    await expect(prisma.revision.delete({ where: { id: revision.id } })).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM "Revision"`).rejects.toThrow(/append-only/);
    expect((await prisma.revision.findUniqueOrThrow({ where: { id: revision.id } })).message).toBeNull();
  });
});

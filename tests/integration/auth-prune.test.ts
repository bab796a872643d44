/** Expired sessions and sign-in attempts past retention are deleted; live ones stay. */
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ATTEMPT_RETENTION_MS, pruneAuthTables, pruneAuthTablesNow } from '@/lib/auth/prune';
import { beginSignInAttempt } from '@/lib/auth/rate-limit';
import { testUsers } from '../support/users';

const n = () => Math.random().toString(36).slice(2, 8);

async function plant(tag: string) {
  const prisma = await db();
  const user = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor2.email } });
  const now = Date.now();
  await prisma.session.createMany({
    data: [
      { id: `expired-${tag}`, userId: user.id, expiresAt: new Date(now - 60_000) },
      { id: `live-${tag}`, userId: user.id, expiresAt: new Date(now + 86_400_000) },
    ],
  });
  await prisma.signInAttempt.createMany({
    data: [
      { email: `old-${tag}@test.local`, ip: '192.0.2.1', success: false, createdAt: new Date(now - ATTEMPT_RETENTION_MS - 60_000) },
      { email: `recent-${tag}@test.local`, ip: '192.0.2.1', success: false, createdAt: new Date(now - 60_000) },
    ],
  });
}

async function survivors(tag: string) {
  const prisma = await db();
  const sessions = await prisma.session.findMany({ where: { id: { endsWith: tag } }, select: { id: true } });
  const attempts = await prisma.signInAttempt.findMany({ where: { email: { contains: tag } }, select: { email: true } });
  return { sessions: sessions.map((s) => s.id).sort(), attempts: attempts.map((a) => a.email).sort() };
}

describe('pruning the auth tables', () => {
  it('deletes expired sessions and old attempts, and keeps live sessions and attempts the limit still reads', async () => {
    const tag = n();
    await plant(tag);
    const pruned = await pruneAuthTables();
    expect(pruned.sessions).toBeGreaterThanOrEqual(1);
    expect(pruned.attempts).toBeGreaterThanOrEqual(1);
    expect(await survivors(tag)).toEqual({ sessions: [`live-${tag}`], attempts: [`recent-${tag}@test.local`] });
  });

  it('runs from the sign-in path on its own, at most every ten minutes', async () => {
    const tag = n();
    await plant(tag);
    // The first recorded attempt of this process prunes.
    await beginSignInAttempt(`trigger-${tag}@test.local`, '192.0.2.2');
    expect((await survivors(tag)).sessions).toEqual([`live-${tag}`]);
    // A second call soon after does not run again.
    expect(await pruneAuthTablesNow()).toBeNull();
    // Pruning never loosens the limit: the attempts it reads are all still there.
    for (let i = 0; i < 5; i++) expect((await beginSignInAttempt(`limit-${tag}@test.local`, '192.0.2.3')).blocked).toBe(false);
    expect((await beginSignInAttempt(`limit-${tag}@test.local`, '192.0.2.3')).blocked).toBe(true);
  });
});

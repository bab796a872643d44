import 'server-only';
import { db } from '../db';
import { MAX_FAILURES, WINDOW_MS } from './rate-limit-window';
import { pruneAuthTablesNow } from './prune';

/**
 * Failed sign-ins in the window, per account and per IP. Once either reaches
 * the limit, every attempt is refused (even with the right password) until
 * failures age out of the window.
 */
export async function signInBlocked(email: string, ip: string): Promise<{ blocked: boolean; retryAfterSeconds: number }> {
  const prisma = await db();
  const since = new Date(Date.now() - WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    prisma.signInAttempt.findMany({
      where: { email, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    }),
    prisma.signInAttempt.findMany({
      where: { ip, success: false, createdAt: { gte: since } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    }),
  ]);
  const limited = [byEmail, byIp].filter((list) => list.length >= MAX_FAILURES);
  if (limited.length === 0) return { blocked: false, retryAfterSeconds: 0 };
  // Free again when enough failures have aged out of the window.
  const until = Math.max(...limited.map((list) => list[list.length - MAX_FAILURES].createdAt.getTime() + WINDOW_MS));
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((until - Date.now()) / 1000)) };
}

export async function recordSignInAttempt(email: string, ip: string, success: boolean) {
  const prisma = await db();
  await prisma.signInAttempt.create({ data: { email, ip, success } });
  await pruneAuthTablesNow();
}

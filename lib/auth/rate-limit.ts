import 'server-only';
import { db } from '../db';
import { MAX_FAILURES, WINDOW_MS } from './rate-limit-window';
import { pruneAuthTablesNow } from './prune';

export type SignInAttempt = { blocked: false; id: string } | { blocked: true; retryAfterSeconds: number };

/**
 * Starts a sign-in attempt under the limit: at most MAX_FAILURES failed
 * sign-ins in the window, per account and per address. Once either is
 * reached every attempt is refused (even with the right password) until
 * failures age out of the window.
 *
 * The attempt is written as a failure first and counted after, so the limit
 * holds under concurrency: each request's own row is committed before it
 * counts, so the k-th row written is counted with at least k-1 others and
 * at most MAX_FAILURES requests can find themselves within the limit. (Count
 * first, check, then write let 60 parallel guesses get 16 checks.) A refused
 * attempt removes its row again: it checked no password, and must not
 * prolong the lockout. Call signInSucceeded(id) when the password matched.
 */
export async function beginSignInAttempt(email: string, ip: string): Promise<SignInAttempt> {
  const prisma = await db();
  const { id } = await prisma.signInAttempt.create({ data: { email, ip, success: false }, select: { id: true } });
  const since = new Date(Date.now() - WINDOW_MS);
  const failures = (where: { email: string } | { ip: string }) =>
    prisma.signInAttempt.findMany({
      where: { ...where, success: false, createdAt: { gte: since }, id: { not: id } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
  const [byEmail, byIp] = await Promise.all([failures({ email }), failures({ ip })]);
  const limited = [byEmail, byIp].filter((others) => others.length >= MAX_FAILURES);
  if (limited.length === 0) {
    await pruneAuthTablesNow();
    return { blocked: false, id };
  }
  await prisma.signInAttempt.deleteMany({ where: { id } });
  // Free again when enough failures have aged out of the window.
  const until = Math.max(...limited.map((others) => others[others.length - MAX_FAILURES].createdAt.getTime() + WINDOW_MS));
  return { blocked: true, retryAfterSeconds: Math.max(1, Math.ceil((until - Date.now()) / 1000)) };
}

/** Marks an attempt begun with beginSignInAttempt as a success: it no longer counts against the limit. */
export async function signInSucceeded(id: string) {
  const prisma = await db();
  await prisma.signInAttempt.updateMany({ where: { id }, data: { success: true } });
}

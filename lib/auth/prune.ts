import 'server-only';
import { db } from '../db';
import { WINDOW_MS } from './rate-limit-window';

/** Sign-in attempts are kept a day: the limit reads 15 minutes of them; the rest is for looking into an incident. */
export const ATTEMPT_RETENTION_MS = 24 * 60 * 60_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/** Deletes expired sessions and sign-in attempts past retention. Returns how many of each went. */
export async function pruneAuthTables(now = new Date()) {
  const prisma = await db();
  const cutoff = new Date(now.getTime() - Math.max(ATTEMPT_RETENTION_MS, WINDOW_MS));
  const [sessions, attempts] = await prisma.$transaction([
    prisma.session.deleteMany({ where: { expiresAt: { lt: now } } }),
    prisma.signInAttempt.deleteMany({ where: { createdAt: { lt: cutoff } } }),
  ]);
  return { sessions: sessions.count, attempts: attempts.count };
}

let lastPrune = 0;

/**
 * Prunes at most every ten minutes per process, from the sign-in path: both
 * tables only grow there, so no scheduler is needed.
 */
export async function pruneAuthTablesNow(now = Date.now()) {
  if (now - lastPrune < PRUNE_EVERY_MS) return null;
  lastPrune = now;
  return pruneAuthTables(new Date(now));
}

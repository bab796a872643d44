import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { db } from '../db';
import { isTokenShaped, SESSION_COOKIE, SESSION_DAYS, sessionCookieOptions } from './cookie';

export { SESSION_COOKIE, sessionCookieOptions };
const RENEW_WHEN_DAYS_LEFT = 15;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: 'editor' | 'admin';
  sessionId: string;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Creates a session and returns the cookie token (only its hash is stored). */
export async function createSession(userId: string, userAgent: string | null) {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  const prisma = await db();
  await prisma.session.create({ data: { id: hashToken(token), userId, expiresAt, userAgent: userAgent?.slice(0, 300) } });
  return { token, expiresAt };
}

/** The signed-in user for a session token, or null (expired, revoked, or disabled user). */
async function userForToken(token: string | undefined): Promise<SessionUser | null> {
  if (!isTokenShaped(token)) return null;
  const prisma = await db();
  const id = hashToken(token);
  const session = await prisma.session.findUnique({
    where: { id },
    include: { user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session) return null;
  if (session.expiresAt.getTime() < Date.now() || session.user.disabledAt) {
    await prisma.session.deleteMany({ where: { id } });
    return null;
  }
  // Sliding expiry: an active editor stays signed in.
  if (session.expiresAt.getTime() - Date.now() < RENEW_WHEN_DAYS_LEFT * 86_400_000) {
    await prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000) } });
  }
  const { disabledAt: _disabled, ...user } = session.user;
  void _disabled;
  return { ...user, sessionId: id };
}

/**
 * The signed-in user of the current request, or null. Cached per request
 * (React cache): the layout, the page and every admin data read each check
 * the session, and this makes that one lookup.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const store = await cookies();
  return userForToken(store.get(SESSION_COOKIE)?.value);
});

export async function deleteSession(sessionId: string) {
  const prisma = await db();
  await prisma.session.deleteMany({ where: { id: sessionId } });
}

export async function deleteAllSessions(userId: string) {
  const prisma = await db();
  await prisma.session.deleteMany({ where: { userId } });
}

/**
 * The session cookie's name and options, apart from the session store so the
 * proxy can refresh the cookie without loading the database client.
 */
import { env } from '../env';

export const SESSION_COOKIE = 'bc_session';
export const SESSION_DAYS = 30;

/** What a session token looks like (32 random bytes, base64url); anything else is not worth a lookup or a refresh. */
export const isTokenShaped = (token: string | undefined): token is string => !!token && /^[A-Za-z0-9_-]{20,100}$/.test(token);

export function sessionCookieOptions(expires: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: env().NODE_ENV === 'production' && Boolean(env().SITE_URL?.startsWith('https:')),
    path: '/',
    expires,
  };
}

import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { currentUser, type SessionUser } from './session';
import { ADMIN_PATH_HEADER } from './admin-path';

export class AuthorizationError extends Error {
  constructor(public readonly reason: 'unauthenticated' | 'forbidden') {
    super(reason === 'unauthenticated' ? 'Sign in to continue.' : 'Your role does not allow this.');
  }
}

const rank = { editor: 1, admin: 2 } as const;

/** For server actions and route handlers: the user, or an AuthorizationError. */
export async function authorize(role: 'editor' | 'admin' = 'editor'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw new AuthorizationError('unauthenticated');
  if (rank[user.role] < rank[role]) throw new AuthorizationError('forbidden');
  return user;
}

/**
 * The admin page being rendered, as the proxy recorded it, so a redirect to
 * sign in comes back to it. Layouts are not told their path, and the layout's
 * redirect may win the race with the page's.
 */
async function requestedAdminPath(): Promise<string> {
  const path = (await headers()).get(ADMIN_PATH_HEADER);
  return path && /^\/admin(\/|\?|$)/.test(path) && !path.startsWith('//') ? path : '/admin';
}

/**
 * For admin pages and admin data reads: the user, or a redirect to sign in
 * (or back to /admin for a role mismatch). Layouts and pages render in
 * parallel and a client navigation may skip the layout, so each page and each
 * admin read calls this itself; the session lookup is cached per request.
 */
export async function requirePageUser(role: 'editor' | 'admin' = 'editor', path?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path ?? (await requestedAdminPath()))}`);
  if (rank[user.role] < rank[role]) redirect('/admin?denied=1');
  return user;
}

/** The guard every admin data read starts with. */
export const requireEditor = () => requirePageUser('editor');
/** The guard of admin-only reads (users, audit log). */
export const requireAdmin = () => requirePageUser('admin');

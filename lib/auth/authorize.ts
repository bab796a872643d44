import 'server-only';
import { redirect } from 'next/navigation';
import { currentUser, type SessionUser } from './session';

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

/** For admin pages: the user, or a redirect to sign in (or a 403-style page for a role mismatch). */
export async function requirePageUser(role: 'editor' | 'admin' = 'editor', path = '/admin'): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (rank[user.role] < rank[role]) redirect('/admin?denied=1');
  return user;
}

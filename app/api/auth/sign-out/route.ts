import { NextResponse } from 'next/server';
import { cookies } from 'next/headers';
import { currentUser, deleteAllSessions, deleteSession, SESSION_COOKIE } from '@/lib/auth/session';
import { isSameOrigin } from '@/lib/security/request';
import { seeOther } from '@/lib/security/redirect';
import { recordAudit } from '@/lib/write/audit';
import { apiRoute } from '@/lib/api';

/** POST /api/auth/sign-out; with everywhere=1, ends every session of the user at once. */
export const POST = apiRoute(async (request: Request) => {
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: 'Cross-origin request refused' }, { status: 403 });
  const user = await currentUser();
  const form = await request.formData().catch(() => null);
  const everywhere = form?.get('everywhere') === '1';
  if (user) {
    if (everywhere) {
      await deleteAllSessions(user.id);
      await recordAudit({ userId: user.id, action: 'sign-out-everywhere', entityType: 'user', entityId: user.id });
    } else {
      await deleteSession(user.sessionId);
    }
  }
  (await cookies()).delete(SESSION_COOKIE);
  return seeOther('/sign-in?signedOut=1');
});

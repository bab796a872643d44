import { NextResponse } from 'next/server';
import { signInSchema, safeNextPath } from '@/lib/schemas/auth';
import { accountForCredentials } from '@/lib/auth/credentials';
import { createSession, SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { beginSignInAttempt, signInSucceeded } from '@/lib/auth/rate-limit';
import { clientIp, isSameOrigin } from '@/lib/security/request';
import { seeOther } from '@/lib/security/redirect';
import { apiRoute } from '@/lib/api';
import { readLimitedBody } from '@/lib/security/limited-body';

const SIGN_IN_MAX_BYTES = 16 * 1024;

/**
 * POST /api/auth/sign-in, from the sign-in form (form-encoded; works without
 * JavaScript) or as JSON. Unknown user and wrong password answer alike.
 */
export const POST = apiRoute(async (request: Request) => {
  const wantsJson = (request.headers.get('content-type') ?? '').includes('application/json');
  if (!isSameOrigin(request.headers)) return NextResponse.json({ error: 'Cross-origin request refused' }, { status: 403 });

  // An email and a password fit in a few hundred bytes: a larger body is refused before it is read whole or parsed.
  const body = await readLimitedBody(request, SIGN_IN_MAX_BYTES);
  if (!body) return NextResponse.json({ error: 'Request body too large' }, { status: 413 });
  let raw: Record<string, unknown>;
  try {
    raw = wantsJson ? await body.json() : Object.fromEntries(await body.formData());
  } catch {
    return NextResponse.json({ error: 'Unreadable request body' }, { status: 400 });
  }
  const parsed = signInSchema.safeParse(raw);
  const back = (error: string, status = 303) => {
    if (wantsJson) return NextResponse.json({ error }, { status: status === 303 ? 401 : status });
    const query = new URLSearchParams({ error });
    if (typeof raw.next === 'string') query.set('next', safeNextPath(raw.next));
    return seeOther(`/sign-in?${query}`);
  };
  if (!parsed.success) {
    if (wantsJson) return NextResponse.json({ error: 'Invalid sign-in details', issues: parsed.error.issues }, { status: 400 });
    return back('invalid');
  }
  const { email, password } = parsed.data;
  const ip = clientIp(request.headers);

  // The attempt counts (as a failure) before the password is checked, so parallel guesses can't overrun the limit.
  const limit = await beginSignInAttempt(email, ip);
  if (limit.blocked) {
    const message = `Too many failed sign-in attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`;
    const headers = { 'Retry-After': String(limit.retryAfterSeconds) };
    if (wantsJson) return NextResponse.json({ error: message }, { status: 429, headers });
    const back = `/sign-in?${new URLSearchParams({ error: 'locked', ...(typeof raw.next === 'string' ? { next: safeNextPath(raw.next) } : {}) })}`;
    // A 429 page for the form; the link goes back to the form.
    return new NextResponse(
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many attempts · Backchannel</title><meta name="viewport" content="width=device-width"></head><body style="font-family:system-ui;max-width:40rem;margin:4rem auto;padding:0 1rem"><h1>Too many attempts</h1><p>${message}</p><p><a href="${back.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">Back to sign in</a></p></body></html>`,
      { status: 429, headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' } },
    );
  }

  const user = await accountForCredentials(email, password);
  if (!user) return back('invalid');
  await signInSucceeded(limit.id);
  const { token, expiresAt } = await createSession(user.id, request.headers.get('user-agent'));
  const cookie = { name: SESSION_COOKIE, value: token, ...sessionCookieOptions(expiresAt) };
  if (wantsJson) {
    const response = NextResponse.json({ ok: true, user: { email: user.email, name: user.name, role: user.role } });
    response.cookies.set(cookie);
    return response;
  }
  const response = new NextResponse(null, { status: 303, headers: { Location: safeNextPath(parsed.data.next) } });
  response.cookies.set(cookie);
  return response;
});

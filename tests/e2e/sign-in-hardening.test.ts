/**
 * The sign-in flow against hostile input, on the real editor server
 * (TRUSTED_PROXY_HOPS=1): `next` never leads off-site nor to a 500, a
 * repeated query parameter is not a 500, a malformed forwarded host is not
 * a 500, and parallel guesses can't overrun the sign-in limit. The direct
 * (no proxy) side of the host rule is in tests/e2e/proxy-gate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { editBaseUrl as baseUrl } from '../support/e2e';
import { sessionCookie } from '../support/auth';
import { rawRequest } from '../support/raw-http';
import { testUsers } from '../support/users';

const tag = Math.random().toString(36).slice(2, 8);
let addresses = 0;
/** A fresh client address (as the trusted proxy would append it), so no test shares a per-address bucket. */
const freshAddress = () => `198.18.${Math.floor(addresses / 250)}.${(addresses++ % 250) + 1}`;

/** The sign-in form's POST, form-encoded as a browser sends it. */
const postForm = (fields: Record<string, string>) =>
  fetch(`${baseUrl()}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: baseUrl(), 'x-forwarded-for': freshAddress() },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

/** Where a browser would go with this Location, relative to the page it was on. */
const destination = (location: string | null) => new URL(location ?? '', `${baseUrl()}/sign-in`);

const hostileNext = [
  '/\t/evil.example',
  '/\r\n/evil.example',
  '/\n\nSet-Cookie: x=1',
  '/.//evil.example',
  '/%2F/evil.example',
  '/\\evil.example',
];

describe('the post-sign-in destination', () => {
  it.each(hostileNext)('after signing in with next=%j, stays on this site', async (next) => {
    const response = await postForm({ email: testUsers.admin.email, password: testUsers.admin.password, next });
    expect(response.status).toBe(303);
    expect(destination(response.headers.get('location')).origin).toBe(new URL(baseUrl()).origin);
    expect(response.headers.get('location')).toBe('/admin');
  });

  it.each(hostileNext)('after a wrong password with next=%j, goes back to the form on this site', async (next) => {
    const response = await postForm({ email: `nobody-${tag}-${hostileNext.indexOf(next)}@test.local`, password: 'wrong-password', next });
    expect(response.status).toBe(303);
    const back = destination(response.headers.get('location'));
    expect(back.origin).toBe(new URL(baseUrl()).origin);
    expect(back.searchParams.get('next')).toBe('/admin');
  });

  it.each(['%09/evil.example', '/%09/evil.example', '/%0d%0a/evil.example', '%2F%0A%2Fevil.example', '/%5Cevil.example'])(
    'for a signed-in reader of /sign-in?next=%s, redirects on this site',
    async (next) => {
      const cookie = await sessionCookie('editor2');
      const response = await rawRequest(baseUrl(), `/sign-in?next=${next}`, { headers: { cookie } });
      expect(response.status).toBe(307);
      expect(destination(String(response.headers.location)).href).toBe(`${baseUrl()}/admin`);
    },
  );

  it('answers a repeated next with the form (first value), not a 500', async () => {
    const response = await rawRequest(baseUrl(), '/sign-in?next=%2Fadmin%2Fevents&next=%2Fadmin%2Factors&error=invalid&error=locked');
    expect(response.status).toBe(200);
    const html = response.body.toString();
    expect(html).toMatch(/name="next" value="\/admin\/events"/);
    const signedIn = await rawRequest(baseUrl(), '/sign-in?next=%2F%2Fevil.example&next=%2Fadmin', {
      headers: { cookie: await sessionCookie('editor2') },
    });
    expect(signedIn.status).toBe(307);
    expect(destination(String(signedIn.headers.location)).href).toBe(`${baseUrl()}/admin`);
  });
});

describe('the proxy behind a trusted proxy (TRUSTED_PROXY_HOPS=1)', () => {
  it.each(['a b', '[', 'evil.example/x', 'x:99999'])(
    'sends /admin to sign in on SITE_URL when X-Forwarded-Host is %j, never a 500',
    async (host) => {
      const response = await rawRequest(baseUrl(), '/admin/events', { headers: { 'x-forwarded-host': host } });
      expect(response.status).toBe(307);
      const location = new URL(String(response.headers.location), baseUrl());
      expect(location.origin).toBe(new URL(baseUrl()).origin);
      expect(location.pathname).toBe('/sign-in');
    },
  );

  it('keeps the host the trusted proxy forwarded', async () => {
    const response = await rawRequest(baseUrl(), '/admin', {
      headers: { 'x-forwarded-host': 'news.example', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(307);
    expect(new URL(String(response.headers.location)).origin).toBe('https://news.example');
  });
});

describe('the sign-in limit under concurrency', () => {
  it('checks at most 5 passwords of 40 parallel wrong guesses for one account', async () => {
    const email = testUsers.editor2.email.replace('@', `+race-${tag}@`);
    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(`${baseUrl()}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: baseUrl(), 'x-forwarded-for': freshAddress() },
          body: JSON.stringify({ email, password: 'a-wrong-guess' }),
        }).then((r) => r.status),
      ),
    );
    const checked = answers.filter((status) => status !== 429);
    expect(checked.every((status) => status === 401)).toBe(true);
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(answers.filter((status) => status === 429).length).toBeGreaterThanOrEqual(35);
  });
});

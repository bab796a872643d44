/**
 * What the proxy does for sessions and addresses, against real `next start`
 * servers: the /admin fast path, the sliding cookie, and the client address
 * the sign-in limit keys on, with no proxy in front and behind one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editBaseUrl as baseUrl } from '../support/e2e';
import { sessionCookie } from '../support/auth';
import { testUsers } from '../support/users';
import { startServer } from '../support/e2e-server';
import { rawRequest } from '../support/raw-http';
import { openDatabase, type Database } from '../../lib/db/open';

describe('the /admin fast path', () => {
  it('sends a request without a session cookie to sign in, keeping the path and query', async () => {
    const response = await fetch(`${baseUrl()}/admin/events?status=draft`, { redirect: 'manual' });
    expect(response.status).toBe(307);
    const location = new URL(response.headers.get('location')!, baseUrl());
    expect(location.pathname).toBe('/sign-in');
    expect(location.searchParams.get('next')).toBe('/admin/events?status=draft');
    // Nothing rendered: at most the address it points to.
    expect(await response.text()).not.toMatch(/<|__next_f|Events/);
  });

  it('does not gate the sign-in page, nor paths that only start like /admin', async () => {
    const signIn = await fetch(`${baseUrl()}/sign-in?next=%2Fadmin`, { redirect: 'manual' });
    expect(signIn.status).toBe(200);
    const lookalike = await fetch(`${baseUrl()}/administrator`, { redirect: 'manual' });
    expect(lookalike.headers.get('location') ?? '').not.toContain('/sign-in');
  });

  it('keeps the path when the session cookie is stale, through the layout and page guards', async () => {
    const stale = `bc_session=${'x'.repeat(43)}`;
    const response = await fetch(`${baseUrl()}/admin/actors/new`, { headers: { cookie: stale }, redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(new URL(response.headers.get('location')!, baseUrl()).searchParams.get('next')).toBe('/admin/actors/new');
  });
});

describe('the session cookie', () => {
  it('slides: each admin request sets it again, 30 days from now', async () => {
    const cookie = await sessionCookie('admin');
    const before = Date.now();
    const response = await fetch(`${baseUrl()}/admin`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const set = response.headers.getSetCookie().find((c) => c.startsWith('bc_session='));
    expect(set, 'no refreshed session cookie').toBeDefined();
    expect(set!.split(';')[0]).toBe(cookie);
    expect(set).toMatch(/HttpOnly/i);
    expect(set).toMatch(/SameSite=lax/i);
    const expires = Date.parse(/expires=([^;]+)/i.exec(set!)![1]);
    expect(expires).toBeGreaterThan(before + 29 * 86_400_000);
    expect(expires).toBeLessThan(Date.now() + 31 * 86_400_000);
  });

  it('is not set on a request that has none', async () => {
    const response = await fetch(`${baseUrl()}/sign-in`);
    expect(response.headers.getSetCookie().filter((c) => c.startsWith('bc_session='))).toEqual([]);
  });
});

const signIn = (url: string, email: string, headers: Record<string, string>) =>
  fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url, ...headers },
    body: JSON.stringify({ email, password: 'wrong-password-for-this-test' }),
  });

describe('the address the sign-in limit counts, with no proxy in front (TRUSTED_PROXY_HOPS=0)', () => {
  // A server of its own on the reader database, with no proxy configured.
  // `next start` passes a client's X-Forwarded-For through untouched (it sets
  // the header from the socket only when there is none), so without the
  // proxy's fix every forged value would be a fresh address.
  let direct: { baseUrl: string; stop(): void } | undefined;
  let database: Database;
  beforeAll(async () => {
    const env = { ...process.env, NEXT_DIST_DIR: '.next-test', NEXT_TELEMETRY_DISABLED: '1', TRUSTED_PROXY_HOPS: '0' };
    delete (env as Record<string, string | undefined>).NODE_ENV;
    direct = await startServer(process.env.BC_TEST_E2E_URL!, env);
    database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_URL! });
  }, 120_000);
  afterAll(async () => {
    direct?.stop();
    // Leave the reader database as the seed made it.
    await database?.prisma.signInAttempt.deleteMany({});
    await database?.close();
  });

  it('counts the socket address, whatever X-Forwarded-For the client forges', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await signIn(direct!.baseUrl, `direct-${i}@test.local`, { 'x-forwarded-for': `203.0.113.${i + 1}` });
      expect(response.status).toBe(401);
    }
    const attempts = await database.prisma.signInAttempt.findMany({ where: { email: { startsWith: 'direct-' } }, select: { ip: true } });
    expect(new Set(attempts.map((a) => a.ip))).toEqual(new Set(['127.0.0.1']));
    // A sixth forged address, right password: the address is still limited.
    const blocked = await fetch(`${direct!.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: direct!.baseUrl, 'x-forwarded-for': '198.51.100.7' },
      body: JSON.stringify({ email: testUsers.admin.email, password: testUsers.admin.password }),
    });
    expect(blocked.status).toBe(429);
  });
  // The host rule of ADR 4: with no proxy in front, X-Forwarded-Host is the client's own writing.
  it('builds its redirects on the Host header, not a forged X-Forwarded-Host, and on SITE_URL when Host is malformed', async () => {
    const own = new URL(direct!.baseUrl).host;
    const forged = await rawRequest(direct!.baseUrl, '/admin', {
      headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    });
    expect(forged.status).toBe(307);
    expect(new URL(String(forged.headers.location), direct!.baseUrl).origin).toBe(`http://${own}`);
    for (const host of ['[', 'a b', 'evil.example/x']) {
      const malformed = await rawRequest(direct!.baseUrl, '/admin', { headers: { host } });
      expect(malformed.status, host).toBe(307);
      expect(new URL(String(malformed.headers.location), direct!.baseUrl).origin, host).toBe(direct!.baseUrl);
    }
    const event = await database.prisma.event.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, slug: true } });
    const fromSlug = `host-trust-former-${Date.now()}`;
    await database.prisma.eventSlugRedirect.create({ data: { fromSlug, eventId: event.id } });
    try {
      const moved = await rawRequest(direct!.baseUrl, `/events/${fromSlug}`, { headers: { 'x-forwarded-host': 'evil.example' } });
      expect(moved.status).toBe(308);
      expect(new URL(String(moved.headers.location), direct!.baseUrl).href).toBe(`http://${own}/events/${event.slug}`);
      const malformed = await rawRequest(direct!.baseUrl, `/events/${fromSlug}`, { headers: { host: '[' } });
      expect(malformed.status).toBe(308);
      expect(new URL(String(malformed.headers.location), direct!.baseUrl).href).toBe(`${direct!.baseUrl}/events/${event.slug}`);
    } finally {
      await database.prisma.eventSlugRedirect.deleteMany({ where: { fromSlug } });
    }
  });
});

describe('the address the sign-in limit counts, behind one proxy (TRUSTED_PROXY_HOPS=1)', () => {
  // The editor server is configured as behind one proxy that appends the
  // address it was reached from; this test plays that proxy.
  it('takes the entry the proxy appended, not the ones the client wrote before it', async () => {
    for (let i = 0; i < 5; i++) {
      const response = await signIn(baseUrl(), `proxied-${i}@test.local`, { 'x-forwarded-for': `192.0.2.${i + 1}, 10.9.0.1` });
      expect(response.status).toBe(401);
    }
    const blocked = await signIn(baseUrl(), 'proxied-6@test.local', { 'x-forwarded-for': '192.0.2.99, 10.9.0.1' });
    expect(blocked.status).toBe(429);
    // Another client of the same proxy is not affected.
    expect((await signIn(baseUrl(), 'proxied-7@test.local', { 'x-forwarded-for': '192.0.2.99, 10.9.0.2' })).status).toBe(401);
  });
});

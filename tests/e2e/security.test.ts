import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editBaseUrl as baseUrl, launchBrowser } from '../support/e2e';
import { sessionCookie, signedInContext } from '../support/auth';
import { testUsers } from '../support/users';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const signIn = (body: Record<string, string>, ip: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl(), 'x-forwarded-for': ip, ...headers },
    body: JSON.stringify(body),
  });

describe('sign-in', () => {
  it('answers unknown user and wrong password alike', async () => {
    const unknown = await signIn({ email: 'nobody@test.local', password: 'whatever-password' }, '10.0.0.1');
    const wrong = await signIn({ email: testUsers.editor.email, password: 'not-the-password' }, '10.0.0.2');
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
  });

  it('refuses a disabled account even with the right password', async () => {
    const response = await signIn({ email: testUsers.disabled.email, password: testUsers.disabled.password }, '10.0.0.3');
    expect(response.status).toBe(401);
  });

  it('answers 429 after 5 failures in 15 minutes for an account, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      // Each failure from a different address: the per-account limit must still trip.
      expect((await signIn({ email: testUsers.locked.email, password: 'wrong-password' }, `10.1.0.${i}`)).status).toBe(401);
    }
    const blocked = await signIn({ email: testUsers.locked.email, password: testUsers.locked.password }, '10.1.0.99');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 429 after 5 failures from one address, whatever the account', async () => {
    for (let i = 0; i < 5; i++)
      expect((await signIn({ email: `someone${i}@test.local`, password: 'wrong-password' }, '10.2.0.1')).status).toBe(401);
    const blocked = await signIn({ email: testUsers.admin.email, password: testUsers.admin.password }, '10.2.0.1');
    expect(blocked.status).toBe(429);
    // Another address is unaffected.
    expect((await signIn({ email: testUsers.admin.email, password: testUsers.admin.password }, '10.2.0.2')).status).toBe(200);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and never returns hashes or tokens in bodies', async () => {
    const response = await signIn({ email: testUsers.admin.email, password: testUsers.admin.password }, '10.3.0.1');
    const cookie = response.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=lax/i);
    const body = await response.text();
    expect(body).not.toContain('scrypt$');
    expect(body).not.toContain(cookie.split(';')[0].split('=')[1]);
  });

  it('refuses a sign-in posted from another origin', async () => {
    const response = await signIn({ email: testUsers.admin.email, password: testUsers.admin.password }, '10.4.0.1', {
      origin: 'https://evil.example',
    });
    expect(response.status).toBe(403);
  });
});

describe('sessions', () => {
  it('“sign out everywhere” ends every session of the user at once', async () => {
    const first = await signedInContext(browser, 'editor2');
    const second = await signedInContext(browser, 'editor2');
    const page = await first.newPage();
    await page.goto('/admin');
    await Promise.all([page.waitForURL(/sign-in/), page.getByRole('button', { name: 'Sign out everywhere' }).click()]);
    const other = await second.newPage();
    await other.goto('/admin');
    expect(new URL(other.url()).pathname).toBe('/sign-in');
    await first.close();
    await second.close();
  });
});

describe('roles and headers', () => {
  it('keeps anonymous readers out of the admin area', async () => {
    const response = await fetch(`${baseUrl()}/admin/events`, { redirect: 'manual' });
    expect([303, 307]).toContain(response.status);
    expect(response.headers.get('location')).toContain('/sign-in');
  });

  it('lets only admins open users and the audit log', async () => {
    const editor = await signedInContext(browser, 'editor');
    const page = await editor.newPage();
    await page.goto('/admin/users');
    expect(new URL(page.url()).pathname).toBe('/admin');
    await page.goto('/admin/audit');
    expect(new URL(page.url()).pathname).toBe('/admin');
    await editor.close();
    const admin = await signedInContext(browser, 'admin');
    const adminPage = await admin.newPage();
    await adminPage.goto('/admin/audit');
    expect(await adminPage.locator('h1').textContent()).toBe('Audit log');
    await admin.close();
  });

  it('sends a nonce-based CSP that forbids framing on admin pages', async () => {
    const cookie = await sessionCookie('admin');
    const response = await fetch(`${baseUrl()}/admin`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const html = await response.text();
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(html).toContain(`nonce="${nonce}"`);
    expect(html).not.toContain('scrypt$');
  });
});

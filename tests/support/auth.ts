import type { Browser, BrowserContext } from 'playwright-core';
import { editBaseUrl as baseUrl } from './e2e';
import { testUsers, type TestUser } from './users';

/** A browser context signed in as one of the test users, through the real sign-in form. */
export async function signedInContext(browser: Browser, who: TestUser): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl() });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.fill('#email', testUsers[who].email);
  await page.fill('#password', testUsers[who].password);
  await Promise.all([page.waitForURL(/\/admin/), page.click('button[type=submit]')]);
  await page.close();
  return context;
}

/** The session cookie of a test user, for HTTP-level tests. */
export async function sessionCookie(who: TestUser): Promise<string> {
  const response = await fetch(`${baseUrl()}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl() },
    body: JSON.stringify({ email: testUsers[who].email, password: testUsers[who].password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${who} answered ${response.status}`);
  const cookie = response.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0];
}

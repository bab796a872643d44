import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { signedInContext } from '../support/auth';

let browser: Browser;
let admin: BrowserContext;
const pages = [
  '/admin',
  '/admin/events',
  '/admin/events/new',
  '/admin/actors',
  '/admin/actors/new',
  '/admin/sectors',
  '/admin/sectors/new',
  '/admin/sources',
  '/admin/sources/new',
  '/admin/proposals',
  '/admin/proposals/new',
  '/admin/figures',
  '/admin/figures/new',
  '/admin/import',
  '/admin/from-article',
  '/admin/trash',
  '/admin/users',
  '/admin/audit',
];

beforeAll(async () => {
  browser = await launchBrowser();
  admin = await signedInContext(browser, 'admin');
});
afterAll(async () => {
  await admin?.close();
  await browser?.close();
});

async function check(path: string) {
  const page = await admin.newPage();
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
  await page.close();
  return serious;
}

describe('admin pages pass axe (WCAG 2 A and AA)', () => {
  it.each(pages)('%s', async (path) => {
    expect(await check(path)).toEqual([]);
  });

  it('the edit, history and preview pages of an event', async () => {
    const page = await admin.newPage();
    await page.goto('/admin/events');
    const href = await page.locator('table a').first().getAttribute('href');
    await page.close();
    for (const path of [href!, `${href}/history`, `${href}/preview`]) expect(await check(path), path).toEqual([]);
  });

  it.each(['actors', 'sectors', 'sources', 'proposals', 'figures'])('the edit and history pages of the first of the %s', async (kind) => {
    const page = await admin.newPage();
    await page.goto(`/admin/${kind}`);
    const href = await page.locator('tbody a').first().getAttribute('href');
    await page.goto(href!);
    expect(await page.locator('h1').textContent()).toMatch(/^Edit /);
    // Trashing asks first: the disclosure, then its confirm button (tests/e2e/trash-confirm.test.ts).
    expect(await page.getByText('Move to the trash…').count()).toBe(1);
    await page.close();
    for (const path of [href!, `${href}/history`]) expect(await check(path), path).toEqual([]);
  });

  it('the sign-in page', async () => {
    const context = await browser.newContext({ baseURL: editBaseUrl() });
    const page = await context.newPage();
    await page.goto('/sign-in');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    await context.close();
  });
});

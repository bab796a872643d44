import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, editBaseUrl, launchBrowser, openPage } from '../support/e2e';
import { signedInContext } from '../support/auth';
import { testUsers } from '../support/users';

/*
 * Sanctions in Chromium: the actor page's band, the event participants'
 * badges and the API on the seeded data (readers' server), and the admin
 * forms with and without JavaScript (editors' server).
 */

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('readers', () => {
  it('the actor page shows the sanctions band and its text list, axe clean in light and dark at 390 px', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems, close } = await openPage(browser);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/actors/kirill-dmitriev');
      await page.getByRole('heading', { name: 'Sanctions over time' }).waitFor();
      expect(await page.getByTestId('sanctions-band').getAttribute('aria-hidden')).toBe('true');
      const list = await page.getByTestId('sanctions-list').textContent();
      expect(list).toContain('United States (body not stated): in force by 2 April 2025; no delisting on record');
      expect(list).toContain('Specific licence: from April 2025 (end not stated)');
      expect(list).toContain('remains subject to U.S. economic restrictions');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await axe(page)).toEqual([]);
      expect(problems).toEqual([]);
      await close();
    }
  });

  it('an actor without designations has no band', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/actors/steve-witkoff');
    await page.getByRole('heading', { name: 'Steve Witkoff' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Sanctions over time' }).count()).toBe(0);
    await close();
  });

  it('event participants show their status at the time, with an accessible label', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto('/events/2025-04-02-dmitriev-washington-visit');
    const badge = page.locator('[data-sanction]');
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('data-sanction')).toBe('yes');
    expect(await badge.getAttribute('data-waived')).toBe('yes');
    expect(await badge.locator('.sr-only').textContent()).toBe(
      'Under sanctions at the time (United States (body not stated)), suspended by a licence for this event',
    );
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Kirill Dmitriev' }) });
    expect(await item.getByText('Sanctioned · licence').count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    expect(problems).toEqual([]);

    // Before the designation is known to be in force, the badge says "possibly", never "sanctioned".
    await page.goto('/events/2025-02-18-us-russia-talks-riyadh');
    expect(await page.locator('[data-sanction]').getAttribute('data-sanction')).toBe('maybe');
    expect(await page.locator('[data-sanction] .sr-only').textContent()).toMatch(/^Possibly under sanctions at the time/);
    await close();
  });

  it('the API carries sanctions with their sources; an actor without any has empty lists', async () => {
    const body = await (await fetch(`${baseUrl()}/api/v1/actors/kirill-dmitriev`)).json();
    expect(body.sanctions.designations).toHaveLength(1);
    expect(body.sanctions.designations[0]).toMatchObject({
      authority: 'us',
      programme: null,
      listedOn: { date: '2025-04-02', precision: 'day', label: '2 April 2025' },
      listedOnOrBefore: true,
      delistedOn: null,
    });
    expect(body.sanctions.designations[0].citations[0].source).toMatchObject({ id: 'dmitriev-washington-visit-announcement' });
    expect(body.sanctions.waivers[0]).toMatchObject({
      kind: 'specific',
      validFrom: { date: '2025-04-01', precision: 'month', label: 'April 2025' },
      validTo: null,
      event: { slug: '2025-04-02-dmitriev-washington-visit' },
    });
    const other = await (await fetch(`${baseUrl()}/api/v1/actors/steve-witkoff`)).json();
    expect(other.sanctions).toEqual({ designations: [], waivers: [] });
  });
});

async function noJsEditor(): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: editBaseUrl(), javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.fill('#email', testUsers.editor.email);
  await page.fill('#password', testUsers.editor.password);
  await Promise.all([page.waitForURL(/\/admin/), page.click('button[type=submit]')]);
  await page.close();
  return context;
}

describe('editors', () => {
  for (const javaScript of [true, false]) {
    it(`create a designation ${javaScript ? 'with' : 'without'} JavaScript: field errors keep the input, then it shows to readers once published`, async () => {
      const context = javaScript ? await signedInContext(browser, 'editor') : await noJsEditor();
      const page = await context.newPage();
      const actor = javaScript ? 'lindsey-graham' : 'elon-musk';
      await page.goto('/admin');
      await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Sanctions' }).click();
      await page.getByRole('link', { name: 'Designations', exact: true }).click();
      await page.getByRole('link', { name: 'New designation' }).click();
      await page.fill('#actor', actor);
      await page.fill('#programme', 'TEST-E2E');
      await page.fill('#listedOn', '2024-03-15');
      await page.selectOption('#listedPrecision', 'month');
      await page.selectOption('#status', 'published');
      await page.getByRole('button', { name: 'Create designation' }).click();
      await page.locator('#authority-errors').getByText('Choose the authority').waitFor();
      expect(await page.inputValue('#programme')).toBe('TEST-E2E');
      expect(await page.inputValue('#listedOn')).toBe('2024-03-15');

      // The cross-field rules speak once every field reads.
      await page.selectOption('#authority', 'eu');
      await page.getByRole('button', { name: 'Create designation' }).click();
      await page.locator('#listedOn-errors').getByText('use the 1st (2024-03-01)', { exact: false }).waitFor();
      expect(await page.locator('#citations-errors').textContent()).toContain('without at least one citation');
      expect(await page.inputValue('#authority')).toBe('eu');

      await page.fill('#listedOn', '2024-03-01');
      await page.fill('#citations-0-source', "Commentary on Kirill Dmitriev's April 2025 visit to Washington");
      await page.fill('#citations-0-quote', 'A quote for the end-to-end test.');
      await page.getByRole('button', { name: 'Create designation' }).click();
      await page.getByText('Saved (version 1).').waitFor();
      expect(page.url()).toMatch(/\/admin\/sanctions\/designations\/[^/?]+\?saved=1$/);
      // axe runs inside the page, so only where scripts run.
      if (javaScript) expect(await axe(page)).toEqual([]);

      const reader = await openPage(browser, { baseURL: editBaseUrl() });
      await reader.page.goto(`/actors/${actor}`);
      expect(await reader.page.getByTestId('sanctions-list').textContent()).toContain('European Union, TEST-E2E: listed March 2024');
      await reader.close();

      // Moved to the trash: gone from the actor page and the API, listed in the sanctions trash.
      await page.getByText('Move to the trash…').click();
      await page.getByRole('button', { name: 'Yes, move this designation to the trash' }).click();
      await page.waitForURL(/\/admin\/sanctions\/designations\?trashed=/);
      const api = await (await fetch(`${editBaseUrl()}/api/v1/actors/${actor}`)).json();
      expect(api.sanctions.designations).toEqual([]);
      await page.goto('/admin/sanctions/trash');
      expect(await page.getByRole('button', { name: /Restore/ }).count()).toBeGreaterThan(0);
      await context.close();
      // Three saves, axe and a trash without JavaScript take a while on a loaded machine.
    }, 180_000);
  }

  it('the sanctions admin pages pass axe', async () => {
    const context = await signedInContext(browser, 'admin');
    const page = await context.newPage();
    for (const path of [
      '/admin/sanctions',
      '/admin/sanctions/designations',
      '/admin/sanctions/designations/new',
      '/admin/sanctions/waivers',
      '/admin/sanctions/waivers/new',
      '/admin/sanctions/trash',
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(await axe(page), path).toEqual([]);
    }
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the timeline in Chromium', () => {
  it('filters through the form: the URL and the list change, and back restores both', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toContain('Timeline');
    const allCount = await page.locator('article h4').count();
    expect(allCount).toBe(Math.min(25, seed.events.length));

    await page.locator('#f-sector').selectOption('rare-earths');
    await page.waitForURL(/sector=rare-earths/);
    // Only filled-in fields reach the URL.
    expect(new URL(page.url()).search).toBe('?sector=rare-earths');
    const expected = seed.events.filter((e) => e.sectors.includes('rare-earths'));
    await page.waitForFunction((n) => document.querySelectorAll('article h4').length === n, expected.length);
    const titles = await page.locator('article h4').allTextContents();
    expect(titles.sort()).toEqual(expected.map((e) => e.title).sort());
    expect(await page.getByRole('link', { name: /Remove filter sector/ }).count()).toBe(1);

    await page.getByLabel('Search text').fill('Witkoff');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/q=Witkoff/);
    expect(new URL(page.url()).searchParams.get('sector')).toBe('rare-earths');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('q'));
    await page.waitForFunction((n) => document.querySelectorAll('article h4').length === n, expected.length);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the same view for a shared URL, counts beside facet values, and an empty state that says how to widen', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/?type=call');
    const calls = seed.events.filter((e) => e.type === 'call');
    expect(await page.locator('article h4').count()).toBe(calls.length);
    const option = await page.locator('#f-type option[value="call"]').textContent();
    expect(option).toContain(`(${calls.length})`);

    await page.goto('/?q=zzzz-nothing-matches');
    await expect(page.getByText('No events match these filters.').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/widening the date range/).isVisible()).resolves.toBe(true);
    await close();
  });

  it('works without JavaScript: the form submits as a plain GET', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/');
    await page.locator('#f-type').selectOption('call');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=call/);
    expect(await page.locator('article h4').count()).toBe(seed.events.filter((e) => e.type === 'call').length);
    await close();
  });

  it('zooms the time axis from years down to days through its links (no JavaScript: the server axis)', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/?zoom=year');
    await page.locator('svg a[href*="sector=rare-earths"][href*="from=2025-01-01"]').click();
    await page.waitForURL(/zoom=month/);
    const url = new URL(page.url());
    expect(url.searchParams.get('sector')).toBe('rare-earths');
    expect(url.searchParams.get('from')).toBe('2025-01-01');
    expect(url.searchParams.get('to')).toBe('2025-12-31');
    await page.locator('svg a[aria-label^="Mar 2025, Rare"]').click();
    await page.waitForURL(/zoom=day/);
    const dayUrl = new URL(page.url());
    expect(dayUrl.searchParams.get('from')).toBe('2025-03-01');
    expect(dayUrl.searchParams.get('to')).toBe('2025-03-31');
    // Day zoom: a dot for the day-dated event, and a band (never a dot on the 1st) for the one known only to the month.
    expect(await page.locator('svg a[aria-label^="31 Mar 2025, Rare"] circle').count()).toBe(1);
    expect(await page.locator('svg a[aria-label^="Mar 2025 (date known only to the month), Rare"] rect').count()).toBe(1);
    expect(await page.locator('svg a[aria-label^="1 Mar 2025"]').count()).toBe(0);
    expect(await page.locator('article h4').count()).toBe(2);
    await close();
  });

  it('pages with a keyset cursor', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/');
    const first = await page.locator('article h4').allTextContents();
    const later = page.getByRole('link', { name: 'Later events →' });
    if (seed.events.length > 25) {
      await later.click();
      await page.waitForURL(/cursor=/);
      const second = await page.locator('article h4').allTextContents();
      expect(second.length).toBe(seed.events.length - 25);
      expect(second.some((t) => first.includes(t))).toBe(false);
    } else {
      expect(await later.count()).toBe(0);
    }
    await close();
  });
});

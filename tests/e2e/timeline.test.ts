import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openPage } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';
import { monthHeading, parseIsoDay } from '@/lib/dates';

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
    expect(allCount).toBe(Math.min(20, seed.events.length));

    await page.locator('details[data-facet="sector"] summary').click();
    await page.locator('details[data-facet="sector"] input[value="rare-earths"]').check();
    await page.waitForURL(/sector=rare-earths/);
    // Only filled-in fields reach the URL.
    expect(new URL(page.url()).search).toBe('?sector=rare-earths');
    const expected = seed.events.filter((e) => e.sectors.includes('rare-earths'));
    await page.waitForFunction((n) => document.querySelectorAll('article h4').length === n, expected.length);
    const titles = await page.locator('article h4').allTextContents();
    expect(titles.sort()).toEqual(expected.map((e) => e.title).sort());
    expect(await page.getByRole('link', { name: /Remove sector/ }).count()).toBe(1);

    await page.getByLabel('Search text').fill('Witkoff');
    await page.getByRole('button', { name: 'Apply' }).click();
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
    await page.locator('details[data-facet="type"] summary').click();
    const option = await page.locator('details[data-facet="type"] label:has(input[value="call"])').textContent();
    expect(option).toContain(`Call ${calls.length}`);

    await page.goto('/?q=zzzz-nothing-matches');
    await expect(page.getByText('No events match these filters.').isVisible()).resolves.toBe(true);
    await expect(page.getByText(/widening the date range/).isVisible()).resolves.toBe(true);
    await close();
  });

  it('works without JavaScript: the form submits as a plain GET', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/');
    await page.locator('details[data-facet="type"] summary').click();
    await page.locator('details[data-facet="type"]').getByRole('link', { name: 'Choose types…' }).click();
    await page.locator('input[name=type][value="call"]').check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('type') === 'call');
    expect(await page.locator('article h4').count()).toBe(seed.events.filter((e) => e.type === 'call').length);
    await close();
  });

  it('zooms the time axis from years down to days through its links (no JavaScript: the server axis)', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/?zoom=year');
    // A lane name narrows to its sector; a period link zooms into that period, keeping the filter.
    await page.locator('[data-timeline-axis] a[href*="sector=rare-earths"]').first().click();
    await page.waitForURL(/sector=rare-earths/);
    await page.goto('/?sector=rare-earths&zoom=year');
    await page.locator('a[data-period="2025-01-01"]').click();
    await page.waitForURL(/zoom=month/);
    const url = new URL(page.url());
    expect(url.searchParams.get('sector')).toBe('rare-earths');
    expect(url.searchParams.get('from')).toBe('2025-01-01');
    expect(url.searchParams.get('to')).toBe('2025-12-31');
    await page.locator('a[data-period="2025-03-01"]').click();
    await page.waitForURL(/zoom=day/);
    const dayUrl = new URL(page.url());
    expect(dayUrl.searchParams.get('from')).toBe('2025-03-01');
    expect(dayUrl.searchParams.get('to')).toBe('2025-03-31');
    expect(await page.locator('article h4').count()).toBe(2);
    // Day zoom: the marks image has dots for the day-dated event (one per sector lane it is in) and a dashed
    // band for the one known only to the month, never a dot on the 1st.
    const src = await page.locator('[data-timeline-axis] img').getAttribute('src');
    const svg = await (await fetch(new URL(src!, baseUrl()))).text();
    expect(svg.match(/<circle /g)?.length).toBeGreaterThan(0);
    expect(svg.match(/<rect [^>]*stroke-dasharray/g)?.length).toBeGreaterThan(0);
    await close();
  });

  it('lists newest first by default, and oldest first with the toggle', async () => {
    const { page, problems, close } = await openPage(browser);
    const starts = seed.events.map((e) => e.date.start).sort();
    const headingOf = (start: string) => {
      const e = seed.events.find((x) => x.date.start === start)!;
      return e.date.precision === 'year' ? start.slice(0, 4) : monthHeading(parseIsoDay(start));
    };
    const datesShown = () => page.locator('article time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    await page.goto('/');
    expect(await datesShown()).toEqual([...starts].reverse().slice(0, 20));
    // Month headings follow the order: the first is the latest event's month.
    expect(await page.locator('#timeline-list h3').first().textContent()).toBe(headingOf(starts.at(-1)!));
    await Promise.all([page.waitForURL(/sort=asc/), page.getByRole('link', { name: 'Oldest first' }).click()]);
    expect(await datesShown()).toEqual(starts.slice(0, 20));
    expect(await page.locator('#timeline-list h3').first().textContent()).toBe(headingOf(starts[0]));
    expect(problems).toEqual([]);
    await close();
  });
});

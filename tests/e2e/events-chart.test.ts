import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';
import { MONTHS } from '@/lib/dates';

const seed = loadSeedDataset();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that notes which of its scripts carry recharts (found by a class name recharts draws with). */
async function openTracked(viewport: { width: number; height: number }) {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? problems.push(m.text()) : undefined));
  page.on('pageerror', (e) => problems.push(e.message));
  const recharts: string[] = [];
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.push(
      response.body().then(
        (body) => void (body.includes('recharts-bar-rectangle') ? recharts.push(response.url()) : undefined),
        () => undefined,
      ),
    );
  });
  const rechartsLoaded = async () => {
    await Promise.all(bodies);
    return [...recharts];
  };
  return { page, problems, rechartsLoaded, close: () => context.close() };
}

/** When, relative to the load event, the browser started fetching each of these scripts. */
function startsAfterLoad(page: Page, urls: string[]) {
  return page.evaluate((wanted) => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventStart;
    return performance
      .getEntriesByType('resource')
      .filter((e) => wanted.includes(e.name))
      .map((e) => e.startTime - load);
  }, urls);
}

const chart = (page: Page) => page.locator('[data-events-chart]');
const bars = (page: Page) => chart(page).locator('.recharts-bar-rectangle path');

/** The numbers table is not in the page's HTML: opening "Show the numbers" draws it from the chart's own data. */
async function openNumbers(page: Page) {
  await chart(page).locator('summary', { hasText: 'Show the numbers' }).click();
  await chart(page).locator('tbody tr').first().waitFor();
}

/** The rows of a numbers table: the period, then a count per sector. */
const tableRows = (scope: ReturnType<Page['locator']>) =>
  scope
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th')!.textContent!, ...[...tr.querySelectorAll('td')].map((td) => Number(td.textContent))]),
    );

describe('the events chart in Chromium', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    it(`fetches recharts only once the chart is in view and after the load event (${viewport.width}×${viewport.height})`, async () => {
      const { page, problems, rechartsLoaded, close } = await openTracked(viewport);
      await page.goto('/', { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const box = (await chart(page).boundingBox())!;
      const inFirstScreen = box.y < viewport.height && box.y + box.height > 0;
      if (inFirstScreen) {
        // In the first screen it loads at once, but never before the load event.
        await bars(page).first().waitFor();
        const urls = await rechartsLoaded();
        expect(urls.length).toBeGreaterThan(0);
        for (const delay of await startsAfterLoad(page, urls)) expect(delay).toBeGreaterThanOrEqual(0);
      } else {
        expect(await rechartsLoaded()).toEqual([]);
        expect(await bars(page).count()).toBe(0);
        await chart(page).locator('[data-chart-state]').scrollIntoViewIfNeeded();
        await bars(page).first().waitFor();
        expect((await rechartsLoaded()).length).toBeGreaterThan(0);
      }
      // No layout shift: the box the bars were drawn in is the size it was before.
      expect((await chart(page).boundingBox())!.height).toBe(box.height);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('keeps every month between the first and last dated events, with empty months as gaps on a continuous axis', async () => {
    const { page, problems, close } = await openTracked({ width: 1280, height: 800 });
    await page.goto('/');
    // From the seed, not the app: events placed in a month (known to the day or month), per sector entry.
    const placed = seed.events.filter((e) => e.date.precision !== 'year').map((e) => e.date.start.slice(0, 7));
    const expected = new Map<string, number>();
    for (const e of seed.events.filter((e) => e.date.precision !== 'year')) {
      const key = e.date.start.slice(0, 7);
      expected.set(key, (expected.get(key) ?? 0) + Math.max(1, e.sectors.length));
    }
    const [first, last] = [placed.reduce((a, b) => (a < b ? a : b)), placed.reduce((a, b) => (a > b ? a : b))];
    const months: string[] = [];
    for (
      let [y, m] = first.split('-').map(Number);
      y * 12 + m <= Number(last.slice(0, 4)) * 12 + Number(last.slice(5));
      m === 12 ? (y++, (m = 1)) : m++
    ) {
      months.push(`${MONTHS[m - 1].slice(0, 3)} ${y}`);
    }
    expect(months.length).toBeLessThanOrEqual(120);
    await expect(chart(page).locator('figcaption').textContent()).resolves.toBe('Events per month, by sector');

    await openNumbers(page);
    const rows = await tableRows(chart(page));
    expect(rows.map((r) => r[0])).toEqual(months);
    const totals = rows.map((r) => (r.slice(1) as number[]).reduce((a, b) => a + b, 0));
    const key = (label: string) => {
      const [mon, y] = label.split(' ');
      return `${y}-${String(MONTHS.findIndex((m) => m.startsWith(mon)) + 1).padStart(2, '0')}`;
    };
    expect(totals).toEqual(months.map((m) => expected.get(key(m)) ?? 0));
    expect(totals.filter((t) => t === 0).length).toBeGreaterThan(12); // the seed's quiet stretch between 2022 and 2025
    // The year-only events are counted in the note, not drawn.
    const yearOnly = seed.events.filter((e) => e.date.precision === 'year').length;
    await expect(chart(page).locator('p').first().textContent()).resolves.toContain(`Not drawn: ${yearOnly} events known only to the year`);

    // The bars sit on a continuous axis: every bar's offset from the first, in bar slots, is the index of a non-empty month.
    await chart(page).locator('[data-chart-state]').scrollIntoViewIfNeeded();
    await bars(page).first().waitFor();
    const centres = await bars(page).evaluateAll((paths) =>
      paths.map((p) => {
        const r = p.getBoundingClientRect();
        return r.x + r.width / 2;
      }),
    );
    const slots = [...new Set(centres.map((c) => Math.round(c * 10) / 10))].sort((a, b) => a - b);
    const filled = totals.flatMap((t, i) => (t > 0 ? [i] : []));
    const slot = (slots[slots.length - 1] - slots[0]) / (filled[filled.length - 1] - filled[0]);
    const indices = slots.map((x) => filled[0] + (x - slots[0]) / slot);
    for (const i of indices) expect(Math.abs(i - Math.round(i))).toBeLessThan(0.05);
    expect(indices.map(Math.round)).toEqual(filled);
    expect(problems).toEqual([]);
    await close();
  });

  it('goes to years when the events in range are known only to the year, and stays axe-clean with the bars drawn', async () => {
    const { page, problems, close } = await openTracked({ width: 1280, height: 800 });
    // 2014..2025 with every event: only year-only events outside 2022..2025, so a filter to them goes to years.
    await page.goto('/?to=2021-12-31');
    await expect(chart(page).locator('figcaption').textContent()).resolves.toBe('Events per year, by sector');
    await openNumbers(page);
    const years = await chart(page).locator('tbody th').allTextContents();
    expect(years).toEqual(Array.from({ length: Number(years.at(-1)) - Number(years[0]) + 1 }, (_, i) => String(Number(years[0]) + i)));
    await chart(page).locator('[data-chart-state]').scrollIntoViewIfNeeded();
    await bars(page).first().waitFor();
    const results = await new AxeBuilder({ page }).include('[data-events-chart]').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps the numbers table out of the HTML; without JS "Show the numbers" opens the same table on its own page, with a way back', async () => {
    const filtered = '/?from=2022-01-01&sector=sanctions-and-finance';
    const html = await (await fetch(new URL(filtered, baseUrl()))).text();
    const figure = html.slice(html.indexOf('data-events-chart'), html.indexOf('</figure>', html.indexOf('data-events-chart')));
    expect(figure).toContain('Show the numbers');
    expect(figure).not.toContain('<table');

    // With JS: the table drawn in place, from the chart's data.
    const { page, problems, close } = await openTracked({ width: 1280, height: 800 });
    await page.goto(filtered);
    await openNumbers(page);
    const drawn = await tableRows(chart(page));
    const headings = await chart(page).locator('thead th').allTextContents();
    expect(drawn.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();

    // Without JS: a plain link to /timeline/numbers with the same filters, and the same table there.
    const context = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(filtered);
    expect(await chart(noJs).locator('table').count()).toBe(0);
    const link = chart(noJs).getByRole('link', { name: 'Show the numbers' });
    await expect(link.getAttribute('href')).resolves.toBe('/timeline/numbers?sector=sanctions-and-finance&from=2022-01-01');
    await link.click();
    await noJs.waitForURL(/\/timeline\/numbers\?/);
    await expect(noJs.locator('h1').textContent()).resolves.toBe('Events per month, by sector');
    const table = noJs.locator('[data-events-numbers]');
    expect(await tableRows(table)).toEqual(drawn);
    expect(await table.locator('thead th').allTextContents()).toEqual(headings);
    // Axe runs on /timeline/numbers in accessibility.test.ts (it needs scripts, which this context has not).
    await noJs.getByRole('link', { name: /Back to the timeline/ }).click();
    await noJs.waitForURL(
      (url) =>
        url.pathname === '/' && url.searchParams.get('sector') === 'sanctions-and-finance' && url.searchParams.get('from') === '2022-01-01',
    );
    await context.close();
  });
});

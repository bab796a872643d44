import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, openPage } from '../support/e2e';
import { documentedFetch } from '../support/openapi-check';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const AXIS = '[data-timeline-axis]';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const viewport = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

async function ready(page: Page) {
  await page.waitForSelector(`${AXIS}[data-state="ready"]`);
  return page.locator(AXIS);
}

const dataView = (page: Page) => page.locator(AXIS).getAttribute('data-view');
const spanDays = (view: string | null) => {
  const [a, b] = (view ?? '').split('..').map((d) => Date.parse(d));
  return (b - a) / 86_400_000 + 1;
};

/** Waits until data-view differs from `before` (it is set only once the frame for the new window is painted). */
async function viewChange(page: Page, before: string | null) {
  await page.waitForFunction(([sel, b]) => document.querySelector(sel!)?.getAttribute('data-view') !== b, [AXIS, before] as const);
  return dataView(page);
}

/** The boxes of the tick labels a reader can see, and the pairs of them that overlap. */
async function overlappingTickLabels(page: Page) {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('[data-tick-label]')]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ text: el.textContent, r: el.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i].r, boxes[j].r];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
          clashes.push(`${boxes[i].text} × ${boxes[j].text}`);
      }
    }
    return { count: boxes.length, texts: boxes.map((b) => b.text), clashes };
  });
}

describe('the compact timeline API', () => {
  it('answers every event of the filtered set as columns, and 400 for bad parameters', async () => {
    const all = await (await documentedFetch(baseUrl(), `/api/v1/timeline`)).json();
    expect(all.start).toHaveLength(seed.events.length);
    expect(all.length).toHaveLength(seed.events.length);
    expect(all.lanes.map((l: { name: string }) => l.name)).toContain('No sector');
    // An event in several sectors appears in each of its lanes.
    const multi = seed.events.filter((e) => e.sectors.length > 1).reduce((n, e) => n + e.sectors.length - 1, 0);
    expect(all.more).toHaveLength(multi * 2);

    const rare = await (await documentedFetch(baseUrl(), `/api/v1/timeline?sector=rare-earths`)).json();
    expect(rare.start).toHaveLength(seed.events.filter((e) => e.sectors.includes('rare-earths')).length);

    for (const bad of ['from=2025-13-01', 'type=nope', 'from=2025-05-01&to=2025-01-01']) {
      const res = await documentedFetch(baseUrl(), `/api/v1/timeline?${bad}`);
      expect(res.status).toBe(400);
      expect((await res.json()).error).toBeTruthy();
    }
    const labels = await (await documentedFetch(baseUrl(), `/api/v1/timeline/labels?offset=1&limit=2`)).json();
    const ordered = [...seed.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
    expect(labels.data).toHaveLength(2);
    expect(ordered.map((e) => e.date.start)[1]).toBe(ordered.find((e) => e.slug === labels.data[0].slug)?.date.start);
    expect((await documentedFetch(baseUrl(), `/api/v1/timeline/labels?offset=-1`)).status).toBe(400);
    expect((await documentedFetch(baseUrl(), `/api/v1/timeline/labels?offset=0&limit=5000`)).status).toBe(400);
  });

  it('answers `/` for hand-edited view and zoom values, bringing a wild window back to the data', async () => {
    for (const query of [
      'view=0001-01-01..9999-12-31',
      'view=garbage',
      'view=2025-02-30..2025-03-01',
      'zoom=day&view=1700-01-01..1700-01-02',
      'zoom=nope',
    ]) {
      const res = await fetch(`${baseUrl()}/?${query}`);
      expect(res.status, query).toBe(200);
      const view = /data-view="([^"]+)"/.exec(await res.text())?.[1] ?? '';
      const [from, to] = view.split('..');
      expect(from <= '2025-04-03' && to >= '2014-01-01', `${query} → ${view}`).toBe(true);
    }
  });
});

describe('the client time axis in Chromium', () => {
  it('zooms and pans from buttons, keyboard, wheel and drag without any network request', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.setViewportSize(viewport.desktop);
    await page.goto('/');
    const axis = await ready(page);
    // Requests for this page's data or render (the API, or `/` itself, as RSC or HTML). Other pages'
    // link prefetches and the browser's favicon check on history changes are not the axis's doing.
    const requests: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path === '/' || path.startsWith('/api/')) requests.push(r.url());
    });

    let before = await dataView(page);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    let after = await viewChange(page, before);
    expect(spanDays(after)).toBeLessThan(spanDays(before) * 0.6);

    before = after;
    await page.getByRole('button', { name: 'Earlier' }).click();
    after = await viewChange(page, before);
    expect(after! < before!).toBe(true);

    await axis.focus();
    before = after;
    await page.keyboard.press('+');
    after = await viewChange(page, before);
    expect(spanDays(after)).toBeLessThan(spanDays(before));
    before = after;
    await page.keyboard.press('ArrowRight');
    after = await viewChange(page, before);
    expect(after! > before!).toBe(true);
    before = after;
    await page.keyboard.press('-');
    after = await viewChange(page, before);
    expect(spanDays(after)).toBeGreaterThan(spanDays(before));
    before = after;
    await page.keyboard.press('End');
    after = await viewChange(page, before);
    expect(after!.split('..')[1] >= '2025-04-03').toBe(true);

    // Wheel over the plot: vertical zooms around the pointer, horizontal pans.
    const canvas = page.locator(`${AXIS} canvas`);
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    before = after;
    await page.mouse.wheel(0, -400);
    after = await viewChange(page, before);
    expect(spanDays(after)).toBeLessThan(spanDays(before));
    before = after;
    await page.mouse.wheel(300, 0);
    after = await viewChange(page, before);
    expect(after! > before!).toBe(true);

    // Drag to the right shows earlier dates.
    before = after;
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    after = await viewChange(page, before);
    expect(after! > before!).toBe(true);
    expect(spanDays(after)).toBeCloseTo(spanDays(before), -1);

    expect(requests).toEqual([]);
    expect(new URL(page.url()).searchParams.get('view')).toBe(after);
    expect(problems).toEqual([]);
    await close();
  });

  for (const [name, size] of Object.entries(viewport)) {
    it(`never overlaps tick labels at any zoom from the whole range to days (${name})`, async () => {
      const { page, close } = await openPage(browser);
      await page.setViewportSize(size);
      await page.goto('/');
      const axis = await ready(page);
      const box = (await axis.boundingBox())!;
      expect(box.height).toBeLessThanOrEqual(name === 'phone' ? 200 : 260);
      await axis.focus();
      const seen: string[][] = [];
      for (let step = 0; step < 20; step++) {
        const { clashes, texts } = await overlappingTickLabels(page);
        expect(clashes).toEqual([]);
        seen.push(texts.map(String));
        const before = await dataView(page);
        if (spanDays(before) <= 7) break;
        await page.keyboard.press('+');
        await viewChange(page, before);
      }
      // The coarsest level shows years, the finest shows day numbers under a "Mon YYYY" row.
      expect(seen[0].some((t) => /^\d{4}$/.test(t))).toBe(true);
      expect(seen.at(-1)!.some((t) => /^\d{1,2}$/.test(t))).toBe(true);
      expect(seen.at(-1)!.some((t) => /^[A-Z][a-z]{2} \d{4}$/.test(t))).toBe(true);
      // Panning across year and month boundaries at day zoom keeps them apart too.
      for (let i = 0; i < 6; i++) {
        const before = await dataView(page);
        await page.keyboard.press('ArrowLeft');
        await viewChange(page, before);
        expect((await overlappingTickLabels(page)).clashes).toEqual([]);
      }
      await close();
    });
  }

  it('keeps the view in the URL: a shared link reproduces it and Back restores the previous one', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto('/?view=2025-01-01..2025-03-31');
    const axis = await ready(page);
    expect(await dataView(page)).toBe('2025-01-01..2025-03-31');
    await axis.focus();
    await page.keyboard.press('+');
    const zoomed = await viewChange(page, '2025-01-01..2025-03-31');
    await page.waitForURL((url) => url.searchParams.get('view') === zoomed);
    await page.keyboard.press('ArrowRight');
    const panned = await viewChange(page, zoomed);
    await page.waitForURL((url) => url.searchParams.get('view') === panned);

    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('view') === zoomed);
    await page.waitForFunction(([sel, v]) => document.querySelector(sel!)?.getAttribute('data-view') === v, [AXIS, zoomed] as const);
    await page.goBack();
    await page.waitForFunction(([sel, v]) => document.querySelector(sel!)?.getAttribute('data-view') === v, [
      AXIS,
      '2025-01-01..2025-03-31',
    ] as const);

    // A fresh page on the shared link shows the same window.
    const other = await openPage(browser);
    await other.page.goto(`/?view=${panned}`);
    await ready(other.page);
    expect(await dataView(other.page)).toBe(panned);
    await other.close();
    expect(problems).toEqual([]);
    await close();
  });

  it('steps through events from the keyboard with a card, and Enter opens the event', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto('/?view=2025-01-01..2025-01-10');
    const axis = await ready(page);
    await axis.focus();
    await page.keyboard.press(']');
    const card = page.locator(`${AXIS} [role="status"]`);
    await expect(card.textContent()).resolves.toBeTruthy();
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('energy and AI'), `${AXIS} [role="status"]`);
    expect(await card.textContent()).toContain('2025');
    await page.keyboard.press(']');
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('Senate Budget'), `${AXIS} [role="status"]`);
    expect(await card.textContent()).toContain('3 January 2025');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\/2025-01-03-graham-heads-senate-budget-committee$/);
    expect(problems).toEqual([]);
    await close();
  });

  for (const [name, size] of Object.entries(viewport)) {
    it(`takes over from the server axis without moving the page (CLS ≤ 0.02, ${name})`, async () => {
      const { page, close } = await openPage(browser);
      await page.setViewportSize(size);
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
            if (!e.hadRecentInput) w.cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto('/');
      await ready(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThanOrEqual(0.02);
      await close();
    });
  }

  it('stays axe-clean once the client axis has taken over, with a card open', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/?view=2025-01-01..2025-01-10');
    const axis = await ready(page);
    await axis.focus();
    await page.keyboard.press(']');
    await page.waitForSelector(`${AXIS} [role="status"]`);
    const results = await new AxeBuilder({ page }).include(AXIS).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await close();
  });

  it('brushing a range with shift+drag filters the list to it', async () => {
    const { page, close } = await openPage(browser);
    await page.setViewportSize(viewport.desktop);
    await page.goto('/?view=2025-03-01..2025-04-30');
    await ready(page);
    const box = (await page.locator(`${AXIS} canvas`).boundingBox())!;
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + box.width * 0.4, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + 10, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await page.waitForURL((url) => url.searchParams.has('from') && url.searchParams.has('to'));
    const url = new URL(page.url());
    const [from, to] = [url.searchParams.get('from')!, url.searchParams.get('to')!];
    expect(from > '2025-03-10' && from < to && to < '2025-04-20').toBe(true);
    expect(url.searchParams.get('view')).toBe(`${from}..${to}`);
    await close();
  });

  it('without JavaScript shows the server axis with working links and no overlapping labels', async () => {
    for (const size of Object.values(viewport)) {
      const { page, close } = await openPage(browser, { javaScriptEnabled: false });
      await page.setViewportSize(size);
      await page.goto('/');
      expect(await page.locator(`${AXIS}[data-state="static"]`).count()).toBe(1);
      expect((await overlappingTickLabels(page)).clashes).toEqual([]);
      expect((await overlappingTickLabels(page)).count).toBeGreaterThan(1);
      // Lanes fill the width: the image of the marks spans the plot, and the last period link sits in the right part of the box.
      const axisBox = (await page.locator(AXIS).boundingBox())!;
      expect(
        await page
          .locator(`${AXIS} img[src^="/timeline/axis-image"]`)
          .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
      ).toBe(true);
      const xs = await page.locator(`${AXIS} a[data-period]`).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
      expect(Math.max(...xs)).toBeGreaterThan(axisBox.x + axisBox.width * 0.8);
      // Full lane names, never cut in the markup.
      const lanes = await page.locator(`${AXIS} li`).evaluateAll((els) => els.map((el) => [el.getAttribute('title'), el.textContent]));
      expect(lanes.map(([, text]) => text)).toContain('Rare earths and critical minerals');
      for (const [title, text] of lanes) expect(text).toBe(title);
      await close();
    }
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/?view=2025-03-01..2025-04-30');
    expect(await page.locator(AXIS).getAttribute('data-view')).toBe('2025-03-01..2025-04-30');
    await page.locator(`${AXIS} a[data-period="2025-03-31"]`).click();
    await page.waitForURL(/from=2025-03-31/);
    // The day's events, and at least the one known only to March (it overlaps that day).
    expect(await page.locator('article h4').count()).toBeGreaterThanOrEqual(2);
    await close();
  });
});

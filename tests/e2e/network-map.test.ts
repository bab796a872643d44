/**
 * /network and /map in Chromium on the seeded data: the graph's nodes link
 * to profiles, focus lights neighbours, the pair table is the graph, the
 * markers match the place list, filters narrow both, bad filters are
 * reported, and an editor's draft or trashed event stays off the map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { editBaseUrl, launchBrowser, openPage, type Page } from '../support/e2e';
import { signedInContext } from '../support/auth';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The drawn graph as "slugA|slugB" → weight, from the SVG's nodes and edges. */
async function graphPairs(page: Page) {
  return page.evaluate(() => {
    const slugOf = new Map([...document.querySelectorAll<SVGElement>('[data-node]')].map((n) => [n.dataset.node!, n.dataset.slug!]));
    return Object.fromEntries(
      [...document.querySelectorAll<SVGElement>('[data-edge]')].map((e) => [
        [slugOf.get(e.dataset.a!)!, slugOf.get(e.dataset.b!)!].sort().join('|'),
        Number(e.dataset.weight),
      ]),
    );
  });
}

/** The pair table as "slugA|slugB" → shared events. */
async function tablePairs(page: Page) {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('[data-pair]')].map((row) => [
        row.dataset.pair!.split('|').sort().join('|'),
        Number(row.querySelector<HTMLElement>('[data-weight]')!.dataset.weight),
      ]),
    ),
  );
}

describe('/network', () => {
  it('draws the seeded actors as links to their profiles, and the table lists exactly the drawn pairs', async () => {
    const { page, problems, close } = await openPage(browser);
    const response = await page.goto('/network');
    expect(response?.status()).toBe(200);
    const nodes = page.locator('[data-testid="network-svg"] a[data-node]');
    expect(await nodes.count()).toBeGreaterThan(3);
    for (const href of await nodes.evaluateAll((list) => list.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/actors\/[a-z0-9-]+$/);
    const graph = await graphPairs(page);
    expect(Object.keys(graph).length).toBeGreaterThan(0);
    expect(await tablePairs(page)).toEqual(graph);
    // The seeded Washington talks: Dmitriev met Witkoff.
    expect(graph['kirill-dmitriev|steve-witkoff']).toBeGreaterThanOrEqual(1);

    await Promise.all([page.waitForURL(/\/actors\/kirill-dmitriev$/), page.locator('a[data-slug="kirill-dmitriev"]').click()]);
    expect(await page.locator('h1').textContent()).toBe('Kirill Dmitriev');
    expect(problems).toEqual([]);
    await close();
  });

  it('lights an actor, its neighbours and its edges on keyboard focus and on hover', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/network');
    const graph = await graphPairs(page);
    const expected = Object.keys(graph)
      .filter((pair) => pair.split('|').includes('kirill-dmitriev'))
      .flatMap((pair) => pair.split('|'));
    await page.locator('a[data-slug="kirill-dmitriev"]').focus();
    const lit = () =>
      page.evaluate(() => ({
        active: document.querySelector('.network-graph[data-active]') !== null,
        nodes: [...document.querySelectorAll<SVGElement>('[data-node][data-lit]')].map((n) => n.dataset.slug!).sort(),
        edges: document.querySelectorAll('[data-edge][data-lit]').length,
        allEdges: document.querySelectorAll('[data-edge]').length,
      }));
    const focused = await lit();
    expect(focused.active).toBe(true);
    expect(focused.nodes).toEqual([...new Set(['kirill-dmitriev', ...expected])].sort());
    expect(focused.edges).toBe(Object.keys(graph).filter((p) => p.split('|').includes('kirill-dmitriev')).length);
    expect(focused.edges).toBeLessThan(focused.allEdges);
    // The next actor in tab order takes the highlight over.
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset?.slug);
    expect(next).toBeTruthy();
    expect((await lit()).nodes).toContain(next);

    await page.locator('h1').click();
    expect((await lit()).active).toBe(false);
    await page.locator('a[data-slug="steve-witkoff"]').hover();
    expect((await lit()).nodes).toContain('kirill-dmitriev');
    await close();
  });

  it('narrows with the timeline filters, from the form and from the address', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/network');
    const all = Object.keys(await graphPairs(page)).length;
    await page.locator('input[name="type"][value="visit"]').check();
    await Promise.all([page.waitForURL(/type=visit/), page.getByRole('button', { name: 'Apply filters' }).click()]);
    const visits = await graphPairs(page);
    expect(Object.keys(visits).length).toBeLessThan(all);
    expect(await tablePairs(page)).toEqual(visits);

    await page.goto('/network?from=2099-01-01');
    expect(await page.getByTestId('network-empty').count()).toBe(1);
    expect(await page.locator('[data-edge]').count()).toBe(0);

    // An actor's profile links to its neighbourhood: every pair drawn there is among the events of that actor.
    await page.goto('/actors/kirill-dmitriev');
    await Promise.all([page.waitForURL(/\/network\?actor=kirill-dmitriev/), page.getByTestId('neighbourhood-link').click()]);
    expect(await page.locator('.net-focused[data-slug="kirill-dmitriev"]').count()).toBe(1);
    const ego = Object.keys(await graphPairs(page));
    expect(ego.length).toBeGreaterThan(0);
    expect(ego.length).toBeLessThanOrEqual(all);
    await close();
  });

  it('lists the events a pair shared, as many as the table counts', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto('/network');
    const first = page.locator('[data-pair] [data-weight]').first();
    const weight = Number(await first.getAttribute('data-weight'));
    await Promise.all([page.waitForURL(/pair=/), first.click()]);
    expect(await page.locator('[data-testid="shared-events"] li').count()).toBe(weight);
    await close();
  });

  it.each([
    ['/network?from=not-a-date', /from/],
    ['/network?type=party', /type/],
    ['/network?pair=only-one', /pair/],
    ['/network?from=2025-05-01&to=2025-01-01', /to/],
  ])('reports a filter it cannot read (%s) instead of failing', async (path, field) => {
    const { page, close } = await openPage(browser);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole('alert').first().textContent()).toMatch(field);
    await close();
  });
});

describe('/map', () => {
  const seededCounts = new Map<string, number>();
  for (const e of seed.events) if (e.place) seededCounts.set(e.place, (seededCounts.get(e.place) ?? 0) + 1);

  it('draws one marker per place of the list, sized by its count, with no atlas shipped to the browser', async () => {
    const { page, problems, close } = await openPage(browser);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const response = await page.goto('/map');
    expect(response?.status()).toBe(200);
    const markers = await page.$$eval('[data-marker]', (list) =>
      list.map((a) => ({
        key: a.getAttribute('data-marker')!,
        count: Number(a.getAttribute('data-count')),
        r: Number(a.querySelector('circle')!.getAttribute('r')),
      })),
    );
    const listed = await page.$$eval('[data-place]', (list) =>
      list.map((li) => ({ key: li.getAttribute('data-place')!, count: Number(li.getAttribute('data-count')) })),
    );
    expect(Object.fromEntries(markers.map((m) => [m.key, m.count]))).toEqual(Object.fromEntries(listed.map((p) => [p.key, p.count])));
    expect(Object.fromEntries(listed.map((p) => [p.key, p.count]))).toEqual(Object.fromEntries(seededCounts));
    // Area follows the count: radius ratio is the square root of the count ratio (a one-event marker has at least 3 px).
    const big = markers.find((m) => m.key === 'washington-dc')!;
    const two = markers.find((m) => m.key === 'moscow')!;
    expect(two.r / big.r).toBeCloseTo(Math.sqrt(two.count / big.count), 1);
    // The land is a path drawn on the server; no TopoJSON or tile is fetched.
    expect((await page.locator('[data-testid="map-svg"] path.map-land').getAttribute('d'))!.length).toBeGreaterThan(5000);
    expect(requests.filter((u) => /topojson|land-110m|countries-|tile/i.test(u) || !u.startsWith(page.url().split('/map')[0]))).toEqual([]);
    const html = await (await fetch(page.url())).text();
    expect(html.length).toBeLessThan(200_000);
    expect(problems).toEqual([]);
    await close();
  });

  it('lists a marker’s events when it is clicked, and by keyboard', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/map');
    await Promise.all([page.waitForURL(/place=washington-dc/), page.locator('[data-marker="washington-dc"]').click()]);
    const titles = await page.locator('[data-testid="place-events"] li a').allTextContents();
    expect(titles.sort()).toEqual(
      seed.events
        .filter((e) => e.place === 'washington-dc')
        .map((e) => e.title)
        .sort(),
    );
    expect(await page.locator('#place-events-heading').textContent()).toContain('Washington, D.C.');

    await page.locator('[data-marker="moscow"]').focus();
    await Promise.all([page.waitForURL(/place=moscow/), page.keyboard.press('Enter')]);
    expect(await page.locator('[data-testid="place-events"] li').count()).toBe(seededCounts.get('moscow'));
    await close();
  });

  it('narrows with the filters and reports bad ones', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/map?from=2025-04-01');
    const keys = await page.$$eval('[data-marker]', (list) => list.map((a) => a.getAttribute('data-marker')));
    expect(keys).toContain('washington-dc');
    expect(keys).not.toContain('seychelles');
    expect(keys).not.toContain('riyadh');
    await page.goto('/map?place=seychelles&from=2025-01-01');
    expect(await page.getByTestId('place-events-empty').count()).toBe(1);
    for (const path of ['/map?place=%3Cscript%3E', '/map?to=2025-13-45', '/map?sector=Not%20A%20Slug']) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
    }
    await close();
  });
});

describe('both pages at 390 px, in light and dark', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(['/network', '/network?actor=kirill-dmitriev&pair=kirill-dmitriev,steve-witkoff', '/map', '/map?place=washington-dc'])(
      `%s is axe clean and fits the screen (${scheme})`,
      async (path) => {
        const { page, close } = await openPage(browser);
        await page.setViewportSize({ width: 390, height: 844 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        expect(
          results.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
          ),
        ).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
        await close();
      },
    );
  }
});

describe('the event form’s place field (editors’ server)', () => {
  async function newEvent(page: Page, title: string, status: 'draft' | 'published', place: Record<string, string>) {
    await page.goto('/admin/events/new');
    await page.fill('#title', title);
    await page.fill('#startDate', '2025-07-01');
    await page.fill('#summary', 'Saved by the map test.');
    await page.fill('#citations-0-source', seed.sources[0].title);
    await page.fill('#citations-0-quote', 'A quotation for the map test.');
    for (const [field, value] of Object.entries(place)) await page.fill(`#${field}`, value);
    await page.selectOption('#status', status);
    await page.click('button:has-text("Create event")');
  }

  it('shows coordinate errors next to the field, and maps a published event but never a draft or a trashed one', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    await newEvent(page, 'Map test: out of range', 'draft', { latitude: '123', longitude: '10' });
    await page.locator('#latitude-errors').getByText('Latitude must be between −90 and 90').waitFor();
    expect(await page.getAttribute('#latitude', 'aria-invalid')).toBe('true');
    expect(await page.inputValue('#latitude')).toBe('123');
    expect(await page.locator('#place-options option[value="moscow"]').count()).toBe(1);

    await newEvent(page, 'Map test: a draft in Istanbul', 'draft', { latitude: '41.0082', longitude: '28.9784' });
    await page.waitForURL(/saved=1/);
    await newEvent(page, 'Map test: published in Anchorage', 'published', {
      location: 'Anchorage',
      latitude: '61.2181',
      longitude: '-149.9003',
    });
    await page.waitForURL(/saved=1/);
    const id = new URL(page.url()).pathname.split('/').pop()!;

    const reader = await browser.newPage({ baseURL: editBaseUrl() });
    await reader.goto('/map');
    expect(await reader.locator('[data-marker="61.2181,-149.9003"]').getAttribute('aria-label')).toBe('Anchorage: 1 event');
    expect(await reader.locator('[data-marker="41.0082,28.9784"]').count()).toBe(0);

    await page.goto(`/admin/events/${id}`);
    expect(await page.inputValue('#latitude')).toBe('61.2181');
    await page.getByText('Move to the trash…').click();
    await Promise.all([page.waitForURL(/trashed=/), page.getByRole('button', { name: 'Yes, move this event to the trash' }).click()]);
    await reader.goto('/map');
    expect(await reader.locator('[data-marker="61.2181,-149.9003"]').count()).toBe(0);
    await reader.close();
    await context.close();
  });
});

/**
 * The filter bar in Chromium: the controls always show what the URL says
 * (after Back, an axis link, a chip's removal), several values per facet
 * work with and without JavaScript, it works from the keyboard, and
 * "Download this view" returns exactly the events the page counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'csv-parse/sync';
import { AxeBuilder } from '@axe-core/playwright';
import { baseUrl, launchBrowser, openPage } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const countOf = (sectors: string[], types: string[] = []) =>
  seed.events.filter((e) => (!sectors.length || e.sectors.some((s) => sectors.includes(s))) && (!types.length || types.includes(e.type)))
    .length;
// The two sectors with the most events, and the type most common among the first one's events.
const [sectorA, sectorB] = [...new Set(seed.events.flatMap((e) => e.sectors))].sort((a, b) => countOf([b]) - countOf([a]));
const typeInA = [...new Set(seed.events.filter((e) => e.sectors.includes(sectorA)).map((e) => e.type))].sort(
  (a, b) => countOf([sectorA], [b]) - countOf([sectorA], [a]),
)[0];
const sectorName = (slug: string) => seed.sectors.find((s) => s.slug === slug)!.name;

/** Fills every facet panel (as a pointer or focus on its summary would), so each value has its box. */
async function fillPanels(page: Page) {
  await page.waitForFunction(() => {
    const waiting = [...document.querySelectorAll('#timeline-filters details[data-facet] a[href^="/timeline/filters"]')];
    for (const link of waiting) link.closest('details')?.querySelector('summary')?.dispatchEvent(new FocusEvent('focus'));
    return waiting.length === 0;
  });
}

/** What the controls say, read from the DOM. */
async function controls(page: Page) {
  await fillPanels(page);
  return page.evaluate(() => {
    const form = document.getElementById('timeline-filters') as HTMLFormElement;
    const checked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[type=checkbox][name=${name}]`)]
        .filter((i) => i.checked)
        .map((i) => i.value)
        .sort();
    const value = (name: string) => form.querySelector<HTMLInputElement>(`input[name=${name}]`)!.value;
    return {
      actor: checked('actor'),
      sector: checked('sector'),
      type: checked('type'),
      q: value('q'),
      from: value('from'),
      to: value('to'),
    };
  });
}

/** What the URL says, in the same shape. */
function fromUrl(page: Page) {
  const params = new URL(page.url()).searchParams;
  const all = (name: string) => params.getAll(name).sort();
  return {
    actor: all('actor'),
    sector: all('sector'),
    type: all('type'),
    q: params.get('q') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
  };
}

async function shownCount(page: Page) {
  return Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
}

async function untilCount(page: Page, n: number) {
  await page.waitForFunction(
    (want) => document.querySelector('[data-result-count]')?.getAttribute('data-result-count') === String(want),
    n,
  );
}

async function tick(page: Page, facet: string, value: string) {
  const details = page.locator(`details[data-facet="${facet}"]`);
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
  await details.locator(`input[value="${value}"]`).click();
}

describe('the filter bar follows the URL (Chromium)', () => {
  it('after ticking, after Back, after removing a chip and after an axis link', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto(`/?sector=${sectorA}`);
    expect(await controls(page)).toEqual(fromUrl(page));
    await untilCount(page, countOf([sectorA]));

    // Ticking a type keeps the sector (it used to be dropped silently).
    await tick(page, 'type', typeInA);
    await page.waitForURL((url) => url.searchParams.has('type'));
    expect(fromUrl(page)).toMatchObject({ sector: [sectorA], type: [typeInA] });
    await untilCount(page, countOf([sectorA], [typeInA]));
    expect(await controls(page)).toEqual(fromUrl(page));

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('type'));
    await untilCount(page, countOf([sectorA]));
    expect(await controls(page)).toEqual(fromUrl(page));
    expect((await controls(page)).type).toEqual([]);

    await page.goForward();
    await page.waitForURL((url) => url.searchParams.has('type'));
    await untilCount(page, countOf([sectorA], [typeInA]));
    expect(await controls(page)).toEqual(fromUrl(page));

    // The chip has the sector's name, not its slug; removing it unticks the box.
    const chip = page.getByRole('link', { name: `Remove sector ${sectorName(sectorA)}` });
    expect(await chip.textContent()).toContain(sectorName(sectorA));
    await chip.click();
    await page.waitForURL((url) => !url.searchParams.has('sector'));
    await untilCount(page, countOf([], [typeInA]));
    expect(await controls(page)).toEqual(fromUrl(page));
    expect((await controls(page)).sector).toEqual([]);

    // A lane's name on the (client) axis narrows to that sector: the boxes show it.
    await page.goto('/');
    await page.waitForSelector('[data-timeline-axis][data-state="ready"]');
    const axisLink = page.locator('[data-timeline-axis][data-state="ready"] a[aria-label^="Show only"]:visible').first();
    await axisLink.click();
    await page.waitForURL((url) => url.searchParams.has('sector'));
    await fillPanels(page);
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLInputElement>('input[name=sector]')].some((i) => i.checked));
    expect(await controls(page)).toEqual(fromUrl(page));
    expect(problems).toEqual([]);
    await close();
  });
});

describe('several values per facet', () => {
  it('with JavaScript: each tick applies at once, OR within the facet, and the chips name each value', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto('/?sort=asc');
    await tick(page, 'sector', sectorA);
    await page.waitForURL((url) => url.searchParams.getAll('sector').length === 1);
    await tick(page, 'sector', sectorB);
    await page.waitForURL((url) => url.searchParams.getAll('sector').length === 2);
    await untilCount(page, countOf([sectorA, sectorB]));
    // Only filled-in fields reach the URL, and the list order is kept.
    const url = new URL(page.url());
    expect([...url.searchParams.keys()].sort()).toEqual(['sector', 'sector', 'sort']);
    expect(url.searchParams.get('sort')).toBe('asc');
    expect(await page.locator('[data-chip-group="sector"] [data-chip]').count()).toBe(2);
    expect(await page.locator('summary', { hasText: 'Sector' }).textContent()).toContain('2');
    // The count beside each value is visible text, not only inside a select.
    const label = page.locator(`details[data-facet="sector"] label:has(input[value="${sectorA}"])`);
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toContain(String(countOf([sectorA])));
    expect(problems).toEqual([]);
    await close();
  });

  it('without JavaScript: a panel links to a page of its values with counts; tick two, Apply, the page shows the OR of both', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    // Counts on the page of a facet's values are with the other facets applied (AND across facets).
    await page.goto(`/timeline/filters?facet=sector&type=${typeInA}`);
    expect(await page.locator(`label:has(input[name=sector][value="${sectorA}"])`).textContent()).toContain(
      `${sectorName(sectorA)} ${countOf([sectorA], [typeInA])}`,
    );

    await page.goto('/?sort=asc');
    // The panel carries no options in the page: a link to a page listing them, for the same view.
    await page.locator('details[data-facet="sector"] summary').click();
    expect(await page.locator('details[data-facet="sector"] input[name=sector]').count()).toBe(0);
    await page.locator('details[data-facet="sector"]').getByRole('link', { name: 'Choose sectors…' }).click();
    await page.waitForURL((url) => url.pathname === '/timeline/filters');
    // Each value with its count, as visible text.
    const label = page.locator(`label:has(input[name=sector][value="${sectorA}"])`);
    expect(await label.isVisible()).toBe(true);
    expect(await label.textContent()).toContain(`${sectorName(sectorA)} ${countOf([sectorA])}`);
    // (Its axe check is in accessibility.test.ts: axe needs scripts.)
    await page.locator(`input[name=sector][value="${sectorA}"]`).check();
    await page.locator(`input[name=sector][value="${sectorB}"]`).check();
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL((url) => url.pathname === '/' && url.searchParams.getAll('sector').length === 2);
    // The order came through the form's hidden fields; the count is the OR of both sectors.
    expect(new URL(page.url()).searchParams.get('sort')).toBe('asc');
    expect(await shownCount(page)).toBe(countOf([sectorA, sectorB]));
    expect(await page.locator('[data-chip-group="sector"] [data-chip]').count()).toBe(2);

    await page.goto(`/?sector=${sectorA}&sector=${sectorB}`);
    expect(await shownCount(page)).toBe(countOf([sectorA, sectorB]));
    expect(await page.locator('#timeline-lead p').textContent()).toMatch(
      countOf([sectorA, sectorB]) === 1 ? /^1 event matches the filters, latest / : /^\d+ events match the filters, latest /,
    );
    // A date preset is a plain link (on the period page) and keeps the sectors.
    await page.locator('details[data-facet="date"] summary').click();
    await page.locator('details[data-facet="date"]').getByRole('link', { name: 'Choose a period…' }).click();
    await page.waitForURL((url) => url.pathname === '/timeline/filters');
    await page.getByRole('link', { name: /^2025 \d+ events?$/ }).click();
    await page.waitForURL((url) => url.searchParams.get('from') === '2025-01-01');
    expect(new URL(page.url()).searchParams.getAll('sector').sort()).toEqual([sectorA, sectorB].sort());
    // And back from a period page is the same view.
    await page.locator('details[data-facet="date"] summary').click();
    await page.locator('details[data-facet="date"]').getByRole('link', { name: 'Choose a period…' }).click();
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2025-12-31');
    await close();
  });

  it('works from the keyboard: open a facet, tick with Space, focus stays, Escape closes', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/');
    const summary = page.locator('details[data-facet="sector"] summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('details[data-facet="sector"]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    // The options come when the panel opens (or the summary gets focus).
    await page.locator('details[data-facet="sector"] input[name=sector]').first().waitFor();
    await page.keyboard.press('Tab');
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    await page.keyboard.press('Space');
    await page.waitForURL((url) => url.searchParams.get('sector') === value);
    await untilCount(page, countOf([value]));
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(value);
    await page.keyboard.press('Escape');
    expect(await page.locator('details[data-facet="sector"]').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    await close();
  });
});

describe('Download this view', () => {
  it('CSV and JSON hold exactly the events the page counts, with the same filters', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(`/?sector=${sectorA}&sector=${sectorB}&sort=asc`);
    const count = await shownCount(page);
    expect(count).toBe(countOf([sectorA, sectorB]));
    await page.locator('[data-download] summary').click();
    const csvHref = await page.locator('[data-download] a[data-format="csv"]').getAttribute('href');
    const jsonHref = await page.locator('[data-download] a[data-format="json"]').getAttribute('href');
    for (const href of [csvHref!, jsonHref!])
      expect(new URL(href, page.url()).searchParams.getAll('sector').sort()).toEqual([sectorA, sectorB].sort());

    const csv = await page.request.get(csvHref!);
    const rows = parse(await csv.text(), { columns: true }) as { slug: string }[];
    const json = (await (await page.request.get(jsonHref!)).json()) as { data: { slug: string }[] };
    expect(rows.length).toBe(count);
    expect(json.data.length).toBe(count);
    expect(json.data.map((e) => e.slug).sort()).toEqual(rows.map((r) => r.slug).sort());
    // The slugs on screen (the first page) are all in the files.
    const onScreen = await page
      .locator('main a[href^="/events/"]')
      .evaluateAll((links) => links.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).pathname.split('/')[2])));
    expect(onScreen.length).toBeGreaterThan(0);
    for (const slug of onScreen) expect(rows.map((r) => r.slug)).toContain(slug);

    // The footer's CSV link exports the same view.
    const footer = await page.locator('footer a[href^="/api/v1/events.csv"]').getAttribute('href');
    expect(new URL(footer!, page.url()).searchParams.getAll('sector').sort()).toEqual([sectorA, sectorB].sort());
    await close();
  });
});

describe('the open filter bar is accessible', () => {
  it.each(['light', 'dark'] as const)('has no serious axe violations with every menu open (%s)', async (scheme) => {
    const { page, close } = await openPage(browser);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`/?sector=${sectorA}&sector=${sectorB}&type=${typeInA}&from=2025-01-01&to=2025-12-31&q=a`);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
    await page.waitForFunction(() => !document.querySelector('details[data-facet] a[href^="/timeline/filters"]'));
    const results = await new AxeBuilder({ page }).include('main').withTags(['wcag2a', 'wcag2aa']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious).toEqual([]);
    await close();
  });
});

describe('the actor facet', () => {
  it('lists the 15 actors with most events, a chosen one beyond them ticked with its count, and a way to the others', async () => {
    const eventsOf = (slug: string) => seed.events.filter((e) => e.actors.some((a) => a.actor === slug)).length;
    const ranked = [...new Set(seed.events.flatMap((e) => e.actors.map((a) => a.actor)))].sort((a, b) => eventsOf(b) - eventsOf(a));
    expect(ranked.length).toBeGreaterThan(15);
    const { page, close } = await openPage(browser);
    await page.goto('/');
    const boxes = page.locator('details[data-facet="actor"] input[name=actor]');
    await page.locator('details[data-facet="actor"] summary').click();
    await boxes.first().waitFor();
    const listed = await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(listed).toHaveLength(15);
    // Those with most events: none left out has more than the least of those listed.
    const beyond = ranked.filter((slug) => !listed.includes(slug));
    for (const slug of beyond) expect(eventsOf(slug), slug).toBeLessThanOrEqual(Math.min(...listed.map(eventsOf)));
    const more = page.locator('details[data-facet="actor"] [data-more-actors]');
    expect(await more.textContent()).toBe('More actors: search by name, or browse all actors.');
    await expect(more.getByRole('link', { name: 'browse all actors' }).getAttribute('href')).resolves.toBe('/actors');
    await expect(more.getByRole('link', { name: 'search by name' }).getAttribute('href')).resolves.toBe('#f-q');

    // An actor the URL chooses beyond the top 15 is listed too, ticked, with its count.
    const chosen = beyond.at(-1)!;
    await page.goto(`/?actor=${chosen}`);
    await page.locator('details[data-facet="actor"] summary').click();
    await boxes.first().waitFor();
    expect(await boxes.count()).toBe(16);
    const label = page.locator(`details[data-facet="actor"] label:has(input[value="${chosen}"])`);
    expect(await label.locator('input').isChecked()).toBe(true);
    expect(await label.locator('span').nth(1).textContent()).toBe(String(eventsOf(chosen)));
    await close();
  });
});

describe('the panels route (/timeline/facets)', () => {
  it("answers a facet's options or the date presets for the view, public with an ETag, and 400 for an unknown facet", async () => {
    const res = await fetch(`${baseUrl()}/timeline/facets?facet=sector&type=${typeInA}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/^public/);
    const etag = res.headers.get('etag');
    expect(etag).toBeTruthy();
    const body = (await res.json()) as { options: [string, string, number][]; hidden: number };
    // Counts with the other facets applied (AND across), the same as the page counts.
    expect(body.options.find(([value]) => value === sectorA)).toEqual([sectorA, sectorName(sectorA), countOf([sectorA], [typeInA])]);
    const again = await fetch(`${baseUrl()}/timeline/facets?facet=sector&type=${typeInA}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);

    const dates = (await (await fetch(`${baseUrl()}/timeline/facets?facet=date&sector=${sectorA}&sort=asc`)).json()) as {
      presets: [string, string, number | null, boolean][];
    };
    const year = dates.presets.find(([label]) => label === '2025')!;
    const href = new URL(year[1], baseUrl());
    expect([href.pathname, href.searchParams.get('sector'), href.searchParams.get('sort'), href.searchParams.get('from')]).toEqual([
      '/',
      sectorA,
      'asc',
      '2025-01-01',
    ]);
    for (const bad of ['facet=nope', '', 'facet=sector&from=2025-13-45'])
      expect((await fetch(`${baseUrl()}/timeline/facets?${bad}`)).status, bad).toBe(400);
  });
});

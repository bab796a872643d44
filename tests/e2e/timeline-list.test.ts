/**
 * The list on `/` in Chromium: newest first, the order toggle, earlier and
 * later pages by keyset and back, and jump to date with and without
 * JavaScript. Sixty events of one test sector (crowded onto a few dates, so
 * page boundaries fall among ties) go into the editors' database; every page
 * here is filtered to that sector, so no other test's view changes.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { editBaseUrl, launchBrowser, openPage } from '../support/e2e';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const tag = randomBytes(4).toString('hex');
const source = buildSource({ id: `list-source-${tag}` });
const sector = buildSector({ slug: `list-${tag}`, name: `List sector ${tag}` });
const days = ['2033-01-10', '2033-01-10', '2033-01-10', '2033-02-01', '2033-02-14', '2033-02-14', '2033-03-03', '2033-05-20'];
const events = Array.from({ length: 60 }, (_, i) =>
  buildEvent(source.id, {
    slug: `list-${tag}-${String(i).padStart(2, '0')}`,
    title: `List event ${tag} ${String(i).padStart(2, '0')}`,
    date: { start: days[i % days.length], precision: 'day', end: null, approximate: false },
    sectors: [sector.slug],
  }),
);
const here = `/?sector=${sector.slug}`;

let database: Database;
let browser: Browser;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  await writeDataset(database.prisma, buildDataset({ sources: [source], sectors: [sector], actors: [], events }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await database?.prisma.event.deleteMany({ where: { slug: { startsWith: `list-${tag}-` } } });
  await database?.close();
});

const titles = (page: Page) => page.locator('article h4').allTextContents();
const dates = (page: Page) => page.locator('article time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));

/** Follows a link by its name and waits for the page it leads to. */
async function follow(page: Page, name: string) {
  const from = page.url();
  await Promise.all([page.waitForURL((u) => u.href !== from), page.getByRole('link', { name, exact: true }).click()]);
  await page.waitForLoadState('load');
}

describe('the list on / in Chromium', () => {
  it('is newest first, and Earlier/Later walk every event once and come back to the same pages', async () => {
    const { page, problems, close } = await openPage(browser, { baseURL: editBaseUrl() });
    await page.goto(here);
    const first = await titles(page);
    expect(first.length).toBe(20);
    const firstDates = await dates(page);
    expect(firstDates[0]).toBe('2033-05-20');
    expect(firstDates).toEqual([...firstDates].sort().reverse());
    // On the first page there is nothing later.
    expect(await page.getByRole('link', { name: 'Later events', exact: true }).count()).toBe(0);

    await follow(page, 'Earlier events');
    const second = await titles(page);
    await follow(page, 'Earlier events');
    const third = await titles(page);
    expect(third.length).toBe(20);
    expect(await page.getByRole('link', { name: 'Earlier events', exact: true }).count()).toBe(0);
    const seen = [...first, ...second, ...third];
    expect(new Set(seen).size).toBe(60);
    const allDates = [...firstDates, ...(await dates(page))];
    expect(allDates.at(-1)).toBe('2033-01-10');

    await follow(page, 'Later events');
    expect(await titles(page)).toEqual(second);
    await follow(page, 'Later events');
    expect(await titles(page)).toEqual(first);
    expect(await page.getByRole('link', { name: 'Later events', exact: true }).count()).toBe(0);
    // The filter rode along on every page link.
    expect(new URL(page.url()).searchParams.get('sector')).toBe(sector.slug);
    expect(problems).toEqual([]);
    await close();
  });

  it('turns the order with the toggle, and pages on in that order', async () => {
    const { page, problems, close } = await openPage(browser, { baseURL: editBaseUrl() });
    await page.goto(here);
    const newest = await titles(page);
    await follow(page, 'Oldest first');
    expect((await titles(page)).some((t) => newest.includes(t))).toBe(false);
    expect(await page.getByRole('link', { name: 'Oldest first' }).getAttribute('aria-current')).toBe('true');
    const oldestDates = await dates(page);
    expect(oldestDates[0]).toBe('2033-01-10');
    expect(oldestDates).toEqual([...oldestDates].sort());
    const oldest = await titles(page);
    await follow(page, 'Later events');
    const url = new URL(page.url());
    expect(url.searchParams.has('after')).toBe(true);
    expect(url.searchParams.get('sort')).toBe('asc');
    expect(url.searchParams.get('sector')).toBe(sector.slug);
    const laterDates = await dates(page);
    expect(laterDates[0] >= oldestDates.at(-1)!).toBe(true);
    expect((await titles(page)).some((t) => oldest.includes(t))).toBe(false);
    expect(problems).toEqual([]);
    await close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`jumps to a date ${javaScriptEnabled ? 'with' : 'without'} JavaScript, keeping the filter and the order`, async () => {
      const { page, problems, close } = await openPage(browser, { baseURL: editBaseUrl(), javaScriptEnabled });
      await page.goto(here);
      await page.getByLabel('Jump to', { exact: true }).fill('2033-02-13');
      await Promise.all([page.waitForURL(/at=2033-02-13/), page.getByRole('button', { name: 'Go' }).click()]);
      const url = new URL(page.url());
      expect(url.searchParams.get('sector')).toBe(sector.slug);
      const jumped = await dates(page);
      expect(jumped[0]).toBe('2033-02-01');
      expect(jumped.every((d) => d <= '2033-02-13')).toBe(true);
      // There are later events, one click away.
      expect(await page.getByRole('link', { name: 'Later events', exact: true }).count()).toBe(1);

      // Oldest first, the same date starts the page from there upwards.
      await page.goto(`${here}&sort=asc&at=2033-02-13`);
      const upwards = await dates(page);
      expect(upwards[0]).toBe('2033-02-14');
      expect(upwards).toEqual([...upwards].sort());
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('says an unreadable cursor or date could not be read, and shows the first page instead of failing', async () => {
    const { page, close } = await openPage(browser, { baseURL: editBaseUrl() });
    for (const query of ['after=bm90LWEtY3Vyc29y', 'before=%3Cscript%3E', 'at=2033-02-30', 'sort=sideways', 'at=2033-01-01&after=x']) {
      const response = await page.goto(`${here}&${query}`);
      expect(response?.status(), query).toBe(200);
      expect(await page.getByRole('alert').filter({ hasText: 'could not be read' }).count(), query).toBe(1);
      expect((await dates(page))[0], query).toBe('2033-05-20');
    }
    await close();
  });
});

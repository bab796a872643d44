/**
 * "As of" links in Chromium and over HTTP: each published version of an
 * event has a page and an API entry; drafts between versions, trashed
 * events and malformed numbers answer 404 (pages) or 400/404 (API), a
 * former slug 308 to the same version under the current slug.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, editBaseUrl, launchBrowser, openPage } from '../support/e2e';
import { documentedFetch } from '../support/openapi-check';
import { expectAxeClean, expectNoSidewaysScroll } from '../support/page-checks';
import { openDatabase, type Database } from '../../lib/db/open';
import { edit, publishedEvent, tag, trash } from '../support/revision-scenario';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const seeded = seed.events[0];
const PREFIX = `asofe2e-${tag()}`;

let browser: Browser;
let database: Database;
/** Made in the editors' database before any request, so no cached read of them exists yet. */
let history: { slug: string; former: string; title: string };
let trashed: string;

beforeAll(async () => {
  browser = await launchBrowser();
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  const prisma = database.prisma;
  const e = await publishedEvent(prisma, PREFIX); // 1
  await edit(prisma, e.id, { title: 'Draft only title', status: 'draft' }); // 2: never public
  const slug = `${PREFIX}-renamed`;
  await edit(prisma, e.id, { title: 'Republished title', status: 'published', slug }); // 3
  history = { slug, former: e.slug, title: e.title };
  const gone = await publishedEvent(prisma, PREFIX);
  await trash(prisma, gone.id);
  trashed = gone.slug;
});
afterAll(async () => {
  await browser?.close();
  await database?.prisma.event.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await database?.close();
});

describe('a revision page on the seeded data', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the event as of that version, a banner linking the current one, and the versions (${scheme})`, async () => {
      const { page, problems, close } = await openPage(browser);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto(`/events/${seeded.slug}/revisions/1`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(seeded.title);
      const banner = page.getByRole('complementary', { name: 'About this version' });
      await expect(banner.innerText()).resolves.toMatch(/version 1, published \d{1,2} \w+ \d{4}/);
      await expect(banner.getByRole('link', { name: 'See the current version' }).getAttribute('href')).resolves.toBe(
        `/events/${seeded.slug}`,
      );
      const versions = page.getByRole('region', { name: 'Published versions' });
      await expect(versions.getByRole('listitem').count()).resolves.toBeGreaterThanOrEqual(1);
      await expect(versions.locator('[aria-current="page"]').innerText()).resolves.toBe('Version 1');
      await expectAxeClean(page);
      await expectNoSidewaysScroll(page);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('is linked from the permalink’s Versions box', async () => {
    const { page, close } = await openPage(browser);
    await page.goto(`/events/${seeded.slug}`);
    await page.getByText(/^Versions \(\d+\)/).click();
    await page.getByRole('link', { name: 'Version 1' }).click();
    await page.waitForURL(`**/events/${seeded.slug}/revisions/1`);
    await close();
  });

  it.each(['0', '-1', 'abc', '01', '1.0', '1e3', '99999999999999999999', '2147483648', '999'])('answers 404 for revision %s', async (n) => {
    const response = await fetch(`${baseUrl()}/events/${seeded.slug}/revisions/${n}`, { redirect: 'manual' });
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });

  it('answers 404 for an unknown slug', async () => {
    const response = await fetch(`${baseUrl()}/events/no-such-event/revisions/1`);
    await response.arrayBuffer();
    expect(response.status).toBe(404);
  });
});

describe('the revisions API', () => {
  it('lists the published versions and serves each', async () => {
    const list = await documentedFetch(baseUrl(), `/api/v1/events/${seeded.slug}/revisions`);
    expect(list.status).toBe(200);
    expect(list.headers.get('access-control-allow-origin')).toBe('*');
    const body = await list.json();
    expect(body.url).toBe(`${baseUrl()}/events/${seeded.slug}`);
    expect(body.data[0]).toMatchObject({ n: 1, url: `${baseUrl()}/events/${seeded.slug}/revisions/1` });
    const one = await documentedFetch(baseUrl(), new URL(body.data[0].apiUrl).pathname);
    expect(one.status).toBe(200);
    const revision = await one.json();
    expect(revision.event.title).toBe(seeded.title);
    expect(revision.current).toBe(`${baseUrl()}/events/${seeded.slug}`);
  });

  it.each(['0', '-1', 'abc', '99999999999999999999'])('answers 400 for revision %s', async (n) => {
    const response = await documentedFetch(baseUrl(), `/api/v1/events/${seeded.slug}/revisions/${n}`);
    expect(response.status).toBe(400);
    expect((await response.json()).issues[0].path).toEqual(['n']);
  });

  it('answers 404 for a number that is not a version, and for an unknown slug', async () => {
    expect((await documentedFetch(baseUrl(), `/api/v1/events/${seeded.slug}/revisions/999`)).status).toBe(404);
    expect((await documentedFetch(baseUrl(), '/api/v1/events/no-such-event/revisions')).status).toBe(404);
    expect((await documentedFetch(baseUrl(), '/api/v1/events/no-such-event/revisions/1')).status).toBe(404);
  });
});

describe('drafts, trash and former slugs (editors’ database)', () => {
  it('never shows the draft saved between two published versions', async () => {
    const list = await documentedFetch(editBaseUrl(), `/api/v1/events/${history.slug}/revisions`);
    expect(((await list.json()).data as { n: number }[]).map((r) => r.n)).toEqual([1, 3]);
    const page = await fetch(`${editBaseUrl()}/events/${history.slug}/revisions/2`);
    expect(page.status).toBe(404);
    expect(await page.text()).not.toContain('Draft only title');
    expect((await documentedFetch(editBaseUrl(), `/api/v1/events/${history.slug}/revisions/2`)).status).toBe(404);
    const first = await fetch(`${editBaseUrl()}/events/${history.slug}/revisions/1`);
    expect(first.status).toBe(200);
    expect(await first.text()).toContain(history.title);
  });

  it('sends a former slug to the same version under the current slug (308)', async () => {
    const page = await fetch(`${editBaseUrl()}/events/${history.former}/revisions/1`, { redirect: 'manual' });
    expect(page.status).toBe(308);
    expect(new URL(page.headers.get('location')!, editBaseUrl()).pathname).toBe(`/events/${history.slug}/revisions/1`);
    const api = await documentedFetch(editBaseUrl(), `/api/v1/events/${history.former}/revisions/3`, { redirect: 'manual' });
    expect(api.status).toBe(308);
    expect(new URL(api.headers.get('location')!).pathname).toBe(`/api/v1/events/${history.slug}/revisions/3`);
    const list = await documentedFetch(editBaseUrl(), `/api/v1/events/${history.former}/revisions`);
    expect(list.status).toBe(200);
    expect((await list.json()).slug).toBe(history.slug);
  });

  it('shows nothing of a trashed event', async () => {
    expect((await fetch(`${editBaseUrl()}/events/${trashed}/revisions/1`)).status).toBe(404);
    expect((await documentedFetch(editBaseUrl(), `/api/v1/events/${trashed}/revisions`)).status).toBe(404);
    expect((await documentedFetch(editBaseUrl(), `/api/v1/events/${trashed}/revisions/1`)).status).toBe(404);
  });
});

/**
 * The outputs on a running production build and in Chromium: discovery links
 * and Subscribe links on the pages (followed and parsed), "Add to calendar"
 * and "Embed" on a permalink, the embeds framed by another site while every
 * other page refuses framing, axe on the embeds in light and dark at 390 px,
 * and no draft or trashed record in any output.
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { baseUrl, editBaseUrl, launchBrowser, openPage, type Page } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '../../lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const seed = loadSeedDataset();
const event = seed.events.find((e) => e.date.precision === 'day' && e.sectors.length > 0)!;
const sectorSlug = event.sectors[0];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const get = (path: string, base = baseUrl()) => fetch(`${base}${path}`, { redirect: 'manual' });

/** The alternate links a page declares in its head, as [type, absolute href]. */
async function alternates(path: string) {
  const html = await (await get(path)).text();
  return [...html.matchAll(/<link rel="alternate" type="([^"]+)" href="([^"]+)"/g)].map((m): [string, string] => [
    m[1],
    m[2].replaceAll('&amp;', '&'),
  ]);
}

async function noOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('discovery', () => {
  it('the filtered timeline points at its Atom feed, JSON Feed, calendar and oEmbed, and they parse', async () => {
    const links = new Map(await alternates(`/?sector=${sectorSlug}`));
    const atom = links.get('application/atom+xml')!;
    expect(atom).toBe(`${baseUrl()}/feed.xml?sector=${sectorSlug}`);
    const feed = parseFeed(await (await fetch(atom)).text());
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.map((i) => i.url)).toContain(`${baseUrl()}/events/${event.slug}`);

    const json = JSON.parse(await (await fetch(links.get('application/feed+json')!)).text());
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.length).toBe(feed.items.length);

    const ics = await (await fetch(links.get('text/calendar')!)).text();
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents.length).toBe(seed.events.filter((e) => e.sectors.includes(sectorSlug)).length);

    const oembed = await (await fetch(links.get('application/json+oembed')!)).json();
    expect(oembed.html).toContain(`/embed/timeline?sector=${sectorSlug}`);
  });

  it('actor and sector pages point at their own outputs, which answer', async () => {
    for (const [path, file] of [
      ['/actors/kirill-dmitriev', '/actors/kirill-dmitriev/feed.xml'],
      [`/sectors/${sectorSlug}`, `/sectors/${sectorSlug}/feed.xml`],
    ]) {
      const links = new Map(await alternates(path));
      expect(links.get('application/atom+xml')).toBe(`${baseUrl()}${file}`);
      for (const href of links.values()) expect((await fetch(href)).status, href).toBe(200);
    }
  });

  it('a permalink declares its oEmbed, which answers a rich iframe of the event card', async () => {
    const links = new Map(await alternates(`/events/${event.slug}`));
    const oembed = await (await fetch(links.get('application/json+oembed')!)).json();
    expect(oembed).toMatchObject({ type: 'rich', version: '1.0', title: event.title });
    expect(oembed.html).toContain(`src="${baseUrl()}/embed/events/${event.slug}"`);
  });

  it('serves sitemap.xml with the events and robots.txt that keeps crawlers out of the admin', async () => {
    const sitemap = await (await get('/sitemap.xml')).text();
    expect(sitemap).toContain(`<loc>${baseUrl()}/events/${event.slug}</loc>`);
    expect(sitemap).toContain(`<loc>${baseUrl()}/actors/kirill-dmitriev</loc>`);
    const robots = await (await get('/robots.txt')).text();
    expect(robots).toMatch(/Disallow: \/admin/);
    expect(robots).toContain(`Sitemap: ${baseUrl()}/sitemap.xml`);
  });
});

describe('framing', () => {
  it('every page but the embeds refuses framing', async () => {
    for (const path of [
      '/',
      `/events/${event.slug}`,
      '/actors/kirill-dmitriev',
      '/api/v1/events',
      '/feed.xml',
      '/nothing-here',
      '/admin',
    ]) {
      const response = await get(path);
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
    for (const path of [`/embed/events/${event.slug}`, `/embed/timeline?sector=${sectorSlug}`]) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-frame-options'), path).toBeNull();
      expect(response.headers.get('content-security-policy'), path).toContain('frame-ancestors *');
    }
  });

  it('another site can frame the event card but not the permalink', async () => {
    // The other site: another origin on the loopback too (a public-looking host would trip Chromium's
    // local-network protection for both frames and prove nothing about our headers).
    const host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Host</title>
        <iframe name="card" src="${baseUrl()}/embed/events/${event.slug}"></iframe>
        <iframe name="page" src="${baseUrl()}/events/${event.slug}"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
      const card = page.frame({ name: 'card' })!;
      await expect.poll(() => card.locator('h1').textContent()).toBe(event.title);
      expect(await card.locator('h1 a').getAttribute('href')).toBe(`${baseUrl()}/events/${event.slug}`);
      expect(await card.locator('h1 a').getAttribute('target')).toBe('_blank');
      const blocked = page.frame({ name: 'page' })!;
      await blocked.waitForLoadState();
      expect(await blocked.evaluate(() => document.body?.textContent ?? '').catch(() => '')).not.toContain(event.title);
    } finally {
      await context.close();
      host.close();
    }
  });
});

describe('pages and embeds in Chromium', () => {
  it('a permalink offers Add to calendar (a one-event .ics) and the embed code, with a Copy button once scripts run', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto(`/events/${event.slug}`);
    const add = page.getByRole('link', { name: 'Add to calendar' });
    const ics = await (await fetch(new URL((await add.getAttribute('href'))!, baseUrl()))).text();
    const vevents = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(vevents.map((v) => new ICAL.Event(v).summary)).toEqual([
      event.date.approximate ? `${event.title} (approximate date)` : event.title,
    ]);

    await page.getByText('Embed', { exact: true }).click();
    const code = page.getByLabel(/Paste this code/);
    await expect.poll(() => code.isVisible()).toBe(true);
    expect(await code.inputValue()).toContain(`src="${baseUrl()}/embed/events/${event.slug}"`);
    expect(await page.getByRole('button', { name: 'Copy embed code' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });

  it('without JavaScript the embed code still opens, and no dead Copy button shows', async () => {
    const { page, close } = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`/events/${event.slug}`);
    await page.getByText('Embed', { exact: true }).click();
    expect(await page.getByLabel(/Paste this code/).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Copy embed code' }).count()).toBe(0);
    await close();
  });

  it('shows a visible Subscribe row on the timeline, actor and sector pages', async () => {
    const { page, close } = await openPage(browser);
    for (const path of ['/', '/actors/kirill-dmitriev', `/sectors/${sectorSlug}`]) {
      await page.goto(path);
      expect(await page.getByText('Subscribe:').isVisible(), path).toBe(true);
      expect(await page.getByRole('link', { name: 'Atom feed' }).isVisible(), path).toBe(true);
      expect(await page.getByRole('link', { name: 'Calendar (.ics)' }).isVisible(), path).toBe(true);
    }
    await close();
  });

  const checked = [
    `/embed/events/${event.slug}`,
    `/embed/timeline?sector=${sectorSlug}`,
    `/events/${event.slug}`,
    '/embed/events/no-such-event',
  ];
  for (const scheme of ['light', 'dark'] as const) {
    it.each(checked)(`%s is axe clean and fits 390 px (${scheme})`, async (path) => {
      const { page, close } = await openPage(browser);
      await page.setViewportSize({ width: 390, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      if (path.startsWith('/events/')) await page.getByText('Embed', { exact: true }).click();
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await noOverflow(page)).toBe(true);
      await close();
    });
  }
});

describe('drafts and trashed records', () => {
  const tag = randomBytes(4).toString('hex');
  const marker = `hiddenout${tag}`;
  const source = buildSource({ id: `outputs-e2e-source-${tag}` });
  const sector = buildSector({ slug: `outputs-e2e-${tag}`, name: `Outputs sector ${tag}` });
  const draftActor = buildActor({ slug: `outputs-e2e-draft-${tag}`, name: `Actor ${marker}` });
  const visible = buildEvent(source.id, {
    slug: `outputs-e2e-visible-${tag}`,
    title: `Visible outputs event ${tag}`,
    sectors: [sector.slug],
    actors: [{ actor: draftActor.slug, role: 'participant', title: null }],
  });
  const draft = buildEvent(source.id, { slug: `outputs-e2e-d-${tag}`, title: `Event ${marker} draft`, sectors: [sector.slug] });
  const trashed = buildEvent(source.id, { slug: `outputs-e2e-t-${tag}`, title: `Event ${marker} trashed`, sectors: [sector.slug] });
  let database: Database;

  beforeAll(async () => {
    database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
    const prisma = database.prisma;
    await writeDataset(
      prisma,
      buildDataset({ sources: [source], sectors: [sector], actors: [draftActor], events: [visible, draft, trashed] }),
    );
    await prisma.event.update({ where: { slug: draft.slug }, data: { status: 'draft' } });
    await prisma.event.update({ where: { slug: trashed.slug }, data: { deletedAt: new Date() } });
    await prisma.actor.update({ where: { slug: draftActor.slug }, data: { status: 'draft' } });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('appear in no feed, calendar, embed, oEmbed or sitemap', async () => {
    const base = editBaseUrl();
    const q = `sector=${sector.slug}`;
    const bodies: Record<string, string> = {};
    for (const path of [
      `/feed.xml?${q}`,
      `/feed.json?${q}`,
      `/calendar.ics?${q}`,
      `/sectors/${sector.slug}/feed.xml`,
      `/sectors/${sector.slug}/calendar.ics`,
      `/embed/timeline?${q}`,
      `/embed/events/${visible.slug}`,
      `/events/${visible.slug}/calendar.ics`,
      '/sitemap.xml',
    ]) {
      const response = await get(path, base);
      expect(response.status, path).toBe(200);
      bodies[path] = await response.text();
      expect(bodies[path], path).not.toContain(marker);
    }
    expect(bodies[`/feed.xml?${q}`]).toContain(`Visible outputs event ${tag}`);
    expect(bodies['/sitemap.xml']).toContain(`/events/${visible.slug}<`);
    for (const path of [
      `/embed/events/${draft.slug}`,
      `/embed/events/${trashed.slug}`,
      `/events/${draft.slug}/calendar.ics`,
      `/actors/${draftActor.slug}/feed.xml`,
      `/api/oembed?url=${encodeURIComponent(`${base}/events/${draft.slug}`)}`,
      `/api/oembed?url=${encodeURIComponent(`${base}/events/${trashed.slug}`)}`,
    ]) {
      expect((await get(path, base)).status, path).toBe(404);
    }
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editBaseUrl, launchBrowser, openPage } from '../support/e2e';
import { signedInContext } from '../support/auth';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '@/lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildFigure, buildProposal, buildSector, buildSource } from '../support/factories';

// Every way we know of to run script through text: tags, attributes, closing a
// JSON-LD block, and javascript: links.
const payload = (where: string) =>
  `${where}<script>window.__xss=1</script><img src=x onerror=window.__xss=2></script><script>window.__xss=3</script>`;

let browser: Browser;
let database: Database;
const ids: { event?: string } = {};

beforeAll(async () => {
  browser = await launchBrowser();
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  const source = buildSource({
    id: 'xss-source',
    title: payload('source title'),
    outlet: payload('outlet'),
    author: payload('author'),
    note: payload('note'),
    url: null,
  });
  const sector = buildSector({ slug: 'xss-sector', name: payload('sn'), description: payload('sector description') });
  const actor = buildActor({
    slug: 'xss-actor',
    name: payload('actor name'),
    aliases: [payload('alias')],
    description: payload('actor description'),
    roles: [{ title: payload('role title'), organisation: null, from: null, to: null }],
  });
  const event = buildEvent(source.id, {
    slug: 'xss-event',
    title: payload('event title'),
    summary: payload('event summary'),
    location: payload('location'),
    sectors: [sector.slug],
    actors: [{ actor: actor.slug, role: 'participant', title: payload('title at the time') }],
    citations: [{ source: source.id, quote: payload('quote'), speaker: actor.slug }],
  });
  const proposal = buildProposal(source.id, sector.slug, {
    slug: 'xss-proposal',
    title: payload('proposal title'),
    summary: payload('proposal summary'),
    proposedBy: [actor.slug],
    events: [{ event: event.slug, status: null, note: payload('proposal note') }],
    citations: [{ source: source.id, quote: payload('proposal quote'), speaker: null }],
  });
  const figure = buildFigure(source.id, {
    slug: 'xss-figure',
    label: payload('figure label'),
    unit: '<img src=x onerror=window.__xss=1>',
    sector: sector.slug,
  });
  await writeDataset(
    database.prisma,
    buildDataset({ sources: [source], sectors: [sector], actors: [actor], events: [event], proposals: [proposal], figures: [figure] }),
  );
  // A javascript: address stored by some other path must still not become a link.
  await database.prisma.source.update({ where: { id: 'xss-source' }, data: { url: "javascript:window.__xss='url'" } });
  ids.event = (await database.prisma.event.findUniqueOrThrow({ where: { slug: 'xss-event' } })).id;
});

afterAll(async () => {
  await browser?.close();
  await database?.close();
});

const publicPages = [
  '/',
  '/?q=script',
  '/events/xss-event',
  '/actors',
  '/actors/xss-actor',
  '/sectors',
  '/sectors/xss-sector',
  '/sources',
  '/sources/xss-source',
];

describe('user text is escaped everywhere', () => {
  it.each(publicPages)('runs no script on %s', async (path) => {
    const { page, close } = await openPage(browser, { baseURL: editBaseUrl() });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    await close();
  });

  it('shows the payload as text, and keeps the JSON-LD block intact', async () => {
    const { page, close } = await openPage(browser, { baseURL: editBaseUrl() });
    await page.goto('/events/xss-event');
    expect(await page.locator('h1').textContent()).toBe(payload('event title'));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd.name).toBe(payload('event title'));
    await close();
  });

  it('runs no script on the admin pages', async () => {
    const context = await signedInContext(browser, 'admin');
    const page = await context.newPage();
    for (const path of [
      '/admin',
      '/admin/events?q=xss',
      `/admin/events/${ids.event}`,
      `/admin/events/${ids.event}/preview`,
      `/admin/events/${ids.event}/history`,
      '/admin/audit',
      '/admin/trash',
    ]) {
      await page.goto(path);
      await page.waitForLoadState('load');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss), path).toBeUndefined();
    }
    await context.close();
  });
});

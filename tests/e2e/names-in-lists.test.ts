/**
 * Issue 12's remaining pickers, in Chromium with and without JavaScript: an
 * event's sectors and proposals and every citation's source are taken by
 * name (title, publisher or address for a source), ambiguous and unknown
 * names come back with candidates; the audit log is filtered by a record's
 * name; a former slug of a trashed event answers 410.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { sessionCookie, signedInContext } from '../support/auth';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildSector, buildSource } from '../support/factories';

const tag = randomBytes(3).toString('hex');
const RAW_ZOD = /Too small|Too big|Invalid input|expected string|expected number|>=1 characters/;
// Two sectors and two sources that share a name, and a source found by its publisher and address.
const twinSector = `Twin sector ${tag}`;
const sectors = [buildSector({ slug: `twin-a-${tag}`, name: twinSector }), buildSector({ slug: `twin-b-${tag}`, name: twinSector })];
const twinTitle = `Twin report ${tag}`;
const sources = [
  buildSource({ id: `twin-report-a-${tag}`, title: twinTitle, outlet: 'Outlet A' }),
  buildSource({ id: `twin-report-b-${tag}`, title: twinTitle, outlet: 'Outlet B' }),
  buildSource({
    id: `gazette-${tag}`,
    title: `Interview on the Arctic ${tag}`,
    outlet: `Polar Gazette ${tag}`,
    url: `https://gazette.example/${tag}/arctic-interview`,
  }),
];
let database: Database;
let browser: Browser;
let editor: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  await writeDataset(database.prisma, buildDataset({ sectors, sources }));
  browser = await launchBrowser();
  editor = await signedInContext(browser, 'editor');
  noJs = await browser.newContext({ baseURL: editBaseUrl(), javaScriptEnabled: false });
  const [name, value] = (await sessionCookie('editor')).split('=');
  await noJs.addCookies([{ name, value, url: editBaseUrl() }]);
});
afterAll(async () => {
  await editor?.close();
  await noJs?.close();
  await browser?.close();
  await database?.close();
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}

async function newEvent(page: Page, title: string) {
  await page.goto('/admin/events/new');
  await page.fill('#title', title);
  await page.fill('#startDate', '2025-05-07');
  await page.fill('#summary', 'Saved by the names-in-lists test.');
  await page.fill('#citations-0-quote', 'A quotation for the names-in-lists test.');
}

const create = (page: Page) =>
  Promise.all([page.waitForURL(/\/admin\/events\/[^/?]+\?saved=/), page.click('button:has-text("Create event")')]);

/** The saved event's sectors, proposals and cited sources, from the database. */
async function links(page: Page) {
  const id = new URL(page.url()).pathname.split('/').pop()!;
  const event = await database.prisma.event.findUniqueOrThrow({
    where: { id },
    include: {
      sectors: { include: { sector: true } },
      proposals: { include: { proposal: true } },
      citations: { orderBy: { position: 'asc' } },
    },
  });
  return {
    id,
    slug: event.slug,
    sectors: event.sectors.map((s) => s.sector.slug).sort(),
    proposals: event.proposals.map((p) => p.proposal.slug).sort(),
    sources: event.citations.map((c) => c.sourceId),
  };
}

describe('sectors, proposals and sources by name, with JavaScript', () => {
  it('search and choose in each picker, add and remove sector rows, and save', async () => {
    const page = await editor.newPage();
    await newEvent(page, `Names test: with JavaScript ${tag}`);

    const sector = page.locator('#sectors-0');
    expect(await sector.getAttribute('role')).toBe('combobox');
    expect(await page.locator('label[for="sectors-0"]').textContent()).toBe('Sector 1');
    await sector.pressSequentially('small modular');
    await page
      .locator('#sectors-0-listbox')
      .getByRole('option', { name: /Nuclear energy and small modular reactors/ })
      .click();
    expect(await sector.inputValue()).toBe('Nuclear energy and small modular reactors');

    // A second and a third row; the second is removed again, the third keeps what was typed.
    await page.getByRole('button', { name: 'Add another sector' }).click();
    await page.getByRole('button', { name: 'Add another sector' }).click();
    await page.fill('#sectors-1', 'Space');
    await page.fill('#sectors-2', 'Energy');
    await page.getByRole('button', { name: 'Remove sector 2' }).click();
    expect(await page.inputValue('#sectors-1')).toBe('Energy');

    await page.locator('#proposals-0').pressSequentially('Rosatom');
    await page
      .locator('#proposals-0-listbox')
      .getByRole('option', { name: /Small modular reactor projects with Rosatom/ })
      .click();

    // A source found by its publisher, and by a piece of its address.
    const source = page.locator('#citations-0-source');
    await source.pressSequentially(`Polar Gazette ${tag}`);
    const option = page.locator('#citations-0-source-listbox').getByRole('option', { name: new RegExp(`Interview on the Arctic ${tag}`) });
    await option.waitFor();
    expect(await option.textContent()).toContain(`Polar Gazette ${tag}`);
    await source.fill('');
    await source.pressSequentially(`gazette.example/${tag}`);
    await option.click();
    expect(await source.inputValue()).toBe(`Interview on the Arctic ${tag}`);

    expect(await axe(page)).toEqual([]);
    await create(page);
    expect(await links(page)).toMatchObject({
      sectors: ['energy', 'nuclear-smr'],
      proposals: ['rosatom-small-modular-reactors'],
      sources: [`gazette-${tag}`],
    });
    // The edit page shows names, not slugs.
    const shown = [await page.inputValue('#sectors-0'), await page.inputValue('#sectors-1')].sort();
    expect(shown).toEqual(['Energy', 'Nuclear energy and small modular reactors']);
    expect(await page.inputValue('#proposals-0')).toBe('Small modular reactor projects with Rosatom');
    expect(await page.inputValue('#citations-0-source')).toBe(`Interview on the Arctic ${tag} (Polar Gazette ${tag})`);
    await page.close();
  });
});

describe('sectors, proposals and sources by name, without JavaScript', () => {
  it('resolve names and addresses on the server', async () => {
    const page = await noJs.newPage();
    await newEvent(page, `Names test: without JavaScript ${tag}`);
    await page.fill('#sectors-0', 'rare earths and critical minerals');
    await page.fill('#proposals-0', 'us–russian energy cooperation');
    await page.fill('#citations-0-source', `https://gazette.example/${tag}/arctic-interview`);
    await create(page);
    expect(await links(page)).toMatchObject({
      sectors: ['rare-earths'],
      proposals: ['energy-cooperation'],
      sources: [`gazette-${tag}`],
    });
    expect(await page.inputValue('#sectors-0')).toBe('Rare earths and critical minerals');
    await page.close();
  });

  it('list candidates for ambiguous and partial names, say so for unknown ones, and take the choice', async () => {
    const page = await noJs.newPage();
    await newEvent(page, `Names test: candidates ${tag}`);
    await page.fill('#sectors-0', twinSector);
    await page.fill('#proposals-0', `No such proposal ${tag}`);
    await page.fill('#citations-0-source', twinTitle);
    await page.click('button:has-text("Create event")');

    await page.locator('#sectors-0-errors').getByText(`Several sectors match “${twinSector}”: choose one.`).waitFor();
    expect(await page.locator('#proposals-0-errors').textContent()).toContain(`No proposal has the title “No such proposal ${tag}”`);
    expect(await page.locator('#citations-0-source-errors').textContent()).toContain(`Several sources match “${twinTitle}”`);
    expect(await page.locator('main').textContent()).not.toMatch(RAW_ZOD);
    const groups = page.getByRole('group', { name: 'Which one did you mean?' });
    expect(await groups.count()).toBe(2);
    expect(await groups.nth(0).getByRole('radio').count()).toBe(2);
    await groups
      .nth(0)
      .getByRole('radio', { name: new RegExp(`twin-b-${tag}`) })
      .check();
    await groups
      .nth(1)
      .getByRole('radio', { name: /Outlet A/ })
      .check();

    // A name that only part of a proposal's title matches is offered, never taken on its own.
    await page.fill('#proposals-0', 'Rosatom');
    await page.click('button:has-text("Create event")');
    await page.locator('#proposals-0-errors').getByText('No proposal has the title “Rosatom”. Did you mean one of these?').waitFor();
    await page.getByRole('radio', { name: /Small modular reactor projects with Rosatom/ }).check();
    await create(page);
    expect(await links(page)).toMatchObject({
      sectors: [`twin-b-${tag}`],
      proposals: ['rosatom-small-modular-reactors'],
      sources: [`twin-report-a-${tag}`],
    });
    await page.close();
  });

  it('cite the new source described below, or tell an unknown source', async () => {
    const page = await noJs.newPage();
    await newEvent(page, `Names test: new source ${tag}`);
    await page.fill('#citations-0-source', `No such report ${tag}`);
    await page.click('button:has-text("Create event")');
    await page
      .locator('#citations-0-source-errors')
      .getByText(`No source has the title, address or id “No such report ${tag}”`, { exact: false })
      .waitFor();
    // The message says how to do it in this form: describe the source below and tick the box.
    expect(await page.locator('#citations-0-source-errors').textContent()).toContain(
      'describe it under “Create a new source for a citation” and tick “Cite the new source described below instead”',
    );

    await page.fill('#citations-0-source', '');
    await page.getByLabel('Cite the new source described below instead').first().check();
    await page.getByText('Create a new source for a citation', { exact: true }).click();
    await page.fill('#newSource-title', `A brand-new source ${tag}`);
    await page.fill('#newSource-outlet', 'New Outlet');
    await create(page);
    const [sourceId] = (await links(page)).sources;
    expect((await database.prisma.source.findUniqueOrThrow({ where: { id: sourceId } })).title).toBe(`A brand-new source ${tag}`);
    await page.close();
  });

  it('the proposal form takes its source and sector by name', async () => {
    const page = await noJs.newPage();
    await page.goto('/admin/proposals/new');
    await page.fill('#title', `Names test proposal ${tag}`);
    await page.fill('#summary', 'A proposal saved by the names-in-lists test.');
    await page.fill('#sector', 'energy');
    await page.fill('#citations-0-source', twinTitle);
    await page.fill('#citations-0-quote', 'A proposal quote.');
    await page.click('button[type=submit]:has-text("Create")');
    await page.getByText(`Several sources match “${twinTitle}”`, { exact: false }).waitFor();
    await page.getByRole('radio', { name: /Outlet B/ }).check();
    await Promise.all([page.waitForURL(/\/admin\/proposals\/[^/?]+\?saved=/), page.click('button[type=submit]:has-text("Create")')]);
    const proposal = await database.prisma.proposal.findFirstOrThrow({
      where: { title: `Names test proposal ${tag}` },
      include: { sector: true, citations: true },
    });
    expect(proposal.sector?.slug).toBe('energy');
    expect(proposal.citations.map((c) => c.sourceId)).toEqual([`twin-report-b-${tag}`]);
    await page.close();
  });
});

describe('the audit log filtered by a record’s name', () => {
  it.each([true, false])('with JavaScript %s: one record, several to choose from, none, and an id link', async (javaScriptEnabled) => {
    const admin = await signedInContext(browser, 'admin');
    const context = javaScriptEnabled
      ? admin
      : await browser.newContext({ baseURL: editBaseUrl(), javaScriptEnabled: false, storageState: await admin.storageState() });
    const page = await context.newPage();
    const title = `Names test: without JavaScript ${tag}`;
    const event = await database.prisma.event.findFirstOrThrow({ where: { title } });

    await page.goto('/admin/audit');
    await page.getByLabel('Record (title, name or id)').fill(title.toUpperCase());
    await Promise.all([page.waitForURL(/record=/), page.getByRole('button', { name: 'Filter' }).click()]);
    await page.getByText(`Showing the history of event “${title}”`).waitFor();
    const items = page.locator('main ol > li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.filter({ hasNotText: title }).count()).toBe(0);
    if (javaScriptEnabled) expect(await axe(page)).toEqual([]);

    // Two sectors share a name: both are offered, each linking to its own history.
    await page.goto(`/admin/audit?record=${encodeURIComponent(twinSector)}`);
    expect(await page.locator('#record-error').textContent()).toBe(`Several records are named “${twinSector}”: choose one below.`);
    const candidates = page.getByRole('navigation', { name: `Records named “${twinSector}”` }).getByRole('link');
    expect(await candidates.count()).toBe(2);
    await Promise.all([page.waitForURL(/entityId=/), candidates.first().click()]);
    await page.getByText(`Showing the history of sector “${twinSector}”`).waitFor();

    await page.goto(`/admin/audit?record=${encodeURIComponent(`Nothing is called this ${tag}`)}`);
    expect(await page.locator('#record-error').textContent()).toBe(
      `No record is named “Nothing is called this ${tag}”. Check the spelling or the kind.`,
    );
    expect(await page.locator('main ol > li').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(RAW_ZOD);

    // An id, as the entries' "only this record" links and older bookmarks carry it.
    const response = await page.goto(`/admin/audit?entityType=event&entityId=${event.id}`);
    expect(response?.status()).toBe(200);
    await page.getByText(`Showing the history of event “${title}”`).waitFor();
    expect(await page.getByLabel('Record (title, name or id)').inputValue()).toBe(title);
    await page.goto(`/admin/audit?record=${event.id}`);
    await page.getByText(`Showing the history of event “${title}”`).waitFor();
    if (!javaScriptEnabled) await context.close();
    await admin.close();
  });
});

describe('a former slug of a trashed event', () => {
  it('answers 410 in the browser, like the current one', async () => {
    const page = await editor.newPage();
    await newEvent(page, `Names test: old slug ${tag}`);
    await page.fill('#citations-0-source', `gazette-${tag}`);
    await page.fill('#slug', `names-old-slug-${tag}`);
    await page.selectOption('#status', 'published');
    await create(page);
    await page.fill('#slug', `names-new-slug-${tag}`);
    await Promise.all([page.waitForURL(/saved=2/), page.click('button:has-text("Save changes")')]);

    // Checked without a browser: Chromium would remember the permanent redirect for the visit below.
    const moved = await fetch(`${editBaseUrl()}/events/names-old-slug-${tag}`, { redirect: 'manual' });
    expect(moved.status).toBe(308);
    expect(new URL(moved.headers.get('location')!, editBaseUrl()).pathname).toBe(`/events/names-new-slug-${tag}`);

    await page.getByText('Move to the trash…').click();
    await Promise.all([page.waitForURL(/trashed=/), page.getByRole('button', { name: 'Yes, move this event to the trash' }).click()]);
    const reader = await browser.newPage({ baseURL: editBaseUrl() } as never);
    for (const slug of [`names-old-slug-${tag}`, `names-new-slug-${tag}`]) {
      const gone = await reader.goto(`${editBaseUrl()}/events/${slug}`);
      expect(gone?.status(), slug).toBe(410);
      expect(reader.url(), slug).toMatch(new RegExp(`/events/${slug}$`));
    }
    await reader.close();
    await page.close();
  });
});

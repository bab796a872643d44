/**
 * Admin forms without JavaScript show only controls that work: no "Add
 * another …", "Remove …" or "New actor…" button (each needs JavaScript);
 * with JavaScript they appear. And the "New actor…" dialog does not make a
 * second actor of a name that exists: it offers the existing one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { sessionCookie, signedInContext } from '../support/auth';
import { loadSeedDataset } from '@/lib/seed/load';
import { openDatabase, type Database } from '../../lib/db/open';

const seed = loadSeedDataset();
let browser: Browser;
let editor: BrowserContext;
let noJs: BrowserContext;
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
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

const FORMS = [
  '/admin/events/new',
  '/admin/proposals/new',
  '/admin/actors/new',
  '/admin/figures/new',
  '/admin/sectors/new',
  '/admin/sources/new',
  '/admin/sanctions/designations/new',
  '/admin/sanctions/waivers/new',
];

describe('admin forms without JavaScript', () => {
  it('show no button that only JavaScript could work', async () => {
    const page = await noJs.newPage();
    for (const path of FORMS) {
      await page.goto(path);
      await page.locator('main form').first().waitFor();
      // A type="button" does nothing without a script: none may be shown.
      const dead = await page.locator('main button[type="button"]').allTextContents();
      expect(dead, path).toEqual([]);
    }
    await page.close();
  });

  it('show the add, remove and "New actor…" buttons once JavaScript runs', async () => {
    const page = await editor.newPage();
    await page.goto('/admin/events/new');
    await page.getByRole('button', { name: 'Add another actor' }).waitFor();
    await page.getByRole('button', { name: 'New actor…' }).waitFor();
    await page.getByRole('button', { name: 'Add another citation' }).waitFor();
    await page.getByRole('button', { name: 'Add another sector' }).waitFor();
    expect(await page.getByRole('button', { name: /^Remove sector/ }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the "New actor…" dialog and a name that exists', () => {
  it('offers the existing actor by name or alias, uses it, and creates a namesake only when asked', async () => {
    const known = seed.actors.find((a) => a.kind === 'person' && a.aliases.length > 0)!;
    const count = () => database.prisma.actor.count({ where: { name: known.name } });
    const before = await count();
    const page = await editor.newPage();
    await page.goto('/admin/events/new');
    await page.getByRole('button', { name: 'New actor…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New actor' });
    // An alias, in another case: the same actor.
    await dialog.getByLabel('Name', { exact: true }).fill(known.aliases[0].toUpperCase());
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.getByText(/already exists/).waitFor();
    // What was typed stays in the dialog.
    expect(await dialog.getByLabel('Name', { exact: true }).inputValue()).toBe(known.aliases[0].toUpperCase());
    await dialog.getByRole('button', { name: `Use ${known.name}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.inputValue('#actors-0-actor')).toBe(known.name);
    expect(await count()).toBe(before);

    // A namesake, on purpose: ticked "create anyway", it is created.
    await page.getByRole('button', { name: 'New actor…' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill(known.name);
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.getByText(/already exists/).waitFor();
    await dialog.getByLabel(/Create a new actor anyway/).check();
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await count()).toBe(before + 1);
    await page.close();
  });
});

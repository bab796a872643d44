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
import { openDatabase, type Database } from '../../lib/db/open';

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
    // An actor of this test's own (a namesake of a seed actor would confuse other tests that share the database).
    const name = `Dialog Testperson ${Date.now().toString(36)}`;
    const alias = 'Диалог Тестперсон';
    const count = () => database.prisma.actor.count({ where: { name } });
    const page = await editor.newPage();
    await page.goto('/admin/events/new');
    const dialog = page.getByRole('dialog', { name: 'New actor' });
    // A name nobody has: created at once, no warning.
    await page.getByRole('button', { name: 'New actor…' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel(/Other names/).fill(alias);
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.inputValue('#actors-0-actor')).toBe(name);
    expect(await count()).toBe(1);

    // Its alias, in another case: the same actor, offered instead of a second one.
    await page.getByRole('button', { name: 'New actor…' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill(alias.toUpperCase());
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.getByText(/already exists/).waitFor();
    // What was typed stays in the dialog.
    expect(await dialog.getByLabel('Name', { exact: true }).inputValue()).toBe(alias.toUpperCase());
    await dialog.getByRole('button', { name: `Use ${name}` }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.inputValue('#actors-1-actor')).toBe(name);
    expect(await count()).toBe(1);

    // A namesake, on purpose: ticked "create anyway", it is created.
    await page.getByRole('button', { name: 'New actor…' }).click();
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.getByText(/already exists/).waitFor();
    await dialog.getByLabel(/Create a new actor anyway/).check();
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await count()).toBe(2);
    await page.close();
  });
});

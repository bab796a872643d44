/**
 * Issue 12, editors' part, in Chromium: pickers by name with and without
 * JavaScript (aliases in Cyrillic, ambiguous and unknown names), creating an
 * actor from the event form, server-made slugs and human messages, the
 * conflict view on a seeded event, and the audit log's titles, links and filters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { sessionCookie, signedInContext } from '../support/auth';
import { testUsers } from '../support/users';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const RAW_ZOD = /Too small|Too big|Invalid input|expected string|expected number|>=1 characters/;
let browser: Browser;
let editor: BrowserContext;
let noJs: BrowserContext;

beforeAll(async () => {
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
});

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}

/** The basic fields of a new event, leaving the slug empty. */
async function fillEvent(page: Page, title: string) {
  await page.goto('/admin/events/new');
  await page.fill('#title', title);
  await page.fill('#startDate', '2025-05-06');
  await page.fill('#summary', 'Saved by the name picker test.');
  await page.fill('#citations-0-source', seed.sources[0].title);
  await page.fill('#citations-0-quote', 'A quotation for the name picker test.');
}

const create = (page: Page) =>
  Promise.all([page.waitForURL(/\/admin\/events\/[^/?]+\?saved=/), page.click('button:has-text("Create event")')]);

describe('name pickers with JavaScript', () => {
  it('search names and Cyrillic aliases, move with the arrow keys, choose with Enter, close with Escape', async () => {
    const page = await editor.newPage();
    await fillEvent(page, 'Pickers test: combobox');
    const field = page.locator('#actors-0-actor');
    expect(await page.locator('label[for="actors-0-actor"]').textContent()).toBe('Actor 1 name');
    expect(await field.getAttribute('role')).toBe('combobox');
    expect(await field.getAttribute('aria-expanded')).toBe('false');

    await field.pressSequentially('Дмитр');
    const listbox = page.locator('#actors-0-actor-listbox');
    await listbox.getByRole('option', { name: /Kirill Dmitriev/ }).waitFor();
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    expect(await field.getAttribute('aria-controls')).toBe('actors-0-actor-listbox');
    expect(await page.getByRole('status').filter({ hasText: /found/ }).first().textContent()).toMatch(/\d+ actors? found/);

    await field.press('Escape');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    await field.press('ArrowDown');
    expect(await field.getAttribute('aria-expanded')).toBe('true');
    const active = await field.getAttribute('aria-activedescendant');
    expect(await page.locator(`#${active}`).textContent()).toContain('Kirill Dmitriev');
    await field.press('Enter'); // chooses; does not submit the form
    expect(await field.inputValue()).toBe('Kirill Dmitriev');
    expect(await field.getAttribute('aria-expanded')).toBe('false');
    expect(page.url()).toMatch(/\/admin\/events\/new$/);

    await page.selectOption('#actors-0-role', 'participant');
    await page.fill('#citations-0-speaker', 'Witkoff');
    await page
      .locator('#citations-0-speaker-listbox')
      .getByRole('option', { name: /Steve Witkoff/ })
      .click();
    expect(await axe(page)).toEqual([]);
    await create(page);

    // The saved event shows its actor and speaker by name.
    expect(await page.inputValue('#actors-0-actor')).toBe('Kirill Dmitriev');
    expect(await page.inputValue('#citations-0-speaker')).toBe('Steve Witkoff');
    await page.close();
  });

  it('create a new actor from the event form without leaving it', async () => {
    const page = await editor.newPage();
    await fillEvent(page, 'Pickers test: inline actor');
    await page.fill('#summary', 'Kept while the actor is created.');
    await page.getByRole('button', { name: 'New actor…' }).click();
    const dialog = page.getByRole('dialog', { name: 'New actor' });
    await dialog.waitFor();
    expect(await axe(page)).toEqual([]);
    await dialog.getByLabel('Name', { exact: true }).fill('Pickers Inline Actor');
    await dialog.getByLabel('Kind').selectOption('organisation');
    await dialog.getByRole('button', { name: 'Create actor' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.inputValue('#actors-0-actor')).toBe('Pickers Inline Actor');
    expect(await page.inputValue('#summary')).toBe('Kept while the actor is created.');
    await page.selectOption('#actors-0-role', 'host');
    await create(page);
    expect(await page.inputValue('#actors-0-actor')).toBe('Pickers Inline Actor');
    await page.close();
  });
});

describe('name pickers without JavaScript', () => {
  it('resolve a Cyrillic alias, make the slug on the server, and word every error for people', async () => {
    const page = await noJs.newPage();
    // Nothing filled in: human messages, one per field, no zod defaults.
    await page.goto('/admin/events/new');
    await page.click('button:has-text("Create event")');
    await page.locator('#title-errors').getByText('Enter a title').waitFor();
    expect(await page.locator('#slug-errors p').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toMatch(RAW_ZOD);

    await fillEvent(page, 'Pickers test: без JavaScript');
    await page.fill('#actors-0-actor', 'кирилл дмитриев');
    await page.selectOption('#actors-0-role', 'participant');
    await create(page);
    expect(await page.inputValue('#slug')).toBe('pickers-test-javascript');
    expect(await page.inputValue('#actors-0-actor')).toBe('Kirill Dmitriev');
    await page.close();
  });

  it('list the candidates of an ambiguous name as choices, and offer to create an unknown actor', async () => {
    const page = await noJs.newPage();
    // Two namesakes, made with the actor form and no slug: the server makes two slugs.
    for (const country of ['RU', 'US']) {
      await page.goto('/admin/actors/new');
      await page.fill('#name', 'Pickers Twin');
      await page.fill('#country', country);
      await Promise.all([page.waitForURL(/\/admin\/actors\/[^/?]+\?saved=/), page.click('button[type=submit]:has-text("Create")')]);
      expect(await page.inputValue('#slug')).toMatch(/^pickers-twin(-2)?$/);
    }

    await fillEvent(page, 'Pickers test: twins and strangers');
    await page.fill('#actors-0-actor', 'Pickers Twin');
    await page.selectOption('#actors-0-role', 'participant');
    await page.fill('#actors-1-actor', 'Pickers Stranger');
    await page.selectOption('#actors-1-role', 'mentioned');
    await page.click('button:has-text("Create event")');
    await page
      .locator('#actors-0-actor-errors')
      .getByText(/Several actors match “Pickers Twin”/)
      .waitFor();
    const choices = page.getByRole('group', { name: 'Which one did you mean?' }).getByRole('radio');
    expect(await choices.count()).toBe(2);
    expect(await page.locator('#actors-1-actor-errors').textContent()).toMatch(/No actor is called “Pickers Stranger”/);
    await page.getByRole('radio', { name: /, US,/ }).check();
    await page.getByLabel('Create a new actor named “Pickers Stranger”').check();
    await create(page);

    const values = [await page.inputValue('#actors-0-actor'), await page.inputValue('#actors-1-actor')].sort();
    expect(values).toEqual(['Pickers Stranger', 'Pickers Twin']);
    await page.goto('/admin/actors?q=Pickers+Twin');
    expect(await page.locator('main').textContent()).toContain('Pickers Twin');
    await page.close();
  });
});

describe('the conflict view', () => {
  it('on a seeded event: edit only the summary in one tab, and the other tab sees only the summary, with both versions', async () => {
    const event = seed.events.find((e) => e.actors.length >= 2 && e.citations.length >= 2)!;
    const a = await editor.newPage();
    await a.goto(`/admin/events?q=${encodeURIComponent(event.title)}`);
    const href = (await a.locator('table a').first().getAttribute('href'))!;
    const b = await editor.newPage();
    await Promise.all([a.goto(href), b.goto(href)]);
    const opened = Number((await a.locator('main').textContent())!.match(/Version (\d+)/)![1]);

    await a.fill('#summary', `${event.summary} (summary changed in tab A)`);
    await Promise.all([a.waitForURL(/saved=/), a.click('button:has-text("Save changes")')]);
    await b.fill('#message', 'Only a note in tab B');
    await b.click('button:has-text("Save changes")');
    const conflict = b.getByRole('alert').filter({ hasText: 'Edit conflict' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain(`you opened version ${opened}; the current version is ${opened + 1}`);
    expect(await conflict.locator('tbody th').allTextContents()).toEqual(['Summary']);
    expect(await conflict.textContent()).toContain(`Version ${opened + 1} by ${testUsers.editor.name}`);
    await a.close();
    await b.close();
  });
});

describe('the audit log', () => {
  it('names each record, links to it, and filters by kind, user and dates; bad filters show an error', async () => {
    const admin = await signedInContext(browser, 'admin');
    const page = await admin.newPage();
    await page.goto(`/admin/audit?entityType=actor&user=${encodeURIComponent(testUsers.editor.email)}`);
    const link = page.getByRole('link', { name: 'Pickers Inline Actor' }).first();
    await link.waitFor();
    expect(await page.locator('main').textContent()).toContain(testUsers.editor.email);
    expect(await page.locator('ol li').filter({ hasText: 'event' }).count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await Promise.all([page.waitForURL(/\/admin\/actors\/[^/?]+$/), link.click()]);
    expect(await page.inputValue('#name')).toBe('Pickers Inline Actor');

    const today = new Date().toISOString().slice(0, 10);
    await page.goto(`/admin/audit?entityType=actor&from=${today}&to=${today}`);
    await page.getByRole('link', { name: 'Pickers Twin' }).first().waitFor();
    await page.goto('/admin/audit?from=1990-01-01&to=1990-01-02');
    await page.getByText('No entries match.').waitFor();

    for (const query of ['from=2025-13-45', 'from=2025-02-01&to=2025-01-01', 'entityType=planet', `entityId=${'x'.repeat(300)}`]) {
      const response = await page.goto(`/admin/audit?${query}`);
      expect(response?.status(), query).toBe(200);
      await page.getByRole('alert').filter({ hasText: 'Some filters are not valid' }).waitFor();
      expect(await page.locator('main').textContent(), query).not.toMatch(RAW_ZOD);
    }
    await admin.close();
  });
});

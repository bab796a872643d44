/**
 * Without JavaScript, a name that matches no record exactly (a typo, part
 * of a name) comes back with the records it may mean as radio buttons, and
 * the event form's actor field still offers to create a new actor beside
 * them. The waiver form takes its event by title, not by slug.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { sessionCookie } from '../support/auth';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
let browser: Browser;
let noJs: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  noJs = await browser.newContext({ baseURL: editBaseUrl(), javaScriptEnabled: false });
  const [name, value] = (await sessionCookie('editor')).split('=');
  await noJs.addCookies([{ name, value, url: editBaseUrl() }]);
});
afterAll(async () => {
  await noJs?.close();
  await browser?.close();
});

describe('names that match nothing exactly, without JavaScript', () => {
  it('offer the actor a typo was meant for, beside "create a new actor", and take the one chosen', async () => {
    const page = await noJs.newPage();
    await page.goto('/admin/events/new');
    await page.fill('#title', 'Suggestions test: a typo');
    await page.fill('#startDate', '2025-05-07');
    await page.fill('#summary', 'Saved by the name suggestions test.');
    await page.fill('#citations-0-source', seed.sources[0].title);
    await page.fill('#citations-0-quote', 'A quotation for the name suggestions test.');
    await page.fill('#actors-0-actor', 'Kiril Dmitriev');
    await page.selectOption('#actors-0-role', 'participant');
    await page.fill('#citations-0-speaker', 'Witkof');
    await page.click('button:has-text("Create event")');
    await page
      .locator('#actors-0-actor-errors')
      .getByText(/No actor is called “Kiril Dmitriev”\. Did you mean one of these\? Or create a new actor/)
      .waitFor();
    await page.getByLabel('Create a new actor named “Kiril Dmitriev”').waitFor();
    await page.getByRole('radio', { name: /^Kirill Dmitriev,/ }).check();
    await page.getByRole('radio', { name: /^Steve Witkoff,/ }).check();
    await Promise.all([page.waitForURL(/\/admin\/events\/[^/?]+\?saved=/), page.click('button:has-text("Create event")')]);
    expect(await page.inputValue('#actors-0-actor')).toBe('Kirill Dmitriev');
    expect(await page.inputValue('#citations-0-speaker')).toBe('Steve Witkoff');
    await page.close();
  });
});

describe('the waiver form', () => {
  it('takes the event it was granted for by title, and lists candidates for part of one', async () => {
    const event = seed.events.find((e) => e.slug === '2025-04-02-dmitriev-washington-visit')!;
    const page = await noJs.newPage();
    await page.goto('/admin/sanctions/waivers/new');
    expect(await page.locator('label[for="event"]').textContent()).not.toMatch(/slug/i);
    await page.selectOption('#kind', 'specific');
    await page.fill('#actor', 'Dmitriev');
    await page.fill('#event', event.title.split(' ').slice(0, 2).join(' '));
    await page.click('button:has-text("Create waiver")');
    await page
      .locator('#event-errors')
      .getByText(/Did you mean one of these\?/)
      .waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Use lower-case letters');
    await page.getByRole('radio', { name: new RegExp(`^${event.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).check();
    await Promise.all([page.waitForURL(/\/admin\/sanctions\/waivers\/[^/?]+\?saved=/), page.click('button:has-text("Create waiver")')]);
    expect(await page.inputValue('#event')).toBe(event.title);
    await page.close();
  });
});

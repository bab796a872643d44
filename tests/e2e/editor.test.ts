import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { editBaseUrl as baseUrl, launchBrowser } from '../support/e2e';
import { signedInContext } from '../support/auth';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function createEvent(page: Page, fields: { title: string; startDate: string; summary: string; publish: boolean; quote?: string }) {
  await page.goto('/admin/events/new');
  await page.fill('#title', fields.title);
  await page.fill('#startDate', fields.startDate);
  await page.fill('#summary', fields.summary);
  await page.fill('#actors-0-actor', 'kirill-dmitriev');
  await page.selectOption('#actors-0-role', 'participant');
  await page.fill('#sectors-0', 'Energy');
  if (fields.quote) {
    await page.fill('#citations-0-source', seed.sources[0].title);
    await page.fill('#citations-0-quote', fields.quote);
  }
  await page.selectOption('#status', fields.publish ? 'published' : 'draft');
  await Promise.all([page.waitForURL(/\/admin\/events\/[^/]+\?saved=/), page.click('button:has-text("Create event")')]);
  return new URL(page.url()).pathname.split('/').pop()!;
}

describe('the editor workflow in Chromium', () => {
  it('creates an event with a citation, publishes it, and finds it on the timeline, at its permalink and in the API', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    // Publishing without a citation is refused, and the input is kept.
    await page.goto('/admin/events/new');
    await page.fill('#title', 'Editors test: LNG talks in Murmansk');
    await page.fill('#startDate', '2025-06-12');
    await page.fill('#summary', 'According to a test source, the sides discussed LNG.');
    await page.selectOption('#status', 'published');
    await page.click('button:has-text("Create event")');
    await page.locator('#citations-errors').getByText('An event cannot be published without at least one citation').waitFor();
    expect(await page.inputValue('#title')).toBe('Editors test: LNG talks in Murmansk');
    expect(await page.getAttribute('#title', 'aria-describedby')).toContain('title-errors');

    await page.fill('#citations-0-source', seed.sources[0].title);
    await page.fill('#citations-0-quote', 'A quotation that supports the event.');
    await page.fill('#actors-0-actor', 'kirill-dmitriev');
    await page.selectOption('#actors-0-role', 'participant');
    await Promise.all([page.waitForURL(/saved=1/), page.click('button:has-text("Create event")')]);

    const slug = 'editors-test-lng-talks-in-murmansk';
    await page.goto(`/?q=${encodeURIComponent('LNG talks in Murmansk')}`);
    expect(await page.locator('article h4').allTextContents()).toEqual(['Editors test: LNG talks in Murmansk']);
    const response = await page.goto(`/events/${slug}`);
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Editors test: LNG talks in Murmansk');
    const api = await (await fetch(`${baseUrl()}/api/v1/events/${slug}`)).json();
    expect(api.citations[0].quote).toBe('A quotation that supports the event.');
    await context.close();
  });

  it('keeps drafts off public pages and the API, but lets editors preview them', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    const id = await createEvent(page, {
      title: 'Editors test: a private draft',
      startDate: '2025-06-13',
      summary: 'Draft only.',
      publish: false,
    });
    expect((await fetch(`${baseUrl()}/events/editors-test-a-private-draft`)).status).toBe(404);
    expect((await fetch(`${baseUrl()}/api/v1/events/editors-test-a-private-draft`)).status).toBe(404);
    const list = await (await fetch(`${baseUrl()}/api/v1/events?q=private%20draft`)).json();
    expect(list.data).toEqual([]);
    expect((await fetch(`${baseUrl()}/events/editors-test-a-private-draft/opengraph-image`)).status).not.toBe(200);
    await page.goto(`/admin/events/${id}/preview`);
    expect(await page.locator('h1').textContent()).toBe('Editors test: a private draft');
    await context.close();
  });

  it('refuses a stale save with the other editor’s changes shown and nothing lost', async () => {
    const a = await signedInContext(browser, 'editor');
    const b = await signedInContext(browser, 'editor2');
    const pageA = await a.newPage();
    const id = await createEvent(pageA, {
      title: 'Editors test: conflict target',
      startDate: '2025-06-14',
      summary: 'Original summary.',
      publish: true,
      quote: 'Conflict quote.',
    });
    const pageB = await b.newPage();
    await pageA.goto(`/admin/events/${id}`);
    await pageB.goto(`/admin/events/${id}`);
    // Warm the cached permalink page and social card: the save below must replace them on the next request.
    expect(await (await fetch(`${baseUrl()}/events/editors-test-conflict-target`)).text()).toContain('Original summary.');

    await pageA.fill('#summary', 'Summary as saved by the first editor.');
    await Promise.all([pageA.waitForURL(/saved=2/), pageA.click('button:has-text("Save changes")')]);
    expect(await (await fetch(`${baseUrl()}/events/editors-test-conflict-target`)).text()).toContain(
      'Summary as saved by the first editor.',
    );

    await pageB.fill('#location', 'Geneva');
    await pageB.fill('#summary', 'Summary typed by the second editor.');
    await pageB.click('button:has-text("Save changes")');
    const conflict = pageB.getByRole('alert').filter({ hasText: 'Edit conflict' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Summary as saved by the first editor.');
    // The second editor's own input is still in the form.
    expect(await pageB.inputValue('#summary')).toBe('Summary typed by the second editor.');
    expect(await pageB.inputValue('#location')).toBe('Geneva');
    // The first editor's save was not overwritten.
    const saved = await (await fetch(`${baseUrl()}/api/v1/events/editors-test-conflict-target`)).json();
    expect(saved.summary).toBe('Summary as saved by the first editor.');
    // Having seen the changes, the second editor can save on top.
    await Promise.all([pageB.waitForURL(/saved=3/), pageB.click('button:has-text("Save changes")')]);
    const after = await (await fetch(`${baseUrl()}/api/v1/events/editors-test-conflict-target`)).json();
    expect(after.location).toBe('Geneva');
    await a.close();
    await b.close();
  });

  it('moves an event to the trash (permalink 410, gone from lists and API) and restores it', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    const id = await createEvent(page, {
      title: 'Editors test: to be trashed',
      startDate: '2025-06-15',
      summary: 'Soon gone.',
      publish: true,
      quote: 'Trash quote.',
    });
    expect((await fetch(`${baseUrl()}/events/editors-test-to-be-trashed`)).status).toBe(200);
    await page.goto(`/admin/events/${id}`);
    await page.getByText('Move to the trash…').click();
    await Promise.all([page.waitForURL(/trashed=/), page.getByRole('button', { name: 'Yes, move this event to the trash' }).click()]);

    const gone = await page.goto('/events/editors-test-to-be-trashed');
    expect(gone?.status()).toBe(410);
    expect(await page.locator('h1').textContent()).toBe('This event has been removed');
    expect((await fetch(`${baseUrl()}/api/v1/events/editors-test-to-be-trashed`)).status).toBe(410);
    const list = await (await fetch(`${baseUrl()}/api/v1/events?q=to%20be%20trashed`)).json();
    expect(list.data).toEqual([]);

    await page.goto('/admin/trash');
    await Promise.all([page.waitForURL(/restored=1/), page.getByRole('button', { name: 'Restore Editors test: to be trashed' }).click()]);
    expect((await fetch(`${baseUrl()}/events/editors-test-to-be-trashed`)).status).toBe(200);
    await context.close();
  });

  it('redirects a changed slug with 308, and restores an old revision from the history', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    const id = await createEvent(page, {
      title: 'Editors test: first title',
      startDate: '2025-06-16',
      summary: 'Version one.',
      publish: true,
      quote: 'History quote.',
    });
    await page.goto(`/admin/events/${id}`);
    await page.fill('#title', 'Editors test: second title');
    await page.fill('#slug', 'editors-test-second-title');
    await page.fill('#summary', 'Version two.');
    await Promise.all([page.waitForURL(/saved=2/), page.click('button:has-text("Save changes")')]);

    const moved = await fetch(`${baseUrl()}/events/editors-test-first-title`, { redirect: 'manual' });
    expect(moved.status).toBe(308);
    expect(new URL(moved.headers.get('location')!, baseUrl()).pathname).toBe('/events/editors-test-second-title');
    const reader = await browser.newPage({ baseURL: baseUrl() } as never);
    await reader.goto(`${baseUrl()}/events/editors-test-first-title`);
    expect(await reader.locator('h1').textContent()).toBe('Editors test: second title');
    await reader.close();

    await page.goto(`/admin/events/${id}/history`);
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(2);
    await page.locator('ins', { hasText: 'Version two.' }).waitFor();
    await Promise.all([page.waitForURL(/restored=3/), page.getByRole('button', { name: 'Restore version 1' }).click()]);
    const restored = await (await fetch(`${baseUrl()}/api/v1/events/editors-test-first-title`)).json();
    expect(restored.summary).toBe('Version one.');
    // The second slug is now a former slug and redirects back.
    expect((await fetch(`${baseUrl()}/events/editors-test-second-title`, { redirect: 'manual' })).status).toBe(308);
    await context.close();
  });
});

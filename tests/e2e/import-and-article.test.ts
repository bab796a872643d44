import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { signedInContext } from '../support/auth';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const row = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  title: `Imported ${slug}`,
  summary: 'According to the test file, the sides spoke.',
  type: 'call',
  date: { start: '2025-05-06', precision: 'day', approximate: false },
  location: null,
  actors: [{ slug: 'kirill-dmitriev', name: 'Kirill Dmitriev', role: 'participant', title: null }],
  sectors: [{ slug: 'energy', name: 'Energy' }],
  proposals: [],
  citations: [
    {
      quote: 'A quote from the test file.',
      speaker: null,
      source: {
        id: 'e2e-import-source',
        title: 'E2E import source',
        outlet: 'Test Wire',
        author: null,
        publishedAt: '2025-05-07',
        url: null,
        kind: 'news',
      },
    },
  ],
  ...overrides,
});

describe('bulk import in Chromium', () => {
  it('previews every row with its errors, imports nothing while one is bad, then imports the fixed file as drafts', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    await page.goto('/admin/import');
    const bad = JSON.stringify({
      data: [row('e2e-import-good'), row('e2e-import-bad', { date: { start: '2025-02-30', precision: 'day', approximate: false } })],
    });
    await page.fill('#import-text', bad);
    await page.getByRole('button', { name: 'Preview' }).click();
    const problems = page.getByRole('list', { name: 'Problems in row 2' });
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/date/i);
    expect(await page.getByRole('list', { name: 'Problems in row 1' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Import \d+ events? as drafts/ }).count()).toBe(0);
    expect((await fetch(`${editBaseUrl()}/admin/events?q=e2e-import`)).status).toBe(200);

    const good = JSON.stringify({ data: [row('e2e-import-good'), row('e2e-import-fixed')] });
    await page.fill('#import-text', good);
    await page.getByRole('button', { name: 'Preview' }).click();
    const importButton = page.getByRole('button', { name: 'Import 2 events as drafts' });
    await importButton.waitFor();
    await importButton.click();
    const report = page.getByRole('heading', { name: 'Imported 2 events as drafts.' });
    await report.waitFor();
    const section = await page.locator('section[aria-labelledby="report-heading"]').textContent();
    expect(section).toContain('Kirill Dmitriev');
    expect(section).toContain('E2E import source');

    // Drafts: invisible to readers until published.
    expect((await fetch(`${editBaseUrl()}/events/e2e-import-good`)).status).toBe(404);
    await page.goto('/admin/events?q=e2e-import&status=draft');
    expect(await page.locator('tbody tr').count()).toBe(2);
    await context.close();
  });
});

// A test article written for this test: not one of the seed sources.
const article = [
  'Kirill Dmitriev said on Tuesday that Russian and American companies could cooperate on Arctic LNG projects.',
  'He spoke after meeting Marcus Hollander, a fund manager from Boston, in Geneva.',
  'Last week, officials discussed a rare earth processing venture worth $2 billion, according to two people familiar with the talks.',
  'In February, the sides had exchanged proposals on the Northern Sea Route.',
  'Exports of the minerals fell by 15% last year, the ministry said.',
].join(' ');

describe('article-assisted entry in Chromium', () => {
  it('proposes dated events, actors, sectors and figures from a pasted article, and turns accepted ones into drafts', async () => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    await page.goto('/admin/from-article');
    await page.fill('#article-title', 'E2E: Arctic LNG and rare earths talks');
    await page.fill('#article-outlet', 'Test Wire');
    await page.fill('#article-publishedAt', '2025-04-10');
    await page.fill('#article-text', article);
    await page.getByRole('button', { name: 'Propose events, actors and figures' }).click();
    await page.getByRole('heading', { name: '2. Review the proposals' }).waitFor();

    const legends = await page.locator('fieldset > legend').allTextContents();
    // "on Tuesday" in an article of Thursday 10 April 2025 is 8 April 2025; "In February" is the month only.
    expect(legends.some((l) => l.includes('“on Tuesday”') && l.includes('8 April 2025'))).toBe(true);
    expect(legends.some((l) => /In February/i.test(l) && l.includes('February 2025') && !/\d+ February/.test(l))).toBe(true);
    const body = await page.locator('main').textContent();
    expect(body).toContain('Marcus Hollander');
    expect(body).toContain('Kirill Dmitriev');

    // Accept the first event (the Tuesday statement) and create the drafts.
    await page.locator('input[name="events.0.accept"]').check();
    expect(await page.inputValue('#events-0-startDate')).toBe('2025-04-08');
    await page.getByRole('button', { name: 'Create drafts' }).click();
    const created = page.getByRole('heading', { name: /Created 1 draft event/ });
    await created.waitFor();
    const link = page.locator('section:has(> h3:text-is("Draft events")) a').first();
    await link.click();
    await page.waitForURL(/\/admin\/events\//);
    expect(await page.inputValue('#startDate')).toBe('2025-04-08');
    expect(await page.inputValue('#status')).toBe('draft');
    expect(await page.inputValue('#citations-0-quote')).toContain('on Tuesday');
    await context.close();
  });
});

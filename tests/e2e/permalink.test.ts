import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launchBrowser, openPage } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('event permalinks', () => {
  it('opens from the list, survives a reload, and carries canonical, Open Graph, Twitter and JSON-LD', async () => {
    const { page, problems, close } = await openPage(browser);
    await page.goto('/?sector=rare-earths');
    const link = page.locator('article h4 a').first();
    const title = (await link.textContent())!.trim();
    await link.click();
    await page.waitForURL(/\/events\//);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    const slug = new URL(page.url()).pathname.split('/').pop()!;
    const event = seed.events.find((e) => e.slug === slug)!;
    expect(event.title).toBe(title);

    const response = await page.reload();
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);

    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${baseUrl()}/events/${slug}`);
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe(title);
    const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
    expect(ogImage).toContain(`/events/${slug}/opengraph-image`);
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await page.locator('meta[name="twitter:image"]').count()).toBe(1);

    const image = await fetch(ogImage.replace(/^https?:\/\/[^/]+/, baseUrl()));
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect((await image.arrayBuffer()).byteLength).toBeGreaterThan(5000);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('Event');
    expect(jsonLd.name).toBe(title);
    expect(jsonLd.url).toBe(`${baseUrl()}/events/${slug}`);

    // Every citation quote of the event is on the page, with its source.
    for (const c of event.citations) expect(await page.getByText(c.quote, { exact: false }).count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('shows dates at their precision and links previous and next events', async () => {
    const monthEvent = seed.events.find((e) => e.date.precision === 'month' && !e.date.approximate && !e.date.end)!;
    const { page, close } = await openPage(browser);
    await page.goto(`/events/${monthEvent.slug}`);
    const label = await page.locator('header time').textContent();
    expect(label).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    const next = page.locator('a[rel="next"]');
    const prev = page.locator('a[rel="prev"]');
    expect((await next.count()) + (await prev.count())).toBeGreaterThan(0);
    await close();
  });

  it('copies the link with the button', async () => {
    const context = await browser.newContext({ baseURL: baseUrl(), permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`/events/${seed.events[0].slug}`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseUrl()}/events/${seed.events[0].slug}`);
    await context.close();
  });

  it('answers an unknown slug with the designed 404 page and status 404', async () => {
    const { page, close } = await openPage(browser);
    const response = await page.goto('/events/this-event-does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('There is nothing at this address');
    await expect(page.getByRole('link', { name: 'Browse the timeline' }).count()).resolves.toBe(1);
    await close();
  });
});

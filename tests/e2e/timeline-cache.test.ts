/**
 * Issue 10: `/` and its one-facet views come from the full-route cache
 * (lib/proxy/cached-timeline.ts → app/timeline/cached/[view]) until a write
 * revalidates them; every other view renders per request. Runs against the
 * editors' server, where this test may write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
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

const get = (path: string) => fetch(`${editBaseUrl()}${path}`);
const CACHED = ['/', '/?sector=energy', '/?type=meeting&sort=asc'];

describe('the cached timeline', () => {
  it('serves / and its one-facet views from the cache, renders the rest per request, and hides the cached route', async () => {
    for (const path of CACHED) {
      expect((await get(path)).status, path).toBe(200);
      const again = await get(path);
      expect(again.headers.get('x-nextjs-cache'), path).toBe('HIT');
      // The page is still the reader's `/`: its canonical link and its filter.
      const html = await again.text();
      expect(/<link rel="canonical" href="http:\/\/[^"/]+\/?"/.test(html), path).toBe(true);
    }
    // The cached view of one sector really is that sector's view.
    const energy = await (await get('/?sector=energy')).text();
    expect(energy.includes('data-chip-group="sector"')).toBe(true);
    for (const path of ['/?q=talks', '/?sector=energy&sector=space', '/?from=2025-01-01']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('x-nextjs-cache'), path).toBeNull();
    }
    for (const path of ['/timeline/cached/all', '/timeline/cached/sector%3Denergy', '/timeline/cached/anything'])
      expect((await get(path)).status, path).toBe(404);
  });

  it('shows a published event on every cached view it belongs to at the next request', async () => {
    // Warm the cache first, so the check below is about revalidation, not a first render.
    for (const path of CACHED) await get(path);
    const title = 'Cache test: pipeline talks resume';
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    await page.goto('/admin/events/new');
    await page.fill('#title', title);
    await page.fill('#startDate', '2026-11-20');
    await page.fill('#summary', 'According to a test source, pipeline talks resumed.');
    await page.selectOption('#type', 'statement');
    await page.fill('#actors-0-actor', 'kirill-dmitriev');
    await page.selectOption('#actors-0-role', 'participant');
    await page.fill('#sectors-0', 'Energy');
    await page.fill('#citations-0-source', seed.sources[0].title);
    await page.fill('#citations-0-quote', 'A quotation that supports the event.');
    await page.selectOption('#status', 'published');
    await Promise.all([page.waitForURL(/\/admin\/events\/[^/]+\?saved=/), page.click('button:has-text("Create event")')]);
    await context.close();

    for (const path of ['/', '/?sector=energy']) expect((await (await get(path)).text()).includes(title), path).toBe(true);
    // A view it isn't in is redrawn too, but without it.
    expect((await (await get('/?type=meeting&sort=asc')).text()).includes(title)).toBe(false);
  });
});

/**
 * What `/` shows before any scrolling, on a laptop and on a phone, what its
 * lead says, and that its links prefetch only on intent (hover or focus),
 * not on load: each prefetch of a page is a server render.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page, Request } from 'playwright-core';
import { baseUrl, launchBrowser } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';
import { formatDateLabel, parseIsoDay } from '@/lib/dates';

const seed = loadSeedDataset();
const latestEvent = [...seed.events].sort((a, b) => a.date.start.localeCompare(b.date.start)).at(-1)!;
const latest = latestEvent.date.start;
const d = latestEvent.date;
const latestLabel = formatDateLabel(parseIsoDay(d.start), d.precision, d.end ? parseIsoDay(d.end) : null, d.approximate);
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(options: BrowserContextOptions) {
  const context = await browser.newContext({ baseURL: baseUrl(), ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems, close: () => context.close() };
}

/** The box of the first (latest) event's title, and the viewport it must sit in. */
async function firstTitleBox(page: Page) {
  return page.evaluate(() => {
    const title = document.querySelector('article h4')!.getBoundingClientRect();
    return { top: title.top, bottom: title.bottom, left: title.left, right: title.right, width: innerWidth, height: innerHeight, scrollY };
  });
}

/** A request for a route's RSC payload: a prefetch, when nothing was clicked. */
const isRsc = (r: Request) => r.headers()['rsc'] === '1' || r.headers()['next-router-prefetch'] !== undefined || r.url().includes('_rsc=');

describe('the first screen of /', () => {
  for (const [name, options] of [
    ['1280×800', { viewport: { width: 1280, height: 800 } }],
    ['a 390×844 phone', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ] as const) {
    it(`shows the latest event without scrolling on ${name}`, async () => {
      const { page, problems, close } = await open(options);
      await page.goto('/');
      expect(await page.locator('article time').first().getAttribute('datetime')).toBe(latest);
      const box = await firstTitleBox(page);
      expect(box.scrollY).toBe(0);
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(box.height);
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
      // No sideways scrolling either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('leads with one line: how many events, in correct English, and the latest date', async () => {
    const { page, close } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    const lead = page.locator('#timeline-lead p');
    expect(await lead.textContent()).toBe(`${seed.events.length} events, latest ${latestLabel}.`);
    const box = await lead.boundingBox();
    const lineHeight = await lead.evaluate((p) => parseFloat(getComputedStyle(p).lineHeight));
    expect(box!.height).toBeLessThan(lineHeight * 1.5);

    const visits = seed.events.filter((e) => e.type === 'visit');
    expect(visits.length).toBe(1);
    await page.goto('/?type=visit');
    expect(await lead.textContent()).toMatch(/^1 event matches the filters, latest /);
    const calls = seed.events.filter((e) => e.type === 'call');
    await page.goto('/?type=call');
    expect(await lead.textContent()).toMatch(new RegExp(`^${calls.length} events match the filters, latest `));
    await page.goto('/?q=zzzz-nothing-matches');
    expect(await lead.textContent()).toBe('No events match the filters.');
    await close();
  });
});

describe('prefetching on /', () => {
  it('fires no prefetch on load or scroll, and one when an event link is hovered', async () => {
    const { page, problems, close } = await open({ viewport: { width: 1280, height: 800 } });
    const rsc: string[] = [];
    page.on('request', (r) => {
      if (isRsc(r)) rsc.push(r.url());
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    // Every link comes into view once: a viewport-triggered prefetch would fire now.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 400) {
        scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 50));
      }
      scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    expect(rsc).toEqual([]);

    const link = page.locator('article h4 a').first();
    const href = (await link.getAttribute('href'))!;
    const prefetch = page.waitForRequest((r) => isRsc(r) && new URL(r.url()).pathname === href, { timeout: 10_000 });
    await link.hover();
    await prefetch;
    // Only the hovered link's page: no storm behind it.
    await page.waitForLoadState('networkidle');
    expect(rsc.map((u) => new URL(u).pathname)).toEqual([href]);

    // Keyboard focus is intent too. On a link to another route: once one permalink's route tree is known, Next 16.4
    // asks nothing more for a second permalink, because it marks runtime-rendered ISR routes as having no static
    // prefetch data (next.js #91407, "no hints found for this route").
    const second = page.locator('article a[href^="/sectors/"]').first();
    const secondHref = (await second.getAttribute('href'))!;
    const focused = page.waitForRequest((r) => isRsc(r) && new URL(r.url()).pathname === secondHref, { timeout: 10_000 });
    await second.focus();
    await focused;
    expect(problems).toEqual([]);
    await close();
  });

  it('opens an event from the list on the client, without loading a new document', async () => {
    const { page, problems, close } = await open({ viewport: { width: 1280, height: 800 } });
    await page.goto('/', { waitUntil: 'networkidle' });
    const documents: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documents.push(r.url());
    });
    // A value on window survives a client navigation and is lost with a new document.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    const link = page.locator('article h4 a').first();
    const href = (await link.getAttribute('href'))!;
    const title = (await link.textContent())!;
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await expect.poll(() => page.locator('h1').first().textContent()).toBe(title);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(documents).toEqual([]);
    // Back returns to the list, still on the client.
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/');
    await expect.poll(() => page.locator('article h4 a').first().getAttribute('href')).toBe(href);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    expect(problems).toEqual([]);
    await close();
  });
});

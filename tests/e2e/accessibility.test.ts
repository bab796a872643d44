import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from '../support/e2e';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const pages = [
  '/',
  '/?sector=rare-earths&zoom=day&from=2025-04-01&to=2025-04-30',
  '/?q=nothing-matches-this',
  '/timeline/numbers?sector=rare-earths',
  '/timeline/filters?facet=sector&type=call&sort=asc',
  '/timeline/filters?facet=date&sector=rare-earths',
  `/events/${seed.events[0].slug}`,
  `/events/${seed.events.at(-1)!.slug}`,
  '/actors',
  '/actors/kirill-dmitriev',
  '/sectors',
  '/sectors/rare-earths',
  '/sources',
  `/sources/${seed.sources[0].id}`,
  '/events/not-a-real-event',
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('accessibility (axe, WCAG 2 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it.each(pages)(`%s has no serious or critical violations (${scheme})`, async (path) => {
      const { page, close } = await openPage(browser);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} — ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
      await close();
    });
  }

  it('lets a keyboard user reach the filters and an event from the skip link', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    let reachedEvent = false;
    for (let i = 0; i < 80 && !reachedEvent; i++) {
      await page.keyboard.press('Tab');
      reachedEvent = await page.evaluate(() => document.activeElement?.closest('article h4') !== null);
    }
    expect(reachedEvent).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events\//);
    await close();
  });
});

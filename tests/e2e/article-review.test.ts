/**
 * The review step of "From an article": "Accept all", "Reject all" and
 * editing one proposal (title, date, precision, type, actors and sectors
 * typed by name) before it is saved, with and without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { editBaseUrl, launchBrowser } from '../support/e2e';
import { testUsers } from '../support/users';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Written for this test; dated Thursday 12 June 2025.
const ARTICLE = [
  'Steve Witkoff met Kirill Dmitriev in Moscow on Tuesday, the Kremlin said.',
  'Rosneft and Lukoil were added to the sanctions list in January, according to OFAC.',
  'Trade between the two countries totalled $3.5 billion in 2024.',
].join('\n\n');

async function editorPage(javaScriptEnabled: boolean) {
  const context = await browser.newContext({ baseURL: editBaseUrl(), javaScriptEnabled });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/sign-in');
  await page.fill('#email', testUsers.editor.email);
  await page.fill('#password', testUsers.editor.password);
  await Promise.all([page.waitForURL(/\/admin/), page.click('button[type=submit]')]);
  return { page, errors, close: () => context.close() };
}

const accepts = (page: Page) => page.locator('input[type=checkbox][name$=".accept"]');
async function ticked(page: Page) {
  const boxes = await accepts(page).all();
  return Promise.all(boxes.map((b) => b.isChecked()));
}

describe.each([true, false])('reviewing an article’s proposals (JavaScript %s)', (javaScriptEnabled) => {
  it('accepts all, rejects all, and saves one edited event', async () => {
    const { page, errors, close } = await editorPage(javaScriptEnabled);
    await page.goto('/admin/from-article');
    await page.fill('#article-title', `E2E review ${javaScriptEnabled ? 'with' : 'without'} JavaScript`);
    await page.fill('#article-publishedAt', '2025-06-12');
    await page.fill('#article-text', ARTICLE);
    await page.getByRole('button', { name: 'Propose events, actors and figures' }).click();
    await page.getByRole('heading', { name: '2. Review the proposals' }).waitFor();

    // Two events (the meeting and the sanctions); the trade statistic is a figure, not an event.
    expect(await page.locator('input[name$=".title"][name^="events."]').count()).toBe(2);
    expect(await page.locator('input[name^="figures."][name$=".value"]').inputValue()).toBe('3.5');
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).toContain('Rosneft');
    expect(body).toContain('Lukoil');
    expect(await ticked(page)).not.toContain(true);
    // The review form passes axe (WCAG 2 A and AA): every new field and button is labelled. (axe runs as a script in the page.)
    if (javaScriptEnabled) {
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    }

    // Polled through Playwright's locators, which work whether or not the page may run scripts.
    const all = async (value: boolean) => {
      const boxes = await ticked(page).catch(() => []);
      return boxes.length >= 5 && boxes.every((b) => b === value);
    };
    await page.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => all(true), { timeout: 30_000 }).toBe(true);
    await page.getByRole('button', { name: 'Reject all' }).click();
    await expect.poll(() => all(false), { timeout: 30_000 }).toBe(true);

    // Edit the first event: title, date and precision, type, and one more actor typed by name.
    const title = `Witkoff and Dmitriev talk in Moscow (${javaScriptEnabled ? 'js' : 'no js'})`;
    expect(await page.inputValue('#events-0-startDate')).toBe('2025-06-10');
    await page.fill('#events-0-title', title);
    await page.fill('#events-0-startDate', '2025-06-01');
    await page.selectOption('#events-0-precision', 'month');
    await page.selectOption('#events-0-type', 'visit');
    await page.fill('#events-0-otherActors-0', 'Nobody We Know');
    // A sector by a word of its name only: offered, not taken.
    await page.fill('#events-0-sectors-0', 'investment');
    await page.locator('input[name="events.0.accept"]').check();
    await page.getByRole('button', { name: 'Create drafts' }).click();
    // An unknown name is refused with the name, and nothing typed is lost.
    await page.locator('#events-0-otherActors-0-errors').getByText('No actor is called “Nobody We Know”').waitFor();
    expect(await page.locator('#events-0-sectors-0-errors').textContent()).toBe(
      'No sector is called “investment”. Did you mean one of these?',
    );
    expect(await page.inputValue('#events-0-title')).toBe(title);
    expect(await page.inputValue('#events-0-precision')).toBe('month');
    expect(await page.inputValue('#events-0-sectors-0')).toBe('investment');

    // The candidate is chosen from the list under the field (a plain radio button: no script needed).
    await page.getByRole('radio', { name: /^Bilateral trade and investment/ }).check();
    // A second sector typed by name: with JavaScript chosen in the combobox, without it resolved by the server.
    if (javaScriptEnabled) {
      await page.fill('#events-0-sectors-1', 'Ener');
      await page.getByRole('option', { name: /^Energy/ }).click();
      expect(await page.inputValue('#events-0-sectors-1')).toBe('Energy');
    } else await page.fill('#events-0-sectors-1', 'energy');
    await page.fill('#events-0-otherActors-0', 'Donald Trump');
    await page.getByRole('button', { name: 'Create drafts' }).click();
    await page.getByRole('heading', { name: /Created 1 draft event/ }).waitFor();
    await page.locator('section:has(> h3:text-is("Draft events")) a').first().click();
    await page.waitForURL(/\/admin\/events\//);
    expect(await page.inputValue('#title')).toBe(title);
    expect(await page.inputValue('#startDate')).toBe('2025-06-01');
    expect(await page.inputValue('#precision')).toBe('month');
    expect(await page.inputValue('#type')).toBe('visit');
    const sectors = await page
      .locator('input[name^="sectors["]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter(Boolean));
    expect(sectors.sort()).toEqual(['Bilateral trade and investment', 'Energy']);
    const form = (await page.locator('main').innerHTML()) ?? '';
    for (const actor of [/steve-witkoff|Steve Witkoff/, /kirill-dmitriev|Kirill Dmitriev/, /donald-trump|Donald Trump/])
      expect(form).toMatch(actor);
    expect(errors).toEqual([]);
    await close();
    // Six full round trips to the server, each reading the article again: longer than one page's budget on a loaded machine.
  }, 120_000);
});

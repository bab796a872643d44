/**
 * The editors' small daily things: trashing asks first and can be undone
 * (without JavaScript too), admins change a user's role (audited, ending that
 * user's sessions), and admin pages fit a phone's width.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { editBaseUrl as baseUrl, launchBrowser } from '../support/e2e';
import { sessionCookie, signedInContext } from '../support/auth';
import { testUsers } from '../support/users';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildEvent, buildSource } from '../support/factories';

const tag = randomBytes(4).toString('hex');
const source = buildSource({ id: `daily-source-${tag}` });
const event = buildEvent(source.id, { slug: `daily-event-${tag}`, title: `Daily event ${tag}` });
let database: Database;
let browser: Browser;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  await writeDataset(database.prisma, buildDataset({ sources: [source], events: [event] }));
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await database?.close();
});

describe('trash asks first, and can be undone', () => {
  it.each([true, false])('with JavaScript %s', async (javaScriptEnabled) => {
    const context = await signedInContext(browser, 'editor');
    const page = await context.newPage();
    if (!javaScriptEnabled) {
      // The signed-in cookies carry over to a context without JavaScript.
      const noJs = await browser.newContext({ baseURL: baseUrl(), javaScriptEnabled: false, storageState: await context.storageState() });
      await page.close();
      return runTrashFlow(await noJs.newPage(), () => noJs.close());
    }
    return runTrashFlow(page, () => context.close());
  });

  async function runTrashFlow(page: import('playwright-core').Page, done: () => Promise<void>) {
    const { id } = await database.prisma.event.findUniqueOrThrow({ where: { slug: event.slug }, select: { id: true } });
    await page.goto(`/admin/events/${id}`);
    const confirm = page.getByRole('button', { name: 'Yes, move this event to the trash' });
    expect(await confirm.isVisible()).toBe(false);
    await page.getByText('Move to the trash…').click();
    await expect(page.getByText('its links answer “410 Gone”').isVisible()).resolves.toBe(true);
    // Opening the confirmation trashes nothing.
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();

    await Promise.all([page.waitForURL(/\/admin\/events\?trashed=/), confirm.click()]);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await fetch(`${baseUrl()}/events/${event.slug}`)).status).toBe(410);
    await expect(page.getByText('The event was moved to the trash.').isVisible()).resolves.toBe(true);

    await Promise.all([page.waitForURL(/restored=1/), page.getByRole('button', { name: 'Undo: restore the event' }).click()]);
    await expect(page.getByText('Restored from the trash.').isVisible()).resolves.toBe(true);
    expect((await database.prisma.event.findUniqueOrThrow({ where: { id } })).deletedAt).toBeNull();
    expect((await fetch(`${baseUrl()}/events/${event.slug}`)).status).toBe(200);
    await done();
  }
});

describe('changing a user’s role', () => {
  it('is audited and ends that user’s sessions; an admin’s own role has no form', async () => {
    const editorCookie = await sessionCookie('editor2');
    const signedIn = (cookie: string) => fetch(`${baseUrl()}/admin`, { headers: { cookie }, redirect: 'manual' }).then((r) => r.status);
    expect(await signedIn(editorCookie)).toBe(200);

    const context = await signedInContext(browser, 'admin');
    const page = await context.newPage();
    await page.goto('/admin/users');
    const email = testUsers.editor2.email;
    await page.getByLabel(`Role of ${email}`).selectOption('admin');
    await Promise.all([page.waitForURL(/role=1/), page.getByRole('button', { name: `Change role of ${email}` }).click()]);
    await expect(page.getByText('Role changed').isVisible()).resolves.toBe(true);

    const user = await database.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe('admin');
    expect(await signedIn(editorCookie)).not.toBe(200);
    const audit = await database.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: user.id, action: 'change-role' },
      orderBy: { createdAt: 'desc' },
    });
    expect(audit.before).toMatchObject({ role: 'editor' });
    expect(audit.after).toMatchObject({ role: 'admin' });

    // Back to editor, for the other tests; an admin's own role has no form.
    await page.goto('/admin/users');
    await page.getByLabel(`Role of ${email}`).selectOption('editor');
    await Promise.all([page.waitForURL(/role=1/), page.getByRole('button', { name: `Change role of ${email}` }).click()]);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe('editor');
    expect(await page.getByLabel(`Role of ${testUsers.admin.email}`).count()).toBe(0);
    await context.close();
  });
});

describe('admin pages on a phone', () => {
  it.each(['/admin', '/admin/events', '/admin/actors', '/admin/sources', '/admin/trash', '/admin/users', '/admin/audit'])(
    '%s does not scroll sideways at 390 px',
    async (path) => {
      const context = await signedInContext(browser, 'admin');
      const page = await context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: window.innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.viewport);
      await context.close();
    },
  );
});

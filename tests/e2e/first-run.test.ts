import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { killAllChildren, spawnChild, spawnTsx, type Child } from '../support/child-process';
import { copyBuild } from '../support/next-server';
import { freePort } from '../../scripts/free-port';
import { logMessages } from '../support/log-messages';
import { launchBrowser, openPage } from '../support/e2e';
import { loadSeedDataset } from '../../lib/seed/load';

// A newcomer's first run: `next start` on a new embedded database, with no
// SITE_URL and on a port that isn't 3000. No account exists; the log gives a
// one-time setup link; `npm run user:create` works while the server runs.
const distDir = 'tmp/e2e-first-run';
const dataDir = mkdtempSync(path.join(tmpdir(), 'backchannel-e2e-first-run-'));
const pgliteDir = path.join(dataDir, 'pglite');
const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: pgliteDir, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
delete (env as Record<string, string | undefined>).NODE_ENV;
delete (env as Record<string, string | undefined>).SITE_URL;

let server: Child;
let origin: string;
let browser: Browser;
const slug = loadSeedDataset().events[0].slug;

beforeAll(async () => {
  copyBuild(distDir);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawnChild('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], env);
  await server.waitForOutput(/No account exists yet/, 240_000);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await killAllChildren();
  rmSync(distDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

const setupLink = () => {
  const match = /Create the first admin at (\S+) \(one-time link/.exec(logMessages(server.stdout()));
  if (!match) throw new Error(`no setup link in the log:\n${server.stdout()}`);
  return match[1];
};

describe('links on a port other than 3000, with SITE_URL unset', () => {
  it('warns at start-up, and pages and the API link to the address the app answers on', async () => {
    expect(logMessages(server.stdout())).toMatch(/^SITE_URL is not set/m);
    const html = await (await fetch(`${origin}/events/${slug}`)).text();
    const permalink = `${origin}/events/${slug}`;
    expect(html).toContain(`<link rel="canonical" href="${permalink}"/>`);
    expect(html).toContain(`<meta property="og:url" content="${permalink}"/>`);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image && new URL(image).origin).toBe(origin);
    expect(html).not.toContain('localhost:3000');

    const api = await (await fetch(`${origin}/api/v1/events/${slug}`)).json();
    expect(api.url).toBe(permalink);

    const { page, problems, close } = await openPage(browser, { baseURL: origin });
    await page.goto(`/events/${slug}`);
    expect(await page.getByLabel('Permalink').inputValue()).toBe(permalink);
    expect(problems).toEqual([]);
    await close();
  });
});

describe('the first account', () => {
  it('refuses /setup without the link, creates the first admin without JavaScript, then closes for good', async () => {
    const link = setupLink();
    expect(new URL(link).origin).toBe(origin);
    const { page, problems, close } = await openPage(browser, { baseURL: origin, javaScriptEnabled: false });

    await page.goto('/setup');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/setup link is missing/);
    await page.goto(`/setup?token=${'x'.repeat(43)}`);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/setup link is missing, mistyped, expired or already used/);
    expect(await page.locator('form input[name=password]').count()).toBe(0);

    await page.goto(link);
    await page.getByLabel('Email').fill('first@example.org');
    await page.getByLabel('Name').fill('First Admin');
    await page.getByLabel('Password').fill('short');
    // Without JavaScript the browser's own minlength check would stop the post; the server must check too.
    await page.locator('#setup-password').evaluate((input) => input.removeAttribute('minlength'));
    await page.getByRole('button', { name: 'Create the admin account' }).click();
    await expect(page.locator('#setup-password-errors').textContent()).resolves.toContain('Use at least 12 characters');
    expect(await page.getByLabel('Email').inputValue()).toBe('first@example.org');

    await page.getByLabel('Password').fill('a long enough password');
    await Promise.all([page.waitForURL(/\/admin/), page.getByRole('button', { name: 'Create the admin account' }).click()]);
    await expect(page.locator('body').textContent()).resolves.toContain('First Admin (admin)');
    expect(problems).toEqual([]);
    await close();

    // Closed for good, with the same link or any other.
    expect((await fetch(link)).status).toBe(404);
    expect((await fetch(`${origin}/setup`)).status).toBe(404);
  });

  it('npm run user:create works while the server holds the embedded database', async () => {
    const script = spawnTsx(
      'scripts/user-create.ts',
      ['--email', 'second@example.org', '--password', 'another long password', '--role', 'editor'],
      env,
    );
    expect(await script.exited).toBe(0);
    expect(script.stdout()).toContain('created editor second@example.org (through the running server)');

    const signIn = await fetch(`${origin}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin },
      body: JSON.stringify({ email: 'second@example.org', password: 'another long password' }),
    });
    expect(signIn.status).toBe(200);
    expect((await signIn.json()).user.role).toBe('editor');

    const duplicate = spawnTsx('scripts/user-create.ts', ['--email', 'second@example.org', '--password', 'another long password'], env);
    expect(await duplicate.exited).toBe(1);
    expect(duplicate.stderr()).toContain('An account with this email already exists');
    // The server still holds its database: the lock was never weakened.
    expect((await fetch(`${origin}/api/v1/events?limit=1`)).status).toBe(200);
  });
});

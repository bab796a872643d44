/**
 * The API as a documented interface: the OpenAPI document the server serves
 * is valid OpenAPI 3.1, the /api page renders it readably (axe, phone, dark),
 * and the public read API answers CORS while admin, auth and writes don't.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { Validator } from '@seriousme/openapi-schema-validator';
import { baseUrl, launchBrowser, openPage } from '../support/e2e';
import { documentedFetch } from '../support/openapi-check';
import { expectAxeClean, expectNoSidewaysScroll } from '../support/page-checks';

const ORIGIN = 'https://notebook.example';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('/api/v1/openapi.json', () => {
  it('is valid OpenAPI 3.1 (checked by a real validator) and lists the server it came from', async () => {
    const response = await documentedFetch(baseUrl(), '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const document = await response.json();
    const validator = new Validator();
    const result = await validator.validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/v1/events', '/api/v1/events/{slug}/revisions']));
  });
});

describe('/api, the reference page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`shows every endpoint with parameters, errors and curl examples; axe clean and fits a phone (${scheme})`, async () => {
      const document = await (await fetch(`${baseUrl()}/api/v1/openapi.json`)).json();
      const { page, problems, close } = await openPage(browser);
      await page.emulateMedia({ colorScheme: scheme });
      const response = await page.goto('/api');
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'API' }).isVisible()).resolves.toBe(true);
      for (const path of Object.keys(document.paths)) {
        await expect(page.getByRole('heading', { level: 3, name: `GET ${path}`, exact: true }).count(), path).resolves.toBe(1);
      }
      for (const name of ['Filters', 'Paging', 'Errors and caching', 'Response shapes']) {
        await expect(page.getByRole('heading', { level: 2, name }).count(), name).resolves.toBe(1);
      }
      const text = await page.locator('main').innerText();
      expect(text).toContain(`curl '${baseUrl()}/api/v1/events?`);
      expect(text).toContain('nextCursor');
      // The events endpoint's parameters come from the route's schema: its limit bound shows.
      expect(text).toMatch(/≤ 100/);
      await expectAxeClean(page);
      await expectNoSidewaysScroll(page);
      await expectAxeClean(page);
      expect(problems).toEqual([]);
      await close();
    });
  }

  it('is linked from the main navigation', async () => {
    const { page, close } = await openPage(browser);
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API' }).getAttribute('href')).resolves.toBe(
      '/api',
    );
    await close();
  });
});

describe('CORS', () => {
  const withOrigin = (path: string, init: RequestInit = {}) =>
    fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init, headers: { Origin: ORIGIN, ...(init.headers ?? {}) } });

  it.each([
    '/api/v1/events?limit=1',
    '/api/v1/events.csv?sector=rare-earths',
    '/api/v1/openapi.json',
    '/api/v1/events/no-such-event',
    '/api/v1/events?limit=0',
  ])('GET %s answers any origin, without credentials', async (path) => {
    const response = await withOrigin(path);
    await response.arrayBuffer();
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers a preflight for GET, and not for a write', async () => {
    const preflight = await withOrigin('/api/v1/events', {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match');
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();

    const write = await withOrigin('/api/v1/events', { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
    expect(write.headers.get('access-control-allow-origin')).toBeNull();
    const post = await withOrigin('/api/v1/events', { method: 'POST', body: '{}' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it.each(['/api/auth/sign-in', '/api/auth/sign-out', '/api/health', '/admin', '/sign-in', '/'])('%s stays same-origin', async (path) => {
    const get = await withOrigin(path);
    await get.arrayBuffer();
    expect(get.headers.get('access-control-allow-origin'), `GET ${path}`).toBeNull();
    const preflight = await withOrigin(path, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } });
    await preflight.arrayBuffer();
    expect(preflight.headers.get('access-control-allow-origin'), `OPTIONS ${path}`).toBeNull();
    const post = await withOrigin(path, { method: 'POST', body: 'x=1', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    await post.arrayBuffer();
    expect(post.headers.get('access-control-allow-origin'), `POST ${path}`).toBeNull();
  });

  it('lets a page on another origin read the API in Chromium, but not an admin or auth route', async () => {
    const other = new URL(baseUrl());
    other.hostname = other.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const { page, problems, close } = await openPage(browser, { baseURL: other.origin });
    // A public page (no CSP of its own) on the other origin plays the notebook.
    await page.goto('/sources');
    const api = new URL('/api/v1/events?limit=2', baseUrl()).toString();
    const read = await page.evaluate(async (url) => {
      try {
        const r = await fetch(url, { headers: { 'If-None-Match': '"x"' } });
        return { status: r.status, count: (await r.json()).data.length };
      } catch (error) {
        return { error: String(error), origin: location.origin };
      }
    }, api);
    expect(read, problems.join('\n')).toEqual({ status: 200, count: 2 });
    const blocked = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'read';
      } catch {
        return 'blocked';
      }
    }, new URL('/api/health', baseUrl()).toString());
    expect(blocked).toBe('blocked');
    await close();
  });
});

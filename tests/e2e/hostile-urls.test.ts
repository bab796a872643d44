import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../support/e2e';
import { rawRequest, type RawAnswer } from '../support/raw-http';

/** Every route the app serves, read from app/: pages, route handlers and social images. */
function appRoutes(dir = 'app', prefix = ''): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      routes.push(...appRoutes(path.join(dir, entry.name), `${prefix}/${entry.name}`));
    } else if (/^page\.tsx$|^route\.ts$/.test(entry.name)) {
      routes.push(prefix || '/');
    } else if (/^(opengraph|twitter)-image\.tsx$/.test(entry.name)) {
      routes.push(`${prefix}/${entry.name.replace('.tsx', '')}`);
    }
  }
  return routes;
}

/** Path segments as sent on the wire: bad encodings, NUL, traversal, overlong UTF-8, controls, huge. */
const hostileSegments = [
  '%00',
  'a%00b',
  '%00.json',
  '%ff',
  '%fe%ff',
  '%c0%af',
  '%c0%80',
  '%e0%80',
  '%e0%80%af',
  '%ed%a0%80',
  '%f4%90%80%80',
  '%f8%88%80%80%80',
  '%',
  'a%',
  '%2',
  '%zz',
  '%%32%30',
  '%u0000',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e',
  '..%5c..%5c',
  '%2f',
  '%252e%252e',
  '%ef%bf%bf',
  '%ef%bb%bf',
  '%e2%80%ae',
  '%f0%9f%92%a9',
  '%c3%a9t%c3%a9',
  '%0d%0aSet-Cookie:%20x=1',
  '%0a',
  '%09',
  '%7f',
  '%1b%5b31m',
  // Raw bytes above 0x7f (Node sends these Latin-1 characters as single bytes).
  '\u00ff',
  '\u00c0\u00af',
  '\u00e9',
  'a'.repeat(300),
  'x'.repeat(6000),
  '%41'.repeat(2000),
];

/** Query strings: bad encodings in values and keys, NUL, and the parameters the routes read. */
const hostileQueries = [
  'q=%00',
  'q=%ff',
  'q=%',
  'q=%zz',
  'q=%c0%af',
  'q=%ef%bf%bf',
  'q=%0d%0a',
  `q=${'y'.repeat(5000)}`,
  '%00=1',
  '%ff=1',
  'cursor=%00',
  'limit=%00',
  'from=%ff',
  'actor=..%2f',
  'sector=%00',
  'type=%e0%80',
  'page=%00',
  'id=%00',
];

const routes = appRoutes();
const sample = (route: string) => route.replace(/\[[^\]]+\]/g, 'x');

/** What the proxy's matcher leaves to Next (build assets, image optimiser, icons): no request id there. */
const outsideProxy = new Set([
  ...['/_next/static/', '/_next/static/chunks/', '/_next/image/'].flatMap((prefix) =>
    hostileSegments.slice(0, 12).map((value) => `${prefix}${value}`),
  ),
  ...hostileQueries.map((query) => `/_next/image?url=${query.replace('=', '%3D')}&w=64&q=75`),
  '/favicon.ico?q=%00',
  '/icon.svg?q=%ff',
  '/x.png',
]);

function hostileUrls(): string[] {
  const urls = new Set<string>();
  for (const route of routes) {
    const dynamic = [...route.matchAll(/\[[^\]]+\]/g)];
    for (const match of dynamic) {
      for (const value of hostileSegments) {
        urls.add(sample(route.slice(0, match.index) + value + route.slice(match.index + match[0].length)));
      }
    }
    if (dynamic.length === 0) for (const value of hostileSegments.slice(0, 12)) urls.add(`${route === '/' ? '' : route}/${value}`);
    for (const query of hostileQueries) urls.add(`${sample(route)}?${query}`);
  }
  for (const prefix of ['/_next/data/', '/_next/']) {
    for (const value of hostileSegments.slice(0, 12)) urls.add(`${prefix}${value}`);
  }
  for (const url of ['/%ff.png', '/%00.svg', '/events/%ff.png', '/icon.svg/%c0%af']) urls.add(url);
  return [...urls, ...outsideProxy];
}

function problemWith(url: string, answer: RawAnswer): string | null {
  if (answer.status >= 500) return `${answer.status}`;
  if (!answer.complete) return 'body broke off';
  const length = answer.headers['content-length'];
  if (length !== undefined && Number(length) !== answer.body.length) return `body ${answer.body.length} of ${length} bytes`;
  // Node's HTTP parser itself refuses some raw bytes with a bare 400, and Next
  // redirects an encoded dot segment (%2e%2e) to the normalised path before
  // the proxy runs; everything else carries a request id from the proxy.
  const fromApp = answer.headers['x-request-id'] !== undefined;
  const nextNormalised = answer.status === 308 && /%2e/i.test(url) && typeof answer.headers.location === 'string';
  if (!fromApp && !outsideProxy.has(url) && !nextNormalised && answer.status !== 400 && answer.status !== 431)
    return `${answer.status} without x-request-id`;
  if (fromApp && answer.status >= 400) {
    if (answer.status === 400 && answer.body.length === 0) return 'empty 400 body';
    if (String(answer.headers['content-type']).includes('json')) {
      try {
        if (typeof JSON.parse(answer.body.toString('utf8')).error !== 'string') return 'JSON error without "error"';
      } catch {
        return 'unparsable JSON error body';
      }
    } else if (url.startsWith('/api/') && answer.status === 400) {
      return 'API 400 that is not JSON';
    }
  }
  return null;
}

/** Runs `work` over `items`, a few at a time (the test server shares two cores). */
async function pool<T>(items: T[], size: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

describe('hostile URLs', () => {
  it('enumerates every route under app/, dynamic and API ones included', () => {
    expect(routes).toEqual(
      expect.arrayContaining([
        '/',
        '/events/[slug]',
        '/events/[slug]/opengraph-image',
        '/actors/[slug]',
        '/api/v1/events.csv',
        '/api/v1/sources/[id]',
        '/admin/events/[id]/history',
      ]),
    );
  });

  it('never answers 5xx, never resets, and sends whole error bodies', { timeout: 600_000 }, async () => {
    const urls = hostileUrls();
    expect(urls.length).toBeGreaterThan(600);
    const problems: string[] = [];
    const statuses = new Map<number, number>();
    await pool(urls, 4, async (url) => {
      try {
        const answer = await rawRequest(baseUrl(), url);
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const problem = problemWith(url, answer);
        if (problem) problems.push(`${url.slice(0, 120)}: ${problem}`);
      } catch (error) {
        problems.push(`${url.slice(0, 120)}: ${(error as Error).message.slice(0, 200)}`);
      }
    });
    expect(problems, `statuses ${JSON.stringify([...statuses])}`).toEqual([]);
  });

  it.each([
    ['/events/%00', 'page'],
    ['/events/%ff', 'page'],
    ['/actors/%ff', 'page'],
    ['/sectors/%c0%af', 'page'],
    ['/sources/%e0%80', 'page'],
    ['/?q=%00', 'page'],
    ['/api/v1/events/%00', 'api'],
    ['/api/v1/events.csv?q=%00', 'api'],
    ['/api/v1/events?q=%ff', 'api'],
    ['/api/v1/events?q=%c0%af', 'api'],
    ['/api/v1/actors/%ff', 'api'],
  ])('answers %s with a 4xx before any app code can fail', async (url, kind) => {
    const answer = await rawRequest(baseUrl(), url);
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    if (kind === 'api') expect(JSON.parse(answer.body.toString()).error).toEqual(expect.any(String));
    else expect(answer.headers['content-type']).toMatch(/text\/html/);
  });
});

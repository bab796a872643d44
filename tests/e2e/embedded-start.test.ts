import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedDataset } from '../../lib/seed/load';
import { killAllChildren, spawnChild, type Child } from '../support/child-process';
import { copyBuild } from '../support/next-server';
import { freePort } from '../../scripts/free-port';
import { logMessages } from '../support/log-messages';

// `next start` on the e2e build, without DATABASE_URL: the embedded database.
// The build gets its own copy: pages cached by these servers must not reach
// the other e2e servers.
const distDir = 'tmp/e2e-embedded-start';
const dataDir = mkdtempSync(path.join(tmpdir(), 'backchannel-e2e-embedded-'));
const pgliteDir = path.join(dataDir, 'pglite');

async function nextStart(folder = pgliteDir): Promise<{ server: Child; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: '',
    PGLITE_DIR: folder,
    NEXT_DIST_DIR: distDir,
    SITE_URL: origin,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  return { server: spawnChild('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], env), origin };
}

beforeAll(() => copyBuild(distDir));

afterAll(async () => {
  await killAllChildren();
  rmSync(distDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('next start on the embedded database', () => {
  it('seeds at start-up, refuses a second server on the same folder, and restarts at once after kill -9', async () => {
    // No request is made before the start-up log says the database is ready.
    const first = await nextStart();
    await first.server.waitForOutput(/"msg":"database: embedded PGlite ready in/, 240_000);
    expect(logMessages(first.server.stdout())).toMatch(new RegExp(`^database: seeded: ${loadSeedDataset().events.length} events`, 'm'));
    const response = await fetch(`${first.origin}/api/v1/events?limit=1`);
    expect(response.status).toBe(200);

    const second = await nextStart();
    expect(await second.server.exited).toBe(1);
    expect(second.server.stderr()).toMatch(
      new RegExp(
        `^The embedded database in ${pgliteDir} is already in use by another Backchannel process \\(pid \\d+\\); stop that process, or set DATABASE_URL to use a PostgreSQL server\\.$`,
        'm',
      ),
    );
    expect((await fetch(`${first.origin}/api/v1/events?limit=1`)).status).toBe(200);

    first.server.kill('SIGKILL');
    await first.server.exited;
    // Every answer of the restarted server is a success: none while it
    // waits for the dead server's lock.
    const third = await nextStart();
    const statuses: number[] = [];
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      const status = await fetch(`${third.origin}/api/v1/events?limit=1`).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 0) statuses.push(status);
      if (status === 200 || status >= 500) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(statuses).toEqual([200]);
    expect(logMessages(third.server.stdout())).toMatch(/^database: .* locked, taken over from pid \d+, which is no longer running/m);
    expect(third.server.stdout()).not.toMatch(/seeded/);
    third.server.kill('SIGTERM');
    await third.server.exited;
  }, 600_000);

  it('answers every public page and filter without a 5xx on the embedded database, several values per facet included', async () => {
    // CI's other e2e servers run on PostgreSQL, and PGlite's driver encodes parameters its own way: an enum array
    // went as "call,meeting" and answered 500, on the first start only (the process that created the enum types).
    // So a server creates a database of its own here, and its public pages are crawled, each filtering route asked
    // for several values of every facet.
    const { server, origin } = await nextStart(path.join(dataDir, 'pglite-crawl'));
    await server.waitForOutput(/"msg":"database: embedded PGlite ready in/, 240_000);
    const several = 'type=meeting&type=call&type=statement&sector=energy&sector=rare-earths&actor=kirill-dmitriev&actor=steve-witkoff';
    const filtering = [
      '/',
      '/api/v1/events',
      '/api/v1/events.csv',
      '/feed.xml',
      '/feed.json',
      '/calendar.ics',
      '/timeline/facets?facet=type',
      '/timeline/facets?facet=actor',
      '/timeline/chart-data',
      '/timeline/numbers',
      '/timeline/axis-image',
      '/timeline/filters?facet=sector',
      '/network',
      '/map',
    ];
    const queue = [
      ...filtering.map((route) => `${route}${route.includes('?') ? '&' : '?'}${several}`),
      '/',
      '/actors',
      '/sectors',
      '/sources',
    ];
    const seen = new Set<string>();
    const failed: string[] = [];
    while (queue.length && seen.size < 160) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await fetch(`${origin}${url}`, { redirect: 'manual' });
      const body = await response.text();
      if (response.status >= 500) failed.push(`${response.status} ${url}`);
      if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
      for (const [, href] of body.matchAll(/href="(\/[^"#]*)"/g)) {
        const link = href.replaceAll('&amp;', '&');
        if (!link.startsWith('/_next') && !link.startsWith('/admin') && !seen.has(link)) queue.push(link);
      }
    }
    expect(failed).toEqual([]);
    expect(seen.size).toBeGreaterThan(100);

    // Several types are alternatives: the lead counts the seeded events of any of them.
    const types = ['meeting', 'call', 'statement'];
    const want = loadSeedDataset().events.filter((e) => types.includes(e.type)).length;
    const page = await (await fetch(`${origin}/?${types.map((t) => `type=${t}`).join('&')}`)).text();
    expect(page).toContain(`data-result-count="${want}"`);
    server.kill('SIGTERM');
    await server.exited;
  }, 600_000);
});

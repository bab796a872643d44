/**
 * A lost database is survivable: a production server on its own throwaway
 * PostgreSQL cluster (not the shared test one, which other files use) loses
 * its database and gets it back.
 */
import { seedIfEmpty } from '../../lib/seed/first-start';
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../scripts/pg-cluster';
import { freePort } from '../../scripts/free-port';
import { openDatabase } from '../../lib/db/open';
import { loadSeedDataset } from '../../lib/seed/load';
import { copyBuild } from '../support/next-server';

const DIST = '.next-test-outage';
const seed = loadSeedDataset();
const published = seed.events.filter((e) => (e as { status?: string }).status !== 'draft');
const warm = published[0];
const cold = published[1];

let cluster: Cluster;
let server: ChildProcess;
let origin: string;
let output = '';

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(origin + path, { headers, redirect: 'manual', signal: AbortSignal.timeout(15_000) });

beforeAll(async () => {
  cluster = await startCluster({ databases: ['outage'] });
  const database = await openDatabase({ databaseUrl: cluster.url('outage'), migrate: true, seed: seedIfEmpty });
  await database.close();
  // Its own copy of the build, so its page cache is its own.
  copyBuild(DIST);
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: DIST,
    DATABASE_URL: cluster.url('outage'),
    SITE_URL: origin,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: 'info',
  };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  server = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    const up = await get('/api/health').then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`next start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}, 180_000);

afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
  cluster?.stop();
  rmSync(DIST, { recursive: true, force: true });
});

/** JSON log lines the server wrote to stdout. */
function logLines(): Record<string, unknown>[] {
  return output
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('database outage', () => {
  it('serves cached pages, answers 503 elsewhere, and recovers within 5 s', async () => {
    // Before: everything works, and the permalink lands in the full-route cache.
    expect((await get('/api/health/ready')).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await get(`/events/${warm.slug}`)).status).toBe(200);
    expect((await get('/')).status).toBe(200);

    cluster.pause();

    // The API, whatever it asked for, answers 503 JSON with Retry-After.
    const api = await get('/api/v1/events?limit=5');
    expect(api.status).toBe(503);
    expect(api.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await api.json()).toEqual({ error: expect.any(String) });
    expect((await get('/api/v1/actors')).status).toBe(503);

    // The cached permalink keeps serving, and so does the cached timeline (issue 10).
    const cached = await get(`/events/${warm.slug}`);
    expect(cached.status).toBe(200);
    expect(await cached.text()).toContain(warm.title.replace(/&/g, '&amp;').slice(0, 20));
    const timeline = await get('/');
    expect(timeline.status).toBe(200);
    expect(await timeline.text()).toContain('Timeline of the US–Russia economic talks');

    // Pages that need the database: 503, the designed page, Retry-After. A view of `/` that is
    // cached but was never drawn (?type=meeting) and one that always renders (?q=) alike.
    for (const path of [`/events/${cold.slug}`, '/?type=meeting', '/?q=talks']) {
      const page = await get(path, { 'x-request-id': `outage-${path.length}` });
      expect(page.status, path).toBe(503);
      expect(page.headers.get('retry-after'), path).toMatch(/^\d+$/);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('Temporarily unavailable');
    }

    // A page that loses the database mid-render sends its reader to /unavailable: 503 there, with the way back.
    const detour = await get('/unavailable?next=%2Factors');
    expect(detour.status).toBe(503);
    expect(detour.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await detour.text()).toContain('href="/actors"');
    // Its "Try again" link is never off-site, and a hostile `next` never breaks the answer.
    for (const next of ['%2F%5Cevil.example', '%2F%09%2Fevil.example', '%2F%0A%2Fevil.example', '%2F%E2%80%A8x']) {
      const hostile = await get(`/unavailable?next=${next}`);
      expect(hostile.status, next).toBe(503);
      expect(await hostile.text(), next).not.toMatch(/href="(?:\/\\|\/\t|\/\/)|evil\.example/);
    }

    // Liveness stays up, readiness goes down.
    expect((await get('/api/health')).status).toBe(200);
    const ready = await get('/api/health/ready');
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ ready: false, database: 'unreachable' });

    // Each failed render was logged once, as JSON, with its digest and the
    // request id (Next.js reports the page's failure twice: render, then route).
    const path = `/events/${cold.slug}`;
    const lines = logLines().filter((l) => l.requestId === `outage-${path.length}` && l.msg === 'database unavailable');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatchObject({ level: 50, digest: expect.any(String), path, databaseUnavailable: true });
    expect(new Set(lines.map((l) => l.digest)).size).toBe(lines.length);

    // Recovery.
    cluster.resume();
    const back = Date.now();
    let recoveredAfter = Infinity;
    while (Date.now() - back < 10_000) {
      // A view of `/` that renders per request (the plain `/` comes from the cache and never went away).
      const [home, events] = await Promise.all([get('/?q=talks'), get('/api/v1/events?limit=1')]);
      if (home.status === 200 && events.status === 200) {
        recoveredAfter = Date.now() - back;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(recoveredAfter).toBeLessThan(5_000);
    expect((await get(`/events/${cold.slug}`)).status).toBe(200);
    expect((await get('/api/health/ready')).status).toBe(200);
    // Once it is back, /unavailable sends the reader back to the page, and only to a page of this site.
    for (const [next, expected] of [
      ['%2Factors', '/actors'],
      ['%2F%2Fevil.example', '/'],
      ['https%3A%2F%2Fevil.example', '/'],
      // A browser reads a backslash as `/` and drops tabs and line breaks: each would become //evil.example.
      ['%2F%5Cevil.example', '/'],
      ['%2F%09%2Fevil.example', '/'],
      ['%2F%0A%2Fevil.example', '/'],
      ['%2F%0D%0ASet-Cookie%3A%20x%3D1', '/'],
      // Not a ByteString: sent back percent-encoded, never a 500.
      ['%2F%E2%80%A8x', '/%E2%80%A8x'],
      ['%2Factors%3Fq%3D%C3%A9', '/actors?q=%C3%A9'],
      ['%2Funavailable%3Fnext%3D%252Factors', '/'],
    ]) {
      const back = await get(`/unavailable?next=${next}`);
      expect(back.status).toBe(307);
      expect(back.headers.get('location')).toBe(expected);
    }
  }, 120_000);
});

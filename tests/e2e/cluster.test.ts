/**
 * Two app instances behind HAProxy on a PostgreSQL primary + streaming
 * replica and Redis, started by the same code as `npm run cluster`
 * (scripts/cluster/local-cluster.ts), on a copy of the e2e build.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/e2e';
import { copyBuild } from '../support/next-server';
import { testUsers } from '../support/users';
import { logMessages } from '../support/log-messages';
import { hashPassword } from '@/lib/auth/password';
import { loadSeedDataset } from '@/lib/seed/load';
import {
  haproxyUp,
  killGroup,
  startCluster,
  startPg,
  startRedis,
  stopCluster,
  stopPg,
  type ClusterState,
} from '../../scripts/cluster/local-cluster';

const seed = loadSeedDataset();
const stateDir = mkdtempSync(path.join(tmpdir(), 'backchannel-cluster-test-'));
const distDir = '.next-test-cluster';
let cluster: ClusterState;
let browser: Browser;

beforeAll(async () => {
  copyBuild(distDir);
  cluster = await startCluster({
    stateDir,
    port: 0,
    distDir,
    afterSeed: async (prisma) => {
      const { email, name, role, password } = testUsers.editor;
      await prisma.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
    },
  });
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  stopCluster(stateDir);
  rmSync(stateDir, { recursive: true, force: true });
  rmSync(distDir, { recursive: true, force: true });
});

const [a, b] = [0, 1].map((i) => () => cluster.instances[i]);
const logOf = (instance: { logFile: string }) => logMessages(readFileSync(instance.logFile, 'utf8'));
const get = (url: string) => fetch(url, { redirect: 'manual' });

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function signIn(baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.fill('#email', testUsers.editor.email);
  await page.fill('#password', testUsers.editor.password);
  await Promise.all([page.waitForURL(/\/admin/), page.click('button[type=submit]')]);
  return page;
}

describe('several instances behind HAProxy', () => {
  it('shows an edit made through instance A on instance B at the next request: page, API, 308 and 410', async () => {
    const event = seed.events[seed.events.length - 1];
    const warmPage = await get(`${b().url}/events/${event.slug}`);
    expect(warmPage.status).toBe(200);
    expect(await warmPage.text()).not.toContain('Edited through instance A');
    // Twice, so B's answer comes from the shared cache (ISR) before the edit.
    expect((await get(`${b().url}/events/${event.slug}`)).status).toBe(200);
    expect((await (await get(`${b().url}/api/v1/events/${event.slug}`)).json()).title).toBe(event.title);
    // The timeline too: B draws `/` once, then serves it from the shared cache.
    expect((await (await get(`${b().url}/`)).text()).includes('Edited through instance A')).toBe(false);
    expect((await get(`${b().url}/`)).headers.get('x-nextjs-cache')).toBe('HIT');
    // The instances keep Next's cache in Redis (lib/cache-handler/redis.mjs runs under next start on this Node).
    const redis = createClient({ url: cluster.redis.url });
    await redis.connect();
    const keys = await redis.keys('backchannel:*');
    await redis.quit();
    expect(keys.some((key) => key.includes(`/events/${event.slug}`))).toBe(true);

    const editor = await signIn(a().url);
    const db = new pg.Client({ connectionString: cluster.primary.url });
    await db.connect();
    const { rows } = await db.query<{ id: string }>('SELECT id FROM "Event" WHERE slug = $1', [event.slug]);
    await db.end();
    const id = rows[0]?.id;
    expect(id).toBeTruthy();
    await editor.goto(`/admin/events/${id}`);
    await editor.fill('#title', 'Edited through instance A');
    await Promise.all([editor.waitForURL(/saved=/), editor.click('button:has-text("Save changes")')]);

    const page = await get(`${b().url}/events/${event.slug}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Edited through instance A');
    expect((await (await get(`${b().url}/api/v1/events/${event.slug}`)).json()).title).toBe('Edited through instance A');
    expect((await (await get(`${b().url}/`)).text()).includes('Edited through instance A')).toBe(true);

    // A new slug: the old one answers 308 on B.
    await editor.goto(`/admin/events/${id}`);
    await editor.fill('#slug', 'moved-through-instance-a');
    await Promise.all([editor.waitForURL(/saved=/), editor.click('button:has-text("Save changes")')]);
    const moved = await get(`${b().url}/events/${event.slug}`);
    expect(moved.status).toBe(308);
    expect(new URL(moved.headers.get('location')!, b().url).pathname).toBe('/events/moved-through-instance-a');
    expect((await get(`${b().url}/events/moved-through-instance-a`)).status).toBe(200);

    // Trashed: 410 on B, page and API.
    await editor.goto(`/admin/events/${id}`);
    await editor.getByText('Move to the trash…').click();
    await Promise.all([editor.waitForURL(/trashed=/), editor.getByRole('button', { name: 'Yes, move this event to the trash' }).click()]);
    expect((await get(`${b().url}/events/moved-through-instance-a`)).status).toBe(410);
    expect((await get(`${b().url}/api/v1/events/moved-through-instance-a`)).status).toBe(410);
    expect((await (await get(`${b().url}/`)).text()).includes('Edited through instance A')).toBe(false);
    await editor.context().close();
  });

  it('keeps answering public reads from the primary while the replica is stopped, and uses the replica again after', async () => {
    stopPg(cluster.replica);
    try {
      for (const url of ['/', '/actors', '/api/v1/events?limit=5', `/events/${seed.events[0].slug}`, '/api/v1/sectors']) {
        for (const instance of cluster.instances) expect((await get(`${instance.url}${url}`)).status, `${instance.name} ${url}`).toBe(200);
        expect((await get(`${cluster.baseUrl}${url}`)).status, `HAProxy ${url}`).toBe(200);
      }
      for (const instance of cluster.instances) {
        const warnings = logOf(instance).match(/database replica .* is unreachable; public reads go to the primary/g) ?? [];
        expect(warnings, instance.name).toHaveLength(1);
      }
    } finally {
      startPg(cluster.pgRoot, cluster.replica);
    }
    // Retried every 5 s: a read after that finds it again.
    await until('instance A to use the replica again', async () => {
      await get(`${a().url}/api/v1/events?limit=5`);
      return /database replica .* answers again/.test(logOf(a()));
    });
  });

  it('keeps serving with one logged warning while Redis is stopped, and shares the cache again when it is back', async () => {
    killGroup(cluster.redis.pid, 'SIGKILL');
    const urls = ['/', `/events/${seed.events[1].slug}`, '/api/v1/events?limit=5', `/sectors/${seed.sectors[0].slug}`];
    for (let round = 0; round < 3; round++) {
      for (const url of urls) {
        for (const instance of cluster.instances) expect((await get(`${instance.url}${url}`)).status, `${instance.name} ${url}`).toBe(200);
      }
    }
    for (const instance of cluster.instances) {
      await until(`${instance.name}'s warning`, () => /cache: Redis is unreachable/.test(logOf(instance)));
      expect(logOf(instance).match(/cache: Redis is unreachable/g), instance.name).toHaveLength(1);
    }
    startRedis(cluster, stateDir);
    for (const instance of cluster.instances)
      await until(`${instance.name} to reconnect`, () => /cache: Redis answers again/.test(logOf(instance)));
    expect((await get(`${cluster.baseUrl}/events/${seed.events[1].slug}`)).status).toBe(200);
  });

  it('sends traffic to A when B is killed under load, failing no request beyond those in flight at the kill', async () => {
    const urls = [`/events/${seed.events[0].slug}`, '/api/v1/sectors', `/events/${seed.events[2].slug}`, '/api/health'];
    const concurrency = 16;
    const runMs = 8_000;
    const killAt = 2_500;
    let inFlight = 0;
    let inFlightAtKill = -1;
    let killedAt = 0;
    const outcomes: { ok: boolean; after: boolean; detail: string }[] = [];
    const started = Date.now();
    setTimeout(() => {
      inFlightAtKill = inFlight;
      killedAt = Date.now();
      killGroup(b().pid, 'SIGKILL');
    }, killAt);
    await Promise.all(
      Array.from({ length: concurrency }, async (_, worker) => {
        for (let n = worker; Date.now() - started < runMs; n++) {
          const url = urls[n % urls.length];
          const sentAfterKill = killedAt > 0;
          inFlight++;
          try {
            const response = await fetch(`${cluster.baseUrl}${url}`, { signal: AbortSignal.timeout(15_000) });
            await response.arrayBuffer();
            outcomes.push({ ok: response.status === 200, after: sentAfterKill, detail: `${response.status} ${url}` });
          } catch (error) {
            outcomes.push({ ok: false, after: sentAfterKill, detail: `${(error as Error).message} ${url}` });
          } finally {
            inFlight--;
          }
        }
      }),
    );
    const failures = outcomes.filter((o) => !o.ok);
    console.info(
      `cluster kill: ${outcomes.length} requests, ${outcomes.filter((o) => o.after).length} sent after the kill, ${inFlightAtKill} in flight at the kill, ${failures.length} failed`,
    );
    const servedAfterKill = outcomes.filter((o) => o.after && o.ok).length;
    expect(inFlightAtKill).toBeGreaterThanOrEqual(0);
    expect(servedAfterKill).toBeGreaterThan(20);
    // Requests sent after the kill never fail: HAProxy retries a refused connection on A.
    expect(failures.filter((o) => o.after).map((o) => o.detail)).toEqual([]);
    // Only the ones B was answering may fail (HAProxy also retries those, since they are GETs).
    expect(failures.length).toBeLessThanOrEqual(inFlightAtKill);
    await until('HAProxy to mark B down', async () => !(await haproxyUp(cluster.statsUrl)).includes('b'), 15_000);
  });
});

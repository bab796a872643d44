import { seedIfEmpty } from '../../lib/seed/first-start';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { baseUrl } from '../support/e2e';
import { rawRequest } from '../support/raw-http';
import { startExtraServer } from '../support/next-server';
import { openDatabase } from '../../lib/db/open';
import { loadSeedDataset } from '../../lib/seed/load';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('cross-origin writes', () => {
  it.each([['null'], ['http://['], ['not a url'], ['file:///etc/passwd'], ['http://evil.example']])(
    'refuses Origin: %s with 403, never a 500',
    async (origin) => {
      for (const path of ['/api/auth/sign-in', '/', '/admin/events/new']) {
        const answer = await rawRequest(baseUrl(), path, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json' },
          body: '{}',
        });
        expect(answer.status, `${path} with Origin ${origin}`).toBe(403);
        expect(JSON.parse(answer.body.toString()).error).toEqual(expect.any(String));
        expect(answer.headers['x-request-id']).toMatch(UUID);
      }
    },
  );

  it('refuses a write with an unparsable Referer and no Origin', async () => {
    const answer = await rawRequest(baseUrl(), '/api/auth/sign-in', {
      method: 'POST',
      headers: { referer: 'http://%%', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(answer.status).toBe(403);
  });
});

describe('request id', () => {
  it('echoes a well-formed x-request-id on pages and API answers', async () => {
    for (const path of ['/', '/api/v1/sectors', '/events/no-such-event', '/actors/%ff']) {
      const answer = await rawRequest(baseUrl(), path, { headers: { 'x-request-id': 'lb-1234.abc_DEF:9' } });
      expect(answer.headers['x-request-id'], path).toBe('lb-1234.abc_DEF:9');
    }
  });

  it.each([['has spaces in it'], ['<script>'], ['x'.repeat(129)], ['-leading-dash']])(
    'replaces the ill-formed id %s with a fresh UUID',
    async (incoming) => {
      const answer = await rawRequest(baseUrl(), '/api/v1/sectors', { headers: { 'x-request-id': incoming } });
      expect(answer.headers['x-request-id']).toMatch(UUID);
    },
  );

  it('gives different requests different ids', async () => {
    const [a, b] = await Promise.all([rawRequest(baseUrl(), '/api/v1/sectors'), rawRequest(baseUrl(), '/api/v1/sectors')]);
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});

describe('forged router state', () => {
  /** As a client navigation would send it; follows Next's one 307 that corrects the `_rsc` cache key. */
  async function navigate(path: string, state: string) {
    const headers = { rsc: '1', 'next-router-state-tree': state };
    let answer = await rawRequest(baseUrl(), path, { headers });
    if (answer.status === 307 && answer.headers.location) {
      const next = new URL(String(answer.headers.location), baseUrl());
      answer = await rawRequest(baseUrl(), next.pathname + next.search, { headers });
    }
    return answer;
  }

  it.each([['garbage'], ['%7B'], ['[1,2'], ['[null]'], ['"x"'], ['%ff'], ['["",{"children":7}]']])(
    'answers 400, never a 500, to the header %s',
    async (state) => {
      for (const path of ['/', '/actors', '/sectors', '/events/no-such-event', '/admin/events']) {
        const answer = await navigate(path, state);
        expect(answer.status, `${path} with ${state}`).toBe(400);
        expect(JSON.parse(answer.body.toString()).error).toEqual(expect.any(String));
      }
    },
  );

  it('lets a well-formed router state through', async () => {
    const answer = await navigate(
      '/actors',
      encodeURIComponent(JSON.stringify(['', { children: ['actors', { children: ['__PAGE__', {}] }] }, null, null])),
    );
    expect(answer.status).toBe(200);
  });
});

/**
 * A server of its own on a database of its own, which the test drops: the
 * permalink lookup in the proxy then fails, and the page must still come
 * from the full-route cache instead of a 500.
 */
describe('permalinks while the database is down', () => {
  const admin = () => process.env.BC_TEST_ADMIN_URL ?? inject('adminDatabaseUrl');
  const name = `bc_fault_${process.pid}`;
  const seed = loadSeedDataset();
  const [live, moved, trashed] = seed.events.map((e) => e.slug);
  let server: Awaited<ReturnType<typeof startExtraServer>>;

  async function sql(text: string) {
    const client = new pg.Client({ connectionString: admin() });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await sql(`CREATE DATABASE ${name}`);
    const url = new URL(admin());
    url.pathname = `/${name}`;
    const db = await openDatabase({ databaseUrl: url.toString(), migrate: true, seed: seedIfEmpty });
    const event = await db.prisma.event.findUniqueOrThrow({ where: { slug: moved } });
    await db.prisma.eventSlugRedirect.create({ data: { fromSlug: 'a-former-slug', eventId: event.id } });
    await db.prisma.event.update({ where: { slug: trashed }, data: { deletedAt: new Date() } });
    await db.close();
    server = await startExtraServer('fault', url.toString());
  }, 180_000);

  afterAll(async () => {
    server?.stop();
    await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('answers 308 and 410 while the database is up, with a request id', async () => {
    const redirect = await rawRequest(server.baseUrl, '/events/a-former-slug?x=1');
    expect(redirect.status).toBe(308);
    expect(new URL(String(redirect.headers.location), server.baseUrl).href).toBe(`${server.baseUrl}/events/${moved}?x=1`);
    expect(redirect.headers['x-request-id']).toMatch(UUID);
    const gone = await rawRequest(server.baseUrl, `/events/${trashed}`);
    expect(gone.status).toBe(410);
    expect(gone.headers['x-request-id']).toMatch(UUID);
    const goneApi = await rawRequest(server.baseUrl, `/api/v1/events/${trashed}`);
    expect(goneApi.status).toBe(410);
  });

  it('serves a cached permalink after the database is gone, and warns once', async () => {
    const warm = await rawRequest(server.baseUrl, `/events/${live}`);
    expect(warm.status).toBe(200);
    await sql(`DROP DATABASE ${name} WITH (FORCE)`);
    for (let i = 0; i < 3; i++) {
      const answer = await rawRequest(server.baseUrl, `/events/${live}`);
      expect(answer.status).toBe(200);
      expect(answer.body.toString()).toContain(`href="${server.baseUrl}/events/${live}"`);
    }
    // The 308/410 check reads the in-memory set (lib/notify/slug-states.ts): no lookup to fail while the database is gone.
    expect(server.output().match(/Permalink lookup failed/g)).toBeNull();
  });
});

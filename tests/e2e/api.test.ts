import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { baseUrl } from '../support/e2e';
import { documentedFetch } from '../support/openapi-check';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const get = (path: string) => documentedFetch(baseUrl(), path);

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const eventContract = z.strictObject({
  slug: z.string(),
  title: z.string(),
  summary: z.string(),
  type: z.enum(['meeting', 'call', 'visit', 'statement', 'proposal', 'sanction', 'legal', 'other']),
  date: z.strictObject({
    start: day,
    precision: z.enum(['day', 'month', 'year']),
    end: day.optional(),
    approximate: z.boolean(),
    label: z.string(),
  }),
  location: z.string().nullable(),
  url: z.url(),
  actors: z.array(z.strictObject({ slug: z.string(), name: z.string(), role: z.string(), title: z.string().nullable() })),
  sectors: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  proposals: z.array(z.strictObject({ slug: z.string(), title: z.string(), status: z.string() })),
  citations: z
    .array(
      z.strictObject({
        quote: z.string(),
        speaker: z.string().nullable(),
        source: z.strictObject({
          id: z.string(),
          title: z.string(),
          outlet: z.string().nullable(),
          author: z.string().nullable(),
          publishedAt: day.nullable(),
          url: z.string().nullable(),
          kind: z.enum(['news', 'analysis', 'opinion', 'official']),
        }),
      }),
    )
    .min(1),
});
// With q, each event also carries its relevance and why it matched (the README's API contract).
const searchContract = eventContract.extend({
  rank: z.number(),
  highlight: z
    .strictObject({
      field: z.enum(['title', 'actor', 'summary', 'sector', 'quotation', 'location']),
      speaker: z.string().nullable(),
      parts: z.array(z.strictObject({ text: z.string(), match: z.boolean() })).min(1),
    })
    .nullable(),
});
const pageOf = <T extends z.ZodType>(item: T) => z.strictObject({ data: z.array(item), nextCursor: z.string().nullable() });

async function all<T extends typeof eventContract | typeof searchContract = typeof eventContract>(path: string, contract?: T) {
  const items: z.infer<T>[] = [];
  let cursor: string | null = null;
  do {
    const sep = path.includes('?') ? '&' : '?';
    const response = await get(`${path}${cursor ? `${sep}cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(response.status).toBe(200);
    const body = pageOf(contract ?? eventContract).parse(await response.json()) as { data: z.infer<T>[]; nextCursor: string | null };
    items.push(...body.data);
    cursor = body.nextCursor;
  } while (cursor);
  return items;
}

describe('GET /api/v1/events', () => {
  it('answers the contract, time-ordered, with a default limit of 50', async () => {
    const response = await get('/api/v1/events');
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = pageOf(eventContract).parse(await response.json());
    expect(body.data.length).toBe(Math.min(50, seed.events.length));
    const starts = body.data.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
    for (const e of body.data) {
      expect(e.url).toBe(`${baseUrl()}/events/${e.slug}`);
      if (e.date.precision === 'month') expect(e.date.start.endsWith('-01')).toBe(true);
    }
  });

  it('pages with limit and cursor through exactly the whole set', async () => {
    const paged = await all('/api/v1/events?limit=5');
    expect(paged.map((e) => e.slug).sort()).toEqual(seed.events.map((e) => e.slug).sort());
  });

  it('orders newest first with sort=desc, and its cursor pages on in that order', async () => {
    const oldestFirst = (await all('/api/v1/events?limit=100')).map((e) => e.slug);
    const newestFirst = await all('/api/v1/events?sort=desc&limit=4');
    expect(newestFirst.map((e) => e.slug)).toEqual([...oldestFirst].reverse());
    const starts = newestFirst.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort().reverse());
    expect((await all('/api/v1/events?sort=asc&limit=4')).map((e) => e.slug)).toEqual(oldestFirst);
  });

  it('filters by actor, sector, type, dates and text', async () => {
    const witkoff = await all('/api/v1/events?actor=steve-witkoff');
    expect(witkoff.length).toBe(seed.events.filter((e) => e.actors.some((a) => a.actor === 'steve-witkoff')).length);
    expect(witkoff.every((e) => e.actors.some((a) => a.slug === 'steve-witkoff'))).toBe(true);
    const rare = await all('/api/v1/events?sector=rare-earths&type=statement');
    expect(rare.length).toBe(seed.events.filter((e) => e.sectors.includes('rare-earths') && e.type === 'statement').length);
    const april = await all('/api/v1/events?from=2025-04-01&to=2025-04-30');
    expect(april.length).toBeGreaterThan(0);
    expect(april.every((e) => (e.date.end ?? e.date.start) >= '2025-04-01' || e.date.precision !== 'day')).toBe(true);
    const q = await all('/api/v1/events?q=Witkoff', searchContract);
    expect(q.length).toBeGreaterThan(0);
    expect(q.some((e) => e.highlight?.parts.some((p) => p.match && /witkoff/i.test(p.text)))).toBe(true);
    // Best matches first; without q there is no rank (the strict contract above refuses one).
    expect(q.map((e) => e.rank)).toEqual(q.map((e) => e.rank).sort((a, b) => b - a));
  });

  it.each([
    ['from=2025-02-30', 'from'],
    ['to=2025-13-01', 'to'],
    ['limit=-1', 'limit'],
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=ten', 'limit'],
    ['cursor=not-a-cursor', 'cursor'],
    ['sort=newest', 'sort'],
    ['type=party', 'type'],
    ['from=2025-05-01&to=2025-04-01', 'to'],
  ])('answers 400 with zod issues for %s', async (query, path) => {
    const response = await get(`/api/v1/events?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(typeof body.error).toBe('string');
    expect(body.issues.some((i: { path: string[] }) => i.path[0] === path)).toBe(true);
  });
});

describe('GET /api/v1/events/{slug}', () => {
  it('returns the Event, or 404 with an error', async () => {
    const slug = seed.events[3].slug;
    const response = await get(`/api/v1/events/${slug}`);
    expect(response.status).toBe(200);
    const event = eventContract.parse(await response.json());
    expect(event.slug).toBe(slug);
    const missing = await get('/api/v1/events/no-such-event');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Event not found' });
  });
});

describe('GET /api/v1/events.csv', () => {
  it('exports the whole filtered set, one event a row', async () => {
    const response = await get('/api/v1/events.csv?sector=rare-earths');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.slug).sort()).toEqual(
      seed.events
        .filter((e) => e.sectors.includes('rare-earths'))
        .map((e) => e.slug)
        .sort(),
    );
    expect(Object.keys(rows[0])).toEqual(expect.arrayContaining(['slug', 'title', 'date_start', 'date_precision', 'sources', 'url']));
    const bad = await get('/api/v1/events.csv?from=2025-99-01');
    expect(bad.status).toBe(400);
  });
});

describe('the other lists', () => {
  it('actors carry name, slug, aliases, kind, country and roles', async () => {
    const body = await (await get('/api/v1/actors?limit=100')).json();
    expect(body.data.length).toBe(Math.min(100, seed.actors.length));
    const dmitriev = body.data.find((a: { slug: string }) => a.slug === 'kirill-dmitriev');
    expect(dmitriev).toMatchObject({ name: 'Kirill Dmitriev', kind: 'person', country: 'RU' });
    expect(Array.isArray(dmitriev.aliases)).toBe(true);
    expect(dmitriev.roles.length).toBeGreaterThan(0);
    const one = await get('/api/v1/actors/kirill-dmitriev');
    expect((await one.json()).slug).toBe('kirill-dmitriev');
    expect((await get('/api/v1/actors/nobody')).status).toBe(404);
  });

  it('pages every list with limit and cursor', async () => {
    for (const [path, total] of [
      ['/api/v1/actors', seed.actors.length],
      ['/api/v1/sectors', seed.sectors.length],
      ['/api/v1/proposals', seed.proposals.length],
      ['/api/v1/figures', seed.figures.length],
      ['/api/v1/sources', seed.sources.length],
    ] as const) {
      let cursor: string | null = null;
      let count = 0;
      do {
        const response = await get(`${path}?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        expect(response.status).toBe(200);
        const body = await response.json();
        expect(body.data.length).toBeLessThanOrEqual(3);
        count += body.data.length;
        cursor = body.nextCursor;
      } while (cursor);
      expect(count, path).toBe(total);
      expect((await get(`${path}?limit=-5`)).status).toBe(400);
      expect((await get(`${path}?cursor=%3Cscript%3E`)).status).toBe(400);
    }
  });

  it('figures give value as a number in the stated unit, with currency, date, sector and citations', async () => {
    const body = await (await get('/api/v1/figures?limit=100')).json();
    for (const f of body.data) {
      expect(typeof f.value).toBe('number');
      expect(typeof f.unit).toBe('string');
      expect(f.citations.length).toBeGreaterThan(0);
      expect('currency' in f && 'asOf' in f && 'sector' in f).toBe(true);
    }
  });
});

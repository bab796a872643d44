/**
 * Multi-value facets against real PostgreSQL: several values of one facet
 * are OR-ed, different facets AND-ed, unknown or hidden values match nothing,
 * and each facet's counts come with the other facets applied. The exports
 * answer exactly the same set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { db } from '@/lib/db';
import { allEvents, countEvents, getEventFacets } from '@/lib/data/events';
import { eventFilterSchema, queryValues, type EventFilter } from '@/lib/schemas/event-filter';
import { writeDataset } from '@/lib/seed/write';
import { GET as getJson } from '@/app/api/v1/events.json/route';
import { GET as getCsv } from '@/app/api/v1/events.csv/route';
import { buildActor, buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const tag = Math.random().toString(36).slice(2, 8);
const s1 = `mf-${tag}-one`;
const s2 = `mf-${tag}-two`;
const hidden = `mf-${tag}-hidden`;
const a1 = `mf-${tag}-alice`;
const a2 = `mf-${tag}-bob`;
// A year no other test uses, so the fixture can be isolated with from/to.
const range = { from: '2041-01-01', to: '2041-12-31' };

const events = {
  e1: { sectors: [s1], actors: [a1], type: 'meeting' },
  e2: { sectors: [s2], actors: [a1], type: 'call' },
  e3: { sectors: [s1, s2], actors: [a2], type: 'meeting' },
  e4: { sectors: [s2], actors: [a2], type: 'statement' },
  e5: { sectors: [], actors: [a1], type: 'meeting' },
  e6: { sectors: [hidden], actors: [a2], type: 'call' },
} as const;
type Key = keyof typeof events;
const slugOf = (key: Key) => `mf-${tag}-${key}`;

async function slugs(filter: EventFilter) {
  const out: string[] = [];
  for await (const batch of allEvents({ ...range, ...filter }, 2)) out.push(...batch.map((e) => e.slug));
  return out.sort();
}
const expected = (...keys: Key[]) => keys.map(slugOf).sort();

beforeAll(async () => {
  const source = buildSource({ id: `mf-${tag}-source` });
  const prisma = await db();
  await writeDataset(
    prisma,
    buildDataset({
      sources: [source],
      sectors: [s1, s2, hidden].map((slug) => buildSector({ slug, name: `Name of ${slug}` })),
      actors: [a1, a2].map((slug) => buildActor({ slug, name: `Name of ${slug}` })),
      events: (Object.keys(events) as Key[]).map((key, i) =>
        buildEvent(source.id, {
          slug: slugOf(key),
          type: events[key].type,
          sectors: [...events[key].sectors],
          actors: events[key].actors.map((actor) => ({ actor, role: 'participant' as const, title: null })),
          date: { start: `2041-0${i + 1}-10`, precision: 'day', end: null, approximate: false },
        }),
      ),
    }),
  );
  // A draft sector: filtering by it must match nothing, so its slug can't be probed.
  await prisma.sector.update({ where: { slug: hidden }, data: { status: 'draft' } });
});

afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: `mf-${tag}-` } } });
});

describe('multi-value facets (real PostgreSQL)', () => {
  it('ORs the values within a facet', async () => {
    expect(await slugs({ sector: [s1] })).toEqual(expected('e1', 'e3'));
    expect(await slugs({ sector: [s1, s2] })).toEqual(expected('e1', 'e2', 'e3', 'e4'));
    expect(await slugs({ type: ['call', 'statement'] })).toEqual(expected('e2', 'e4', 'e6'));
    expect(await slugs({ actor: [a1, a2] })).toEqual(expected('e1', 'e2', 'e3', 'e4', 'e5', 'e6'));
  });

  it('ANDs different facets', async () => {
    expect(await slugs({ sector: [s1, s2], actor: [a2] })).toEqual(expected('e3', 'e4'));
    expect(await slugs({ sector: [s1], type: ['meeting', 'call'] })).toEqual(expected('e1', 'e3'));
    expect(await slugs({ actor: [a1, a2], type: ['call', 'statement'], sector: [s2] })).toEqual(expected('e2', 'e4'));
  });

  it('matches nothing for an unknown or unpublished value, and ignores it beside known ones', async () => {
    expect(await slugs({ sector: ['no-such-sector'] })).toEqual([]);
    expect(await slugs({ sector: [hidden] })).toEqual([]);
    expect(await slugs({ sector: [s1, hidden, 'no-such-sector'] })).toEqual(expected('e1', 'e3'));
    expect(await slugs({ actor: ['no-such-actor'] })).toEqual([]);
  });

  it('reads repeated URL keys and single values alike', async () => {
    const parse = (query: string) => eventFilterSchema.parse(queryValues(new URLSearchParams(query)));
    expect(await slugs(parse(`sector=${s1}&sector=${s2}&actor=${a2}`))).toEqual(expected('e3', 'e4'));
    expect(await slugs(parse(`sector=${s1}`))).toEqual(expected('e1', 'e3'));
  });

  it('counts each facet with the other facets applied, not its own', async () => {
    const filter: EventFilter = { ...range, sector: [s1, s2], actor: [a1], type: ['meeting', 'call'] };
    const facets = await getEventFacets(filter);
    expect(facets.total).toBe(await countEvents(filter));
    expect(facets.total).toBe(2); // e1, e2
    const sectors = Object.fromEntries(facets.sectors.map((f) => [f.value, f.count]));
    // Sector counts ignore the sector choice: actor a1 and meeting|call leave e1 (s1) and e2 (s2).
    expect(sectors).toEqual({ [s1]: 1, [s2]: 1 });
    for (const f of facets.sectors) expect(f.count).toBe(await countEvents({ ...filter, sector: [f.value] }));
    for (const f of facets.actors) expect(f.count).toBe(await countEvents({ ...filter, actor: [f.value] }));
    for (const f of facets.types) expect(f.count).toBe(await countEvents({ ...filter, type: [f.value as 'call'] }));
    // Actors: sectors s1|s2 and meeting|call leave e1, e2 (a1) and e3 (a2).
    expect(Object.fromEntries(facets.actors.map((f) => [f.value, f.count]))).toEqual({ [a1]: 2, [a2]: 1 });
    expect(facets.sectors.map((f) => f.label)).toContain(`Name of ${s1}`);
    expect(facets.sectors.map((f) => f.value)).not.toContain(hidden);
    // Years drop the date range and keep the other facets.
    expect(facets.years.find((y) => y.value === '2041')?.count).toBe(2);
  });

  it('lists a chosen value that no event of the view has with its name and a count of 0, but never a hidden one', async () => {
    const facets = await getEventFacets({ ...range, sector: [s1, hidden, 'no-such-sector'], actor: [a1], type: ['statement'] });
    expect(facets.total).toBe(0);
    expect(facets.sectors.find((f) => f.value === s1)).toEqual({ value: s1, label: `Name of ${s1}`, count: 0 });
    expect(facets.sectors.map((f) => f.value)).not.toContain(hidden);
    expect(facets.sectors.map((f) => f.value)).not.toContain('no-such-sector');
    expect(facets.actors.find((f) => f.value === a1)).toEqual({ value: a1, label: `Name of ${a1}`, count: 0 });
    expect(facets.types.find((f) => f.value === 'statement')).toEqual({ value: 'statement', label: 'statement', count: 0 });
  });
});

describe('the exports of a view (real PostgreSQL)', () => {
  const query = `sector=${s1}&sector=${s2}&actor=${a2}&from=${range.from}&to=${range.to}`;

  it('JSON: exactly the filtered set, in the API Event shape', async () => {
    const response = await getJson(new Request(`http://backchannel.test/api/v1/events.json?${query}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const body = (await response.json()) as { data: { slug: string; sectors: { slug: string }[]; citations: { source: object }[] }[] };
    expect(body.data.map((e) => e.slug).sort()).toEqual(expected('e3', 'e4'));
    expect(body.data[0].citations[0].source).not.toHaveProperty('publishedLabel');
  });

  it('JSON: an empty view is an empty list, and bad input a 400', async () => {
    const empty = await getJson(
      new Request(`http://backchannel.test/api/v1/events.json?sector=no-such-sector&from=${range.from}&to=${range.to}`),
    );
    expect(await empty.json()).toEqual({ data: [] });
    const bad = await getJson(new Request('http://backchannel.test/api/v1/events.json?sector=Bad%20Slug'));
    expect(bad.status).toBe(400);
  });

  it('CSV: the same rows as the JSON', async () => {
    const response = await getCsv(new Request(`http://backchannel.test/api/v1/events.csv?${query}`));
    const rows = parse(await response.text(), { columns: true }) as { slug: string }[];
    expect(rows.map((r) => r.slug).sort()).toEqual(expected('e3', 'e4'));
  });
});

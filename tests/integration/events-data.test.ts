import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { countEvents, getEvent, getEventFacets, getPeriodCounts, listEvents, type EventDTO } from '@/lib/data/events';
import { eventPageSchema } from '@/lib/schemas/event-filter';
import { loadSeedDataset } from '@/lib/seed/load';
import { writeDataset } from '@/lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const seed = loadSeedDataset();

async function everyPage(filter: Parameters<typeof listEvents>[0], limit: number) {
  const all: EventDTO[] = [];
  let cursor: string | undefined;
  do {
    const page = await listEvents(filter, eventPageSchema.parse({ limit, cursor }));
    all.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

describe('timeline data on the seeded dataset (real PostgreSQL)', () => {
  it('lists every published seed event in time order, across keyset pages', async () => {
    const all = await everyPage({}, 7);
    expect(all.map((e) => e.slug).sort()).toEqual(seed.events.map((e) => e.slug).sort());
    const starts = all.map((e) => e.date.start);
    expect(starts).toEqual([...starts].sort());
  });

  it('returns the same events whatever the page size', async () => {
    const a = (await everyPage({}, 3)).map((e) => e.slug);
    const b = (await everyPage({}, 100)).map((e) => e.slug);
    expect(a).toEqual(b);
  });

  it('filters by actor, sector and type, matching the seed files', async () => {
    const bySector = await everyPage({ sector: ['rare-earths'] }, 100);
    expect(bySector.map((e) => e.slug).sort()).toEqual(
      seed.events
        .filter((e) => e.sectors.includes('rare-earths'))
        .map((e) => e.slug)
        .sort(),
    );
    const byActor = await everyPage({ actor: ['steve-witkoff'] }, 100);
    expect(byActor.map((e) => e.slug).sort()).toEqual(
      seed.events
        .filter((e) => e.actors.some((a) => a.actor === 'steve-witkoff'))
        .map((e) => e.slug)
        .sort(),
    );
    const calls = await everyPage({ type: ['call'] }, 100);
    expect(calls.length).toBe(seed.events.filter((e) => e.type === 'call').length);
    expect(calls.every((e) => e.type === 'call')).toBe(true);
  });

  it('counts each facet with the other filters applied', async () => {
    const facets = await getEventFacets({ sector: ['rare-earths'] });
    expect(facets.total).toBe(await countEvents({ sector: ['rare-earths'] }));
    for (const t of facets.types) expect(t.count).toBe(await countEvents({ sector: ['rare-earths'], type: [t.value as never] }));
    // The sector facet ignores the sector filter itself, so other sectors stay selectable.
    expect(facets.sectors.length).toBeGreaterThan(1);
    const unfiltered = await getEventFacets({});
    expect(unfiltered.total).toBe(seed.events.length);
  });

  it('counts events per month in each sector lane', async () => {
    const counts = await getPeriodCounts({}, 'month');
    const rare = counts.filter((c) => c.sector === 'rare-earths').reduce((n, c) => n + c.count, 0);
    expect(rare).toBe(seed.events.filter((e) => e.sectors.includes('rare-earths')).length);
    expect(counts.every((c) => c.period.endsWith('-01'))).toBe(true);
  });

  it('gives a permalink record with neighbours, citations and honest dates', async () => {
    const list = await everyPage({}, 100);
    const middle = list[Math.floor(list.length / 2)];
    const event = await getEvent(middle.slug);
    expect(event?.previous?.slug).toBe(list[Math.floor(list.length / 2) - 1].slug);
    expect(event?.next?.slug).toBe(list[Math.floor(list.length / 2) + 1].slug);
    expect(event?.citations.length).toBeGreaterThan(0);
    expect(event?.url).toBe(`http://backchannel.test/events/${middle.slug}`);
    expect(await getEvent('no-such-event')).toBeNull();
  });
});

describe('filters and visibility on records made by factories', () => {
  const source = buildSource();
  const sector = buildSector({ slug: 'zz-test-sector' });
  const actor = buildActor({ slug: 'zz-test-actor', name: 'Zed Testperson' });
  const monthEvent = buildEvent(source.id, {
    slug: 'zz-month-event',
    title: 'A month-only event about 100% widgets',
    date: { start: '2031-03-01', precision: 'month', end: null, approximate: false },
    sectors: [sector.slug],
    actors: [{ actor: actor.slug, role: 'participant', title: 'Tester' }],
  });
  const dayEvent = buildEvent(source.id, {
    slug: 'zz-day-event',
    date: { start: '2031-04-02', precision: 'day', end: '2031-04-03', approximate: true },
    sectors: [sector.slug],
  });
  const draft = buildEvent(source.id, {
    slug: 'zz-draft-event',
    date: { start: '2031-03-05', precision: 'day', end: null, approximate: false },
    sectors: [sector.slug],
  });

  beforeAll(async () => {
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ sources: [source], sectors: [sector], actors: [actor], events: [monthEvent, dayEvent] }));
    await writeDataset(prisma, buildDataset({ sources: [], sectors: [], actors: [], events: [draft] }), { status: 'draft' });
  });
  afterAll(async () => {
    const prisma = await db();
    await prisma.event.deleteMany({ where: { slug: { startsWith: 'zz-' } } });
  });

  it('matches a month-precision event from a mid-month "from" date (overlap, not start)', async () => {
    const found = await everyPage({ sector: [sector.slug], from: '2031-03-15', to: '2031-03-20' }, 50);
    expect(found.map((e) => e.slug)).toEqual(['zz-month-event']);
    expect(found[0].date.label).toBe('March 2031');
  });

  it('shows ranges and approximation in the label', async () => {
    const [e] = await everyPage({ sector: [sector.slug], from: '2031-04-01' }, 50);
    expect(e.date).toEqual({ start: '2031-04-02', precision: 'day', end: '2031-04-03', approximate: true, label: 'c. 2–3 April 2031' });
  });

  it('never shows drafts or trashed events', async () => {
    expect((await everyPage({ sector: [sector.slug] }, 50)).map((e) => e.slug)).not.toContain('zz-draft-event');
    expect(await getEvent('zz-draft-event')).toBeNull();
    const prisma = await db();
    await prisma.event.update({ where: { slug: 'zz-day-event' }, data: { deletedAt: new Date() } });
    expect(await getEvent('zz-day-event')).toBeNull();
    expect((await everyPage({ sector: [sector.slug] }, 50)).map((e) => e.slug)).toEqual(['zz-month-event']);
  });

  it('searches text literally, including names of actors and LIKE wildcards', async () => {
    expect((await everyPage({ q: '100% widgets' }, 50)).map((e) => e.slug)).toEqual(['zz-month-event']);
    expect((await everyPage({ q: 'Zed Testperson' }, 50)).map((e) => e.slug)).toEqual(['zz-month-event']);
    expect(await everyPage({ q: '%%%_' }, 50)).toEqual([]);
  });
});

describe('seeding', () => {
  it('is idempotent: writing the seed again changes no counts', async () => {
    const prisma = await db();
    const before = await Promise.all([
      prisma.event.count(),
      prisma.citation.count(),
      prisma.eventActor.count(),
      prisma.actorRole.count(),
      prisma.figure.count(),
    ]);
    await writeDataset(prisma, seed);
    const after = await Promise.all([
      prisma.event.count(),
      prisma.citation.count(),
      prisma.eventActor.count(),
      prisma.actorRole.count(),
      prisma.figure.count(),
    ]);
    expect(after).toEqual(before);
  });

  it('rolls back entirely when a write fails part-way', async () => {
    const prisma = await db();
    const before = await prisma.source.count();
    const source = buildSource({ id: 'zz-rollback-source' });
    const broken = buildDataset({
      sources: [source],
      events: [buildEvent(source.id, { slug: 'zz-rollback', actors: [{ actor: 'no-such-actor', role: 'host', title: null }] })],
    });
    await expect(writeDataset(prisma, broken)).rejects.toThrow(/Unknown actor/);
    expect(await prisma.source.count()).toBe(before);
    expect(await prisma.event.findUnique({ where: { slug: 'zz-rollback' } })).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { saveEvent, trashEventAction } from '@/lib/actions/events';
import { trashRecordAction } from '@/lib/actions/records';
import { idle } from '@/lib/forms/action-state';
import { createSession } from '@/lib/auth/session';
import { getNetwork, getSharedEvents } from '@/lib/data/network';
import { getMap, getPlaceEvents } from '@/lib/data/map';
import { writeDataset } from '@/lib/seed/write';
import { loadSeedDataset } from '@/lib/seed/load';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';
import { buildActor, buildDataset, buildSector, buildSource, eventFormData } from '../support/factories';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

const seed = loadSeedDataset();
const source = buildSource();
const sector = buildSector({ slug: 'zz-net-sector' });
const [anna, boris, clara, draftActor, doomed] = ['zz-net-anna', 'zz-net-boris', 'zz-net-clara', 'zz-net-draft', 'zz-net-doomed'].map(
  (slug) => buildActor({ slug }),
);

/** An event saved through the event form's server action, as an editor would. */
async function save(values: Record<string, string>, actors: string[]) {
  const fields: Record<string, string> = { sectors: sector.slug, ...values };
  actors.forEach((a, i) => {
    fields[`actors[${i}].actor`] = a;
    fields[`actors[${i}].role`] = 'participant';
  });
  const form = eventFormData({ 'citations[0].source': source.id, ...fields });
  return callAction(() => saveEvent(idle, form));
}

async function saved(values: Record<string, string>, actors: string[]) {
  const outcome = await save(values, actors);
  expect(outcome.redirect, JSON.stringify(outcome.result)).toMatch(/^\/admin\/events\//);
  const prisma = await db();
  return prisma.event.findUniqueOrThrow({ where: { slug: values.slug }, select: { id: true, version: true } });
}

const edge = async (a: string, b: string, filter = {}) => {
  const network = await getNetwork(filter);
  const id = new Map(network.nodes.map((n) => [n.slug, n.id]));
  return network.edges.find((e) => (e.a === id.get(a) && e.b === id.get(b)) || (e.a === id.get(b) && e.b === id.get(a)))?.weight ?? 0;
};

beforeAll(async () => {
  const prisma = await db();
  await writeDataset(prisma, buildDataset({ sources: [source], sectors: [sector], actors: [anna, boris, clara, doomed] }));
  await writeDataset(prisma, buildDataset({ actors: [draftActor] }), { status: 'draft' });
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  actAs((await createSession(editor.id, 'vitest')).token);
});

afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'zz-net-' } } });
});

describe('the network read (real PostgreSQL)', () => {
  it('on the seed: every pair of public participants of public events, weighted by their shared events', async () => {
    const prisma = await db();
    // The expected pairs, computed here independently of the read's SQL.
    const events = await prisma.event.findMany({
      where: { status: 'published', deletedAt: null },
      select: {
        actors: {
          where: { role: { not: 'mentioned' }, actor: { status: 'published', deletedAt: null } },
          select: { actor: { select: { slug: true } } },
        },
      },
    });
    const expected = new Map<string, number>();
    for (const e of events) {
      const slugs = e.actors.map((a) => a.actor.slug).sort();
      for (let i = 0; i < slugs.length; i++)
        for (let j = i + 1; j < slugs.length; j++)
          expected.set(`${slugs[i]}|${slugs[j]}`, (expected.get(`${slugs[i]}|${slugs[j]}`) ?? 0) + 1);
    }
    const network = await getNetwork({}, 1000);
    const slugOf = new Map(network.nodes.map((n) => [n.id, n.slug]));
    const got = new Map(network.edges.map((e) => [[slugOf.get(e.a)!, slugOf.get(e.b)!].sort().join('|'), e.weight]));
    expect(got).toEqual(expected);
    expect(network.totalPairs).toBe(expected.size);
    expect(expected.size).toBeGreaterThan(0);
    // The seed's Washington visit: Dmitriev and Witkoff met.
    expect(got.get('kirill-dmitriev|steve-witkoff')).toBeGreaterThanOrEqual(1);
  });

  it('bounds the graph to the best-connected actors and says how many there are', async () => {
    const all = await getNetwork({}, 1000);
    const few = await getNetwork({}, 3);
    expect(few.nodes).toHaveLength(3);
    expect(few.totalActors).toBe(all.totalActors);
    const kept = new Set(few.nodes.map((n) => n.id));
    for (const e of few.edges) expect(kept.has(e.a) && kept.has(e.b)).toBe(true);
    const weights = all.nodes.map((n) => n.weight).sort((a, b) => b - a);
    expect(few.nodes.map((n) => n.weight).sort((a, b) => b - a)).toEqual(weights.slice(0, 3));
  });

  it('lays the graph out the same way every time, inside the drawing', async () => {
    const [one, two] = [await getNetwork({}), await getNetwork({})];
    expect(one.nodes.map((n) => [n.slug, n.x, n.y])).toEqual(two.nodes.map((n) => [n.slug, n.x, n.y]));
    for (const n of one.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(960);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeLessThanOrEqual(640);
    }
  });

  it('shows published events only: a draft or trashed event or actor is never a node, an edge or a weight', async () => {
    const prisma = await db();
    await saved({ slug: 'zz-net-live', title: 'Anna meets Boris', status: 'published', startDate: '2030-01-02' }, [anna.slug, boris.slug]);
    expect(await edge(anna.slug, boris.slug)).toBe(1);

    await saved({ slug: 'zz-net-draft-event', title: 'Draft meeting', status: 'draft', startDate: '2030-01-03' }, [
      anna.slug,
      boris.slug,
      clara.slug,
    ]);
    expect(await edge(anna.slug, boris.slug)).toBe(1);
    expect(await edge(anna.slug, clara.slug)).toBe(0);

    // A draft actor in a published event: the others' edge counts, the draft actor is nowhere.
    await saved({ slug: 'zz-net-with-draft', title: 'With a draft actor', status: 'published', startDate: '2030-01-04' }, [
      anna.slug,
      boris.slug,
      draftActor.slug,
    ]);
    const network = await getNetwork({}, 1000);
    expect(network.nodes.map((n) => n.slug)).not.toContain(draftActor.slug);
    expect(await edge(anna.slug, boris.slug)).toBe(2);
    expect(await getSharedEvents({}, [anna.slug, draftActor.slug])).toEqual([]);
    expect((await getSharedEvents({}, [anna.slug, boris.slug])).map((e) => e.slug)).toEqual(['zz-net-live', 'zz-net-with-draft']);

    // Trashing the event through the trash button takes its weight away.
    const live = await prisma.event.findUniqueOrThrow({ where: { slug: 'zz-net-live' }, select: { id: true, version: true } });
    const fd = new FormData();
    fd.append('id', live.id);
    fd.append('version', String(live.version));
    expect((await callAction(() => trashEventAction(fd))).redirect).toMatch(/^\/admin\/events\?trashed=/);
    expect(await edge(anna.slug, boris.slug)).toBe(1);

    // A trashed actor disappears with its edges.
    await saved({ slug: 'zz-net-doomed-event', title: 'Doomed meets Clara', status: 'published', startDate: '2030-01-05' }, [
      doomed.slug,
      clara.slug,
    ]);
    expect(await edge(doomed.slug, clara.slug)).toBe(1);
    const doomedRow = await prisma.actor.findUniqueOrThrow({ where: { slug: doomed.slug }, select: { id: true } });
    const trash = new FormData();
    trash.append('type', 'actor');
    trash.append('id', doomedRow.id);
    await callAction(() => trashRecordAction(trash));
    expect((await getNetwork({}, 1000)).nodes.map((n) => n.slug)).not.toContain(doomed.slug);
  });

  it('narrows with the timeline filters', async () => {
    expect(await edge(anna.slug, boris.slug, { sector: [sector.slug] })).toBe(1);
    expect(await edge(anna.slug, boris.slug, { from: '2031-01-01' })).toBe(0);
    expect(await edge(anna.slug, boris.slug, { type: ['visit'] })).toBe(0);
    const ego = await getNetwork({ actor: [anna.slug] });
    expect(ego.nodes.map((n) => n.slug).sort()).toEqual([anna.slug, boris.slug].sort());
    expect((await getNetwork({ actor: [draftActor.slug] })).nodes).toEqual([]);
  });
});

describe('the map read and the place field (real PostgreSQL)', () => {
  it('on the seed: each gazetteer place with the count of its published events', async () => {
    const map = await getMap({});
    const expected = new Map<string, number>();
    for (const e of seed.events) if (e.place) expected.set(e.place, (expected.get(e.place) ?? 0) + 1);
    for (const [place, count] of expected) expect(map.places.find((p) => p.key === place)?.count).toBeGreaterThanOrEqual(count);
    const washington = map.places.find((p) => p.key === 'washington-dc')!;
    expect(washington).toMatchObject({ name: 'Washington, D.C.', latitude: 38.9072, longitude: -77.0369 });
    expect(washington.events.length).toBe(Math.min(5, washington.count));
    const listed = await getPlaceEvents({}, 'washington-dc');
    expect(listed.map((e) => e.slug)).toEqual(
      expect.arrayContaining(seed.events.filter((e) => e.place === 'washington-dc').map((e) => e.slug)),
    );
  });

  it('places an event saved with a known place (by name or alias) or typed coordinates; drafts and trash stay off the map', async () => {
    const prisma = await db();
    const before = (await getMap({ sector: [sector.slug] })).places;
    expect(before.find((p) => p.key === 'kyiv')).toBeUndefined();

    await saved({ slug: 'zz-net-kyiv', title: 'In Kiev', status: 'published', startDate: '2030-02-01', location: 'Kyiv', place: 'Kiev' }, [
      anna.slug,
    ]);
    const typed = await saved(
      {
        slug: 'zz-net-typed',
        title: 'Typed',
        status: 'published',
        startDate: '2030-02-02',
        location: 'Anchorage, Alaska',
        latitude: '61.2181',
        longitude: '-149.9003',
      },
      [anna.slug],
    );
    await saved({ slug: 'zz-net-map-draft', title: 'Draft in Moscow', status: 'draft', startDate: '2030-02-03', place: 'moscow' }, [
      anna.slug,
    ]);

    const places = (await getMap({ sector: [sector.slug] })).places;
    expect(places.find((p) => p.key === 'kyiv')?.count).toBe(1);
    expect(places.find((p) => p.key === '61.2181,-149.9003')).toMatchObject({ name: 'Anchorage, Alaska', count: 1 });
    expect(places.find((p) => p.key === 'moscow')).toBeUndefined();
    expect((await getPlaceEvents({ sector: [sector.slug] }, '61.2181,-149.9003')).map((e) => e.slug)).toEqual(['zz-net-typed']);

    const fd = new FormData();
    fd.append('id', typed.id);
    fd.append('version', String(typed.version));
    await callAction(() => trashEventAction(fd));
    expect((await getMap({ sector: [sector.slug] })).places.find((p) => p.key === '61.2181,-149.9003')).toBeUndefined();
    expect(await getPlaceEvents({}, '61.2181,-149.9003')).toEqual([]);

    // The revision keeps the place, so a restored revision keeps it too.
    const kyiv = await prisma.event.findUniqueOrThrow({ where: { slug: 'zz-net-kyiv' }, select: { id: true } });
    const revision = await prisma.revision.findFirstOrThrow({
      where: { entityType: 'event', entityId: kyiv.id },
      orderBy: { version: 'desc' },
    });
    expect(revision.snapshot).toMatchObject({ place: 'kyiv' });
  });

  it.each([
    [{ latitude: '91', longitude: '10' }, 'latitude', /between −90 and 90/],
    [{ latitude: '10', longitude: '-180.5' }, 'longitude', /between −180 and 180/],
    [{ latitude: 'north', longitude: '10' }, 'latitude', /decimal number/],
    [{ latitude: '10' }, 'longitude', /longitude too/],
    [{ place: 'moscow', latitude: '1', longitude: '2' }, 'place', /not both/],
    [{ place: 'Atlantis' }, 'place', /No known place/],
  ])('refuses %o with an error next to the %s field', async (values, field, message) => {
    const outcome = await save({ slug: 'zz-net-invalid', title: 'Invalid place', status: 'draft', ...values }, [anna.slug]);
    expect(outcome.redirect).toBeUndefined();
    expect(outcome.result).toMatchObject({ status: 'error', fieldErrors: { [field]: [expect.stringMatching(message)] } });
    expect(await (await db()).event.findUnique({ where: { slug: 'zz-net-invalid' } })).toBeNull();
  });
});

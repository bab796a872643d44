import { describe, expect, it } from 'vitest';
import { eventInputSchema } from '@/lib/schemas/event';
import { pairSchema, placeKeySchema, readViewQuery } from '@/lib/schemas/view-query';
import { layoutNetwork } from '@/lib/network/layout';
import { pageHref } from '@/lib/network/page-href';
import { markerRadius } from '@/components/map/world-map';
import { edgeWidth } from '@/components/network/network-graph';
import { project, worldPaths } from '@/lib/map/world';

const base = {
  title: 'T',
  slug: 't',
  type: 'meeting',
  startDate: '2025-01-01',
  precision: 'day',
  summary: 'S',
  status: 'draft',
};
const errorsOf = (values: Record<string, string>) => {
  const parsed = eventInputSchema.safeParse({ ...base, ...values });
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('the event form’s place fields', () => {
  it('reads typed coordinates as numbers, blank as absent', () => {
    expect(eventInputSchema.parse({ ...base, latitude: ' 55.7558 ', longitude: '-37.6' })).toMatchObject({
      latitude: 55.7558,
      longitude: -37.6,
    });
    expect(eventInputSchema.parse({ ...base, latitude: '−4.6', longitude: '+55' })).toMatchObject({ latitude: -4.6, longitude: 55 });
    const blank = eventInputSchema.parse({ ...base, latitude: '', longitude: '', place: '  ' });
    expect([blank.latitude, blank.longitude, blank.place]).toEqual([undefined, undefined, undefined]);
    // A revision's snapshot holds numbers.
    expect(eventInputSchema.parse({ ...base, latitude: 61.2, longitude: -149.9 })).toMatchObject({ latitude: 61.2, longitude: -149.9 });
  });

  it.each([
    [{ latitude: '90.0001', longitude: '0' }, 'latitude', /between −90 and 90/],
    [{ latitude: '-91', longitude: '0' }, 'latitude', /between −90 and 90/],
    [{ latitude: '0', longitude: '180.5' }, 'longitude', /between −180 and 180/],
    [{ latitude: '1e2', longitude: '0' }, 'latitude', /decimal number/],
    [{ latitude: 'Infinity', longitude: '0' }, 'latitude', /decimal number/],
    [{ latitude: '0x10', longitude: '0' }, 'latitude', /decimal number/],
    [{ latitude: '12' }, 'longitude', /longitude too/],
    [{ longitude: '12' }, 'latitude', /latitude too/],
    [{ place: 'moscow', latitude: '1', longitude: '1' }, 'place', /not both/],
  ])('refuses %o on the %s field', (values, field, message) => {
    expect(errorsOf(values)[field]).toMatch(message);
  });

  it('accepts the limits themselves', () => {
    expect(errorsOf({ latitude: '-90', longitude: '180' })).toEqual({});
    expect(errorsOf({ latitude: '90', longitude: '-180' })).toEqual({});
  });
});

describe('the network and map query', () => {
  it('reads a pair in either order, and refuses one actor or the same twice', () => {
    expect(pairSchema.parse('b-actor,a-actor')).toEqual(['a-actor', 'b-actor']);
    expect(pairSchema.parse(undefined)).toBeUndefined();
    for (const bad of ['only-one', 'a,a', 'a,b,c', 'A,b']) expect(pairSchema.safeParse(bad).success).toBe(false);
  });

  it('reads a place as a slug or as the map’s coordinates key', () => {
    for (const good of ['moscow', '61.2181,-149.9003', '-4.6191,55.4513']) expect(placeKeySchema.parse(good)).toBe(good);
    for (const bad of ['<script>', '1,2,3', 'Moscow', '61.2181;-149.9']) expect(placeKeySchema.safeParse(bad).success).toBe(false);
  });

  it('keeps good filters, reports and drops bad ones, and never throws', () => {
    const ok = readViewQuery({ sector: ['energy', 'rare-earths'], from: '2025-01-01', pair: 'x,y' }, 'pair', pairSchema);
    expect(ok).toEqual({ filter: { sector: ['energy', 'rare-earths'], from: '2025-01-01' }, own: ['x', 'y'], problems: [] });
    const bad = readViewQuery({ from: 'soon', pair: 'x' }, 'pair', pairSchema);
    expect(bad.filter).toEqual({});
    expect(bad.own).toBeUndefined();
    expect(bad.problems.join(' ')).toMatch(/from/);
    expect(bad.problems.join(' ')).toMatch(/pair/);
  });

  it('links with the timeline’s filter parameters plus the page’s own', () => {
    expect(pageHref('/map', { sector: ['energy'], type: ['visit', 'call'], from: '2025-01-01' }, { place: 'moscow' })).toBe(
      '/map?sector=energy&type=visit&type=call&from=2025-01-01&place=moscow',
    );
    expect(pageHref('/network', {})).toBe('/network');
  });
});

describe('the network layout', () => {
  const input = {
    nodes: ['d', 'a', 'c', 'b', 'e'].map((slug) => ({ id: `id-${slug}`, slug })),
    edges: [
      { a: 'id-a', b: 'id-b', weight: 3 },
      { a: 'id-b', b: 'id-c', weight: 1 },
      { a: 'id-d', b: 'id-e', weight: 1 },
    ],
  };
  const size = { width: 960, height: 640, margin: 48 };

  it('is deterministic whatever the input order, and fits the drawing', () => {
    const one = layoutNetwork(input, size);
    const two = layoutNetwork({ nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() }, size);
    expect([...one.entries()].sort()).toEqual([...two.entries()].sort());
    for (const { x, y } of one.values()) {
      expect(x).toBeGreaterThanOrEqual(48);
      expect(x).toBeLessThanOrEqual(912);
      expect(y).toBeGreaterThanOrEqual(48);
      expect(y).toBeLessThanOrEqual(592);
    }
    const distance = (p: string, q: string) => Math.hypot(one.get(p)!.x - one.get(q)!.x, one.get(p)!.y - one.get(q)!.y);
    // Linked actors end up closer than unlinked ones.
    expect(distance('id-a', 'id-b')).toBeLessThan(distance('id-a', 'id-e'));
  });

  it('places a single actor in the middle', () => {
    expect(layoutNetwork({ nodes: [{ id: 'x', slug: 'x' }], edges: [] }, size).get('x')).toEqual({ x: 480, y: 320 });
  });

  it('draws heavier pairs with wider lines', () => {
    expect(edgeWidth(1)).toBe(1);
    expect(edgeWidth(4)).toBeGreaterThan(edgeWidth(2));
  });
});

describe('the map', () => {
  it('sizes markers on a square-root scale (area by count), never below 3 px', () => {
    expect(markerRadius(100, 100)).toBe(22);
    expect(markerRadius(25, 100)).toBe(11);
    expect(markerRadius(1, 10_000)).toBe(3);
  });

  it('projects places where they are: east of Greenwich to the right, north up', () => {
    const moscow = project(37.6173, 55.7558);
    const washington = project(-77.0369, 38.9072);
    const seychelles = project(55.4513, -4.6191);
    expect(moscow.x).toBeGreaterThan(washington.x);
    expect(moscow.y).toBeLessThan(seychelles.y);
    expect(project(0, 0)).toEqual({ x: 480, y: 250 });
  });

  it('draws the land from the atlas, simplified to a light path', () => {
    const { land, sphere } = worldPaths();
    expect(land.startsWith('M')).toBe(true);
    expect(land.length).toBeGreaterThan(10_000);
    expect(land.length).toBeLessThan(40_000);
    expect(sphere.length).toBeGreaterThan(0);
  });
});

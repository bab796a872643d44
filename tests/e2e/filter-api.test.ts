/**
 * Property tests of the facet parameters against the running server: any mix
 * of real, unknown, repeated, malformed or hostile actor/sector/type values
 * never answers 5xx; and for real values the API answers exactly the seed's
 * OR-within-a-facet, AND-across-facets set.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { baseUrl } from '../support/e2e';
import { documentedFetch } from '../support/openapi-check';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const get = (path: string) => documentedFetch(baseUrl(), path, { redirect: 'manual' });

const sectors = seed.sectors.map((s) => s.slug);
const actors = seed.actors.map((a) => a.slug);
const types = ['meeting', 'call', 'visit', 'statement', 'proposal', 'sanction', 'legal', 'other'];

const hostileValue = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'no-such-slug',
    'Not A Slug',
    '%',
    '%00',
    '\u0000',
    '../../etc',
    "x' OR 1=1 --",
    '🙂',
    '\u202e',
    'a'.repeat(500),
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);
const facetKey = fc.constantFrom('actor', 'sector', 'type');

describe('facet parameters never give 5xx (property)', () => {
  it('on the list, the exports and the page, with random, unknown and repeated values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(facetKey, fc.oneof(hostileValue, fc.constantFrom(...sectors, ...actors, ...types))), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom('/api/v1/events', '/api/v1/events.csv', '/api/v1/events.json', '/'),
        async (pairs, path) => {
          const query = new URLSearchParams(pairs).toString();
          const response = await get(`${path}?${query}`);
          await response.arrayBuffer();
          expect(response.status, `${path}?${query}`).toBeLessThan(500);
          if (path !== '/') expect([200, 400], `${path}?${query}`).toContain(response.status);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('answers 400 for more than 50 values of one facet, and 200 for 50 unknown ones', async () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `sector=unknown-${i}`).join('&');
    expect((await get(`/api/v1/events?${many(51)}`)).status).toBe(400);
    const ok = await get(`/api/v1/events?${many(50)}`);
    expect(ok.status).toBe(200);
    expect((await ok.json()).data).toEqual([]);
  });
});

describe('real facet values select the seed events with OR within a facet and AND across (property)', () => {
  it('agrees with the seed files for random combinations', async () => {
    const usedSectors = [...new Set(seed.events.flatMap((e) => e.sectors))];
    const usedActors = [...new Set(seed.events.flatMap((e) => e.actors.map((a) => a.actor)))];
    const usedTypes = [...new Set(seed.events.map((e) => e.type))];
    const pick = <T>(values: T[]) => fc.subarray(values, { maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(pick(usedSectors), pick(usedActors), pick(usedTypes), async (sector, actor, type) => {
        const query = new URLSearchParams([
          ...sector.map((v) => ['sector', v]),
          ...actor.map((v) => ['actor', v]),
          ...type.map((v) => ['type', v]),
        ]).toString();
        const response = await get(`/api/v1/events.json?${query}`);
        expect(response.status).toBe(200);
        const got = ((await response.json()) as { data: { slug: string }[] }).data.map((e) => e.slug).sort();
        const want = seed.events
          .filter(
            (e) =>
              (sector.length === 0 || e.sectors.some((s) => sector.includes(s))) &&
              (actor.length === 0 || e.actors.some((a) => actor.includes(a.actor))) &&
              (type.length === 0 || type.includes(e.type)),
          )
          .map((e) => e.slug)
          .sort();
        expect(got, query).toEqual(want);
      }),
      { numRuns: 25 },
    );
  });
});

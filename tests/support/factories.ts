/**
 * Builders for records in the seed-file shape, used by tests only:
 * whatever they build goes through the same zod schema and the same writer
 * (lib/seed/write.ts) as the reviewed seed, so tests exercise the real write path.
 */
import type { SeedActor, SeedDataset, SeedEvent, SeedFigure, SeedProposal, SeedSector, SeedSource } from '@/lib/schemas/seed';
import { seedDatasetSchema } from '@/lib/schemas/seed';
import { loadSeedDataset } from '@/lib/seed/load';

let counter = 0;
const next = (prefix: string) => `${prefix}-${++counter}`;

export function buildSource(overrides: Partial<SeedSource> = {}): SeedSource {
  return {
    id: next('test-source'),
    title: 'A test article',
    outlet: 'Test Outlet',
    author: null,
    published: { date: '2025-04-01', precision: 'month' },
    url: null,
    kind: 'news',
    note: null,
    ...overrides,
  };
}

export function buildSector(overrides: Partial<SeedSector> = {}): SeedSector {
  const slug = overrides.slug ?? next('test-sector');
  return { slug, name: `Sector ${slug}`, description: 'A sector made by a test.', ...overrides };
}

export function buildActor(overrides: Partial<SeedActor> = {}): SeedActor {
  const slug = overrides.slug ?? next('test-actor');
  return {
    slug,
    name: `Actor ${slug}`,
    kind: 'person',
    aliases: [],
    country: null,
    description: 'An actor made by a test.',
    roles: [],
    ...overrides,
  };
}

export function buildEvent(source: string, overrides: Partial<SeedEvent> = {}): SeedEvent {
  const slug = overrides.slug ?? next('test-event');
  return {
    slug,
    title: `Event ${slug}`,
    summary: 'An event made by a test.',
    type: 'meeting',
    date: { start: '2025-04-02', precision: 'day', end: null, approximate: false },
    location: null,
    actors: [],
    sectors: [],
    citations: [{ source, quote: 'A short supporting quote.', speaker: null }],
    ...overrides,
  };
}

export function buildProposal(source: string, sector: string, overrides: Partial<SeedProposal> = {}): SeedProposal {
  const slug = overrides.slug ?? next('test-proposal');
  return {
    slug,
    title: `Proposal ${slug}`,
    summary: 'A proposal made by a test.',
    sector,
    status: 'proposed',
    proposedBy: [],
    events: [],
    citations: [{ source, quote: 'A proposal quote.', speaker: null }],
    ...overrides,
  };
}

export function buildFigure(source: string, overrides: Partial<SeedFigure> = {}): SeedFigure {
  const slug = overrides.slug ?? next('test-figure');
  return {
    slug,
    label: `Figure ${slug}`,
    value: 1,
    unit: 'billion',
    currency: 'USD',
    asOf: null,
    sector: null,
    citations: [{ source, quote: 'A figure quote.', speaker: null }],
    ...overrides,
  };
}

/** A complete dataset, validated by the seed schema (so a factory cannot build what the seed would reject). */
export function buildDataset(parts: Partial<SeedDataset>): SeedDataset {
  return seedDatasetSchema.parse({ sources: [], sectors: [], actors: [], events: [], proposals: [], figures: [], ...parts });
}

/** A minimal valid event form, as the no-JS event form posts it, citing the first seeded source. */
export function eventFormData(values: Record<string, string> = {}): FormData {
  const fd = new FormData();
  const all = {
    title: 'A test event',
    type: 'call',
    startDate: '2025-03-04',
    precision: 'day',
    summary: 'Saved by a test.',
    status: 'draft',
    'citations[0].source': loadSeedDataset().sources[0].id,
    'citations[0].quote': 'A quote',
    ...values,
  };
  for (const [k, v] of Object.entries(all)) fd.append(k, v);
  return fd;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDatasetSchema, type SeedDataset } from '../schemas/seed';

// Resolved from the working directory (the project root for every npm script
// and for `next start`), so the same code works bundled by Next and under tsx.
const seedDir = path.join(process.cwd(), 'prisma', 'seed');
const files = ['sources', 'sectors', 'actors', 'events', 'proposals', 'figures', 'places'] as const;

/** Reads and validates the reviewed seed files; throws with every problem listed. */
export function loadSeedDataset(dir = seedDir): SeedDataset {
  const raw = Object.fromEntries(
    files.map((name) => [name, JSON.parse(readFileSync(/*turbopackIgnore: true*/ path.join(dir, `${name}.json`), 'utf8'))]),
  );
  const parsed = seedDatasetSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Seed files are invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** Cross-file checks zod cannot express: unique slugs and resolvable references. */
export function checkSeedReferences(d: SeedDataset): string[] {
  const problems: string[] = [];
  const unique = (kind: string, keys: string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) problems.push(`duplicate ${kind}: ${key}`);
      seen.add(key);
    }
    return seen;
  };
  const sources = unique(
    'source',
    d.sources.map((s) => s.id),
  );
  const sectors = unique(
    'sector',
    d.sectors.map((s) => s.slug),
  );
  const actors = unique(
    'actor',
    d.actors.map((a) => a.slug),
  );
  const events = unique(
    'event',
    d.events.map((e) => e.slug),
  );
  unique(
    'proposal',
    d.proposals.map((p) => p.slug),
  );
  unique(
    'figure',
    d.figures.map((f) => f.slug),
  );

  const need = (set: Set<string>, kind: string, key: string | null, where: string) => {
    if (key !== null && !set.has(key)) problems.push(`${where}: unknown ${kind} "${key}"`);
  };
  const citations = (list: { source: string; speaker: string | null }[], where: string) => {
    for (const c of list) {
      need(sources, 'source', c.source, where);
      need(actors, 'actor', c.speaker, where);
    }
  };
  for (const a of d.actors) for (const r of a.roles) need(actors, 'actor', r.organisation, `actor ${a.slug}`);
  for (const e of d.events) {
    for (const a of e.actors) need(actors, 'actor', a.actor, `event ${e.slug}`);
    for (const s of e.sectors) need(sectors, 'sector', s, `event ${e.slug}`);
    citations(e.citations, `event ${e.slug}`);
  }
  for (const p of d.proposals) {
    need(sectors, 'sector', p.sector, `proposal ${p.slug}`);
    for (const a of p.proposedBy) need(actors, 'actor', a, `proposal ${p.slug}`);
    for (const e of p.events) need(events, 'event', e.event, `proposal ${p.slug}`);
    citations(p.citations, `proposal ${p.slug}`);
  }
  const places = unique(
    'place',
    (d.places ?? []).map((p) => p.slug),
  );
  for (const e of d.events) {
    need(places, 'place', e.place ?? null, `event ${e.slug}`);
    // A place stands for the location the sources give; without one it would be a claim of its own.
    if (e.place && !e.location) problems.push(`event ${e.slug}: a place needs the location it stands for`);
  }
  for (const f of d.figures) {
    need(sectors, 'sector', f.sector, `figure ${f.slug}`);
    citations(f.citations, `figure ${f.slug}`);
  }
  return problems;
}

// No 'server-only' marker: the seed scripts (plain tsx) write through this module too.
import type { Prisma } from '../generated/prisma/client';
import type { SeedDataset } from '../schemas/seed';

type Tx = Prisma.TransactionClient;

/**
 * Upserts the dataset's gazetteer by slug and returns a resolver from an
 * event's `place` slug to its id (places outside the dataset are looked up,
 * for a test's partial dataset). Places are reference data, not records with
 * revisions: an event's revision names its place by slug instead.
 */
export async function writeSeedPlaces(tx: Tx, d: SeedDataset) {
  const ids = new Map<string, string>();
  for (const p of d.places ?? []) {
    const data = { name: p.name, aliases: p.aliases, country: p.country, latitude: p.latitude, longitude: p.longitude };
    const row = await tx.place.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data, select: { id: true } });
    ids.set(p.slug, row.id);
  }
  const missing = [...new Set(d.events.flatMap((e) => (e.place && !ids.has(e.place) ? [e.place] : [])))];
  if (missing.length) for (const r of await tx.place.findMany({ where: { slug: { in: missing } } })) ids.set(r.slug, r.id);
  return (slug: string | null | undefined) => {
    if (!slug) return null;
    const id = ids.get(slug);
    if (!id) throw new Error(`Unknown place "${slug}"`);
    return id;
  };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedDataset } from '../schemas/seed';
import { seedSanctionsSchema, type SeedSanctions } from '../schemas/seed-sanctions';

const seedFile = path.join(process.cwd(), 'prisma', 'seed', 'sanctions.json');

/** Reads and validates prisma/seed/sanctions.json; throws with every problem listed. */
export function loadSeedSanctions(file = seedFile): SeedSanctions {
  const parsed = seedSanctionsSchema.safeParse(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `sanctions.${i.path.join('.')}: ${i.message}`);
    throw new Error(`Seed files are invalid:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The sanctions file's references into the main dataset (actors, events, sources) and to its own designations. */
export function checkSanctionReferences(d: SeedDataset, s: SeedSanctions): string[] {
  const problems: string[] = [];
  const actors = new Set(d.actors.map((a) => a.slug));
  const events = new Set(d.events.map((e) => e.slug));
  const sources = new Set(d.sources.map((x) => x.id));
  const keys = new Set<string>();
  const need = (set: Set<string>, kind: string, key: string | null, where: string) => {
    if (key !== null && !set.has(key)) problems.push(`${where}: unknown ${kind} "${key}"`);
  };
  for (const r of [...s.designations, ...s.waivers]) {
    if (keys.has(r.key)) problems.push(`duplicate sanctions key: ${r.key}`);
    keys.add(r.key);
  }
  const designations = new Map(s.designations.map((x) => [x.key, x.actor]));
  for (const x of s.designations) {
    need(actors, 'actor', x.actor, `designation ${x.key}`);
    for (const c of x.citations) need(sources, 'source', c.source, `designation ${x.key}`);
    if (x.listed && x.delisted && x.delisted.date < x.listed.date) problems.push(`designation ${x.key}: delisted before listed`);
  }
  for (const w of s.waivers) {
    need(actors, 'actor', w.actor, `waiver ${w.key}`);
    need(events, 'event', w.event, `waiver ${w.key}`);
    for (const c of w.citations) need(sources, 'source', c.source, `waiver ${w.key}`);
    if (w.designation !== null && designations.get(w.designation) !== w.actor)
      problems.push(`waiver ${w.key}: designation "${w.designation}" is not one of ${w.actor}'s`);
    if (w.from && w.to && w.to.date < w.from.date) problems.push(`waiver ${w.key}: ends before it starts`);
  }
  return problems;
}

// No 'server-only' marker: the seed scripts (plain tsx) write through this module too.
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay } from '../dates';
import type { SeedSanctions } from '../schemas/seed-sanctions';
import { designationSnapshots, waiverSnapshots } from '../data/sanction-snapshots';
import { recordChanges } from './history';
import { seedAuthor } from './users';

type Tx = Prisma.TransactionClient;
type Change = Parameters<typeof recordChanges>[1][number];
type Citation = SeedSanctions['designations'][number]['citations'][number];

const day = (d: { date: string } | null) => (d ? parseIsoDay(d.date) : null);
const rowId = (key: string) => `seed-${key}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes the seeded designations and waivers inside the seed's transaction,
 * published, idempotently: each row's id is `seed-<key>`; a row the seed
 * creates gets revision 1, one it changes the next revision, one left as it
 * was nothing. Runs after the main dataset, whose actors, events and sources
 * it references by slug.
 */
export async function writeSeedSanctions(tx: Tx, s: SeedSanctions) {
  if (s.designations.length === 0 && s.waivers.length === 0) return 0;
  const userId = await seedAuthor(tx);
  const slugs = [...new Set([...s.designations, ...s.waivers].map((r) => r.actor))];
  const actors = new Map(
    (await tx.actor.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } })).map((a) => [a.slug, a.id]),
  );
  const eventSlugs = s.waivers.map((w) => w.event).filter((e): e is string => e !== null);
  const events = new Map(
    (await tx.event.findMany({ where: { slug: { in: eventSlugs } }, select: { id: true, slug: true } })).map((e) => [e.slug, e.id]),
  );
  const speakerSlugs = [...s.designations, ...s.waivers]
    .flatMap((r) => r.citations.map((c) => c.speaker))
    .filter((x): x is string => x !== null);
  const speakers = new Map(
    (await tx.actor.findMany({ where: { slug: { in: speakerSlugs } }, select: { id: true, slug: true } })).map((a) => [a.slug, a.id]),
  );
  const actorId = (slug: string) => {
    const id = actors.get(slug);
    if (!id) throw new Error(`sanctions seed: unknown actor "${slug}"`);
    return id;
  };
  const citations = (list: Citation[], owner: { designationId: string } | { waiverId: string }) =>
    list.map((c, position) => ({
      ...owner,
      sourceId: c.source,
      quote: c.quote,
      speakerId: c.speaker ? (speakers.get(c.speaker) ?? null) : null,
      position,
    }));

  const changes: Change[] = [];
  async function upsert(
    type: 'designation' | 'waiver',
    id: string,
    data: Record<string, unknown>,
    cites: Citation[],
    snapshots: (tx: Tx, ids: string[]) => Promise<Map<string, Record<string, unknown>>>,
  ) {
    const delegate = (type === 'designation' ? tx.designation : tx.waiver) as unknown as {
      findUnique(a: object): Promise<{ version: number } | null>;
      create(a: object): Promise<unknown>;
      update(a: object): Promise<unknown>;
    };
    const owner = type === 'designation' ? { designationId: id } : { waiverId: id };
    const existing = await delegate.findUnique({ where: { id }, select: { version: true } });
    const before = existing ? (await snapshots(tx, [id])).get(id) : null;
    if (existing) {
      await delegate.update({ where: { id }, data });
      await tx.citation.deleteMany({ where: owner });
    } else await delegate.create({ data: { id, ...data } });
    await tx.citation.createMany({ data: citations(cites, owner) });
    const after = (await snapshots(tx, [id])).get(id);
    if (existing && same(before, after)) return;
    const version = existing ? existing.version + 1 : 1;
    if (existing) await delegate.update({ where: { id }, data: { version } });
    changes.push({
      userId,
      entityType: type,
      entityId: id,
      version,
      action: existing ? 'update' : 'create',
      before: before ?? null,
      after,
      message: 'Seeded from the reviewed dataset',
    });
  }

  for (const d of s.designations) {
    await upsert(
      'designation',
      rowId(d.key),
      {
        actorId: actorId(d.actor),
        authority: d.authority,
        authorityName: d.authorityName,
        programme: d.programme,
        listedOn: day(d.listed),
        listedPrecision: d.listed?.precision ?? null,
        listedOnOrBefore: d.listedOnOrBefore,
        delistedOn: day(d.delisted),
        delistedPrecision: d.delisted?.precision ?? null,
        note: d.note,
        status: 'published',
      },
      d.citations,
      designationSnapshots,
    );
  }
  for (const w of s.waivers) {
    await upsert(
      'waiver',
      rowId(w.key),
      {
        kind: w.kind,
        name: w.name,
        actorId: actorId(w.actor),
        designationId: w.designation ? rowId(w.designation) : null,
        eventId: w.event ? (events.get(w.event) ?? null) : null,
        validFrom: day(w.from),
        fromPrecision: w.from?.precision ?? null,
        validTo: day(w.to),
        toPrecision: w.to?.precision ?? null,
        note: w.note,
        status: 'published',
      },
      w.citations,
      waiverSnapshots,
    );
  }
  await recordChanges(tx, changes);
  return changes.length;
}

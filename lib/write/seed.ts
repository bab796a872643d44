// No 'server-only' marker: the seed scripts (plain tsx) write through this module too.
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay, periodEnd } from '../dates';
import type { SeedCitation, SeedDataset } from '../schemas/seed';
import { recordChanges } from './history';
import { snapshotsOf, type SnapshotType } from '../data/snapshots';
import { seedAuthor } from './users';
import { writeSeedPlaces } from './seed-places';

type Tx = Prisma.TransactionClient;
type Change = Parameters<typeof recordChanges>[1][number];

const maybeDay = (iso: string | null | undefined) => (iso ? parseIsoDay(iso) : null);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface SeedWriteOptions {
  /** Status given to the records written; the reviewed seed is published. */
  status?: 'draft' | 'published';
}

/**
 * Writes a dataset in the seed-file shape inside the caller's transaction,
 * idempotently: records are matched by slug (sources by id), their fields
 * and links replaced. A record the seed creates gets revision 1 and an audit
 * entry by the seed author; a record it changes gets the next revision; a
 * record it leaves as it was gets nothing. Rows, links, revisions and audit
 * entries go in bulk (a few statements per table, not per record), so the
 * embedded database's first start stays quick.
 */
export async function writeSeedDataset(tx: Tx, d: SeedDataset, options: SeedWriteOptions = {}) {
  const status = options.status ?? 'published';
  const userId = await seedAuthor(tx);
  const message = 'Seeded from the reviewed dataset';

  // --- what exists already (matched by slug / id), and its snapshot before this run
  const existing = {
    source: await tx.source
      .findMany({ where: { id: { in: d.sources.map((s) => s.id) } }, select: { id: true, version: true } })
      .then((r) => r.map((x) => ({ ...x, slug: x.id }))),
    sector: await tx.sector.findMany({
      where: { slug: { in: d.sectors.map((s) => s.slug) } },
      select: { id: true, slug: true, version: true },
    }),
    actor: await tx.actor.findMany({
      where: { slug: { in: d.actors.map((s) => s.slug) } },
      select: { id: true, slug: true, version: true },
    }),
    event: await tx.event.findMany({
      where: { slug: { in: d.events.map((s) => s.slug) } },
      select: { id: true, slug: true, version: true },
    }),
    proposal: await tx.proposal.findMany({
      where: { slug: { in: d.proposals.map((s) => s.slug) } },
      select: { id: true, slug: true, version: true },
    }),
    figure: await tx.figure.findMany({
      where: { slug: { in: d.figures.map((s) => s.slug) } },
      select: { id: true, slug: true, version: true },
    }),
  } satisfies Record<SnapshotType, { id: string; slug: string; version: number }[]>;
  const types = Object.keys(existing) as SnapshotType[];
  const before = new Map<string, unknown>();
  for (const type of types) {
    const ids = existing[type].map((r) => r.id);
    if (ids.length) for (const [id, snap] of await snapshotsOf[type](tx, ids)) before.set(`${type}:${id}`, snap);
  }
  const versions = new Map<string, number>(types.flatMap((type) => existing[type].map((r) => [`${type}:${r.id}`, r.version] as const)));
  const idOf = (type: SnapshotType) => new Map(existing[type].map((r) => [r.slug, r.id]));
  const ids = {
    source: idOf('source'),
    sector: idOf('sector'),
    actor: idOf('actor'),
    event: idOf('event'),
    proposal: idOf('proposal'),
    figure: idOf('figure'),
  };

  // --- rows: existing ones updated one by one (only when re-seeding), new ones in one statement per table
  async function upsertRows<R>(
    type: SnapshotType,
    records: { key: string; data: R }[],
    create: (rows: (R & { key: string })[]) => Promise<{ id: string; key: string }[]>,
    update: (id: string, data: R) => Promise<unknown>,
  ) {
    const fresh = records.filter((r) => !ids[type].has(r.key));
    for (const r of records) if (ids[type].has(r.key)) await update(ids[type].get(r.key)!, r.data);
    if (fresh.length) for (const row of await create(fresh.map((r) => ({ ...r.data, key: r.key })))) ids[type].set(row.key, row.id);
  }

  await upsertRows(
    'source',
    d.sources.map((s) => ({
      key: s.id,
      data: {
        title: s.title,
        outlet: s.outlet,
        author: s.author,
        publishedAt: maybeDay(s.published?.date),
        publishedPrecision: s.published?.precision ?? null,
        url: s.url,
        kind: s.kind,
        note: s.note,
        status,
      },
    })),
    async (rows) =>
      (await tx.source.createManyAndReturn({ data: rows.map(({ key, ...data }) => ({ id: key, ...data })), select: { id: true } })).map(
        (r) => ({ id: r.id, key: r.id }),
      ),
    (id, data) => tx.source.update({ where: { id }, data }),
  );
  await upsertRows(
    'sector',
    d.sectors.map((s) => ({ key: s.slug, data: { name: s.name, description: s.description, status } })),
    async (rows) =>
      (
        await tx.sector.createManyAndReturn({
          data: rows.map(({ key, ...data }) => ({ slug: key, ...data })),
          select: { id: true, slug: true },
        })
      ).map((r) => ({ id: r.id, key: r.slug })),
    (id, data) => tx.sector.update({ where: { id }, data }),
  );
  await upsertRows(
    'actor',
    d.actors.map((a) => ({
      key: a.slug,
      data: { name: a.name, kind: a.kind, aliases: a.aliases, country: a.country, description: a.description, status },
    })),
    async (rows) =>
      (
        await tx.actor.createManyAndReturn({
          data: rows.map(({ key, ...data }) => ({ slug: key, ...data })),
          select: { id: true, slug: true },
        })
      ).map((r) => ({ id: r.id, key: r.slug })),
    (id, data) => tx.actor.update({ where: { id }, data }),
  );

  // References to records outside the dataset (a test's partial dataset) are looked up once, in bulk.
  async function resolve(type: 'actor' | 'sector' | 'event', slugs: string[]) {
    const missing = [...new Set(slugs.filter((s) => !ids[type].has(s)))];
    if (missing.length) {
      const where = { slug: { in: missing } };
      const select = { id: true, slug: true } as const;
      const rows =
        type === 'actor'
          ? await tx.actor.findMany({ where, select })
          : type === 'sector'
            ? await tx.sector.findMany({ where, select })
            : await tx.event.findMany({ where, select });
      for (const r of rows) ids[type].set(r.slug, r.id);
    }
    return (slug: string) => {
      const id = ids[type].get(slug);
      if (!id) throw new Error(`Unknown ${type} "${slug}"`);
      return id;
    };
  }
  const allCitations = [...d.events, ...d.proposals, ...d.figures].flatMap((r) => r.citations);
  const actorId = await resolve('actor', [
    ...d.actors.flatMap((a) => a.roles.flatMap((r) => (r.organisation ? [r.organisation] : []))),
    ...d.events.flatMap((e) => e.actors.map((a) => a.actor)),
    ...d.proposals.flatMap((p) => p.proposedBy),
    ...allCitations.flatMap((c) => (c.speaker ? [c.speaker] : [])),
  ]);
  const sectorId = await resolve('sector', [
    ...d.events.flatMap((e) => e.sectors),
    ...d.proposals.map((p) => p.sector),
    ...d.figures.flatMap((f) => (f.sector ? [f.sector] : [])),
  ]);

  const placeId = await writeSeedPlaces(tx, d);
  await upsertRows(
    'event',
    d.events.map((e) => {
      const start = parseIsoDay(e.date.start);
      return {
        key: e.slug,
        data: {
          title: e.title,
          summary: e.summary,
          type: e.type,
          startDate: start,
          precision: e.date.precision,
          endDate: maybeDay(e.date.end),
          periodEnd: e.date.end ? parseIsoDay(e.date.end) : periodEnd(start, e.date.precision),
          approximate: e.date.approximate,
          location: e.location,
          // The seed's events carry a known place or none: typed coordinates are an editor's.
          placeId: placeId(e.place),
          latitude: null,
          longitude: null,
          status,
        },
      };
    }),
    async (rows) =>
      (
        await tx.event.createManyAndReturn({
          data: rows.map(({ key, ...data }) => ({ slug: key, ...data })),
          select: { id: true, slug: true },
        })
      ).map((r) => ({ id: r.id, key: r.slug })),
    (id, data) => tx.event.update({ where: { id }, data }),
  );
  const eventId = await resolve(
    'event',
    d.proposals.flatMap((p) => p.events.map((e) => e.event)),
  );
  // Events outside the dataset that its proposals link: the links are part of their snapshot too.
  const inDataset = new Set(d.events.map((e) => e.slug));
  const linkedEvents = [
    ...new Set(d.proposals.flatMap((p) => p.events.filter((l) => !inDataset.has(l.event)).map((l) => eventId(l.event)))),
  ];
  if (linkedEvents.length) {
    for (const r of await tx.event.findMany({ where: { id: { in: linkedEvents } }, select: { id: true, version: true } }))
      versions.set(`event:${r.id}`, r.version);
    for (const [id, snap] of await snapshotsOf.event(tx, linkedEvents)) before.set(`event:${id}`, snap);
  }
  await upsertRows(
    'proposal',
    d.proposals.map((p) => ({
      key: p.slug,
      data: { title: p.title, summary: p.summary, sectorId: sectorId(p.sector), status: p.status, recordStatus: status },
    })),
    async (rows) =>
      (
        await tx.proposal.createManyAndReturn({
          data: rows.map(({ key, ...data }) => ({ slug: key, ...data })),
          select: { id: true, slug: true },
        })
      ).map((r) => ({ id: r.id, key: r.slug })),
    (id, data) => tx.proposal.update({ where: { id }, data }),
  );
  await upsertRows(
    'figure',
    d.figures.map((f) => ({
      key: f.slug,
      data: {
        label: f.label,
        value: f.value,
        unit: f.unit,
        currency: f.currency,
        asOf: maybeDay(f.asOf?.date),
        asOfPrecision: f.asOf?.precision ?? null,
        sectorId: f.sector ? sectorId(f.sector) : null,
        status,
      },
    })),
    async (rows) =>
      (
        await tx.figure.createManyAndReturn({
          data: rows.map(({ key, ...data }) => ({ slug: key, ...data })),
          select: { id: true, slug: true },
        })
      ).map((r) => ({ id: r.id, key: r.slug })),
    (id, data) => tx.figure.update({ where: { id }, data }),
  );

  // --- links: replaced wholesale for every record of the dataset
  const own = (type: SnapshotType, keys: string[]) => keys.map((k) => ids[type].get(k)!);
  const actorIds = own(
    'actor',
    d.actors.map((a) => a.slug),
  );
  const eventIds = own(
    'event',
    d.events.map((e) => e.slug),
  );
  const proposalIds = own(
    'proposal',
    d.proposals.map((p) => p.slug),
  );
  const figureIds = own(
    'figure',
    d.figures.map((f) => f.slug),
  );
  await tx.actorRole.deleteMany({ where: { actorId: { in: actorIds } } });
  await tx.eventActor.deleteMany({ where: { eventId: { in: eventIds } } });
  await tx.eventSector.deleteMany({ where: { eventId: { in: eventIds } } });
  await tx.proposalActor.deleteMany({ where: { proposalId: { in: proposalIds } } });
  await tx.proposalEvent.deleteMany({ where: { proposalId: { in: proposalIds } } });
  await tx.citation.deleteMany({
    where: { OR: [{ eventId: { in: eventIds } }, { proposalId: { in: proposalIds } }, { figureId: { in: figureIds } }] },
  });

  await tx.actorRole.createMany({
    data: d.actors.flatMap((a) =>
      a.roles.map((r, position) => ({
        actorId: ids.actor.get(a.slug)!,
        title: r.title,
        organisationId: r.organisation ? actorId(r.organisation) : null,
        startDate: maybeDay(r.from?.date),
        startPrecision: r.from?.precision ?? null,
        endDate: maybeDay(r.to?.date),
        endPrecision: r.to?.precision ?? null,
        position,
      })),
    ),
  });
  await tx.eventActor.createMany({
    data: d.events.flatMap((e) =>
      e.actors.map((a) => ({ eventId: ids.event.get(e.slug)!, actorId: actorId(a.actor), role: a.role, title: a.title })),
    ),
  });
  await tx.eventSector.createMany({
    data: d.events.flatMap((e) => e.sectors.map((s) => ({ eventId: ids.event.get(e.slug)!, sectorId: sectorId(s) }))),
  });
  await tx.proposalActor.createMany({
    data: d.proposals.flatMap((p) => p.proposedBy.map((a) => ({ proposalId: ids.proposal.get(p.slug)!, actorId: actorId(a) }))),
  });
  await tx.proposalEvent.createMany({
    data: d.proposals.flatMap((p) =>
      p.events.map((l) => ({ proposalId: ids.proposal.get(p.slug)!, eventId: eventId(l.event), status: l.status, note: l.note })),
    ),
  });
  const citationRows = (list: SeedCitation[], owner: Partial<Record<'eventId' | 'proposalId' | 'figureId', string>>) =>
    list.map((c, position) => ({
      sourceId: c.source,
      quote: c.quote,
      speakerId: c.speaker ? actorId(c.speaker) : null,
      position,
      ...owner,
    }));
  await tx.citation.createMany({
    data: [
      ...d.events.flatMap((e) => citationRows(e.citations, { eventId: ids.event.get(e.slug)! })),
      ...d.proposals.flatMap((p) => citationRows(p.citations, { proposalId: ids.proposal.get(p.slug)! })),
      ...d.figures.flatMap((f) => citationRows(f.citations, { figureId: ids.figure.get(f.slug)! })),
    ],
  });

  // --- history: revision 1 for what the seed created, the next revision for what it changed
  const written: Record<SnapshotType, string[]> = {
    source: own(
      'source',
      d.sources.map((s) => s.id),
    ),
    sector: own(
      'sector',
      d.sectors.map((s) => s.slug),
    ),
    actor: actorIds,
    event: eventIds,
    proposal: proposalIds,
    figure: figureIds,
  };
  const changes: Change[] = [];
  const bumped: Record<SnapshotType, string[]> = { source: [], sector: [], actor: [], event: [], proposal: [], figure: [] };
  for (const type of types) {
    const list = [...new Set(type === 'event' ? [...written.event, ...linkedEvents] : written[type])];
    if (!list.length) continue;
    const after = await snapshotsOf[type](tx, list);
    for (const id of list) {
      const key = `${type}:${id}`;
      const snap = after.get(id);
      if (!versions.has(key)) {
        if (written[type].includes(id))
          changes.push({ userId, entityType: type, entityId: id, version: 1, action: 'create', before: null, after: snap, message });
        continue;
      }
      if (same(before.get(key), snap)) continue;
      bumped[type].push(id);
      changes.push({
        userId,
        entityType: type,
        entityId: id,
        version: versions.get(key)! + 1,
        action: 'update',
        before: before.get(key),
        after: snap,
        message,
      });
    }
  }

  const bump = { version: { increment: 1 } };
  if (bumped.source.length) await tx.source.updateMany({ where: { id: { in: bumped.source } }, data: bump });
  if (bumped.sector.length) await tx.sector.updateMany({ where: { id: { in: bumped.sector } }, data: bump });
  if (bumped.actor.length) await tx.actor.updateMany({ where: { id: { in: bumped.actor } }, data: bump });
  if (bumped.event.length) await tx.event.updateMany({ where: { id: { in: bumped.event } }, data: bump });
  if (bumped.proposal.length) await tx.proposal.updateMany({ where: { id: { in: bumped.proposal } }, data: bump });
  if (bumped.figure.length) await tx.figure.updateMany({ where: { id: { in: bumped.figure } }, data: bump });
  await recordChanges(tx, changes);
  return { events: d.events.length, revisions: changes.length };
}

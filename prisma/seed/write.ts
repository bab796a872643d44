/**
 * Writes a dataset in the seed-file shape to the database, idempotently:
 * records are matched by slug (sources by id) and their links and citations
 * replaced, so running it twice leaves the same rows. Used by `db:seed`, by
 * the embedded database's first start, and by tests through the factories.
 */
import type { PrismaClient, Prisma } from '../../lib/generated/prisma/client';
import type { SeedCitation, SeedDataset } from '../../lib/schemas/seed';
import { periodEnd } from '../../lib/dates';

type Tx = Prisma.TransactionClient;

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const maybeDay = (iso: string | null | undefined) => (iso ? day(iso) : null);

export interface WriteOptions {
  /** Status given to events written; the reviewed seed is published. */
  status?: 'draft' | 'published';
}

export async function writeDataset(prisma: PrismaClient, d: SeedDataset, options: WriteOptions = {}) {
  const status = options.status ?? 'published';
  return prisma.$transaction(
    async (tx) => {
      for (const s of d.sources) {
        const data = {
          title: s.title,
          outlet: s.outlet,
          author: s.author,
          publishedAt: maybeDay(s.published?.date),
          publishedPrecision: s.published?.precision ?? null,
          url: s.url,
          kind: s.kind,
          note: s.note,
          status,
        };
        await tx.source.upsert({ where: { id: s.id }, create: { id: s.id, ...data }, update: data });
      }

      const sectorIds = new Map<string, string>();
      for (const s of d.sectors) {
        const data = { name: s.name, description: s.description, status };
        const row = await tx.sector.upsert({ where: { slug: s.slug }, create: { slug: s.slug, ...data }, update: data });
        sectorIds.set(s.slug, row.id);
      }

      const actorIds = new Map<string, string>();
      for (const a of d.actors) {
        const data = { name: a.name, kind: a.kind, aliases: a.aliases, country: a.country, description: a.description, status };
        const row = await tx.actor.upsert({ where: { slug: a.slug }, create: { slug: a.slug, ...data }, update: data });
        actorIds.set(a.slug, row.id);
      }
      const ref = async (map: Map<string, string>, kind: 'actor' | 'sector', slug: string) => {
        const known = map.get(slug);
        if (known) return known;
        const row =
          kind === 'actor'
            ? await tx.actor.findUnique({ where: { slug }, select: { id: true } })
            : await tx.sector.findUnique({ where: { slug }, select: { id: true } });
        if (!row) throw new Error(`Unknown ${kind} "${slug}"`);
        map.set(slug, row.id);
        return row.id;
      };

      for (const a of d.actors) {
        const actorId = actorIds.get(a.slug)!;
        await tx.actorRole.deleteMany({ where: { actorId } });
        if (a.roles.length === 0) continue;
        const roles = [];
        for (const [position, r] of a.roles.entries()) {
          roles.push({
            actorId,
            title: r.title,
            organisationId: r.organisation ? await ref(actorIds, 'actor', r.organisation) : null,
            startDate: maybeDay(r.from?.date),
            startPrecision: r.from?.precision ?? null,
            endDate: maybeDay(r.to?.date),
            endPrecision: r.to?.precision ?? null,
            position,
          });
        }
        await tx.actorRole.createMany({ data: roles });
      }

      const citationRows = async (list: SeedCitation[], owner: Partial<Record<'eventId' | 'proposalId' | 'figureId', string>>) => {
        const rows = [];
        for (const [position, c] of list.entries()) {
          rows.push({
            sourceId: c.source,
            quote: c.quote,
            speakerId: c.speaker ? await ref(actorIds, 'actor', c.speaker) : null,
            position,
            ...owner,
          });
        }
        return rows;
      };

      const eventIds = new Map<string, string>();
      for (const e of d.events) {
        const data = {
          title: e.title,
          summary: e.summary,
          type: e.type,
          startDate: day(e.date.start),
          precision: e.date.precision,
          endDate: maybeDay(e.date.end),
          periodEnd: e.date.end ? day(e.date.end) : periodEnd(day(e.date.start), e.date.precision),
          approximate: e.date.approximate,
          location: e.location,
          status,
        };
        const row = await tx.event.upsert({ where: { slug: e.slug }, create: { slug: e.slug, ...data }, update: data });
        eventIds.set(e.slug, row.id);
        await replaceEventLinks(tx, row.id, e, (slug) => ref(actorIds, 'actor', slug), (slug) => ref(sectorIds, 'sector', slug));
        await tx.citation.deleteMany({ where: { eventId: row.id } });
        await tx.citation.createMany({ data: await citationRows(e.citations, { eventId: row.id }) });
      }

      for (const p of d.proposals) {
        const data = {
          title: p.title,
          summary: p.summary,
          sectorId: await ref(sectorIds, 'sector', p.sector),
          status: p.status,
          recordStatus: status,
        };
        const row = await tx.proposal.upsert({ where: { slug: p.slug }, create: { slug: p.slug, ...data }, update: data });
        await tx.proposalActor.deleteMany({ where: { proposalId: row.id } });
        await tx.proposalEvent.deleteMany({ where: { proposalId: row.id } });
        await tx.citation.deleteMany({ where: { proposalId: row.id } });
        const actors = [];
        for (const slug of p.proposedBy) actors.push({ proposalId: row.id, actorId: await ref(actorIds, 'actor', slug) });
        await tx.proposalActor.createMany({ data: actors });
        const events = [];
        for (const link of p.events) {
          const eventId = eventIds.get(link.event) ?? (await tx.event.findUnique({ where: { slug: link.event } }))?.id;
          if (!eventId) throw new Error(`Unknown event "${link.event}"`);
          events.push({ proposalId: row.id, eventId, status: link.status, note: link.note });
        }
        await tx.proposalEvent.createMany({ data: events });
        await tx.citation.createMany({ data: await citationRows(p.citations, { proposalId: row.id }) });
      }

      for (const f of d.figures) {
        const data = {
          label: f.label,
          value: f.value,
          unit: f.unit,
          currency: f.currency,
          asOf: maybeDay(f.asOf?.date),
          asOfPrecision: f.asOf?.precision ?? null,
          sectorId: f.sector ? await ref(sectorIds, 'sector', f.sector) : null,
          status,
        };
        const row = await tx.figure.upsert({ where: { slug: f.slug }, create: { slug: f.slug, ...data }, update: data });
        await tx.citation.deleteMany({ where: { figureId: row.id } });
        await tx.citation.createMany({ data: await citationRows(f.citations, { figureId: row.id }) });
      }
      return { events: d.events.length };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function replaceEventLinks(
  tx: Tx,
  eventId: string,
  e: SeedDataset['events'][number],
  actorId: (slug: string) => Promise<string>,
  sectorId: (slug: string) => Promise<string>,
) {
  await tx.eventActor.deleteMany({ where: { eventId } });
  await tx.eventSector.deleteMany({ where: { eventId } });
  const actors = [];
  for (const a of e.actors) actors.push({ eventId, actorId: await actorId(a.actor), role: a.role, title: a.title });
  const sectors = [];
  for (const s of e.sectors) sectors.push({ eventId, sectorId: await sectorId(s) });
  await tx.eventActor.createMany({ data: actors });
  await tx.eventSector.createMany({ data: sectors });
}

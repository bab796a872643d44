import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { isoDay } from '../dates';
import { NotFoundError } from './errors';
import { recordChange } from './record';

type Tx = Prisma.TransactionClient;
export type RecordType = 'actor' | 'sector' | 'source' | 'proposal' | 'figure';
export const recordTypes: RecordType[] = ['actor', 'sector', 'source', 'proposal', 'figure'];

const day = (d: Date | null) => (d ? isoDay(d) : undefined);
const citationSelect = { orderBy: { position: 'asc' }, include: { speaker: { select: { slug: true } } } } as const;
const citations = (list: { sourceId: string; quote: string; speaker: { slug: string } | null }[]) =>
  list.map((c) => ({ source: c.sourceId, quote: c.quote, speaker: c.speaker?.slug ?? undefined }));

/** Full snapshots, the shape each record's form edits and each revision stores. */
export const recordSnapshots: Record<RecordType, (tx: Tx, id: string) => Promise<Record<string, unknown> | null>> = {
  async actor(tx, id) {
    const a = await tx.actor.findUnique({ where: { id }, include: { roles: { orderBy: { position: 'asc' }, include: { organisation: { select: { slug: true } } } } } });
    if (!a) return null;
    return {
      slug: a.slug, name: a.name, kind: a.kind, aliases: a.aliases, country: a.country ?? undefined, description: a.description ?? undefined, status: a.status,
      roles: a.roles.map((r) => ({ title: r.title, organisation: r.organisation?.slug ?? undefined, from: day(r.startDate), fromPrecision: r.startPrecision ?? undefined, to: day(r.endDate), toPrecision: r.endPrecision ?? undefined })),
    };
  },
  async sector(tx, id) {
    const s = await tx.sector.findUnique({ where: { id } });
    return s ? { slug: s.slug, name: s.name, description: s.description, status: s.status } : null;
  },
  async source(tx, id) {
    const s = await tx.source.findUnique({ where: { id } });
    return s
      ? { id: s.id, title: s.title, outlet: s.outlet ?? undefined, author: s.author ?? undefined, publishedAt: day(s.publishedAt), publishedPrecision: s.publishedPrecision ?? undefined, url: s.url ?? undefined, kind: s.kind, note: s.note ?? undefined, status: s.status }
      : null;
  },
  async proposal(tx, id) {
    const p = await tx.proposal.findUnique({
      where: { id },
      include: { sector: { select: { slug: true } }, proposedBy: { include: { actor: { select: { slug: true } } } }, events: { include: { event: { select: { slug: true } } } }, citations: citationSelect },
    });
    if (!p) return null;
    return {
      slug: p.slug, title: p.title, summary: p.summary, sector: p.sector.slug, status: p.status, recordStatus: p.recordStatus,
      proposedBy: p.proposedBy.map((a) => a.actor.slug).sort(),
      events: p.events.map((e) => ({ event: e.event.slug, status: e.status ?? undefined, note: e.note ?? undefined })).sort((a, b) => a.event.localeCompare(b.event)),
      citations: citations(p.citations),
    };
  },
  async figure(tx, id) {
    const f = await tx.figure.findUnique({ where: { id }, include: { sector: { select: { slug: true } }, citations: citationSelect } });
    if (!f) return null;
    return {
      slug: f.slug, label: f.label, value: f.value, unit: f.unit, currency: f.currency ?? undefined, asOf: day(f.asOf), asOfPrecision: f.asOfPrecision ?? undefined,
      sector: f.sector?.slug ?? undefined, status: f.status, citations: citations(f.citations),
    };
  },
};

type Delegate = { findFirst(args: object): Promise<{ id: string; version: number } | null>; update(args: object): Promise<unknown> };
export function delegateOf(tx: Tx, type: RecordType): Delegate {
  const map = { actor: tx.actor, sector: tx.sector, source: tx.source, proposal: tx.proposal, figure: tx.figure };
  return map[type] as unknown as Delegate;
}

/** Moves a record to the trash or back, with its revision and audit entry. */
export async function setTrashed(tx: Tx, userId: string, type: RecordType, id: string, trashed: boolean) {
  const model = delegateOf(tx, type);
  const current = await model.findFirst({ where: { id, deletedAt: trashed ? null : { not: null } } });
  if (!current) throw new NotFoundError(trashed ? 'This record is already in the trash or does not exist.' : 'This record is not in the trash.');
  const snapshot = await recordSnapshots[type](tx, id);
  await model.update({ where: { id }, data: { deletedAt: trashed ? new Date() : null, version: { increment: 1 } } });
  await recordChange(tx, {
    userId,
    entityType: type,
    entityId: id,
    version: current.version + 1,
    action: trashed ? 'trash' : 'restore-from-trash',
    before: trashed ? snapshot : { ...snapshot, trashed: true },
    after: trashed ? { ...snapshot, trashed: true } : snapshot,
  });
}

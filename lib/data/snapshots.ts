/**
 * The snapshot reads: a record as its form edits it and as a revision stores
 * it. Edit pages, history and the writers (which compare and record them)
 * all read through here, inside the caller's transaction.
 * No 'server-only' marker: the seed scripts (plain tsx, no react-server
 * condition) write through lib/write, which reads snapshots from here.
 */
import type { Prisma } from '../generated/prisma/client';
import { isoDay } from '../dates';
import type { EventInput } from '../schemas/event';
import { designationSnapshots, waiverSnapshots } from './sanction-snapshots';

type Tx = Prisma.TransactionClient;
export type RecordType = 'actor' | 'sector' | 'source' | 'proposal' | 'figure';
const recordTypes: RecordType[] = ['actor', 'sector', 'source', 'proposal', 'figure'];
export type SnapshotType = 'event' | RecordType;
/** Every record type with a form, revisions and trash: the five above plus the sanctions records (lib/write/designation.ts, waiver.ts). */
export type EditableType = RecordType | 'designation' | 'waiver';
export const editableTypes: EditableType[] = [...recordTypes, 'designation', 'waiver'];

/** The whole event as the form edits it; what a revision stores. */
export type EventSnapshot = Omit<EventInput, 'newSource' | 'message'>;
type Snapshot = Record<string, unknown>;

const day = (d: Date | null) => (d ? isoDay(d) : undefined);
const citationSelect = { orderBy: { position: 'asc' }, include: { speaker: { select: { slug: true } } } } as const;
const citations = (list: { sourceId: string; quote: string; speaker: { slug: string } | null }[]) =>
  list.map((c) => ({ source: c.sourceId, quote: c.quote, speaker: c.speaker?.slug ?? undefined }));

/**
 * Full snapshots of many records of one type in a few queries: the shape each
 * record's form edits and each revision stores. Single-record reads (the
 * writers) and the seed (hundreds of records at once) share this one shape,
 * so a revision written by the seed compares equal to one written by a form.
 */
export const snapshotsOf: {
  [T in SnapshotType]: (tx: Tx, ids: string[]) => Promise<Map<string, T extends 'event' ? EventSnapshot : Snapshot>>;
} = {
  async event(tx, ids) {
    const rows = await tx.event.findMany({
      where: { id: { in: ids } },
      include: {
        actors: { include: { actor: { select: { slug: true } } } },
        sectors: { include: { sector: { select: { slug: true } } } },
        proposals: { include: { proposal: { select: { slug: true } } } },
        citations: citationSelect,
        place: { select: { slug: true } },
      },
    });
    return new Map(
      rows.map((e) => [
        e.id,
        {
          title: e.title,
          slug: e.slug,
          type: e.type,
          startDate: isoDay(e.startDate),
          precision: e.precision,
          endDate: e.endDate ? isoDay(e.endDate) : undefined,
          approximate: e.approximate,
          location: e.location ?? undefined,
          place: e.place?.slug ?? undefined,
          latitude: e.latitude ?? undefined,
          longitude: e.longitude ?? undefined,
          summary: e.summary,
          status: e.status,
          actors: e.actors
            .map((a) => ({ actor: a.actor.slug, role: a.role, title: a.title ?? undefined }))
            .sort((a, b) => a.actor.localeCompare(b.actor)),
          sectors: e.sectors.map((s) => s.sector.slug).sort(),
          proposals: e.proposals.map((p) => p.proposal.slug).sort(),
          citations: citations(e.citations),
        } satisfies EventSnapshot,
      ]),
    );
  },
  async actor(tx, ids) {
    const rows = await tx.actor.findMany({
      where: { id: { in: ids } },
      include: { roles: { orderBy: { position: 'asc' }, include: { organisation: { select: { slug: true } } } } },
    });
    return new Map(
      rows.map((a) => [
        a.id,
        {
          slug: a.slug,
          name: a.name,
          kind: a.kind,
          aliases: a.aliases,
          country: a.country ?? undefined,
          description: a.description ?? undefined,
          status: a.status,
          roles: a.roles.map((r) => ({
            title: r.title,
            organisation: r.organisation?.slug ?? undefined,
            from: day(r.startDate),
            fromPrecision: r.startPrecision ?? undefined,
            to: day(r.endDate),
            toPrecision: r.endPrecision ?? undefined,
          })),
        },
      ]),
    );
  },
  async sector(tx, ids) {
    const rows = await tx.sector.findMany({ where: { id: { in: ids } } });
    return new Map(rows.map((s) => [s.id, { slug: s.slug, name: s.name, description: s.description, status: s.status }]));
  },
  async source(tx, ids) {
    const rows = await tx.source.findMany({ where: { id: { in: ids } } });
    return new Map(
      rows.map((s) => [
        s.id,
        {
          id: s.id,
          title: s.title,
          outlet: s.outlet ?? undefined,
          author: s.author ?? undefined,
          publishedAt: day(s.publishedAt),
          publishedPrecision: s.publishedPrecision ?? undefined,
          url: s.url ?? undefined,
          kind: s.kind,
          note: s.note ?? undefined,
          status: s.status,
        },
      ]),
    );
  },
  async proposal(tx, ids) {
    const rows = await tx.proposal.findMany({
      where: { id: { in: ids } },
      include: {
        sector: { select: { slug: true } },
        proposedBy: { include: { actor: { select: { slug: true } } } },
        events: { include: { event: { select: { slug: true } } } },
        citations: citationSelect,
      },
    });
    return new Map(
      rows.map((p) => [
        p.id,
        {
          slug: p.slug,
          title: p.title,
          summary: p.summary,
          sector: p.sector.slug,
          status: p.status,
          recordStatus: p.recordStatus,
          proposedBy: p.proposedBy.map((a) => a.actor.slug).sort(),
          events: p.events
            .map((e) => ({ event: e.event.slug, status: e.status ?? undefined, note: e.note ?? undefined }))
            .sort((a, b) => a.event.localeCompare(b.event)),
          citations: citations(p.citations),
        },
      ]),
    );
  },
  async figure(tx, ids) {
    const rows = await tx.figure.findMany({
      where: { id: { in: ids } },
      include: { sector: { select: { slug: true } }, citations: citationSelect },
    });
    return new Map(
      rows.map((f) => [
        f.id,
        {
          slug: f.slug,
          label: f.label,
          value: f.value,
          unit: f.unit,
          currency: f.currency ?? undefined,
          asOf: day(f.asOf),
          asOfPrecision: f.asOfPrecision ?? undefined,
          sector: f.sector?.slug ?? undefined,
          status: f.status,
          citations: citations(f.citations),
        },
      ]),
    );
  },
};

/** The snapshot of one record, or null when it does not exist. */
async function snapshotOf<T extends SnapshotType>(tx: Tx, type: T, id: string) {
  const map = (await snapshotsOf[type](tx, [id])) as Map<string, T extends 'event' ? EventSnapshot : Snapshot>;
  return map.get(id) ?? null;
}

export async function eventSnapshot(tx: Tx, id: string): Promise<EventSnapshot | null> {
  return snapshotOf(tx, 'event', id);
}

/** Full snapshots of the non-event records, by type. */
export const recordSnapshots: Record<EditableType, (tx: Tx, id: string) => Promise<Record<string, unknown> | null>> = {
  actor: (tx, id) => snapshotOf(tx, 'actor', id),
  sector: (tx, id) => snapshotOf(tx, 'sector', id),
  source: (tx, id) => snapshotOf(tx, 'source', id),
  proposal: (tx, id) => snapshotOf(tx, 'proposal', id),
  figure: (tx, id) => snapshotOf(tx, 'figure', id),
  designation: async (tx, id) => (await designationSnapshots(tx, [id])).get(id) ?? null,
  waiver: async (tx, id) => (await waiverSnapshots(tx, [id])).get(id) ?? null,
};

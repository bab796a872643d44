/**
 * Snapshots of designations and waivers: the shape their forms edit and
 * their revisions store (see snapshots.ts). No 'server-only' marker, for
 * the same reason as snapshots.ts: the seed writes through lib/write.
 */
import type { Prisma } from '../generated/prisma/client';
import { isoDay } from '../dates';

type Tx = Prisma.TransactionClient;
const day = (d: Date | null) => (d ? isoDay(d) : undefined);
const citationSelect = { orderBy: { position: 'asc' }, include: { speaker: { select: { slug: true } } } } as const;
const citations = (list: { sourceId: string; quote: string; speaker: { slug: string } | null }[]) =>
  list.map((c) => ({ source: c.sourceId, quote: c.quote, speaker: c.speaker?.slug ?? undefined }));

export async function designationSnapshots(tx: Tx, ids: string[]) {
  const rows = await tx.designation.findMany({
    where: { id: { in: ids } },
    include: { actor: { select: { slug: true } }, citations: citationSelect },
  });
  return new Map<string, Record<string, unknown>>(
    rows.map((d) => [
      d.id,
      {
        actor: d.actor.slug,
        authority: d.authority,
        authorityName: d.authorityName ?? undefined,
        programme: d.programme ?? undefined,
        listedOn: day(d.listedOn),
        listedPrecision: d.listedPrecision ?? undefined,
        listedOnOrBefore: d.listedOnOrBefore,
        delistedOn: day(d.delistedOn),
        delistedPrecision: d.delistedPrecision ?? undefined,
        note: d.note ?? undefined,
        status: d.status,
        citations: citations(d.citations),
      },
    ]),
  );
}

export async function waiverSnapshots(tx: Tx, ids: string[]) {
  const rows = await tx.waiver.findMany({
    where: { id: { in: ids } },
    include: { actor: { select: { slug: true } }, event: { select: { slug: true } }, citations: citationSelect },
  });
  return new Map<string, Record<string, unknown>>(
    rows.map((w) => [
      w.id,
      {
        kind: w.kind,
        name: w.name ?? undefined,
        actor: w.actor.slug,
        designation: w.designationId ?? undefined,
        event: w.event?.slug ?? undefined,
        validFrom: day(w.validFrom),
        fromPrecision: w.fromPrecision ?? undefined,
        validTo: day(w.validTo),
        toPrecision: w.toPrecision ?? undefined,
        note: w.note ?? undefined,
        status: w.status,
        citations: citations(w.citations),
      },
    ]),
  );
}

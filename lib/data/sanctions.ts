import 'server-only';
import { publicDb } from '../db';
import { formatDateLabel, isoDay, periodEnd, type Precision } from '../dates';
import { isLookupKey } from '../schemas/lookup-key';
import { authorityName } from '../sanction-labels';
import { statusAtEvent, statusLabel, type Dated, type StatusAtEvent } from '../sanction-status';

/**
 * Sanctions as readers see them: published, not trashed designations and
 * waivers, and only the citations whose source is public. A waiver's links
 * to a designation or an event are dropped when those are not public.
 */
const live = { status: 'published', deletedAt: null } as const;
const citationInclude = {
  where: { source: live },
  orderBy: { position: 'asc' },
  include: { source: true, speaker: { select: { slug: true, name: true, status: true, deletedAt: true } } },
} as const;

type DateRow = { date: Date | null; precision: Precision | null };
const dated = ({ date, precision }: DateRow): Dated | null => (date && precision ? { date, precision } : null);
const dateDTO = (d: Dated | null) =>
  d
    ? {
        date: isoDay(d.date),
        precision: d.precision,
        end: isoDay(periodEnd(d.date, d.precision)),
        label: formatDateLabel(d.date, d.precision),
      }
    : null;

type CitationRow = {
  quote: string;
  speaker: { slug: string; name: string; status: string; deletedAt: Date | null } | null;
  source: {
    id: string;
    title: string;
    outlet: string | null;
    author: string | null;
    publishedAt: Date | null;
    url: string | null;
    kind: string;
  };
};
const citationDTO = (c: CitationRow) => ({
  quote: c.quote,
  speaker: c.speaker && c.speaker.status === 'published' && !c.speaker.deletedAt ? c.speaker.name : null,
  source: {
    id: c.source.id,
    title: c.source.title,
    outlet: c.source.outlet,
    author: c.source.author,
    publishedAt: c.source.publishedAt ? isoDay(c.source.publishedAt) : null,
    url: c.source.url,
    kind: c.source.kind,
  },
});

async function publicSanctionRows(actorIds: string[]) {
  const prisma = await publicDb();
  const [designations, waivers] = await Promise.all([
    prisma.designation.findMany({
      where: { actorId: { in: actorIds }, ...live },
      include: { citations: citationInclude },
      orderBy: [{ listedOn: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    }),
    prisma.waiver.findMany({
      where: { actorId: { in: actorIds }, ...live },
      include: {
        citations: citationInclude,
        designation: { select: { id: true, ...{ status: true, deletedAt: true } } },
        event: { select: { id: true, slug: true, title: true, status: true, deletedAt: true } },
      },
      orderBy: [{ validFrom: { sort: 'asc', nulls: 'first' } }, { id: 'asc' }],
    }),
  ]);
  const isLive = (r: { status: string; deletedAt: Date | null } | null) => r !== null && r.status === 'published' && r.deletedAt === null;
  return {
    designations: designations.map((d) => ({
      id: d.id,
      actorId: d.actorId,
      authority: d.authority,
      authorityName: d.authorityName,
      authorityLabel: authorityName(d.authority, d.authorityName),
      programme: d.programme,
      listed: dated({ date: d.listedOn, precision: d.listedPrecision }),
      listedOnOrBefore: d.listedOnOrBefore,
      delisted: dated({ date: d.delistedOn, precision: d.delistedPrecision }),
      note: d.note,
      citations: d.citations.map(citationDTO),
    })),
    waivers: waivers.map((w) => ({
      id: w.id,
      actorId: w.actorId,
      kind: w.kind,
      name: w.name,
      designationId: isLive(w.designation) ? w.designation!.id : null,
      event: isLive(w.event) ? { id: w.event!.id, slug: w.event!.slug, title: w.event!.title } : null,
      from: dated({ date: w.validFrom, precision: w.fromPrecision }),
      to: dated({ date: w.validTo, precision: w.toPrecision }),
      note: w.note,
      citations: w.citations.map(citationDTO),
    })),
  };
}

export type ActorSanctions = Awaited<ReturnType<typeof publicSanctionRows>>;

/** An actor's public designations and waivers (the actor page's band and the API's `sanctions`). */
export async function actorSanctions(actorSlug: string): Promise<ActorSanctions> {
  if (!isLookupKey(actorSlug)) return { designations: [], waivers: [] };
  const prisma = await publicDb();
  const actor = await prisma.actor.findFirst({ where: { slug: actorSlug, ...live }, select: { id: true } });
  if (!actor) return { designations: [], waivers: [] };
  return publicSanctionRows([actor.id]);
}

/** The API shape: dates with their precision and label, citations with their sources. */
export function sanctionsToApi(s: ActorSanctions) {
  return {
    designations: s.designations.map((d) => ({
      id: d.id,
      authority: d.authority,
      authorityName: d.authorityLabel,
      programme: d.programme,
      listedOn: dateDTO(d.listed),
      listedOnOrBefore: d.listedOnOrBefore,
      delistedOn: dateDTO(d.delisted),
      note: d.note,
      citations: d.citations,
    })),
    waivers: s.waivers.map((w) => ({
      id: w.id,
      kind: w.kind,
      name: w.name,
      designationId: w.designationId,
      event: w.event ? { slug: w.event.slug, title: w.event.title } : null,
      validFrom: dateDTO(w.from),
      validTo: dateDTO(w.to),
      note: w.note,
      citations: w.citations,
    })),
  };
}

export interface ParticipantSanction extends StatusAtEvent {
  label: string;
}

/**
 * Each participant's status at a public event, by actor slug. Actors with
 * no public designation are absent: no record is not "not sanctioned".
 */
export async function eventParticipantSanctions(eventSlug: string): Promise<Map<string, ParticipantSanction>> {
  const result = new Map<string, ParticipantSanction>();
  if (!isLookupKey(eventSlug)) return result;
  const prisma = await publicDb();
  const event = await prisma.event.findFirst({
    where: { slug: eventSlug, ...live },
    select: { id: true, startDate: true, periodEnd: true, actors: { select: { actorId: true, actor: { select: { slug: true } } } } },
  });
  if (!event || event.actors.length === 0) return result;
  const rows = await publicSanctionRows(event.actors.map((a) => a.actorId));
  const span = { id: event.id, start: event.startDate, end: event.periodEnd };
  const labelOf = (authority: string) => rows.designations.find((d) => d.authority === authority)?.authorityLabel ?? authority;
  for (const a of event.actors) {
    const status = statusAtEvent(
      rows.designations.filter((d) => d.actorId === a.actorId),
      rows.waivers.filter((w) => w.actorId === a.actorId).map((w) => ({ ...w, eventId: w.event?.id ?? null })),
      span,
    );
    if (status) result.set(a.actor.slug, { ...status, label: statusLabel(status, labelOf) });
  }
  return result;
}

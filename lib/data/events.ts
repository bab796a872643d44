import 'server-only';
import { namedLinkSelect, publicOnly } from './public-link';
import { isLookupKey } from '../schemas/lookup-key';
import { Prisma } from '../generated/prisma/client';
import type { EventType, DatePrecision } from '../generated/prisma/enums';
import { publicDb as db } from '../db';
import { siteUrl } from '../site-url';
import { formatDateLabel, isoDay } from '../dates';
import type { EventFilter } from '../schemas/event-filter';
import { countSql, eventWhere } from './event-query';
import type { Highlight } from './event-search';
import { boundary, keyRows, pageEvents, type Cursor, type ListPosition, type Page } from './event-page';
import { cached, tags } from './cache';

const ROLE_ORDER = { host: 0, participant: 1, speaker: 2, mentioned: 3 } as const;

export const eventInclude = {
  // Only published, live actors and sectors: a draft made by an import stays unseen until published.
  actors: {
    where: { actor: { status: 'published', deletedAt: null } },
    include: { actor: { select: { slug: true, name: true, kind: true } } },
  },
  sectors: { where: { sector: { status: 'published', deletedAt: null } }, include: { sector: { select: { slug: true, name: true } } } },
  proposals: {
    where: { proposal: { recordStatus: 'published', deletedAt: null } },
    include: { proposal: { select: { slug: true, title: true, status: true } } },
  },
  citations: {
    orderBy: { position: 'asc' },
    where: { source: { status: 'published', deletedAt: null } },
    include: {
      speaker: { select: namedLinkSelect },
      source: true,
    },
  },
} satisfies Prisma.EventInclude;

type EventRow = Prisma.EventGetPayload<{ include: typeof eventInclude }>;

export interface DateDTO {
  start: string;
  precision: DatePrecision;
  end?: string;
  approximate: boolean;
  label: string;
}

export interface SourceDTO {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  publishedPrecision: DatePrecision | null;
  publishedLabel: string | null;
  url: string | null;
  kind: string;
}

export interface CitationDTO {
  quote: string;
  speaker: string | null;
  speakerSlug: string | null;
  source: SourceDTO;
}

export interface EventDTO {
  slug: string;
  title: string;
  summary: string;
  type: EventType;
  date: DateDTO;
  location: string | null;
  url: string;
  actors: { slug: string; name: string; role: string; title: string | null }[];
  sectors: { slug: string; name: string }[];
  proposals: { slug: string; title: string; status: string }[];
  citations: CitationDTO[];
  /** Only when q is set: relevance (higher is better) and why it matched. */
  rank?: number;
  highlight?: Highlight | null;
}

export function permalink(slug: string) {
  return siteUrl(`/events/${encodeURIComponent(slug)}`);
}

export function toSourceDTO(s: EventRow['citations'][number]['source']): SourceDTO {
  return {
    id: s.id,
    title: s.title,
    outlet: s.outlet,
    author: s.author,
    publishedAt: s.publishedAt ? isoDay(s.publishedAt) : null,
    publishedPrecision: s.publishedPrecision,
    publishedLabel: s.publishedAt && s.publishedPrecision ? formatDateLabel(s.publishedAt, s.publishedPrecision) : null,
    // Only web addresses become links: never javascript: or data: from imported data.
    url: s.url && /^https?:\/\//i.test(s.url) ? s.url : null,
    kind: s.kind,
  };
}

export function toCitationDTO(c: EventRow['citations'][number]): CitationDTO {
  // A draft or trashed speaker is shown as no speaker.
  const speaker = publicOnly(c.speaker);
  return {
    quote: c.quote,
    speaker: speaker?.name ?? null,
    speakerSlug: speaker?.slug ?? null,
    source: toSourceDTO(c.source),
  };
}

export function toDateDTO(e: { startDate: Date; precision: DatePrecision; endDate: Date | null; approximate: boolean }): DateDTO {
  return {
    start: isoDay(e.startDate),
    precision: e.precision,
    ...(e.endDate ? { end: isoDay(e.endDate) } : {}),
    approximate: e.approximate,
    label: formatDateLabel(e.startDate, e.precision, e.endDate, e.approximate),
  };
}

export function toEventDTO(e: EventRow): EventDTO {
  return {
    slug: e.slug,
    title: e.title,
    summary: e.summary,
    type: e.type,
    date: toDateDTO(e),
    location: e.location,
    url: permalink(e.slug),
    actors: [...e.actors]
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.actor.name.localeCompare(b.actor.name))
      .map((a) => ({ slug: a.actor.slug, name: a.actor.name, role: a.role, title: a.title })),
    sectors: e.sectors.map((s) => s.sector).sort((a, b) => a.name.localeCompare(b.name)),
    proposals: e.proposals.map((p) => p.proposal).sort((a, b) => a.title.localeCompare(b.title)),
    citations: e.citations.map(toCitationDTO),
  };
}

async function loadByIds(ids: string[]): Promise<EventDTO[]> {
  if (ids.length === 0) return [];
  const prisma = await db();
  const rows = await prisma.event.findMany({ where: { id: { in: ids } }, include: eventInclude });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toEventDTO(row)] : [];
  });
}

export type EventPage = Page<EventDTO>;

/** One page of the filtered timeline as whole events (the API, the sector pages); see pageEvents. */
export function listEvents(filter: EventFilter, position: ListPosition): Promise<EventPage> {
  return pageEvents(filter, position, loadByIds);
}

/** Every event of the filtered set, oldest first, a batch at a time (for CSV export). */
export async function* allEvents(filter: EventFilter, batch = 500): AsyncGenerator<EventDTO[]> {
  let after: Cursor | undefined;
  for (;;) {
    const rows = await keyRows(filter, after ? boundary({ limit: batch, after }, false).from : null, false, batch);
    if (rows.length === 0) return;
    yield await loadByIds(rows.map((r) => r.id));
    if (rows.length < batch) return;
    const last = rows[rows.length - 1];
    after = { date: isoDay(last.startDate), id: last.id };
  }
}

export async function countEvents(filter: EventFilter): Promise<number> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>(countSql(filter));
  return Number(row.n);
}

const publishedEvent = { status: 'published', deletedAt: null } satisfies Prisma.EventWhereInput;

export interface EventDetail extends EventDTO {
  previous: { slug: string; title: string; date: DateDTO } | null;
  next: { slug: string; title: string; date: DateDTO } | null;
  updatedAt: string;
  actorDetails: { slug: string; name: string; kind: string; role: string; title: string | null }[];
}

/** A published event with its neighbours on the timeline, or null. */
export async function getEvent(slug: string): Promise<EventDetail | null> {
  if (!isLookupKey(slug)) return null;
  const prisma = await db();
  const row = await prisma.event.findFirst({ where: { slug, ...publishedEvent }, include: eventInclude });
  if (!row) return null;
  const neighbour = { slug: true, title: true, startDate: true, precision: true, endDate: true, approximate: true } as const;
  const [previous, next] = await Promise.all([
    prisma.event.findFirst({
      where: { ...publishedEvent, OR: [{ startDate: { lt: row.startDate } }, { startDate: row.startDate, id: { lt: row.id } }] },
      orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
      select: neighbour,
    }),
    prisma.event.findFirst({
      where: { ...publishedEvent, OR: [{ startDate: { gt: row.startDate } }, { startDate: row.startDate, id: { gt: row.id } }] },
      orderBy: [{ startDate: 'asc' }, { id: 'asc' }],
      select: neighbour,
    }),
  ]);
  const link = (n: typeof previous) => (n ? { slug: n.slug, title: n.title, date: toDateDTO(n) } : null);
  const dto = toEventDTO(row);
  return {
    ...dto,
    previous: link(previous),
    next: link(next),
    updatedAt: row.updatedAt.toISOString(),
    actorDetails: dto.actors.map((a) => ({
      ...a,
      kind: row.actors.find((x) => x.actor.slug === a.slug)?.actor.kind ?? 'person',
    })),
  };
}

export const getEventCached = cached(getEvent, 'event-by-slug', [tags.events]);

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Facets {
  types: FacetValue[];
  sectors: FacetValue[];
  actors: FacetValue[];
  /** Events per start year with every filter but the dates applied: the date menu's year presets. */
  years: FacetValue[];
  total: number;
}

/**
 * Counts beside each filter value: each facet counts with the OTHER facets
 * applied (not its own), so a count says how many events ticking that value
 * adds to the facet's OR.
 */
async function eventFacets(filter: EventFilter): Promise<Facets> {
  const prisma = await db();
  const [types, sectors, actors, years, total, chosen] = await Promise.all([
    prisma.$queryRaw<{ value: string; n: bigint }[]>`
      SELECT e."type"::text AS value, count(*) AS n FROM "Event" e
      WHERE ${eventWhere(filter, 'type')} GROUP BY 1 ORDER BY 2 DESC, 1`,
    prisma.$queryRaw<{ value: string; label: string; n: bigint }[]>`
      SELECT s."slug" AS value, s."name" AS label, count(*) AS n
      FROM "Event" e JOIN "EventSector" es ON es."eventId" = e."id" JOIN "Sector" s ON s."id" = es."sectorId"
      WHERE ${eventWhere(filter, 'sector')} AND s."deletedAt" IS NULL AND s."status" = 'published'
      GROUP BY s."slug", s."name" ORDER BY 3 DESC, 2`,
    // The 200 most frequent actors, plus any chosen one beyond the cut, so a ticked box never vanishes.
    // The order ignores the choice (the actor facet omits its own filter), so ticking a box never moves it.
    prisma.$queryRaw<{ value: string; label: string; n: bigint }[]>`
      SELECT x.value, x.label, x.n FROM (
        SELECT a."slug" AS value, a."name" AS label, count(*) AS n, row_number() OVER (ORDER BY count(*) DESC, a."name", a."slug") AS rank
        FROM "Event" e JOIN "EventActor" ea ON ea."eventId" = e."id" JOIN "Actor" a ON a."id" = ea."actorId"
        WHERE ${eventWhere(filter, 'actor')} AND a."deletedAt" IS NULL AND a."status" = 'published'
        GROUP BY a."slug", a."name"
      ) x
      WHERE x.rank <= 200 OR x.value = ANY(${filter.actor ?? []}::text[])
      ORDER BY x.rank`,
    prisma.$queryRaw<{ value: string; n: bigint }[]>`
      SELECT extract(year FROM e."startDate")::int::text AS value, count(*) AS n FROM "Event" e
      WHERE ${eventWhere({ ...filter, from: undefined, to: undefined })} GROUP BY 1 ORDER BY 1 DESC`,
    countEvents(filter),
    // Names of the chosen sectors and actors (published ones only), for those the counts leave out because
    // no event of this view has them: their boxes and chips still show a name, with a count of 0.
    prisma.$queryRaw<{ facet: 'sector' | 'actor'; value: string; label: string }[]>`
      SELECT 'sector' AS facet, s."slug" AS value, s."name" AS label FROM "Sector" s
      WHERE s."slug" = ANY(${filter.sector ?? []}::text[]) AND ${Prisma.raw(`s."status" = 'published' AND s."deletedAt" IS NULL`)}
      UNION ALL
      SELECT 'actor', a."slug", a."name" FROM "Actor" a
      WHERE a."slug" = ANY(${filter.actor ?? []}::text[]) AND ${Prisma.raw(`a."status" = 'published' AND a."deletedAt" IS NULL`)}`,
  ]);
  const toFacet = (r: { value: string; label?: string; n: bigint }) => ({ value: r.value, label: r.label ?? r.value, count: Number(r.n) });
  const withChosen = (counted: FacetValue[], facet: 'sector' | 'actor' | 'type') => {
    const extra =
      facet === 'type'
        ? (filter.type ?? []).map((value) => ({ value, label: value }))
        : chosen.filter((c) => c.facet === facet).map(({ value, label }) => ({ value, label }));
    return [...counted, ...extra.filter((c) => !counted.some((f) => f.value === c.value)).map((c) => ({ ...c, count: 0 }))];
  };
  return {
    types: withChosen(types.map(toFacet), 'type'),
    sectors: withChosen(sectors.map(toFacet), 'sector'),
    actors: withChosen(actors.map(toFacet), 'actor'),
    years: years.map(toFacet),
    total,
  };
}

export const getEventFacets = cached(eventFacets, 'event-facets', [tags.events, tags.actors, tags.sectors]);

export type PeriodUnit = 'year' | 'month' | 'day';

export interface PeriodCount {
  period: string; // YYYY-MM-DD, first day of the period
  /**
   * The period's length: the requested unit, or the event's own coarser
   * precision. An event known only to the month stays a month wide at day
   * zoom instead of being pinned to the 1st.
   */
  span: PeriodUnit;
  sector: string | null; // sector slug; null for events with no sector
  count: number;
}

const unitRank: Record<PeriodUnit, number> = { year: 1, month: 2, day: 3 };

/**
 * Events per period and sector lane; an event in several sectors counts in
 * each lane. Events dated more coarsely than `unit` are counted over their
 * own period (see PeriodCount.span).
 */
async function periodCounts(filter: EventFilter, unit: PeriodUnit): Promise<PeriodCount[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ period: Date; span: PeriodUnit; sector: string | null; n: bigint }[]>`
    SELECT date_trunc(x.span, x."startDate")::date AS period, x.span, x.sector, count(*) AS n
    FROM (
      SELECT e."startDate", s."slug" AS sector,
        CASE WHEN (CASE e."precision" WHEN 'day' THEN 3 WHEN 'month' THEN 2 ELSE 1 END) >= ${unitRank[unit]}
          THEN ${unit}::text ELSE e."precision"::text END AS span
      FROM "Event" e
      LEFT JOIN "EventSector" es ON es."eventId" = e."id"
      LEFT JOIN "Sector" s ON s."id" = es."sectorId" AND s."deletedAt" IS NULL AND s."status" = 'published'
      WHERE ${eventWhere(filter)}
    ) x
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  return rows.map((r) => ({ period: isoDay(r.period), span: r.span, sector: r.sector, count: Number(r.n) }));
}

export const getPeriodCounts = cached(periodCounts, 'event-period-counts', [tags.events, tags.sectors]);

/** First and last start dates among published events (the timeline's extent). */
async function eventExtent(filter: EventFilter): Promise<{ first: string; last: string } | null> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ first: Date | null; last: Date | null }[]>`
    SELECT min(e."startDate") AS first, max(e."startDate") AS last FROM "Event" e WHERE ${eventWhere(filter)}`;
  return row?.first && row.last ? { first: isoDay(row.first), last: isoDay(row.last) } : null;
}

export const getEventExtent = cached(eventExtent, 'event-extent', [tags.events]);

/** How the latest event of the filtered set is dated, to its own precision (the timeline's lead). */
async function latestEventDate(filter: EventFilter): Promise<string | null> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ startDate: Date; precision: DatePrecision; endDate: Date | null; approximate: boolean }[]>`
    SELECT e."startDate", e."precision", e."endDate", e."approximate" FROM "Event" e
    WHERE ${eventWhere(filter)} ORDER BY e."startDate" DESC, e."id" DESC LIMIT 1`;
  return row ? toDateDTO(row).label : null;
}

export const getLatestEventDate = cached(latestEventDate, 'event-latest-date', [tags.events]);

/** The API's Event (the contract in the README): page-only source fields left out. */
export function toApiEvent(e: EventDTO) {
  return {
    ...e,
    // Made now, not taken from a cached read: without SITE_URL it names the host of this request.
    url: permalink(e.slug),
    citations: e.citations.map((c) => ({
      quote: c.quote,
      speaker: c.speaker,
      source: {
        id: c.source.id,
        title: c.source.title,
        outlet: c.source.outlet,
        author: c.source.author,
        publishedAt: c.source.publishedAt,
        url: c.source.url,
        kind: c.source.kind,
      },
    })),
  };
}

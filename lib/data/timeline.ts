import 'server-only';
import { publicDb as db } from '../db';
import { formatDateLabel } from '../dates';
import { laneColours, noSectorColour } from '../labels';
import type { EventFilter } from '../schemas/event-filter';
import { APPROXIMATE_FLAG, PRECISION_CODE, type TimelinePayload } from '../timeline/compact';
import { eventWhere } from './event-query';
import { cached, tags } from './cache';
import { getSectorLanes } from './sectors';

/**
 * Every event of the filtered set as the client axis's columns (lib/timeline/compact.ts).
 * Days come out of SQL as integers, so 100k rows cost no Date parsing. One lane per
 * published sector that has events here, plus "No sector"; the colour is fixed by the
 * sector's place among all sectors, so it stays the same under any filter.
 */
async function timelineData(filter: EventFilter): Promise<TimelinePayload> {
  const prisma = await db();
  const [sectors, rows] = await Promise.all([
    getSectorLanes(),
    prisma.$queryRaw<{ s: number; len: number; p: number; a: boolean; sectors: string[] }[]>`
      SELECT (e."startDate" - DATE '1970-01-01')::int AS s,
        (e."periodEnd" - e."startDate")::int AS len,
        (CASE e."precision" WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END)::int AS p,
        e."approximate" AS a,
        ARRAY(SELECT s."slug" FROM "EventSector" es JOIN "Sector" s ON s."id" = es."sectorId"
          WHERE es."eventId" = e."id" AND s."status" = 'published' AND s."deletedAt" IS NULL ORDER BY s."name") AS sectors
      FROM "Event" e WHERE ${eventWhere(filter)}
      ORDER BY e."startDate", e."id"`,
  ]);
  const all = [...sectors.map((s, i) => ({ slug: s.slug as string | null, name: s.name, colour: laneColours[i % laneColours.length] }))];
  all.push({ slug: null, name: 'No sector', colour: noSectorColour });
  const used = new Set(rows.flatMap((r) => (r.sectors.length ? r.sectors : [null])));
  const lanes = all.filter((l) => used.has(l.slug));
  const laneIndex = new Map(lanes.map((l, i) => [l.slug, i]));
  const out: TimelinePayload = { v: 1, lanes, start: [], length: [], flags: [], lane: [], more: [] };
  let previous = 0;
  rows.forEach((r, i) => {
    out.start.push(r.s - previous);
    previous = r.s;
    out.length.push(Math.max(0, r.len));
    out.flags.push(r.p + (r.a ? APPROXIMATE_FLAG : 0));
    const indexes = r.sectors.length ? r.sectors.map((slug) => laneIndex.get(slug) ?? 0) : [laneIndex.get(null) ?? 0];
    out.lane.push(indexes[0]);
    for (const l of indexes.slice(1)) out.more.push(i, l);
  });
  return out;
}

export const getTimelineData = cached(timelineData, 'timeline-data', [tags.events, tags.sectors]);

export interface TimelineLabel {
  slug: string;
  title: string;
  label: string;
}

/** Titles and date labels of a slice of the same ordered set, for the axis's cards (a few at a time, never all). */
async function timelineLabels(filter: EventFilter, offset: number, limit: number): Promise<TimelineLabel[]> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<
    { slug: string; title: string; startDate: Date; precision: keyof typeof PRECISION_CODE; endDate: Date | null; approximate: boolean }[]
  >`
    SELECT e."slug", e."title", e."startDate", e."precision"::text AS precision, e."endDate", e."approximate"
    FROM "Event" e WHERE ${eventWhere(filter)}
    ORDER BY e."startDate", e."id" OFFSET ${offset} LIMIT ${limit}`;
  return rows.map((r) => ({ slug: r.slug, title: r.title, label: formatDateLabel(r.startDate, r.precision, r.endDate, r.approximate) }));
}

export const getTimelineLabels = cached(timelineLabels, 'timeline-labels', [tags.events]);

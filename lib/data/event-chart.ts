import 'server-only';
import { publicDb as db } from '../db';
import { isoDay } from '../dates';
import { buildEventChart, type EventChart, type MonthCount } from '../chart-buckets';
import type { EventFilter } from '../schemas/event-filter';
import { eventWhere } from './event-query';
import { cached, tags } from './cache';

/**
 * The events chart of the filtered set (the same eventWhere as the list).
 * The database groups by start month, precision and sector, at most a few
 * thousand rows even for 100k events over decades; the period choice is
 * lib/chart-buckets.ts. An event in several sectors counts in each; one with
 * no live, published sector counts once under "no sector".
 */
async function eventChart(filter: EventFilter): Promise<EventChart | null> {
  const prisma = await db();
  const where = eventWhere(filter);
  const [months, years] = await Promise.all([
    prisma.$queryRaw<{ month: Date; precision: MonthCount['precision']; sector: string | null; n: bigint }[]>`
      SELECT date_trunc('month', e."startDate")::date AS month, e."precision"::text AS precision, s."slug" AS sector, count(*) AS n
      FROM "Event" e
      LEFT JOIN LATERAL (
        SELECT x."slug" FROM "EventSector" es JOIN "Sector" x ON x."id" = es."sectorId"
        WHERE es."eventId" = e."id" AND x."status" = 'published' AND x."deletedAt" IS NULL
      ) s ON true
      WHERE ${where}
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    prisma.$queryRaw<{ year: number; n: bigint }[]>`
      SELECT extract(year FROM e."startDate")::int AS year, count(*) AS n
      FROM "Event" e WHERE ${where} AND e."precision" = 'year'
      GROUP BY 1 ORDER BY 1`,
  ]);
  return buildEventChart(
    months.map((r) => ({ month: isoDay(r.month), precision: r.precision, sector: r.sector, count: Number(r.n) })),
    years.map((r) => ({ year: String(r.year).padStart(4, '0'), events: Number(r.n) })),
  );
}

export const getEventChart = cached(eventChart, 'event-chart', [tags.events, tags.sectors]);

import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { db, publicDb } from '../db';
import { requireEditor } from '../auth/authorize';
import { formatDateLabel } from '../dates';
import type { EventFilter } from '../schemas/event-filter';
import { cached, tags } from './cache';
import { eventWhere } from './event-query';

/** Events listed under each place in the text alternative; the place's own view lists up to PLACE_EVENTS_MAX. */
const PLACE_PREVIEW = 5;
export const PLACE_EVENTS_MAX = 500;

type Precision = 'day' | 'month' | 'year';
type EventRow = { slug: string; title: string; startDate: string; precision: Precision; endDate: string | null; approximate: boolean };
export type MapEvent = { slug: string; title: string; date: string };
type MapPlace = {
  /** A gazetteer slug, or "lat,lon" (4 decimals) for coordinates an editor typed: what `/map?place=` takes. */
  key: string;
  name: string;
  country: string | null;
  latitude: number;
  longitude: number;
  count: number;
  /** The newest PLACE_PREVIEW events. */
  events: MapEvent[];
};
export type MapData = { places: MapPlace[]; located: number; unlocated: number };

const toEvent = (e: EventRow): MapEvent => ({
  slug: e.slug,
  title: e.title,
  date: formatDateLabel(new Date(e.startDate), e.precision, e.endDate ? new Date(e.endDate) : null, e.approximate),
});

/**
 * The filtered events where they happened: a known place's coordinates, else
 * the event's own. The key groups events at one place; an event with typed
 * coordinates is named by its location text. Published, live events only.
 */
const located = (filter: EventFilter) => Prisma.sql`
  SELECT e."id", e."slug", e."title", e."startDate", e."precision", e."endDate", e."approximate", e."location",
    p."name" AS "placeName", p."country",
    COALESCE(p."latitude", e."latitude") AS lat, COALESCE(p."longitude", e."longitude") AS lon,
    COALESCE(p."slug", round(e."latitude"::numeric, 4)::text || ',' || round(e."longitude"::numeric, 4)::text) AS key
  FROM "Event" e LEFT JOIN "Place" p ON p."id" = e."placeId"
  WHERE ${eventWhere(filter)} AND (e."placeId" IS NOT NULL OR e."latitude" IS NOT NULL)`;

const eventJson = Prisma.sql`json_build_object('slug', x."slug", 'title', x."title", 'startDate', x."startDate", 'precision', x."precision",
  'endDate', x."endDate", 'approximate', x."approximate")`;

type Row = { places: (Omit<MapPlace, 'events'> & { events: EventRow[] | null })[] | null; unlocated: number };

/** Every place with events under the filter (one aggregate), with counts and its newest events. */
async function readMap(filter: EventFilter): Promise<MapData> {
  const prisma = await publicDb();
  const [row] = await prisma.$queryRaw<Row[]>(Prisma.sql`
    WITH located AS MATERIALIZED (
      SELECT l.*, row_number() OVER (PARTITION BY l.key ORDER BY l."startDate" DESC, l."id") AS rank FROM (${located(filter)}) l
    ),
    markers AS (
      SELECT key, min(lat) AS lat, min(lon) AS lon, count(*)::int AS n,
        COALESCE(min("placeName"), mode() WITHIN GROUP (ORDER BY "location"), key) AS name, min("country") AS country,
        json_agg(${eventJson} ORDER BY x.rank) FILTER (WHERE x.rank <= ${PLACE_PREVIEW}) AS events
      FROM located x GROUP BY key
    )
    SELECT
      (SELECT json_agg(json_build_object('key', m.key, 'name', m.name, 'country', m.country, 'latitude', m.lat, 'longitude', m.lon,
         'count', m.n, 'events', m.events) ORDER BY m.n DESC, m.name) FROM markers m) AS places,
      (SELECT count(*)::int FROM "Event" e WHERE ${eventWhere(filter)} AND e."placeId" IS NULL AND e."latitude" IS NULL) AS unlocated`);
  const places = (row?.places ?? []).map((p) => ({ ...p, events: (p.events ?? []).map(toEvent) }));
  return { places, located: places.reduce((n, p) => n + p.count, 0), unlocated: row?.unlocated ?? 0 };
}

export const getMap = cached(readMap, 'map', [tags.events, tags.actors, tags.sectors]);

/** One place's events under the filter (newest first, at most PLACE_EVENTS_MAX). */
export async function getPlaceEvents(filter: EventFilter, key: string): Promise<MapEvent[]> {
  const prisma = await publicDb();
  const rows = await prisma.$queryRaw<EventRow[]>(Prisma.sql`
    SELECT x."slug", x."title", to_char(x."startDate", 'YYYY-MM-DD') AS "startDate", x."precision",
      to_char(x."endDate", 'YYYY-MM-DD') AS "endDate", x."approximate"
    FROM (${located(filter)}) x WHERE x.key = ${key}
    ORDER BY x."startDate" DESC, x."id" LIMIT ${PLACE_EVENTS_MAX}`);
  return rows.map(toEvent);
}

/** The known places, for the event form's list. An admin read: it authorizes itself, like lib/data/admin.ts. */
export async function placeOptions(): Promise<{ slug: string; name: string; country: string | null }[]> {
  await requireEditor();
  const prisma = await db();
  return prisma.place.findMany({ select: { slug: true, name: true, country: true }, orderBy: { name: 'asc' } });
}

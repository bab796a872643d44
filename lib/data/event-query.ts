/**
 * The timeline filter as SQL, shared by the list, the facet counts and the
 * per-period aggregates so that all of them agree on what "the filtered set" is.
 * Date ranges test overlap: an event of "March 2025" matches from=2025-03-15.
 */
import { Prisma } from '../generated/prisma/client';
import type { EventFilter } from '../schemas/event-filter';
import { searchMatch } from './search-sql';

type Facet = 'actor' | 'sector' | 'type';

export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A linked actor or sector readers may see. Filtering or searching by a draft
 * or trashed one matches nothing, so the results can't reveal its slug or name.
 */
function isPublic(alias: 'a' | 's' | 'qx'): Prisma.Sql {
  return Prisma.raw(`${alias}."status" = 'published' AND ${alias}."deletedAt" IS NULL`);
}

/** WHERE clause over alias `e` for published, live events; `omit` drops one facet for facet counts. */
export function eventWhere(filter: EventFilter, omit?: Facet): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`e."status" = 'published' AND e."deletedAt" IS NULL`];
  // Several values of one facet are alternatives (= ANY), the facets together all apply (AND).
  // One type is an equality, not `= ANY`, so the index on (type, startDate, id) yields that type's events
  // already in timeline order: the newest-first page reads its own rows, not all events (PostgreSQL 15
  // can't keep an index's order under `= ANY`).
  if (filter.type?.length && omit !== 'type') {
    parts.push(
      filter.type.length === 1
        ? Prisma.sql`e."type" = ${filter.type[0]}::"EventType"`
        : // Sent as text[] and cast on the server: on the start that creates the embedded database, PGlite's driver
          // doesn't know the new enum's array type yet and sent "call,meeting" (a 500). PostgreSQL casts each element.
          Prisma.sql`e."type" = ANY(${filter.type}::text[]::"EventType"[])`,
    );
  }
  // Slugs become ids once per statement (ARRAY(...) is an InitPlan), so each event costs one probe of the
  // link table's primary key, and the planner may instead read the link table by (sectorId|actorId, eventId).
  if (filter.actor?.length && omit !== 'actor') {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventActor" ea WHERE ea."eventId" = e."id" AND ea."actorId" = ANY(ARRAY(
      SELECT a."id" FROM "Actor" a WHERE a."slug" = ANY(${filter.actor}::text[]) AND ${isPublic('a')})))`);
  }
  if (filter.sector?.length && omit !== 'sector') {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "EventSector" es WHERE es."eventId" = e."id" AND es."sectorId" = ANY(ARRAY(
      SELECT s."id" FROM "Sector" s WHERE s."slug" = ANY(${filter.sector}::text[]) AND ${isPublic('s')})))`);
  }
  if (filter.from) parts.push(Prisma.sql`e."periodEnd" >= ${filter.from}::date`);
  if (filter.to) parts.push(Prisma.sql`e."startDate" <= ${filter.to}::date`);
  if (filter.q) parts.push(searchMatch(filter.q));
  return Prisma.join(parts, ' AND ');
}

/**
 * The keys (id, startDate) of `limit` filtered events in timeline order from
 * an optional boundary: the list's keyset read (lib/data/events.ts), here so
 * the benchmark (scripts/bench/db-queries.ts) times the very same statement.
 */
export function keysetSql(filter: EventFilter, from: Prisma.Sql | null, descending: boolean, limit: number): Prisma.Sql {
  const direction = Prisma.raw(descending ? 'DESC' : 'ASC');
  return Prisma.sql`
    SELECT e."id", e."startDate" FROM "Event" e
    WHERE ${eventWhere(filter)} ${from ? Prisma.sql`AND ${from}` : Prisma.empty}
    ORDER BY e."startDate" ${direction}, e."id" ${direction}
    LIMIT ${limit}`;
}

/** How many events match the filter (the lead's count and the API's total). */
export function countSql(filter: EventFilter): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS n FROM "Event" e WHERE ${eventWhere(filter)}`;
}

import 'server-only';
import { Prisma } from '../generated/prisma/client';
import type { DatePrecision, EventType } from '../generated/prisma/enums';
import { publicDb as db } from '../db';
import type { EventFilter } from '../schemas/event-filter';
import { teaser, TEASER_MAX } from '../teaser';
import { pageEvents, type ListPosition, type Page, type Ranked } from './event-page';
import { toDateDTO, type EventDTO } from './events';

/** What a row of the event list shows (components/timeline/event-list.tsx): no actors, proposals or citations. */
export type ListedEvent = Pick<EventDTO, 'slug' | 'title' | 'summary' | 'type' | 'date' | 'location' | 'sectors'> & Ranked;

/**
 * How much of a summary to read: a teaser looks at its first TEASER_MAX characters and the one after, so a longer
 * text cut here gives the same teaser (PostgreSQL's left() and the teaser both count code points), and long texts
 * stay in the database.
 */
const SUMMARY_READ = TEASER_MAX + 1;

/**
 * The listed events in one query, in the order of `ids`: the columns a row
 * shows and its published sectors as [slug, name] pairs. Whole events
 * (lib/data/events.ts) take Prisma's five to nine queries and every
 * citation with its source, which made each row cost more than the page's
 * database work (issue 9, filtered timeline at 100k ÷ at 1k).
 */
async function loadListedEvents(ids: string[]): Promise<ListedEvent[]> {
  if (ids.length === 0) return [];
  const prisma = await db();
  const rows = await prisma.$queryRaw<
    {
      id: string;
      slug: string;
      title: string;
      summary: string;
      type: EventType;
      startDate: Date;
      precision: DatePrecision;
      endDate: Date | null;
      approximate: boolean;
      location: string | null;
      sectors: [string, string][];
    }[]
  >`
    SELECT e."id", e."slug", e."title", left(e."summary", ${SUMMARY_READ}) AS summary, e."type"::text AS type,
      e."startDate", e."precision"::text AS precision, e."endDate", e."approximate", e."location",
      COALESCE((SELECT json_agg(json_build_array(s."slug", s."name"))
        FROM "EventSector" es JOIN "Sector" s ON s."id" = es."sectorId"
        WHERE es."eventId" = e."id" AND s."status" = 'published' AND s."deletedAt" IS NULL), '[]'::json) AS sectors
    FROM "Event" e WHERE e."id" IN (${Prisma.join(ids)})`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    return [
      {
        slug: r.slug,
        title: r.title,
        summary: teaser(r.summary),
        type: r.type,
        date: toDateDTO(r),
        location: r.location,
        // Sorted here, as whole events are, so the order doesn't hang on the database's collation.
        sectors: r.sectors.map(([slug, name]) => ({ slug, name })).sort((a, b) => a.name.localeCompare(b.name)),
      },
    ];
  });
}

/**
 * A page of the timeline's list on `/`: the events
 * listEvents would give, with only what the list shows, each summary as a
 * teaser (the list shows two lines of it; the full text stays on the
 * permalink, in the API and in the feeds). A search keeps its highlighted
 * snippet, drawn from the full text.
 */
export function listTimelineEvents(filter: EventFilter, position: ListPosition): Promise<Page<ListedEvent>> {
  return pageEvents(filter, position, loadListedEvents);
}

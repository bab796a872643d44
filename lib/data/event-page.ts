import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { publicDb as db } from '../db';
import { isoDay } from '../dates';
import { encodeCursor, type EventFilter, type SortOrder } from '../schemas/event-filter';
import { eventWhere, keysetSql } from './event-query';
import { searchHighlights, searchPage, type Highlight } from './event-search';

/**
 * Paging of the filtered event list, apart from what each row carries: the
 * API and the sector pages load whole events (lib/data/events.ts), the list on
 * `/` only what its rows show (lib/data/timeline-list.ts). Both page the same
 * way, by keyset, and by relevance when q is set.
 */

export interface Page<T> {
  data: T[];
  /** Continues after the page's last event, in the page's order; null at the end. */
  nextCursor: string | null;
  /** Goes back before the page's first event (pass as `before`); null at the start. */
  prevCursor: string | null;
}

export interface Cursor {
  date: string;
  id: string;
}

export interface ListPosition {
  limit: number;
  /** Oldest first unless told otherwise: the API's order since its first version. */
  sort?: SortOrder;
  /** The events that follow this one in the order. */
  after?: Cursor;
  /** The events that precede this one in the order (a page back). */
  before?: Cursor;
  /** The page that starts at this date (YYYY-MM-DD) in the order. */
  at?: string;
}

/** Reads the given events, in the order of `ids` (an id no longer readable is left out). */
export type LoadEvents<T> = (ids: string[]) => Promise<T[]>;

/** What a search adds to each event of its page. */
export interface Ranked {
  /** Relevance (higher is better). */
  rank?: number;
  /** Why it matched. */
  highlight?: Highlight | null;
}

type KeyRow = { id: string; startDate: Date };

/**
 * Where a page starts, as a condition on (startDate, id) that holds for the
 * events from the start position onwards in the order. Keyset, never OFFSET:
 * the index on (startDate, id) serves every depth, and the id breaks ties
 * between events on the same date.
 */
export function boundary(position: ListPosition, newestFirst: boolean): { from: Prisma.Sql | null; forward: boolean } {
  const key = Prisma.sql`(e."startDate", e."id")`;
  if (position.before) {
    const c = position.before;
    return {
      from: newestFirst ? Prisma.sql`${key} > (${c.date}::date, ${c.id})` : Prisma.sql`${key} < (${c.date}::date, ${c.id})`,
      forward: false,
    };
  }
  if (position.after) {
    const c = position.after;
    return {
      from: newestFirst ? Prisma.sql`${key} < (${c.date}::date, ${c.id})` : Prisma.sql`${key} > (${c.date}::date, ${c.id})`,
      forward: true,
    };
  }
  if (position.at) {
    return {
      from: newestFirst ? Prisma.sql`e."startDate" <= ${position.at}::date` : Prisma.sql`e."startDate" >= ${position.at}::date`,
      forward: true,
    };
  }
  return { from: null, forward: true };
}

export async function keyRows(filter: EventFilter, from: Prisma.Sql | null, descending: boolean, limit: number): Promise<KeyRow[]> {
  const prisma = await db();
  return prisma.$queryRaw<KeyRow[]>(keysetSql(filter, from, descending, limit));
}

async function anyEvent(filter: EventFilter, where: Prisma.Sql): Promise<boolean> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<
    { found: boolean }[]
  >`SELECT EXISTS (SELECT 1 FROM "Event" e WHERE ${eventWhere(filter)} AND ${where}) AS found`;
  return row?.found === true;
}

/**
 * Reads `limit` events from a boundary, forwards (the events after it in
 * the order) or backwards (the events before it), and says whether there
 * are more on either side.
 */
async function readPage(filter: EventFilter, limit: number, newestFirst: boolean, from: Prisma.Sql | null, forward: boolean) {
  const rows = await keyRows(filter, from, forward === newestFirst, limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (!forward) page.reverse();
  // The events on the other side of the boundary: exactly those the condition excludes.
  const beyond = from ? await anyEvent(filter, Prisma.sql`NOT (${from})`) : false;
  return { rows: page, hasPrev: forward ? beyond : more, hasNext: forward ? more : beyond };
}

/**
 * One page of the filtered list by keyset, in either order, from either
 * side of a cursor or from a date. A position past either end (a date after
 * the last event, a cursor whose neighbours were deleted) gives the nearest
 * page at that end rather than an empty page inside a non-empty list.
 * With q, by relevance (searchPageOf).
 */
export async function pageEvents<T extends { slug: string }>(
  filter: EventFilter,
  position: ListPosition,
  load: LoadEvents<T>,
): Promise<Page<T & Ranked>> {
  if (filter.q) return searchPageOf({ ...filter, q: filter.q }, position, load);
  const newestFirst = position.sort === 'desc';
  const { from, forward } = boundary(position, newestFirst);
  let page = await readPage(filter, position.limit, newestFirst, from, forward);
  if (page.rows.length === 0 && (page.hasPrev || page.hasNext)) {
    // Everything lies on the other side: show the page at that end.
    page = await readPage(filter, position.limit, newestFirst, null, !forward);
  }
  const first = page.rows.at(0);
  const last = page.rows.at(-1);
  return {
    data: await load(page.rows.map((r) => r.id)),
    nextCursor: page.hasNext && last ? encodeCursor(isoDay(last.startDate), last.id) : null,
    prevCursor: page.hasPrev && first ? encodeCursor(isoDay(first.startDate), first.id) : null,
  };
}

/** With q: by relevance, then newest first, each with its rank and highlighted snippet. */
async function searchPageOf<T extends { slug: string }>(
  filter: EventFilter & { q: string },
  position: ListPosition,
  load: LoadEvents<T>,
): Promise<Page<T & Ranked>> {
  const prisma = await db();
  // Relevance decides the order, so `sort` and `at` don't apply; the cursors page through the ranking both ways.
  const { hits, nextCursor, prevCursor } = await searchPage(prisma, eventWhere({ ...filter, q: undefined }), filter, position);
  const ids = hits.map((h) => h.id);
  const [events, highlights] = await Promise.all([load(ids), searchHighlights(prisma, ids, filter.q)]);
  const bySlug = new Map(hits.map((h) => [h.slug, h]));
  return {
    data: events.map((e) => {
      const hit = bySlug.get(e.slug);
      return { ...e, rank: hit?.rank ?? 0, highlight: (hit && highlights.get(hit.id)) ?? null };
    }),
    nextCursor,
    prevCursor,
  };
}

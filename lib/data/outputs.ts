import 'server-only';
import { publicDb } from '../db';
import { isoDay } from '../dates';
import type { EventFilter } from '../schemas/event-filter';
import { isLookupKey } from '../schemas/lookup-key';
import { cached, tags } from './cache';
import { keysetSql } from './event-query';
import { eventInclude, permalink, toEventDTO, type EventDTO } from './events';

/**
 * Reads for the syndication outputs (feeds, calendars, embeds, oEmbed,
 * sitemap). Only published, live records, through the same eventWhere as the
 * timeline; times are ISO strings so the results survive the data cache.
 */

/** An event as the outputs need it: the reader's DTO plus its edit times and the last day it may cover. */
export interface OutputEvent extends EventDTO {
  /** Never changes, unlike the slug: the calendar UID, so a renamed event updates rather than duplicates. */
  id: string;
  /** Last edit of the event (the feeds' `updated`, the calendar's LAST-MODIFIED). */
  updatedAt: string;
  createdAt: string;
  /** Counts every save: the calendar's SEQUENCE, so a calendar app replaces its copy. */
  version: number;
  /** YYYY-MM-DD: endDate, else the last day of its day, month or year. */
  periodEnd: string;
}

type Row = Awaited<ReturnType<typeof readRows>>[number];

async function readRows(ids: string[]) {
  const prisma = await publicDb();
  return prisma.event.findMany({ where: { id: { in: ids }, status: 'published', deletedAt: null }, include: eventInclude });
}

function toOutputEvent(row: Row): OutputEvent {
  return {
    ...toEventDTO(row),
    id: row.id,
    updatedAt: row.updatedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    periodEnd: isoDay(row.periodEnd),
  };
}

/** Outputs list at most this many events: a feed is the latest news, a calendar the filtered set within reason. */
export const OUTPUT_LIMIT = 1000;

/** The filtered events in timeline order (newest first unless told), at most `limit`. */
async function listOutputEvents(filter: EventFilter, options: { limit: number; newestFirst?: boolean }): Promise<OutputEvent[]> {
  const prisma = await publicDb();
  const keys = await prisma.$queryRaw<{ id: string }[]>(
    keysetSql(filter, null, options.newestFirst ?? true, Math.min(options.limit, OUTPUT_LIMIT)),
  );
  if (keys.length === 0) return [];
  const byId = new Map((await readRows(keys.map((k) => k.id))).map((r) => [r.id, r]));
  return keys.flatMap((k) => {
    const row = byId.get(k.id);
    return row ? [toOutputEvent(row)] : [];
  });
}

const listOutputEventsThroughCache = cached(listOutputEvents, 'output-events', [tags.events, tags.actors, tags.sectors, tags.sources]);

/**
 * The same read through the data cache: a calendar can hold a thousand
 * events; any edit to what they show clears it. The cache is shared by every
 * host name and outlives a change of SITE_URL, so the permalinks (absolute)
 * are made again for this request, never served from it.
 */
export async function listOutputEventsCached(
  filter: EventFilter,
  options: { limit: number; newestFirst?: boolean },
): Promise<OutputEvent[]> {
  return (await listOutputEventsThroughCache(filter, options)).map((e) => ({ ...e, url: permalink(e.slug) }));
}

/** One published, live event by its current slug, or null. */
export async function getOutputEvent(slug: string): Promise<OutputEvent | null> {
  if (!isLookupKey(slug)) return null;
  const prisma = await publicDb();
  const row = await prisma.event.findFirst({ where: { slug, status: 'published', deletedAt: null }, include: eventInclude });
  return row ? toOutputEvent(row) : null;
}

/** The name of a published, live actor or sector (a per-actor or per-sector output's subject), or null. */
export async function getOutputSubject(kind: 'actor' | 'sector', slug: string): Promise<{ slug: string; name: string } | null> {
  if (!isLookupKey(slug)) return null;
  const prisma = await publicDb();
  const where = { slug, status: 'published' as const, deletedAt: null };
  const select = { slug: true, name: true } as const;
  return kind === 'actor' ? prisma.actor.findFirst({ where, select }) : prisma.sector.findFirst({ where, select });
}

export interface SitemapRecords {
  events: { slug: string; updatedAt: string }[];
  actors: { slug: string; updatedAt: string }[];
  sectors: { slug: string; updatedAt: string }[];
  sources: { id: string; updatedAt: string }[];
}

/**
 * Every public record's address key and last edit, for sitemap.xml. Four
 * index-only reads that crawlers ask for now and then: read fresh, so a
 * sitemap never lists an event trashed a moment ago.
 */
export async function getSitemapRecords(): Promise<SitemapRecords> {
  const prisma = await publicDb();
  const live = { status: 'published' as const, deletedAt: null };
  const [events, actors, sectors, sources] = await Promise.all([
    prisma.event.findMany({ where: live, select: { slug: true, updatedAt: true }, orderBy: [{ startDate: 'asc' }, { id: 'asc' }] }),
    prisma.actor.findMany({ where: live, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    prisma.sector.findMany({ where: live, select: { slug: true, updatedAt: true }, orderBy: { slug: 'asc' } }),
    prisma.source.findMany({ where: live, select: { id: true, updatedAt: true }, orderBy: { id: 'asc' } }),
  ]);
  const iso = <T extends { updatedAt: Date }>(rows: T[]) => rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
  return { events: iso(events), actors: iso(actors), sectors: iso(sectors), sources: iso(sources) };
}

import 'server-only';
import { publicDb } from '../db';
import { isLookupKey } from '../schemas/lookup-key';
import { storedEventSnapshotSchema } from '../schemas/api/revision';
import { formatDateLabel, parseIsoDay } from '../dates';
import { siteUrl } from '../site-url';
import { permalink, toSourceDTO, type EventDTO } from './events';
import { cached, tags } from './cache';

/**
 * "As of" links: the published versions of an event, numbered by the event's
 * version at that save (Revision.version). Revisions are append-only, so a
 * number never changes meaning after later edits; the numbers of drafts,
 * trash moves and unpublishing saves in between are simply not public.
 *
 * Only an event readers can see now (published, not trashed) shows its
 * versions: trashing or unpublishing an event withdraws its history too.
 */

export interface PublicRevision {
  n: number;
  savedAt: string;
}

type Resolved = { kind: 'moved'; to: string } | { kind: 'found'; id: string; slug: string; revisions: PublicRevision[] } | null;

const ROLE_ORDER: Record<string, number> = { host: 0, participant: 1, speaker: 2, mentioned: 3 };

/** Whether a stored snapshot is one readers were shown: a published, untrashed save. */
function isPublicSnapshot(snapshot: unknown) {
  const parsed = storedEventSnapshotSchema.safeParse(snapshot);
  return parsed.success && parsed.data.status === 'published' && parsed.data.trashed !== true;
}

/** The event by its current slug or a former one, with its public revisions (oldest first). */
async function resolveEvent(slug: string): Promise<Resolved> {
  if (!isLookupKey(slug)) return null;
  const prisma = await publicDb();
  const live = { status: 'published', deletedAt: null } as const;
  const event = await prisma.event.findFirst({ where: { slug, ...live }, select: { id: true, slug: true } });
  if (!event) {
    const former = await prisma.eventSlugRedirect.findUnique({
      where: { fromSlug: slug },
      select: { event: { select: { slug: true, status: true, deletedAt: true } } },
    });
    const to = former?.event;
    return to && to.status === 'published' && to.deletedAt === null && to.slug !== slug ? { kind: 'moved', to: to.slug } : null;
  }
  const rows = await prisma.revision.findMany({
    where: { entityType: 'event', entityId: event.id, action: { not: 'trash' } },
    orderBy: [{ version: 'asc' }, { createdAt: 'asc' }],
    select: { version: true, createdAt: true, snapshot: true },
  });
  // One entry per number (the last save under it wins, should there ever be two).
  const byNumber = new Map<number, PublicRevision>();
  for (const r of rows) {
    if (isPublicSnapshot(r.snapshot)) byNumber.set(r.version, { n: r.version, savedAt: r.createdAt.toISOString() });
    else byNumber.delete(r.version);
  }
  return { kind: 'found', id: event.id, slug: event.slug, revisions: [...byNumber.values()] };
}

export type RevisionList = { kind: 'moved'; to: string } | { kind: 'found'; slug: string; revisions: PublicRevision[] } | null;

/** The public versions of the event named by `slug`; `moved` for a former slug, null when readers can't see the event. */
async function eventRevisions(slug: string): Promise<RevisionList> {
  const resolved = await resolveEvent(slug);
  if (!resolved || resolved.kind === 'moved') return resolved;
  return { kind: 'found', slug: resolved.slug, revisions: resolved.revisions };
}

/**
 * Cached for the permalink's Versions box. The cached value holds no row id:
 * a data cache that outlives its database (a reset, a test run) must not
 * point a later read at a row that is no longer there.
 */
export const getEventRevisions = cached(eventRevisions, 'event-revisions', [tags.events]);

export interface EventRevision {
  n: number;
  savedAt: string;
  latest: boolean;
  /** The event as it read then; links to other records resolve to those readers can see now. */
  event: EventDTO;
  revisions: PublicRevision[];
}

/**
 * Rebuilds the public event from a stored snapshot. Linked records are
 * looked up as they are now and kept only while published and not trashed,
 * so an old revision never names a record that has since become a draft.
 */
async function eventFromSnapshot(currentSlug: string, snapshot: unknown): Promise<EventDTO | null> {
  const parsed = storedEventSnapshotSchema.safeParse(snapshot);
  if (!parsed.success) return null;
  const s = parsed.data;
  const prisma = await publicDb();
  const live = { status: 'published', deletedAt: null } as const;
  const actorSlugs = [...new Set([...s.actors.map((a) => a.actor), ...s.citations.flatMap((c) => (c.speaker ? [c.speaker] : []))])];
  const [actors, sectors, proposals, sources] = await Promise.all([
    prisma.actor.findMany({ where: { slug: { in: actorSlugs }, ...live }, select: { slug: true, name: true } }),
    prisma.sector.findMany({ where: { slug: { in: s.sectors }, ...live }, select: { slug: true, name: true } }),
    prisma.proposal.findMany({
      where: { slug: { in: s.proposals }, recordStatus: 'published', deletedAt: null },
      select: { slug: true, title: true, status: true },
    }),
    prisma.source.findMany({ where: { id: { in: s.citations.map((c) => c.source) }, ...live } }),
  ]);
  const actorBySlug = new Map(actors.map((a) => [a.slug, a]));
  const sourceById = new Map(sources.map((x) => [x.id, x]));
  const start = parseIsoDay(s.startDate);
  const end = s.endDate ? parseIsoDay(s.endDate) : null;
  return {
    slug: currentSlug,
    title: s.title,
    summary: s.summary,
    type: s.type,
    date: {
      start: s.startDate,
      precision: s.precision,
      ...(s.endDate ? { end: s.endDate } : {}),
      approximate: s.approximate ?? false,
      label: formatDateLabel(start, s.precision, end, s.approximate ?? false),
    },
    location: s.location ?? null,
    url: permalink(currentSlug),
    actors: s.actors
      .flatMap((a) => {
        const actor = actorBySlug.get(a.actor);
        return actor ? [{ slug: actor.slug, name: actor.name, role: a.role, title: a.title ?? null }] : [];
      })
      .sort((a, b) => (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) || a.name.localeCompare(b.name)),
    sectors: sectors.sort((a, b) => a.name.localeCompare(b.name)),
    proposals: proposals.sort((a, b) => a.title.localeCompare(b.title)),
    citations: s.citations.flatMap((c) => {
      const source = sourceById.get(c.source);
      if (!source) return [];
      const speaker = c.speaker ? actorBySlug.get(c.speaker) : undefined;
      return [{ quote: c.quote, speaker: speaker?.name ?? null, speakerSlug: speaker?.slug ?? null, source: toSourceDTO(source) }];
    }),
  };
}

/** One public revision of the event named by `slug`, `moved` for a former slug, or null (unknown, draft, trashed). */
export async function getEventRevision(slug: string, n: number): Promise<EventRevision | { kind: 'moved'; to: string } | null> {
  // Uncached: it reads the revision row by the event's id, which only a fresh lookup can vouch for.
  const resolved = await resolveEvent(slug);
  if (!resolved || resolved.kind === 'moved') return resolved;
  const index = resolved.revisions.findIndex((r) => r.n === n);
  if (index < 0) return null;
  const prisma = await publicDb();
  const row = await prisma.revision.findFirst({
    where: { entityType: 'event', entityId: resolved.id, version: n, action: { not: 'trash' } },
    orderBy: { createdAt: 'desc' },
    select: { snapshot: true },
  });
  const event = row ? await eventFromSnapshot(resolved.slug, row.snapshot) : null;
  if (!event) return null;
  return {
    n,
    savedAt: resolved.revisions[index].savedAt,
    latest: index === resolved.revisions.length - 1,
    event,
    revisions: resolved.revisions,
  };
}

/** The public page of a revision. */
export function revisionPath(slug: string, n: number) {
  return `/events/${encodeURIComponent(slug)}/revisions/${n}`;
}

export const revisionUrl = (slug: string, n: number) => siteUrl(revisionPath(slug, n));
export const revisionApiUrl = (slug: string, n: number) => siteUrl(`/api/v1${revisionPath(slug, n)}`);

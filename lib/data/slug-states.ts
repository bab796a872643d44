// No 'server-only' marker: proxy.ts reaches this (through lib/notify) outside the React server build.
import { db } from '../db/instance';

export type SlugState = { kind: 'ok' } | { kind: 'moved'; to: string } | { kind: 'gone' };

/**
 * Every slug whose permalink answers something other than the page: a 308
 * for a former slug of a published event (to its current slug), a 410 for a
 * trashed event's current slug and every one of its former slugs. Small (the
 * redirects plus the trash), so each process holds it in memory
 * (lib/notify/slug-states.ts) and the proxy never queries per request.
 *
 * Both answers reveal something, so each is given only for what readers were
 * shown: a 308 only to an event that is published and not trashed (else a
 * draft's new slug would leak), a 410 only for an event that was published
 * when trashed (trashing keeps the status, so a trashed draft still reads
 * 'draft'; it never existed for readers). Anything else is absent, and the
 * page answers 404 like an unknown slug.
 *
 * Read from the primary (db(), not publicDb()): the writer waits for this
 * reload and must find its own commit in it.
 */
export async function loadSlugStates(): Promise<Map<string, SlugState>> {
  const prisma = await db();
  const rows = await prisma.$queryRaw<{ slug: string; to: string | null; gone: boolean }[]>`
    SELECT r."fromSlug" AS slug, e."slug" AS "to", e."deletedAt" IS NOT NULL AS gone
      FROM "EventSlugRedirect" r JOIN "Event" e ON e."id" = r."eventId"
     WHERE e."status" = 'published'
    UNION ALL
    SELECT e."slug", NULL, TRUE FROM "Event" e WHERE e."deletedAt" IS NOT NULL AND e."status" = 'published'`;
  const states = new Map<string, SlugState>();
  for (const row of rows) {
    if (row.gone) states.set(row.slug, { kind: 'gone' });
    else if (row.to && row.to !== row.slug) states.set(row.slug, { kind: 'moved', to: row.to });
  }
  return states;
}

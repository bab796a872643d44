// No 'server-only' marker: proxy.ts imports this outside the React server build.
import { db } from '../db/instance';

/**
 * What the permalink of `slug` should answer before rendering: a 308 to the
 * current slug for a former one, a 410 for a trashed event. One indexed
 * query; the proxy runs in its own module context, so an in-memory cache
 * there could not be cleared by the writes.
 *
 * Both answers reveal something, so each is given only for what readers were
 * shown: a 308 only to an event that is published and not trashed (else a
 * draft's new slug would leak), a 410 only for an event that was published
 * when trashed (trashing keeps the status, so a trashed draft still reads
 * 'draft'; it never existed for readers). Anything else is 'ok' and the page
 * answers 404 like an unknown slug.
 */
export async function permalinkState(slug: string): Promise<{ kind: 'ok' } | { kind: 'moved'; to: string } | { kind: 'gone' }> {
  const prisma = await db();
  const [row] = await prisma.$queryRaw<{ moved_to: string | null; gone: boolean }[]>`
    SELECT
      (SELECT e."slug" FROM "EventSlugRedirect" r JOIN "Event" e ON e."id" = r."eventId"
        WHERE r."fromSlug" = ${slug} AND e."deletedAt" IS NULL AND e."status" = 'published') AS moved_to,
      EXISTS (SELECT 1 FROM "Event" WHERE "slug" = ${slug} AND "deletedAt" IS NOT NULL AND "status" = 'published') AS gone`;
  if (row?.moved_to && row.moved_to !== slug) return { kind: 'moved', to: row.moved_to };
  if (row?.gone) return { kind: 'gone' };
  return { kind: 'ok' };
}

import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { tags } from '../../data/cache';

const TIMELINE_KINDS = new Set<keyof typeof tags>(['events', 'actors', 'sectors']);

/**
 * After a committed write: public pages, the API and social images show the
 * change on the next request (ADR 3). Tags expire at once rather than
 * serving stale content while revalidating.
 */
export function revalidateAfterWrite(kinds: (keyof typeof tags)[], eventSlugs: string[] = []) {
  if (!process.env.NEXT_RUNTIME) return; // scripts and tests have no Next cache
  for (const kind of new Set(kinds)) revalidateTag(tags[kind], { expire: 0 });
  for (const slug of eventSlugs) revalidatePath(`/events/${slug}`);
  // Every cached view of `/` (app/timeline/cached/[view]) shows events with their sectors and actors.
  if (kinds.some((kind) => TIMELINE_KINDS.has(kind))) revalidatePath('/timeline/cached/[view]', 'page');
}

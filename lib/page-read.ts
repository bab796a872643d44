import 'server-only';
import { redirect } from 'next/navigation';
import { unavailablePage } from './db/outage-response';
import { databaseIsDown, noteDatabaseError, pingDatabase } from './db/unavailable';
import { safeLocalPath } from './safe-path';
import { onPrimary } from './db/primary-scope';

/**
 * A public page's database reads. An App Router page can't answer 503, and a
 * render that loses the database answers 500. The proxy answers 503 itself
 * once it knows the database is away (lib/db/outage-response.ts), but a
 * request already past the proxy when the database goes finds out here: it
 * is sent to /unavailable, which answers 503 with Retry-After and a way back
 * to `path`. Any other failure is thrown as before.
 *
 * Only for dynamic pages: an ISR page (the permalink) would cache the
 * redirect; there a failed regeneration keeps the stale page instead.
 */
export async function pageRead<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!noteDatabaseError(error)) throw error;
    redirect(`/unavailable?${new URLSearchParams({ next: path })}`);
  }
}

/** How a page runs its database reads: pageRead on a page rendered per request, isrRead on an ISR page. */
export type PageReader = <T>(path: string, read: () => Promise<T>) => Promise<T>;

/**
 * An ISR page's reads. On the primary: the page is kept until the next write, so it must not
 * lag behind the last one (lib/db/primary-scope.ts). A failure fails the render, so a stale
 * page stays in the cache (and the proxy answers 503 for a page never drawn).
 */
export const isrRead: PageReader = (_path, read) => onPrimary(read);

/**
 * Where /unavailable sends the reader back to: a same-site path as a
 * browser would resolve it (never /unavailable itself, which would loop),
 * else the timeline. ASCII-only, so always a valid Location header.
 */
export function unavailableTarget(next: string | null): string {
  const back = safeLocalPath(next, '/');
  return back.startsWith('/unavailable') ? '/' : back;
}

/** GET /unavailable: 503 while the database is away, back to the page (307) once it answers. */
export async function unavailableAnswer(next: string | null): Promise<Response> {
  const back = unavailableTarget(next);
  if (!databaseIsDown() || (await pingDatabase()))
    return new Response(null, { status: 307, headers: { Location: back, 'Cache-Control': 'no-store' } });
  return unavailablePage(back);
}

/**
 * Which views of `/` come from the full-route cache (issue 10), and the key
 * each is cached under. Pure: the proxy decides with it, and the cached
 * route reads its key back with it.
 *
 * The cached set is bounded and is what most readers open: the unfiltered
 * timeline and one value of one facet (a sector, an event type, an actor),
 * newest or oldest first. Anything else (search, several values, dates,
 * list positions, an axis window) renders per request, as before.
 */
import { eventTypeSchema, slugSchema } from '../schemas/common';

/** The internal route the proxy rewrites cached views to; never reachable from outside. */
export const CACHED_TIMELINE_PREFIX = '/timeline/cached/';

const FACETS = ['sector', 'type', 'actor'] as const;
type Facet = (typeof FACETS)[number];
const TYPES: readonly string[] = eventTypeSchema.options;
/** Next's cache-busting parameter of router requests; it names no part of the view. */
const ROUTER_PARAM = '_rsc';

function validValue(facet: Facet, value: string) {
  if (facet === 'type') return TYPES.includes(value);
  return slugSchema.safeParse(value).success;
}

/**
 * The cache key of a query of `/`, or null when the view is rendered per
 * request. 'all' is the unfiltered timeline; otherwise the facet and its
 * value, then `sort=asc` when the oldest come first (`sort=desc` is the
 * default and shares the key of no sort).
 */
export function cachedViewKey(search: URLSearchParams): string | null {
  let facet: Facet | null = null;
  let sort: 'asc' | null = null;
  const keys = new Set<string>();
  for (const key of search.keys()) {
    if (key === ROUTER_PARAM) continue;
    if (keys.has(key)) return null; // a repeated parameter: several values, or an ambiguous sort
    keys.add(key);
    if ((FACETS as readonly string[]).includes(key)) {
      if (facet) return null;
      facet = key as Facet;
    } else if (key === 'sort') {
      const value = search.get(key);
      if (value === 'asc') sort = 'asc';
      else if (value !== 'desc') return null;
    } else {
      return null;
    }
  }
  const parts: string[] = [];
  if (facet) {
    const value = search.get(facet) ?? '';
    if (!validValue(facet, value)) return null;
    parts.push(`${facet}=${value}`);
  }
  if (sort) parts.push(`sort=${sort}`);
  return parts.length ? parts.join('&') : 'all';
}

/** The query a cache key stands for, or null when it is not one cachedViewKey gives. */
export function queryOfViewKey(key: string): Record<string, string> | null {
  // cachedViewKey of no query is 'all', so 'all' passes the same round trip as every other key.
  const search = new URLSearchParams(key === 'all' ? '' : key);
  return cachedViewKey(search) === key ? Object.fromEntries(search) : null;
}

/** The path of the cached route for a key (one path segment). */
export function cachedViewPath(key: string) {
  return `${CACHED_TIMELINE_PREFIX}${encodeURIComponent(key)}`;
}

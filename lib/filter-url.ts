/**
 * Links of the timeline's filter controls. Pure and dependency-free (it ships
 * to the browser with the filter bar's enhancer): which URL parameters are
 * filters, which a filter change keeps (sort and the axis view) and which it
 * drops (list positions, which belong to the old result set).
 */
import type { EventFilter } from './schemas/event-filter';
import { hrefWith } from './url';

export const FILTER_KEYS = ['q', 'actor', 'sector', 'type', 'from', 'to'] as const;
/** Kept across filter changes (contract of `/`): the list order and the axis window and zoom. */
export const KEPT_KEYS = ['sort', 'view', 'zoom'] as const;
/** Dropped by a filter change: cursors and jump-to-date point into the old result set. */
export const RESET_KEYS = ['after', 'before', 'at', 'cursor'] as const;

export type Kept = Partial<Record<(typeof KEPT_KEYS)[number], string>>;
export type FilterValues = Omit<EventFilter, 'type'> & { type?: readonly string[] };

/** The kept parameters of the page's query (the first value of each). */
export function keptOf(query: Record<string, string | string[] | undefined>): Kept {
  const out: Kept = {};
  for (const key of KEPT_KEYS) {
    const value = query[key];
    const one = Array.isArray(value) ? value[0] : value;
    if (one) out[key] = one;
  }
  return out;
}

/** The query string of a filter alone (for the export links), without the leading `?`. */
export function filterSearch(filter: FilterValues) {
  return hrefWith('', {
    q: filter.q,
    actor: filter.actor,
    sector: filter.sector,
    type: filter.type,
    from: filter.from,
    to: filter.to,
  }).replace(/^\?/, '');
}

/** `/` with `filter` changed by `change`, the kept parameters kept and the list cursors dropped. */
export function timelineHref(filter: FilterValues, kept: Kept, change: Partial<FilterValues> = {}) {
  const next = { ...filter, ...change };
  return hrefWith('/', {
    q: next.q,
    actor: next.actor,
    sector: next.sector,
    type: next.type,
    from: next.from,
    to: next.to,
    ...kept,
  });
}

/** Only the filter parameters of a query (every value of each), e.g. for an export link from the address bar. */
export function filterSearchOf(params: URLSearchParams) {
  const out = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const value of params.getAll(key)) if (value.trim() !== '') out.append(key, value);
  return out.toString();
}

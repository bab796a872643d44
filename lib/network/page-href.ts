/**
 * Links of the network and map pages: the timeline's filter parameters
 * (lib/filter-url.ts) plus the page's own, so a filter set on one view
 * carries to the others unchanged.
 */
import { filterSearch } from '../filter-url';
import type { EventFilter } from '../schemas/event-filter';

export function pageHref(path: string, filter: EventFilter, extra: Record<string, string | undefined> = {}) {
  const query = new URLSearchParams(filterSearch(filter));
  for (const [key, value] of Object.entries(extra)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

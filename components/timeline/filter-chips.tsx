import Link from 'next/link';
import type { EventFilter } from '@/lib/schemas/event-filter';
import type { Facets, FacetValue } from '@/lib/data/events';
import { eventTypeLabels } from '@/lib/labels';
import { filterSearch, keptOf, timelineHref, type Kept } from '@/lib/filter-url';
import { isoDay } from '@/lib/dates';
import { dateLabel } from './filter-dates';
import { FilterDownload } from './filter-download';

/** `.chip` in globals.css. */
const chip = 'chip';

type Facet = 'actor' | 'sector' | 'type';

function facetChips(filter: EventFilter, kept: Kept, facet: Facet, title: string, nameOf: (value: string) => string) {
  const values: readonly string[] = filter[facet] ?? [];
  if (values.length === 0) return null;
  return (
    <li className="flex flex-wrap items-center gap-1" data-chip-group={facet}>
      <span className="muted">{title}:</span>
      {values.map((value) => (
        <Link
          key={value}
          prefetch={false}
          href={timelineHref(filter, kept, { [facet]: values.filter((v) => v !== value) })}
          className={chip}
          aria-label={`Remove ${title.toLowerCase()} ${nameOf(value)}`}
          data-chip={`${facet}:${value}`}
        >
          {nameOf(value)} <span aria-hidden="true">✕</span>
        </Link>
      ))}
      {values.length > 1 ? (
        <Link
          prefetch={false}
          href={timelineHref(filter, kept, { [facet]: undefined })}
          className="underline"
          aria-label={`Clear ${title.toLowerCase()}`}
        >
          clear
        </Link>
      ) : null}
    </li>
  );
}

const namesFrom = (values: FacetValue[]) => {
  const names = new Map(values.map((v) => [v.value, v.label]));
  return (slug: string) => names.get(slug) ?? slug;
};

/**
 * Below the filter bar: how many events match, the active filters as
 * removable chips with names (not slugs), "clear" per facet, "Clear all",
 * and the "Download this view" menu. Plain links, so all of it works without
 * JavaScript and every state has its own URL.
 */
export function FilterChips({
  filter,
  facets,
  query,
}: {
  filter: EventFilter;
  facets: Facets;
  query: Record<string, string | string[] | undefined>;
}) {
  const kept = keptOf(query);
  const filtered = Boolean(filter.q || filter.actor?.length || filter.sector?.length || filter.type?.length || filter.from || filter.to);
  const dates = dateLabel(filter.from, filter.to, isoDay(new Date()), facets.years);
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {filtered ? (
        <ul aria-label="Active filters" className="flex flex-wrap items-center gap-x-3 gap-y-1">
          {filter.q ? (
            <li>
              <Link
                prefetch={false}
                href={timelineHref(filter, kept, { q: undefined })}
                className={chip}
                aria-label={`Remove search ${filter.q}`}
              >
                “{filter.q}” <span aria-hidden="true">✕</span>
              </Link>
            </li>
          ) : null}
          {facetChips(filter, kept, 'actor', 'Actor', namesFrom(facets.actors))}
          {facetChips(filter, kept, 'sector', 'Sector', namesFrom(facets.sectors))}
          {facetChips(filter, kept, 'type', 'Type', (v) => eventTypeLabels[v] ?? v)}
          {dates ? (
            <li>
              <Link
                prefetch={false}
                href={timelineHref(filter, kept, { from: undefined, to: undefined })}
                className={chip}
                aria-label={`Remove date ${dates}`}
              >
                {dates} <span aria-hidden="true">✕</span>
              </Link>
            </li>
          ) : null}
          <li>
            <Link prefetch={false} href={timelineHref({}, kept)} className="font-medium underline">
              Clear all
            </Link>
          </li>
        </ul>
      ) : null}
      <div className="ml-auto">
        <FilterDownload search={filterSearch(filter)} total={facets.total} />
      </div>
    </div>
  );
}

import type { EventFilter } from '@/lib/schemas/event-filter';
import type { Facets } from '@/lib/data/events';
import { filterSearchOf, keptOf, timelineHref } from '@/lib/filter-url';
import { queryOf } from '@/lib/page-query';
import { isoDay } from '@/lib/dates';
import { FilterFacet } from './filter-facet';
import { FilterDates } from './filter-dates';
import { FilterFormEnhancer } from './filter-form-enhancer';

/**
 * The timeline's compact filter bar: one row at desktop width. A GET form, so
 * every filter lives in the URL, a shared link shows the same view and it
 * works without JavaScript (tick, then Apply). With JavaScript the enhancer
 * applies each change through the client router and keeps the controls in step
 * with the URL (Back, axis links, chip removal).
 */
export function FilterBar({
  filter,
  facets,
  query,
}: {
  filter: EventFilter;
  facets: Facets;
  query: Record<string, string | string[] | undefined>;
}) {
  const kept = keptOf(query);
  // What the panels fetch their options for: this view's filter and kept parameters.
  const search = timelineHref(filter, kept).replace(/^\/\??/, '');
  return (
    <form action="/" method="get" id="timeline-filters" role="search" aria-label="Filter events" className="fb-form">
      <label htmlFor="f-q" className="sr-only">
        Search text
      </label>
      <input
        id="f-q"
        name="q"
        type="search"
        defaultValue={filter.q ?? ''}
        maxLength={200}
        placeholder="Search, e.g. rare earths, Witkoff"
        className="field fb-q"
      />
      <FilterFacet
        name="actor"
        title="Actor"
        search={search}
        selected={filter.actor ?? []}
        clearHref={timelineHref(filter, kept, { actor: undefined })}
      />
      <FilterFacet
        name="sector"
        title="Sector"
        search={search}
        selected={filter.sector ?? []}
        clearHref={timelineHref(filter, kept, { sector: undefined })}
      />
      <FilterFacet
        name="type"
        title="Type"
        search={search}
        selected={filter.type ?? []}
        clearHref={timelineHref(filter, kept, { type: undefined })}
      />
      <FilterDates
        from={filter.from}
        to={filter.to}
        today={isoDay(new Date())}
        years={facets.years}
        search={search}
        anyDateHref={timelineHref(filter, kept, { from: undefined, to: undefined })}
      />
      {/* Without JavaScript these carry the list order and the axis window through a submit. */}
      {Object.entries(kept).map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
      <button type="submit" className="fb-apply">
        Apply
      </button>
      <FilterFormEnhancer formId="timeline-filters" filters={filterSearchOf(queryOf(query))} />
    </form>
  );
}

import Link from 'next/link';
import { z } from 'zod';
import { eventFilterSchema, queryValues, type EventFilter } from '@/lib/schemas/event-filter';
import { getEventFacets } from '@/lib/data/events';
import { PANEL_FACETS, datePresets, facetOptions, facetValues, type ValueFacet } from '@/lib/facet-panel';
import { keptOf, timelineHref, type Kept } from '@/lib/filter-url';
import { hrefWith } from '@/lib/url';
import { isoDay } from '@/lib/dates';
import { pageRead } from '@/lib/page-read';
import { FacetOptions } from './facet-options';
import { DatePresets } from './date-presets';

type Query = Record<string, string | string[] | undefined>;

const titles = { actor: 'Choose actors', sector: 'Choose sectors', type: 'Choose event types', date: 'Choose a period' } as const;

/** The form's other parameters as hidden fields: the rest of the filter and the kept ones (order, axis window). */
function HiddenFields({ filter, kept, except }: { filter: EventFilter; kept: Kept; except: readonly string[] }) {
  const params = new URLSearchParams(timelineHref(filter, kept).replace(/^\/\??/, ''));
  return [...params]
    .filter(([key]) => !except.includes(key))
    .map(([key, value], i) => <input key={`${key}-${i}`} type="hidden" name={key} value={value} />);
}

/**
 * One panel of the filter bar on a page of its own: where its link leads
 * without JavaScript (with it, the panel on `/` fills in place). A facet's
 * values with their counts as checkboxes of a GET form to `/` that keeps the
 * other parameters; the date presets as links and a custom range.
 */
export async function FacetChoicePage({ params }: { params: Query }) {
  const raw = queryValues(params);
  const facet = z.enum(PANEL_FACETS).catch('sector').parse(raw.facet);
  const parsed = eventFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const kept = keptOf(raw);
  const back = timelineHref(filter, kept);
  const facets = await pageRead(hrefWith('/timeline/filters', raw), () => getEventFacets(filter));
  const field = 'field mt-1 w-full px-2 py-1 text-sm dark:[color-scheme:dark]';

  return (
    <div className="max-w-xl space-y-4">
      <p className="text-sm">
        <Link prefetch={false} href={back} className="underline">
          Back to the timeline
        </Link>
      </p>
      <h1 className="tl-title">{titles[facet]}</h1>
      {parsed.success ? null : (
        <p role="alert" className="alert-box">
          Some filters in this address could not be read, so they were ignored.
        </p>
      )}
      {facet === 'date' ? (
        <>
          <DatePresets presets={datePresets(filter, kept, isoDay(new Date()), facets.years)} />
          <form action="/" method="get" className="space-y-2">
            <fieldset className="grid grid-cols-2 gap-2">
              <legend className="mb-1 text-sm font-medium">Or a range of dates</legend>
              <label className="text-xs font-medium">
                From
                <input name="from" type="date" defaultValue={filter.from ?? ''} className={field} />
              </label>
              <label className="text-xs font-medium">
                To
                <input name="to" type="date" defaultValue={filter.to ?? ''} className={field} />
              </label>
            </fieldset>
            <HiddenFields filter={filter} kept={kept} except={['from', 'to']} />
            <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
              Apply
            </button>
          </form>
        </>
      ) : (
        <FacetForm facet={facet} filter={filter} kept={kept} values={facetValues(facets, facet)} />
      )}
    </div>
  );
}

function FacetForm({
  facet,
  filter,
  kept,
  values,
}: {
  facet: ValueFacet;
  filter: EventFilter;
  kept: Kept;
  values: Parameters<typeof facetOptions>[0];
}) {
  const selected = filter[facet] ?? [];
  const { options } = facetOptions(values, facet, selected, false);
  return (
    <form action="/" method="get" className="space-y-2">
      <fieldset>
        <legend className="mb-1 text-sm font-medium">Any of these (the count is of events in this view)</legend>
        {options.length === 0 ? <p className="text-sm">No values in this view.</p> : null}
        <FacetOptions name={facet} options={options} selected={selected} />
      </fieldset>
      <HiddenFields filter={filter} kept={kept} except={[facet]} />
      <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800">
        Apply
      </button>
    </form>
  );
}

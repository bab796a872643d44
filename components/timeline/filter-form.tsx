import type { EventFilter } from '@/lib/schemas/event-filter';
import type { Facets, FacetValue } from '@/lib/data/events';
import { eventTypeLabels } from '@/lib/labels';
import { FilterFormEnhancer } from './filter-form-enhancer';

const field = 'mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-600 dark:bg-slate-900';
const label = 'block text-sm font-medium';

function options(values: FacetValue[], selected: string | undefined, labelOf = (v: FacetValue) => v.label) {
  const list = [...values];
  if (selected && !list.some((v) => v.value === selected)) list.push({ value: selected, label: selected, count: 0 });
  return list.map((v) => (
    <option key={v.value} value={v.value}>
      {labelOf(v)} ({v.count})
    </option>
  ));
}

/**
 * A GET form: every filter lives in the URL, so a shared link shows the same
 * view and the back button works. Without JavaScript it submits natively;
 * with it, the enhancer navigates client-side and leaves empty fields out of
 * the URL.
 */
export function FilterForm({ filter, facets, zoom }: { filter: EventFilter; facets: Facets; zoom?: string }) {
  return (
    <form
      action="/"
      method="get"
      id="timeline-filters"
      className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3 dark:border-slate-800"
      aria-label="Filter events"
    >
      <div className="sm:col-span-2 lg:col-span-3">
        <label htmlFor="f-q" className={label}>
          Search text
        </label>
        <input
          id="f-q"
          name="q"
          type="search"
          defaultValue={filter.q ?? ''}
          maxLength={200}
          className={field}
          placeholder="e.g. rare earths, Witkoff"
        />
      </div>
      <div>
        <label htmlFor="f-actor" className={label}>
          Actor
        </label>
        <select id="f-actor" name="actor" defaultValue={filter.actor ?? ''} className={field}>
          <option value="">All actors</option>
          {options(facets.actors, filter.actor)}
        </select>
      </div>
      <div>
        <label htmlFor="f-sector" className={label}>
          Sector
        </label>
        <select id="f-sector" name="sector" defaultValue={filter.sector ?? ''} className={field}>
          <option value="">All sectors</option>
          {options(facets.sectors, filter.sector)}
        </select>
      </div>
      <div>
        <label htmlFor="f-type" className={label}>
          Type
        </label>
        <select id="f-type" name="type" defaultValue={filter.type ?? ''} className={field}>
          <option value="">All types</option>
          {options(facets.types, filter.type, (v) => eventTypeLabels[v.value] ?? v.value)}
        </select>
      </div>
      <div>
        <label htmlFor="f-from" className={label}>
          From
        </label>
        <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ''} className={field} />
      </div>
      <div>
        <label htmlFor="f-to" className={label}>
          To
        </label>
        <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ''} className={field} />
      </div>
      {zoom ? <input type="hidden" name="zoom" value={zoom} /> : null}
      <div className="flex items-end gap-2">
        <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800">
          Apply filters
        </button>
        {/* A full page load, not <Link>: the selects are uncontrolled, and a client navigation would keep their old values. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- see the line above */}
        <a href="/" className="rounded px-3 py-2 text-sm underline">
          Clear all
        </a>
      </div>
      <FilterFormEnhancer formId="timeline-filters" />
    </form>
  );
}

import Link from 'next/link';
import type { FacetValue } from '@/lib/data/events';
import { presetsFor } from '@/lib/facet-panel';
import { FacetPanel } from './facet-panel';
import { summaryClass, panelClass } from './filter-styles';

const dayLabel = (day: string) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** What the date button says: the preset's name, or the range. */
export function dateLabel(from: string | undefined, to: string | undefined, today: string, years: FacetValue[]) {
  const presets = presetsFor(today, years);
  const preset = presets.find((p) => p.from === from && p.to === to);
  if (preset) return preset.label;
  if (from && to) return `${dayLabel(from)} – ${dayLabel(to)}`;
  if (from) return `From ${dayLabel(from)}`;
  if (to) return `Until ${dayLabel(to)}`;
  return undefined;
}

/**
 * The date range of the filter bar: presets are plain links, fetched when the
 * panel first opens (FacetPanel; without JavaScript a link to a page of them),
 * a custom range is the form's own From and To fields.
 */
export function FilterDates({
  from,
  to,
  today,
  years,
  search,
  anyDateHref,
}: {
  from?: string;
  to?: string;
  today: string;
  years: FacetValue[];
  /** The view's filter and kept parameters, for the presets' links and counts. */
  search: string;
  anyDateHref: string;
}) {
  const current = dateLabel(from, to, today, years);
  const field = 'field';
  return (
    <details className="sm:relative" data-facet="date">
      <summary className={summaryClass(Boolean(current))}>
        {current ?? 'Any date'}
        <span className="sr-only"> (date range)</span>
        <span aria-hidden="true" className="ml-1 text-xs">
          ▾
        </span>
      </summary>
      <div className={panelClass('right')}>
        <FacetPanel facet="date" search={search} />
        <div className="fb-dates">
          <label>
            From
            <input name="from" type="date" defaultValue={from ?? ''} className={field} />
          </label>
          <label>
            To
            <input name="to" type="date" defaultValue={to ?? ''} className={field} />
          </label>
        </div>
        {from || to ? (
          <Link prefetch={false} href={anyDateHref} className="mt-2 inline-block px-2 text-sm underline">
            Any date
          </Link>
        ) : null}
      </div>
    </details>
  );
}

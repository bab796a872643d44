import Link from 'next/link';
import type { ValueFacet } from '@/lib/facet-panel';
import { summaryClass, panelClass } from './filter-styles';
import { FacetPanel } from './facet-panel';

/**
 * One facet of the filter bar as a disclosure: a checkbox per value with its
 * count beside it. Ticked values are OR-ed; the counts come with the other
 * facets applied, so each says how many events ticking it would add. The
 * options are not in the page: FacetPanel fetches them when the panel is first
 * opened, or links to a page listing them without JavaScript (issue 10).
 */
export function FilterFacet({
  name,
  title,
  search,
  selected,
  clearHref,
}: {
  name: ValueFacet;
  title: string;
  /** The view's filter and kept parameters, for the options' counts. */
  search: string;
  selected: readonly string[];
  clearHref: string;
}) {
  return (
    <details className="sm:relative" data-facet={name}>
      <summary className={summaryClass(selected.length > 0)}>
        {title}
        {selected.length > 0 ? (
          <span className="ml-1 rounded-full bg-blue-700 px-1.5 text-xs font-semibold text-white">
            {selected.length}
            <span className="sr-only"> selected</span>
          </span>
        ) : null}
        <span aria-hidden="true" className="ml-1 text-xs">
          ▾
        </span>
      </summary>
      <div className={panelClass('left')}>
        <fieldset>
          <legend className="sr-only">{title}: any of</legend>
          <FacetPanel facet={name} search={search} selected={selected} />
        </fieldset>
        {selected.length > 0 ? (
          <Link prefetch={false} href={clearHref} className="mt-1 inline-block px-2 text-sm underline">
            Clear {title.toLowerCase()}
          </Link>
        ) : null}
      </div>
    </details>
  );
}

import Link from 'next/link';
import type { FacetValue } from '@/lib/data/events';
import { summaryClass, panelClass } from './filter-styles';
import { FacetOptions, type FacetOption } from './facet-options';

/**
 * How many values a facet lists (those with most events; chosen ones are always listed too). Actors
 * are the long tail (thousands at scale): 15 of them, and a way to the rest, keep `/` light (issue 10).
 */
const FACET_LIMIT = { actor: 15, sector: 40, type: 40 } as const;

/**
 * One facet of the filter bar as a disclosure (works without JavaScript):
 * a checkbox per value with its count beside it. Ticked values are OR-ed;
 * the counts come with the other facets applied, so each says how many
 * events ticking it would add.
 */
export function FilterFacet({
  name,
  title,
  values,
  selected,
  clearHref,
}: {
  name: 'actor' | 'sector' | 'type';
  title: string;
  values: FacetValue[];
  selected: readonly string[];
  clearHref: string;
}) {
  // The values with most events (counts come sorted), then any chosen one beyond them, ticked so it can be
  // unticked: with thousands of actors, listing all would make `/` heavy for a list nobody scrolls.
  const top = values.slice(0, FACET_LIMIT[name]);
  const chosenBeyond = selected
    .filter((v) => !top.some((f) => f.value === v))
    .map((v) => values.find((f) => f.value === v) ?? { value: v, label: v, count: 0 });
  const shown = [...top, ...chosenBeyond];
  const hidden = values.length - top.length - chosenBeyond.filter((v) => v.count > 0).length;
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
          {shown.length === 0 ? <p className="px-2 py-1 text-sm">No values in this view.</p> : null}
          <FacetOptions name={name} options={shown.map((v): FacetOption => [v.value, v.label, v.count])} selected={selected} />
          {hidden > 0 && name === 'actor' ? (
            <p className="muted px-2 pt-1 text-xs" data-more-actors={hidden}>
              More actors:{' '}
              <a href="#f-q" className="underline">
                search by name
              </a>
              , or{' '}
              <Link prefetch={false} href="/actors" className="underline">
                browse all actors
              </Link>
              .
            </p>
          ) : hidden > 0 ? (
            <p className="muted px-2 pt-1 text-xs">{hidden} more with fewer events: search for a name to find them.</p>
          ) : null}
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

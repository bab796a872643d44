import Link from 'next/link';
import type { FacetValue } from '@/lib/data/events';
import { summaryClass, panelClass } from './filter-styles';

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
  // A chosen value the counts don't list (no events, or unknown) still shows, ticked, so it can be unticked.
  const shown = [...values, ...selected.filter((v) => !values.some((f) => f.value === v)).map((v) => ({ value: v, label: v, count: 0 }))];
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
          <ul className="max-h-72 overflow-y-auto">
            {shown.map((v) => (
              <li key={v.value}>
                <label className="flex cursor-pointer items-baseline gap-2 rounded px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                  <input type="checkbox" name={name} value={v.value} defaultChecked={selected.includes(v.value)} className="shrink-0" />
                  <span className="min-w-0 flex-1">{v.label}</span>{' '}
                  <span className="shrink-0 tabular-nums text-slate-600 dark:text-slate-400">
                    {v.count}
                    <span className="sr-only"> {v.count === 1 ? 'event' : 'events'}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
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

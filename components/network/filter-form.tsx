import Link from 'next/link';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { eventTypeLabels } from '@/lib/labels';
import { pageHref } from '@/lib/network/page-href';
import { timelineHref } from '@/lib/filter-url';

type Named = { slug: string; name: string };

const box = 'rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900';

/**
 * The timeline's filters (dates, type, sector; actor and search kept) as a
 * plain GET form for the network and the map: it works without JavaScript
 * and writes the same URL parameters as the timeline.
 */
export function ViewFilterForm({
  path,
  filter,
  sectors,
  actors,
}: {
  path: '/network' | '/map';
  filter: EventFilter;
  sectors: Named[];
  /** The filter's actors that readers may see, with their names. */
  actors: Named[];
}) {
  const types = new Set(filter.type ?? []);
  const chosenSectors = new Set(filter.sector ?? []);
  const nameOf = new Map(actors.map((a) => [a.slug, a.name]));
  const active = Boolean(filter.from || filter.to || filter.q || filter.type?.length || filter.sector?.length || filter.actor?.length);
  return (
    <form
      method="get"
      action={path}
      aria-label="Filters"
      className="space-y-3 rounded border border-slate-200 p-3 text-sm dark:border-slate-800"
    >
      {filter.q ? <input type="hidden" name="q" value={filter.q} /> : null}
      {(filter.actor ?? []).map((slug) => (
        <input key={slug} type="hidden" name="actor" value={slug} />
      ))}
      {filter.actor?.length || filter.q ? (
        <ul className="flex flex-wrap items-center gap-2" aria-label="Kept filters">
          {(filter.actor ?? []).map((slug) => (
            <li key={slug}>
              <span className="text-slate-600 dark:text-slate-400">Actor:</span> {nameOf.get(slug) ?? `${slug} (no such public actor)`}{' '}
              <Link
                className="underline"
                href={pageHref(path, { ...filter, actor: filter.actor?.filter((a) => a !== slug) })}
                aria-label={`Remove actor ${nameOf.get(slug) ?? slug}`}
              >
                remove
              </Link>
            </li>
          ))}
          {filter.q ? (
            <li>
              <span className="text-slate-600 dark:text-slate-400">Search:</span> “{filter.q}”{' '}
              <Link className="underline" href={pageHref(path, { ...filter, q: undefined })} aria-label="Remove the search">
                remove
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <label className="flex flex-col gap-1">
          From
          <input type="date" name="from" defaultValue={filter.from ?? ''} className={box} />
        </label>
        <label className="flex flex-col gap-1">
          To
          <input type="date" name="to" defaultValue={filter.to ?? ''} className={box} />
        </label>
      </div>
      <fieldset>
        <legend className="font-medium">Type</legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {Object.entries(eventTypeLabels).map(([value, label]) => (
            <label key={value} className="flex items-center gap-1">
              <input type="checkbox" name="type" value={value} defaultChecked={types.has(value as never)} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      {sectors.length ? (
        <fieldset>
          <legend className="font-medium">Sector</legend>
          <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {sectors.map((s) => (
              <label key={s.slug} className="flex items-center gap-1">
                <input type="checkbox" name="sector" value={s.slug} defaultChecked={chosenSectors.has(s.slug)} />
                {s.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-blue-700 px-3 py-1.5 font-medium text-white hover:bg-blue-800">
          Apply filters
        </button>
        {active ? (
          <Link className="underline" href={path}>
            Clear all filters
          </Link>
        ) : null}
        <Link className="underline" href={timelineHref(filter, {})}>
          These events on the timeline
        </Link>
      </div>
    </form>
  );
}

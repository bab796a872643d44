import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { eventFilterSchema, eventPageSchema, queryValues, type EventFilter } from '@/lib/schemas/event-filter';
import { getEventExtent, getEventFacets, getPeriodCounts, listEvents, type PeriodUnit } from '@/lib/data/events';
import { getSectorLanes } from '@/lib/data/sectors';
import { FilterBar } from '@/components/timeline/filter-bar';
import { FilterChips } from '@/components/timeline/filter-chips';
import { EventList } from '@/components/timeline/event-list';
import { TimeAxis, defaultZoom, type Lane } from '@/components/timeline/time-axis';
import { EventsChart } from '@/components/charts/events-chart';
import { getEventChart } from '@/lib/data/event-chart';
import { hrefWith } from '@/lib/url';
import { pageRead } from '@/lib/page-read';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Timeline', alternates: { canonical: '/' } };

const zoomSchema = z.enum(['year', 'month', 'day']).optional().catch(undefined);
const PAGE_SIZE = 25;

export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = queryValues(await searchParams);
  const parsedFilter = eventFilterSchema.safeParse(raw);
  const parsedPage = eventPageSchema.safeParse({ cursor: raw.cursor, limit: PAGE_SIZE });
  const problems = [...(parsedFilter.success ? [] : parsedFilter.error.issues), ...(parsedPage.success ? [] : parsedPage.error.issues)].map(
    (issue) => `${issue.path.join('.') || 'filter'}: ${issue.message}`,
  );
  const filter: EventFilter = parsedFilter.success ? parsedFilter.data : {};
  const cursor = parsedPage.success ? parsedPage.data.cursor : undefined;

  const here = hrefWith('/', raw);
  const [facets, page, extent, laneRows] = await pageRead(here, () =>
    Promise.all([getEventFacets(filter), listEvents(filter, { limit: PAGE_SIZE, cursor }), getEventExtent(filter), getSectorLanes()]),
  );
  const lanes: Lane[] = [...laneRows, { slug: null, name: 'No sector' }];
  const window = extent ? { first: filter.from ?? extent.first, last: filter.to ?? extent.last } : null;
  const zoom: PeriodUnit = zoomSchema.parse(raw.zoom) ?? (window ? defaultZoom(window.first, window.last) : 'month');
  const [axisCounts, chart] = await pageRead(here, () =>
    Promise.all([window ? getPeriodCounts(filter, zoom) : Promise.resolve([]), getEventChart(filter)]),
  );

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Timeline of the US–Russia economic talks</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">Meetings, calls, statements and proposals, each with its sources.</p>
      </div>

      {problems.length > 0 ? (
        <div
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">Some filters in this address could not be read, so they were ignored:</p>
          <ul className="list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="space-y-2">
        <FilterBar filter={filter} facets={facets} query={raw} />
        <FilterChips filter={filter} facets={facets} query={raw} />
      </div>

      {window && facets.total > 0 ? (
        <section aria-labelledby="axis-heading" className="space-y-2">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="axis-heading" className="text-lg font-semibold">
              Time axis by sector
            </h2>
            <nav aria-label="Zoom" className="flex gap-1 text-sm">
              {(['year', 'month', 'day'] as const).map((unit) => (
                <Link
                  key={unit}
                  href={hrefWith('/', { ...filter, zoom: unit })}
                  aria-current={unit === zoom ? 'true' : undefined}
                  className={`rounded px-3 py-1 ${unit === zoom ? 'bg-blue-700 text-white' : 'border border-slate-300 dark:border-slate-600'}`}
                >
                  {unit === 'year' ? 'Years' : unit === 'month' ? 'Months' : 'Days'}
                </Link>
              ))}
            </nav>
          </div>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Select a dot to narrow the timeline to that period and sector, one zoom level finer.
          </p>
          <TimeAxis counts={axisCounts} lanes={lanes} window={window} unit={zoom} filter={filter} />
        </section>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="events-heading">
          <h2 id="events-heading" className="mb-3 text-lg font-semibold">
            Events
          </h2>
          {page.data.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 p-6 text-center dark:border-slate-700">
              <p className="font-semibold">No events match these filters.</p>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                Try removing a filter above, widening the date range, or searching for a shorter word.{' '}
                <Link href="/" className="underline">
                  Show all events
                </Link>
                .
              </p>
            </div>
          ) : (
            <EventList events={page.data} />
          )}
          <nav aria-label="Pages" className="mt-4 flex gap-3 text-sm">
            {cursor ? (
              <Link className="underline" href={hrefWith('/', { ...filter, zoom: raw.zoom })}>
                ← First page
              </Link>
            ) : null}
            {page.nextCursor ? (
              <Link className="underline" rel="next" href={hrefWith('/', { ...filter, zoom: raw.zoom, cursor: page.nextCursor })}>
                Later events →
              </Link>
            ) : null}
          </nav>
        </section>
        <aside aria-label="Charts" className="space-y-4">
          {chart ? <EventsChart chart={chart} lanes={lanes} /> : null}
        </aside>
      </div>
    </div>
  );
}

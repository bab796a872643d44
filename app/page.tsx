import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { eventFilterSchema, eventPageSchema, firstValues, type EventFilter } from '@/lib/schemas/event-filter';
import { getEventFacets, getPeriodCounts, listEvents } from '@/lib/data/events';
import { getSectorLanes } from '@/lib/data/sectors';
import { FilterForm } from '@/components/timeline/filter-form';
import { EventList } from '@/components/timeline/event-list';
import type { Lane } from '@/components/timeline/time-axis';
import { TimeAxisSection } from '@/components/timeline/time-axis-section';
import { EventsPerMonth } from '@/components/charts/events-per-month';
import { hrefWith } from '@/lib/url';
import { eventTypeLabels } from '@/lib/labels';
import { pageRead } from '@/lib/page-read';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Timeline', alternates: { canonical: '/' } };

const zoomSchema = z.enum(['year', 'month', 'day']).optional().catch(undefined);
const PAGE_SIZE = 25;

export default async function TimelinePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = firstValues(await searchParams);
  const parsedFilter = eventFilterSchema.safeParse(raw);
  const parsedPage = eventPageSchema.safeParse({ cursor: raw.cursor, limit: PAGE_SIZE });
  const problems = [...(parsedFilter.success ? [] : parsedFilter.error.issues), ...(parsedPage.success ? [] : parsedPage.error.issues)].map(
    (issue) => `${issue.path.join('.') || 'filter'}: ${issue.message}`,
  );
  const filter: EventFilter = parsedFilter.success ? parsedFilter.data : {};
  const cursor = parsedPage.success ? parsedPage.data.cursor : undefined;

  const here = hrefWith('/', raw);
  const [facets, page, laneRows] = await pageRead(here, () =>
    Promise.all([getEventFacets(filter), listEvents(filter, { limit: PAGE_SIZE, cursor }), getSectorLanes()]),
  );
  const lanes: Lane[] = [...laneRows, { slug: null, name: 'No sector' }];
  const zoom = zoomSchema.parse(raw.zoom);
  const monthCounts = await pageRead(here, () => getPeriodCounts(filter, 'month'));
  const active = Object.entries(filter).filter(([, v]) => v);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">Timeline of the US–Russia economic talks</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          Meetings, calls, statements and proposals, each with its sources. {facets.total} event{facets.total === 1 ? '' : 's'}
          {active.length ? ' match the filters.' : ' in all.'}
        </p>
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

      <FilterForm filter={filter} facets={facets} zoom={zoom} />

      {active.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2 text-sm" aria-label="Active filters">
          <span>Filtered by:</span>
          {active.map(([key, value]) => (
            <Link
              key={key}
              href={hrefWith('/', { ...filter, [key]: undefined, zoom: raw.zoom })}
              className="rounded-full border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              aria-label={`Remove filter ${key}: ${value}`}
            >
              {key}: {key === 'type' ? eventTypeLabels[String(value)] : String(value)} ✕
            </Link>
          ))}
        </div>
      ) : null}

      {facets.total > 0 ? <TimeAxisSection filter={filter} params={raw} here={here} /> : null}

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
          {monthCounts.length > 0 ? <EventsPerMonth counts={monthCounts} lanes={lanes} /> : null}
        </aside>
      </div>
    </div>
  );
}

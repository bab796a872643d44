import Link from 'next/link';
import { eventFilterSchema, queryValues } from '@/lib/schemas/event-filter';
import { getEventChart } from '@/lib/data/event-chart';
import { getSectorLanes } from '@/lib/data/sectors';
import { filterSearch } from '@/lib/filter-url';
import { hrefWith } from '@/lib/url';
import { pageRead } from '@/lib/page-read';
import { ChartNumbers } from '../timeline/chart-numbers';
import { chartColumns } from '@/lib/chart-columns';
import { ChartNote } from './events-chart';

type Query = Record<string, string | string[] | undefined>;

/**
 * The events chart's numbers table on a page of its own, for the filter in
 * the query: where "Show the numbers" leads without JS (with JS the chart
 * draws the same table in place). The same data and columns as the chart on `/`.
 */
export async function ChartNumbersPage({ params }: { params: Query }) {
  const raw = queryValues(params);
  const parsed = eventFilterSchema.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const search = filterSearch(filter);
  const back = search ? `/?${search}` : '/';
  const [chart, laneRows] = await pageRead(hrefWith('/timeline/numbers', raw), () =>
    Promise.all([getEventChart(filter), getSectorLanes()]),
  );
  const columns = chart ? chartColumns(chart, laneRows) : null;

  return (
    <div className="max-w-4xl space-y-4">
      <p className="text-sm">
        <Link href={back} className="underline">
          Back to the timeline{search ? ' (same filters)' : ''}
        </Link>
      </p>
      <h1 className="tl-title">{columns ? `Events per ${columns.one}, by sector` : 'Events per period, by sector'}</h1>
      {parsed.success ? null : (
        <p role="alert" className="alert-box">
          Some filters in this address could not be read, so they were ignored.
        </p>
      )}
      {chart && columns ? (
        <section data-events-numbers={chart.unit} className="space-y-2">
          <ChartNote chart={chart} columns={columns} />
          <ChartNumbers heading={columns.heading} one={columns.one} labels={columns.labels} series={columns.series} />
        </section>
      ) : (
        <p>No events match these filters.</p>
      )}
    </div>
  );
}

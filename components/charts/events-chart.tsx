import type { EventChart } from '@/lib/chart-buckets';
import { chartColumns, type ChartColumns } from '@/lib/chart-columns';
import { LazyEventsChart } from './lazy-events-chart';

interface Lane {
  slug: string | null;
  name: string;
}

/** The sentence under the chart's caption: the range, the gaps, and the events no period holds. */
export function ChartNote({ chart, columns }: { chart: EventChart; columns: ChartColumns }) {
  const { one, many, labels, series } = columns;
  const notDrawn = chart.notDrawn.reduce((n, y) => n + y.events, 0);
  const empty = labels.filter((_, i) => series.every((s) => s.values[i] === 0)).length;
  return (
    <p className="muted text-xs">
      {labels[0]}
      {labels.length > 1 ? ` to ${labels[labels.length - 1]}` : ''}, every {one} shown
      {empty > 0 ? `: the ${empty} empty ${empty === 1 ? one : many} are gaps` : ''}. An event in several sectors counts once in each.
      {notDrawn > 0
        ? ` Not drawn: ${notDrawn} event${notDrawn === 1 ? '' : 's'} known only to the year (${chart.notDrawn.map((y) => `${y.year}: ${y.events}`).join(', ')}), which no single ${one} holds.`
        : ''}
    </p>
  );
}

/**
 * Events per period by sector. The caption and the note are server-rendered;
 * the columns (labels and a series per sector) are not in the page (issue 10):
 * the client fetches them from /timeline/chart-data when the chart scrolls into
 * view, with the bars' library. The numbers table, the chart's text
 * alternative, is drawn from the same columns when "Show the numbers" opens;
 * without JS that is a link to /timeline/numbers, the same table on its own
 * page. Every period of the range has a row and a bar slot, so an empty
 * period shows as a gap. `search` is the filter's query string.
 */
export function EventsChart({ chart, lanes, search }: { chart: EventChart; lanes: Lane[]; search: string }) {
  const columns = chartColumns(chart, lanes);
  const { one, many, heading, labels } = columns;
  const query = search ? `?${search}` : '';

  return (
    <figure className="tl-card" data-events-chart={chart.unit}>
      <figcaption className="text-sm font-semibold">Events per {one}, by sector</figcaption>
      <ChartNote chart={chart} columns={columns} />
      {/* The columns are not in the page: the client fetches them as the chart comes into view (issue 10). */}
      <LazyEventsChart
        key={query}
        dataHref={`/timeline/chart-data${query}`}
        label={`Stacked bar chart of events per ${one} by sector, ${labels.length} ${labels.length === 1 ? one : many}; the numbers are under “Show the numbers” below.`}
        heading={heading}
        one={one}
        numbersHref={`/timeline/numbers${query}`}
      />
    </figure>
  );
}

import type { EventChart } from '@/lib/chart-buckets';
import { periodLabel } from '@/lib/chart-buckets';
import { laneColours, noSectorColour } from '@/lib/labels';
import { LazyEventsChart } from './lazy-events-chart';

const unitWords = {
  month: ['month', 'months', 'Month'],
  quarter: ['quarter', 'quarters', 'Quarter'],
  year: ['year', 'years', 'Year'],
  decade: ['decade', 'decades', 'Decade'],
} as const;

interface Lane {
  slug: string | null;
  name: string;
}

/** The chart's columns: a label per period and a series per sector, in the axis lanes' order and colours. */
export function chartColumns(chart: EventChart, lanes: Lane[]) {
  const [one, many, heading] = unitWords[chart.unit];
  const labels = chart.periods.map((p) => periodLabel(p, chart.unit));
  const order = (sector: string | null) => {
    const i = lanes.findIndex((l) => l.slug === sector);
    return i < 0 ? lanes.length : i;
  };
  const series = [...chart.series]
    .sort((a, b) => order(a.sector) - order(b.sector))
    .map((s) => {
      const i = order(s.sector);
      return {
        key: s.sector ?? 'no-sector',
        name: s.sector === null ? 'No sector' : (lanes[i]?.name ?? s.sector),
        colour: s.sector === null ? noSectorColour : laneColours[i % laneColours.length],
        values: s.values,
      };
    });
  return { one, many, heading, labels, series };
}

/**
 * Events per period by sector. The bars load lazily on the client; the
 * caption and the note are server-rendered. The numbers table, the chart's
 * text alternative, is not in the page's HTML (issue 10: up to 120 periods ×
 * 20 sectors): with JS it is drawn from the columns the chart already holds
 * when "Show the numbers" opens; without JS that is a link to
 * /timeline/numbers, the same table on its own page. Every period of the range has a row and a
 * bar slot, so an empty period shows as a gap.
 */
/** The sentence under the chart's caption: the range, the gaps, and the events no period holds. */
export function ChartNote({ chart, columns }: { chart: EventChart; columns: ReturnType<typeof chartColumns> }) {
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

export function EventsChart({ chart, lanes, numbersHref }: { chart: EventChart; lanes: Lane[]; numbersHref: string }) {
  const columns = chartColumns(chart, lanes);
  const { one, many, heading, labels, series } = columns;

  return (
    <figure className="tl-card" data-events-chart={chart.unit}>
      <figcaption className="text-sm font-semibold">Events per {one}, by sector</figcaption>
      <ChartNote chart={chart} columns={columns} />
      <LazyEventsChart
        labels={labels}
        series={series}
        label={`Stacked bar chart of events per ${one} by sector, ${labels.length} ${labels.length === 1 ? one : many}; the numbers are under “Show the numbers” below.`}
        heading={heading}
        one={one}
        numbersHref={numbersHref}
      />
    </figure>
  );
}

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

/**
 * Events per period by sector. The bars load lazily on the client; the
 * caption and the note are server-rendered; the numbers table, the chart's
 * text alternative, is server-rendered too, by the client component that
 * holds the columns (so they travel once). Every period of the range has a row and a
 * bar slot, so an empty period shows as a gap.
 */
export function EventsChart({ chart, lanes }: { chart: EventChart; lanes: Lane[] }) {
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
  const notDrawn = chart.notDrawn.reduce((n, y) => n + y.events, 0);
  const empty = labels.filter((_, i) => series.every((s) => s.values[i] === 0)).length;

  return (
    <figure className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-events-chart={chart.unit}>
      <figcaption className="text-sm font-semibold">Events per {one}, by sector</figcaption>
      <p className="muted text-xs">
        {labels[0]}
        {labels.length > 1 ? ` to ${labels[labels.length - 1]}` : ''}, every {one} shown
        {empty > 0 ? `: the ${empty} empty ${empty === 1 ? one : many} are gaps` : ''}. An event in several sectors counts once in each.
        {notDrawn > 0
          ? ` Not drawn: ${notDrawn} event${notDrawn === 1 ? '' : 's'} known only to the year (${chart.notDrawn.map((y) => `${y.year}: ${y.events}`).join(', ')}), which no single ${one} holds.`
          : ''}
      </p>
      <LazyEventsChart
        labels={labels}
        series={series}
        label={`Stacked bar chart of events per ${one} by sector, ${labels.length} ${labels.length === 1 ? one : many}; the numbers are in the table below.`}
        heading={heading}
        one={one}
      />
    </figure>
  );
}

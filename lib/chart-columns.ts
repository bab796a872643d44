import { periodLabel, type EventChart } from './chart-buckets';
import { laneColours, noSectorColour } from './labels';

const unitWords = {
  month: ['month', 'months', 'Month'],
  quarter: ['quarter', 'quarters', 'Quarter'],
  year: ['year', 'years', 'Year'],
  decade: ['decade', 'decades', 'Decade'],
} as const;

/**
 * The events chart's columns: a label per period and a series per sector, in
 * the axis lanes' order and colours (an unknown sector and "no sector" last).
 * Pure: the chart on `/` (its caption), its data route
 * (app/timeline/chart-data) and the numbers page all draw from it.
 */
export function chartColumns(chart: EventChart, lanes: { slug: string | null; name: string }[]) {
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

export type ChartColumns = ReturnType<typeof chartColumns>;

import type { PeriodCount } from '@/lib/data/events';
import type { Lane } from '@/components/timeline/time-axis';
import { laneColours, noSectorColour } from '@/lib/labels';
import { monthHeading, parseIsoDay } from '@/lib/dates';
import { MonthlyChart } from './monthly-chart';

/** The events-per-month chart by sector, with its numbers as a table for screen readers and copying. */
export function EventsPerMonth({ counts: all, lanes }: { counts: PeriodCount[]; lanes: Lane[] }) {
  // Events known only to the year have no month to be counted in.
  const counts = all.filter((c) => c.span === 'month');
  const yearOnly = all.filter((c) => c.span === 'year').reduce((n, c) => n + c.count, 0);
  const present = lanes.filter((lane) => counts.some((c) => c.sector === lane.slug));
  const months = [...new Set(counts.map((c) => c.period))].sort();
  const key = (slug: string | null) => slug ?? 'no-sector';
  const rows = months.map((month) => {
    const row: Record<string, number | string> = { month: monthHeading(parseIsoDay(month)) };
    for (const c of counts) if (c.period === month) row[key(c.sector)] = c.count;
    return row;
  });
  const series = present.map((lane) => ({
    key: key(lane.slug),
    name: lane.name,
    colour: lane.slug ? laneColours[lanes.indexOf(lane) % laneColours.length] : noSectorColour,
  }));
  return (
    <figure className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <figcaption className="text-sm font-semibold">Events per month, by sector</figcaption>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        An event in several sectors counts once in each.
        {yearOnly > 0 ? ` ${yearOnly} sector entr${yearOnly === 1 ? 'y is' : 'ies are'} dated only to the year and not shown.` : ''}
      </p>
      <MonthlyChart
        rows={rows}
        series={series}
        label={`Stacked bar chart of events per month by sector, ${months.length} months; the numbers are in the table below.`}
      />
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the numbers</summary>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Events per month table">
          <table className="mt-2 min-w-full text-left text-xs">
            <thead>
              <tr>
                <th scope="col" className="pr-3">
                  Month
                </th>
                {series.map((s) => (
                  <th key={s.key} scope="col" className="pr-3">
                    {s.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={String(row.month)}>
                  <th scope="row" className="pr-3 font-normal">
                    {row.month}
                  </th>
                  {series.map((s) => (
                    <td key={s.key} className="pr-3">
                      {row[s.key] ?? 0}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

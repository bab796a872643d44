/**
 * The events chart's periods: the finest of month, quarter, year (decade as a
 * last resort) that keeps the chart at most MAX_BARS wide, and every period
 * between the first and the last, so an empty period is a visible gap instead
 * of being skipped. Pure, so the server builds the chart and tests check it.
 */
import { MONTHS } from './dates';

export const MAX_BARS = 120;

const CHART_UNITS = ['month', 'quarter', 'year', 'decade'] as const;
type ChartUnit = (typeof CHART_UNITS)[number];

/** How precisely an event's date is known (lib/dates Precision). */
type Precision = 'day' | 'month' | 'year';

/** Months since year 0 of a YYYY-MM-DD day: one integer makes every unit plain arithmetic. */
function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

const monthsPer: Record<ChartUnit, number> = { month: 1, quarter: 3, year: 12, decade: 120 };

function bucketIndex(iso: string, unit: ChartUnit): number {
  return Math.floor(monthIndex(iso) / monthsPer[unit]);
}

function bucketIso(index: number, unit: ChartUnit): string {
  const m = index * monthsPer[unit];
  return `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}-01`;
}

/** Bars needed to show every `unit` period from the one holding `first` to the one holding `last`. */
export function barCount(first: string, last: string, unit: ChartUnit): number {
  return bucketIndex(last, unit) - bucketIndex(first, unit) + 1;
}

/** The finest unit that shows first..last in at most MAX_BARS bars. */
export function chartUnit(first: string, last: string): ChartUnit {
  return CHART_UNITS.find((unit) => barCount(first, last, unit) <= MAX_BARS) ?? 'decade';
}

/** First day of every `unit` period from the one holding `first` to the one holding `last`. */
export function periodsBetween(first: string, last: string, unit: ChartUnit): string[] {
  const from = bucketIndex(first, unit);
  return Array.from({ length: Math.max(0, bucketIndex(last, unit) - from + 1) }, (_, i) => bucketIso(from + i, unit));
}

/** "Mar 2025", "Q1 2025", "2025", "2020s". */
export function periodLabel(start: string, unit: ChartUnit): string {
  const year = start.slice(0, 4);
  const month = Number(start.slice(5, 7)) - 1;
  if (unit === 'month') return `${MONTHS[month].slice(0, 3)} ${year}`;
  if (unit === 'quarter') return `Q${Math.floor(month / 3) + 1} ${year}`;
  if (unit === 'year') return year;
  return `${year}s`;
}

/** Whether a date known to `precision` lies within one `unit` period (a year-only date is not inside one quarter). */
function fits(precision: Precision, unit: ChartUnit): boolean {
  return precision !== 'year' || unit === 'year' || unit === 'decade';
}

/** Events per start month, precision and sector lane (null: no sector), as lib/data/event-chart.ts reads them. */
export interface MonthCount {
  month: string; // YYYY-MM-01
  precision: Precision;
  sector: string | null;
  count: number;
}

interface ChartSeriesValues {
  sector: string | null;
  values: number[]; // one per period
}

export interface EventChart {
  unit: ChartUnit;
  periods: string[]; // first day of each period, continuous
  series: ChartSeriesValues[]; // sectors with at least one counted entry, in first-seen order
  /** Events (not sector entries) dated more coarsely than the unit, by year: counted here, not drawn. */
  notDrawn: { year: string; events: number }[];
}

/**
 * The chart for these counts. The range is that of the entries the bars can
 * place; a year-only event can't be put in a month or quarter, so it is left
 * out of those charts (and reported in notDrawn) rather than pinned to
 * January. When that would leave out most entries, the chart goes to years,
 * where every event fits.
 */
export function buildEventChart(counts: MonthCount[], yearOnlyEvents: { year: string; events: number }[]): EventChart | null {
  if (counts.length === 0) return null;
  const rows = [...counts].sort((a, b) => a.month.localeCompare(b.month));
  const total = rows.reduce((n, r) => n + r.count, 0);
  const pick = (): ChartUnit => {
    const fine = rows.filter((r) => fits(r.precision, 'month'));
    const placed = fine.reduce((n, r) => n + r.count, 0);
    if (fine.length > 0 && placed * 2 >= total) {
      const unit = chartUnit(fine[0].month, fine[fine.length - 1].month);
      if (unit === 'month' || unit === 'quarter') return unit;
    }
    const unit = chartUnit(rows[0].month, rows[rows.length - 1].month);
    return unit === 'month' || unit === 'quarter' ? 'year' : unit;
  };
  const unit = pick();
  const drawn = rows.filter((r) => fits(r.precision, unit));
  const periods = periodsBetween(drawn[0].month, drawn[drawn.length - 1].month, unit);
  const first = bucketIndex(periods[0], unit);
  const series = new Map<string | null, number[]>();
  for (const r of drawn) {
    let values = series.get(r.sector);
    if (!values) series.set(r.sector, (values = periods.map(() => 0)));
    values[bucketIndex(r.month, unit) - first] += r.count;
  }
  return {
    unit,
    periods,
    series: [...series].map(([sector, values]) => ({ sector, values })),
    notDrawn: fits('year', unit) ? [] : yearOnlyEvents.filter((y) => y.events > 0),
  };
}

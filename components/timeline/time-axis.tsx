import Link from 'next/link';
import type { PeriodCount, PeriodUnit } from '@/lib/data/events';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { isoDay, parseIsoDay, periodEnd, periodStart } from '@/lib/dates';
import { hrefWith } from '@/lib/url';
import { laneColours, noSectorColour } from '@/lib/labels';

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MAX_BUCKETS = 400;
const finer: Record<PeriodUnit, PeriodUnit> = { year: 'month', month: 'day', day: 'day' };

export interface Lane {
  slug: string | null;
  name: string;
}

function step(date: Date, unit: PeriodUnit) {
  const d = new Date(date.getTime());
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + 1);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

export function bucketsBetween(first: string, last: string, unit: PeriodUnit): string[] {
  const out: string[] = [];
  const end = parseIsoDay(last);
  for (let d = periodStart(parseIsoDay(first), unit); d <= end && out.length <= MAX_BUCKETS; d = step(d, unit)) {
    out.push(isoDay(d));
  }
  return out;
}

/** Picks the zoom that shows the window in a readable number of buckets. */
export function defaultZoom(first: string, last: string): PeriodUnit {
  const days = (parseIsoDay(last).getTime() - parseIsoDay(first).getTime()) / 86_400_000;
  if (days > 3 * 366) return 'year';
  if (days > 62) return 'month';
  return 'day';
}

function tickLabel(period: string, unit: PeriodUnit, index: number) {
  const d = parseIsoDay(period);
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') {
    return index === 0 || d.getUTCMonth() === 0 ? `${MONTH_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}` : MONTH_SHORT[d.getUTCMonth()];
  }
  return index === 0 || d.getUTCDate() === 1
    ? `${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()]}`
    : d.getUTCDate() % 7 === 1
      ? String(d.getUTCDate())
      : '';
}

function describe(period: string, unit: PeriodUnit) {
  const d = parseIsoDay(period);
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') return `${MONTH_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${MONTH_SHORT[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** Index range of the buckets a period covers, clipped to the window; null when outside. */
function coveredBuckets(buckets: string[], period: string, span: PeriodUnit): [number, number] | null {
  const start = period;
  const end = isoDay(periodEnd(parseIsoDay(period), span));
  let first = -1;
  let last = -1;
  buckets.forEach((b, i) => {
    if (b >= start && b <= end) {
      if (first < 0) first = i;
      last = i;
    }
  });
  return first < 0 ? null : [first, last];
}

/**
 * A server-rendered time axis: one lane per sector (an event in several
 * sectors shows in each lane), a dot per period sized by its event count.
 * Each dot links to the timeline narrowed to that period and sector, one
 * zoom level finer, so the axis drills down from years to days.
 */
export function TimeAxis({
  counts,
  lanes,
  window,
  unit,
  filter,
}: {
  counts: PeriodCount[];
  lanes: Lane[];
  window: { first: string; last: string };
  unit: PeriodUnit;
  filter: EventFilter;
}) {
  const buckets = bucketsBetween(window.first, window.last, unit);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const byLane = new Map<string, PeriodCount[]>();
  for (const c of counts) {
    const key = c.sector ?? '';
    byLane.set(key, [...(byLane.get(key) ?? []), c]);
  }
  const shown = lanes.filter((lane) => byLane.has(lane.slug ?? ''));
  const max = Math.max(1, ...counts.filter((c) => c.span === unit).map((c) => c.count));
  const labelWidth = 170;
  const cell = Math.max(8, Math.min(48, 760 / Math.max(1, buckets.length)));
  const laneHeight = 30;
  const width = labelWidth + buckets.length * cell + 10;
  const height = 24 + shown.length * laneHeight;
  const colourOf = (lane: Lane, i: number) => (lane.slug ? laneColours[i % laneColours.length] : noSectorColour);

  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 dark:border-slate-800"
      tabIndex={0}
      role="region"
      aria-label={`Time axis by sector, one dot per ${unit}`}
    >
      <svg
        width={width}
        height={height}
        className="block text-slate-700 dark:text-slate-300"
        role="group"
        aria-label="Events by sector over time"
      >
        {buckets.map((b, i) => {
          const label = tickLabel(b, unit, i);
          return label ? (
            <text key={b} x={labelWidth + i * cell + cell / 2} y={14} textAnchor="middle" fontSize={10} fill="currentColor">
              {label}
            </text>
          ) : null;
        })}
        {shown.map((lane, row) => {
          const y = 24 + row * laneHeight + laneHeight / 2;
          const colour = colourOf(lane, lanes.indexOf(lane));
          return (
            <g key={lane.slug ?? 'none'}>
              <text x={8} y={y + 4} fontSize={12} fill="currentColor">
                {lane.name.length > 24 ? `${lane.name.slice(0, 23)}…` : lane.name}
              </text>
              <line x1={labelWidth} x2={width - 10} y1={y} y2={y} stroke="currentColor" strokeOpacity={0.15} />
              {(byLane.get(lane.slug ?? '') ?? []).map((c) => {
                const end = isoDay(periodEnd(parseIsoDay(c.period), c.span));
                const href = hrefWith('/', {
                  ...filter,
                  sector: lane.slug ?? filter.sector,
                  from: c.period,
                  to: end,
                  zoom: finer[c.span],
                });
                const n = `${c.count} event${c.count === 1 ? '' : 's'}`;
                if (c.span !== unit) {
                  // Dated only to a coarser period: a band across all of it, never a dot on its first day.
                  const range = coveredBuckets(buckets, c.period, c.span);
                  if (!range) return null;
                  const text = `${describe(c.period, c.span)} (date known only to the ${c.span}), ${lane.name}: ${n}`;
                  return (
                    <Link key={`${c.span}-${c.period}`} href={href} aria-label={text}>
                      <title>{text}</title>
                      <rect
                        x={labelWidth + range[0] * cell + 1}
                        y={y - 5}
                        width={(range[1] - range[0] + 1) * cell - 2}
                        height={10}
                        rx={5}
                        fill={colour}
                        fillOpacity={0.3}
                        stroke={colour}
                        strokeDasharray="3 2"
                      />
                    </Link>
                  );
                }
                const i = index.get(c.period);
                if (i === undefined) return null;
                const r = 3 + 8 * Math.sqrt(c.count / max);
                const text = `${describe(c.period, unit)}, ${lane.name}: ${n}`;
                return (
                  <Link key={c.period} href={href} aria-label={text}>
                    <title>{text}</title>
                    <circle cx={labelWidth + i * cell + cell / 2} cy={y} r={r} fill={colour} fillOpacity={0.85} />
                  </Link>
                );
              })}
            </g>
          );
        })}
      </svg>
    </div>
  );
}

import type { PeriodCount, PeriodUnit } from '@/lib/data/events';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { isoDay, parseIsoDay, periodEnd } from '@/lib/dates';
import { hrefWith } from '@/lib/url';
import { dayOf, isoOf, MONTH_SHORT, ymd } from '@/lib/timeline/days';
import { computeTicks, type Ticks } from '@/lib/timeline/ticks';
import { spanOf, type View } from '@/lib/timeline/view';
import { AXIS_BOX, axisBoxStyle, TICK_FONT, TICKS_HEIGHT } from './axis/layout';
import { LaneLabels, type AxisLane } from './axis/lane-labels';

/** A sector lane as the page and the chart name it. */
export interface Lane {
  slug: string | null;
  name: string;
}

const finer: Record<PeriodUnit, PeriodUnit> = { year: 'month', month: 'day', day: 'day' };

/** A generous width per character of an 11 px label: the server can't measure, so it errs wide. */
const approxWidth = (text: string) => text.length * 7.2;
/**
 * Plot widths the server lays labels out for: the narrowest plot on a phone, and the
 * narrowest from the md breakpoint up. The real plot is at least that wide, so labels
 * placed in percent never come closer than they were laid out.
 */
const PHONE_PLOT_PX = 240;
const WIDE_PLOT_PX = 480;

function describe(period: string, unit: PeriodUnit) {
  const [y, m, d] = ymd(dayOf(period));
  if (unit === 'year') return String(y);
  if (unit === 'month') return `${MONTH_SHORT[m]} ${y}`;
  return `${d} ${MONTH_SHORT[m]} ${y}`;
}

function TickRows({ ticks, assumed, className }: { ticks: Ticks; assumed: number; className: string }) {
  const pct = (x: number) => `${(x / assumed) * 100}%`;
  return (
    <div className={className} aria-hidden="true">
      {[ticks.context, ticks.major].map((row, r) =>
        row.map((t) => (
          <span
            key={`${r}-${t.day}`}
            data-tick-label=""
            className={`absolute whitespace-nowrap ${r === 0 ? 'text-slate-900 dark:text-slate-100' : 'text-slate-600 dark:text-slate-400'}`}
            style={{ left: pct(t.x), top: r === 0 ? 2 : 17, font: TICK_FONT }}
          >
            {t.text}
          </span>
        )),
      )}
    </div>
  );
}

/**
 * The server-rendered time axis: the first paint, and the whole axis without
 * JavaScript. One lane per sector (an event in several sectors shows in each
 * lane), a dot per period sized by its event count, a band across the whole
 * period for events dated only to a coarser one (dashed: its day is unknown).
 * Positions are percentages, so lanes fill the box at any width. Each mark is a
 * plain link (no prefetch), named by its aria-label only (a <title> too would
 * double the largest part of the page's HTML) to the timeline narrowed to that period and sector,
 * one zoom level finer.
 */
export function TimeAxis({
  counts,
  lanes,
  view,
  unit,
  filter,
  laneHrefs,
}: {
  counts: PeriodCount[];
  lanes: AxisLane[];
  laneHrefs: Record<string, string>;
  view: View;
  unit: PeriodUnit;
  filter: EventFilter;
}) {
  const span = spanOf(view);
  const pct = (day: number) => `${(((day - view.start) / span) * 100).toFixed(3)}%`;
  const laneOf = new Map(lanes.map((lane, i) => [lane.slug, i]));
  const inView = counts.filter((c) => dayOf(isoDay(periodEnd(parseIsoDay(c.period), c.span))) >= view.start && dayOf(c.period) <= view.end);
  const max = Math.max(1, ...inView.filter((c) => c.span === unit).map((c) => c.count));
  const rowPct = 100 / Math.max(1, lanes.length);
  const phone = computeTicks(view, PHONE_PLOT_PX, approxWidth);
  const wide = computeTicks(view, WIDE_PLOT_PX, approxWidth);

  return (
    <div className={AXIS_BOX} style={axisBoxStyle(lanes.length)}>
      <LaneLabels lanes={lanes} hrefs={laneHrefs} />
      <div className="relative min-w-0">
        <div className="relative overflow-hidden" style={{ height: TICKS_HEIGHT }}>
          <TickRows ticks={phone} assumed={PHONE_PLOT_PX} className="md:hidden" />
          <TickRows ticks={wide} assumed={WIDE_PLOT_PX} className="hidden md:block" />
        </div>
        <svg
          className="absolute inset-x-0 bottom-0 text-slate-700 dark:text-slate-300"
          style={{ top: TICKS_HEIGHT }}
          width="100%"
          height={`calc(100% - ${TICKS_HEIGHT}px)`}
          role="group"
          aria-label={`Events by sector over time, one mark per ${unit}, ${isoOf(view.start)} to ${isoOf(view.end)}`}
        >
          {wide.lines.map((x) => (
            <line
              key={x}
              x1={`${(x / WIDE_PLOT_PX) * 100}%`}
              x2={`${(x / WIDE_PLOT_PX) * 100}%`}
              y1="0"
              y2="100%"
              stroke="currentColor"
              strokeOpacity={0.1}
            />
          ))}
          {lanes.map((lane, row) => (
            <line
              key={lane.slug ?? '-'}
              x1="0"
              x2="100%"
              y1={`${(row + 0.5) * rowPct}%`}
              y2={`${(row + 0.5) * rowPct}%`}
              stroke="currentColor"
              strokeOpacity={0.12}
            />
          ))}
          {inView.map((c) => {
            const row = laneOf.get(c.sector);
            if (row === undefined) return null;
            const lane = lanes[row];
            const y = (row + 0.5) * rowPct;
            const endIso = isoDay(periodEnd(parseIsoDay(c.period), c.span));
            const href = hrefWith('/', { ...filter, sector: lane.slug ?? filter.sector, from: c.period, to: endIso, zoom: finer[c.span] });
            const n = `${c.count} event${c.count === 1 ? '' : 's'}`;
            const first = Math.max(view.start, dayOf(c.period));
            const last = Math.min(view.end + 1, dayOf(endIso) + 1);
            if (c.span !== unit) {
              // Dated only to a coarser period: a band across all of it, never a dot on its first day.
              const text = `${describe(c.period, c.span)} (date known only to the ${c.span}), ${lane.name}: ${n}`;
              return (
                <a key={`${c.sector}-${c.span}-${c.period}`} href={href} aria-label={text}>
                  <rect
                    x={pct(first)}
                    y={`${y - rowPct * 0.3}%`}
                    width={`${((last - first) / span) * 100}%`}
                    height={`${rowPct * 0.6}%`}
                    rx={3}
                    fill={lane.colour}
                    fillOpacity={0.25}
                    stroke={lane.colour}
                    strokeDasharray="3 2"
                  />
                </a>
              );
            }
            const text = `${describe(c.period, unit)}, ${lane.name}: ${n}`;
            return (
              <a key={`${c.sector}-${c.period}`} href={href} aria-label={text}>
                <circle
                  cx={pct((first + last) / 2)}
                  cy={`${y}%`}
                  r={2.5 + 4.5 * Math.sqrt(c.count / max)}
                  fill={lane.colour}
                  fillOpacity={0.85}
                />
              </a>
            );
          })}
        </svg>
      </div>
    </div>
  );
}

import type { PeriodCount, PeriodUnit } from '@/lib/data/events';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { isoDay, parseIsoDay, periodEnd } from '@/lib/dates';
import { hrefWith } from '@/lib/url';
import { dayOf, isoOf, MONTH_SHORT, ymd } from '@/lib/timeline/days';
import { computeTicks, type Ticks } from '@/lib/timeline/ticks';
import { spanOf, type View } from '@/lib/timeline/view';
import { approxWidth, periodLastDay, PHONE_PLOT_PX, WIDE_PLOT_PX } from '@/lib/timeline/axis-svg';
import { AXIS_BOX, axisBoxStyle, TICK_FONT, TICKS_HEIGHT } from './axis/layout';
import { LaneLabels, type AxisLane } from './axis/lane-labels';

/** A sector lane as the page and the chart name it. */
export interface Lane {
  slug: string | null;
  name: string;
}

const finer: Record<PeriodUnit, PeriodUnit> = { year: 'month', month: 'day', day: 'day' };

/** At most this many period links over the image; more periods with events are linked a unit coarser. */
const MAX_PERIOD_LINKS = 40;

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

/** Periods of `unit` holding events in the view (any lane), coarsened until there are at most MAX_PERIOD_LINKS. */
function linkedPeriods(counts: PeriodCount[], unit: PeriodUnit, view: View) {
  const coarser: Record<PeriodUnit, PeriodUnit> = { day: 'month', month: 'year', year: 'year' };
  const inView = counts.filter((c) => c.span === unit && periodLastDay(c) >= view.start && dayOf(c.period) <= view.end);
  let linkUnit = unit;
  for (;;) {
    const periods = new Map<string, number>();
    for (const c of inView) {
      const period = linkUnit === unit ? c.period : linkUnit === 'month' ? `${c.period.slice(0, 7)}-01` : `${c.period.slice(0, 4)}-01-01`;
      periods.set(period, (periods.get(period) ?? 0) + c.count);
    }
    if (periods.size <= MAX_PERIOD_LINKS || linkUnit === 'year') return { unit: linkUnit, periods: [...periods.keys()].sort() };
    linkUnit = coarser[linkUnit];
  }
}

/**
 * The server-rendered time axis: the first paint, and the whole axis without
 * JavaScript. Tick labels and lane names are markup; the marks (a dot per
 * period and lane sized by its count, a dashed band for events dated only to
 * a coarser period) are an SVG image from /timeline/axis-image for the same
 * filter and window, so the page's HTML and RSC payload carry none of them.
 * Over the image, a transparent link per period with events (at most
 * MAX_PERIOD_LINKS) narrows the timeline to that period, one zoom level
 * finer; a lane's name narrows it to that sector.
 */
export function TimeAxis({
  counts,
  lanes,
  view,
  unit,
  filter,
  laneHrefs,
  imageSrc,
}: {
  counts: PeriodCount[];
  lanes: AxisLane[];
  laneHrefs: Record<string, string>;
  view: View;
  unit: PeriodUnit;
  filter: EventFilter;
  imageSrc: string;
}) {
  const span = spanOf(view);
  const pct = (day: number) => `${(((day - view.start) / span) * 100).toFixed(3)}%`;
  const phone = computeTicks(view, PHONE_PLOT_PX, approxWidth);
  const wide = computeTicks(view, WIDE_PLOT_PX, approxWidth);
  const links = linkedPeriods(counts, unit, view);

  return (
    <div className={AXIS_BOX} style={axisBoxStyle(lanes.length)}>
      <LaneLabels lanes={lanes} hrefs={laneHrefs} />
      <div className="relative min-w-0">
        <div className="relative overflow-hidden" style={{ height: TICKS_HEIGHT }}>
          <TickRows ticks={phone} assumed={PHONE_PLOT_PX} className="md:hidden" />
          <TickRows ticks={wide} assumed={WIDE_PLOT_PX} className="hidden md:block" />
        </div>
        <div className="absolute inset-x-0 bottom-0" style={{ top: TICKS_HEIGHT }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn per filter: nothing for next/image to optimise */}
          <img
            src={imageSrc}
            alt={`Events by sector over time, one mark per ${unit}, ${isoOf(view.start)} to ${isoOf(view.end)}`}
            className="absolute inset-0 size-full"
            fetchPriority="high"
          />
          <nav aria-label={`Periods (${links.unit}s with events)`}>
            {links.periods.map((period) => {
              const endIso = isoDay(periodEnd(parseIsoDay(period), links.unit));
              const first = Math.max(view.start, dayOf(period));
              const last = Math.min(view.end + 1, dayOf(endIso) + 1);
              return (
                <a
                  key={period}
                  data-period={period}
                  href={hrefWith('/', { ...filter, from: period, to: endIso, zoom: finer[links.unit] })}
                  aria-label={`${describe(period, links.unit)}: show its events`}
                  className="absolute inset-y-0 focus-visible:outline-2 focus-visible:outline-blue-600"
                  style={{ left: pct(first), width: `${(((last - first) / span) * 100).toFixed(3)}%` }}
                />
              );
            })}
          </nav>
        </div>
      </div>
    </div>
  );
}

import type { PeriodCount, PeriodUnit } from '@/lib/data/events';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { hrefWith } from '@/lib/url';
import { dayOf, isoOf } from '@/lib/timeline/days';
import { computeTicks, type TickLabel } from '@/lib/timeline/ticks';
import { spanOf, type View } from '@/lib/timeline/view';
import { approxWidth, periodLastDay, PHONE_PLOT_PX, WIDE_PLOT_PX } from '@/lib/timeline/axis-svg';
import type { AxisLane, LaneLink } from './axis/lane-labels';
import { StaticAxis, type PeriodLink, type TickRow } from './axis/static-axis';

/** A sector lane as the page and the chart name it. */
export interface Lane {
  slug: string | null;
  name: string;
}

/** At most this many period links over the image; more periods with events are linked a unit coarser. */
const MAX_PERIOD_LINKS = 40;

/**
 * A row of labels for both plot widths at once, as plain values: each text once, with its left edge in % of a
 * phone's plot and of a wide one (null where that width doesn't show it). A label both widths have was sent
 * twice before (issue 10).
 */
function tickRow(phone: TickLabel[], wide: TickLabel[]): TickRow {
  const at = (t: TickLabel, assumed: number) => Number(((t.x / assumed) * 100).toFixed(2));
  const row: TickRow = wide.map((t) => [t.text, null, at(t, WIDE_PLOT_PX)]);
  for (const t of phone) {
    const shared = row.find((r) => r[0] === t.text && r[1] === null);
    if (shared) shared[1] = at(t, PHONE_PLOT_PX);
    else row.push([t.text, at(t, PHONE_PLOT_PX), null]);
  }
  return row;
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
 * This lays the axis out; StaticAxis (a client component) draws it from plain
 * values, so the RSC payload holds no element tree for it.
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
  laneLink,
  imageSrc,
}: {
  counts: PeriodCount[];
  lanes: AxisLane[];
  laneLink: LaneLink;
  view: View;
  unit: PeriodUnit;
  filter: EventFilter;
  imageSrc: string;
}) {
  const span = spanOf(view);
  const pct = (days: number) => Number(((days / span) * 100).toFixed(3));
  const phone = computeTicks(view, PHONE_PLOT_PX, approxWidth);
  const wide = computeTicks(view, WIDE_PLOT_PX, approxWidth);
  const linked = linkedPeriods(counts, unit, view);
  const links = linked.periods.map((period): PeriodLink => {
    const first = Math.max(view.start, dayOf(period));
    const last = Math.min(view.end + 1, periodLastDay({ period, span: linked.unit }) + 1);
    return [period, pct(first - view.start), pct(last - first)];
  });

  return (
    <StaticAxis
      lanes={lanes}
      laneLink={laneLink}
      ticks={[tickRow(phone.context, wide.context), tickRow(phone.major, wide.major)]}
      links={links}
      linkBase={hrefWith('', { ...filter }).replace(/^\?/, '')}
      linkUnit={linked.unit}
      imageSrc={imageSrc}
      alt={`Events by sector over time, one mark per ${unit}, ${isoOf(view.start)} to ${isoOf(view.end)}`}
    />
  );
}

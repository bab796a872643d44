'use client';

import { AXIS_BOX, axisBoxStyle, TICKS_HEIGHT } from './layout';
import { LaneLabels, type AxisLane } from './lane-labels';

/** A row of tick labels: each label's left edge in % of the plot, and its text. */
export type TickRow = [left: number, text: string][];
/** A period link over the image: period start (ISO), href, accessible name, left and width in % of the plot. */
export type PeriodLink = [period: string, href: string, label: string, left: number, width: number];

interface StaticAxisProps {
  lanes: AxisLane[];
  laneHrefs: Record<string, string>;
  /** Context and major rows for a phone's plot width, then for a wide one. */
  phone: [TickRow, TickRow];
  wide: [TickRow, TickRow];
  links: PeriodLink[];
  linkUnit: string;
  imageSrc: string;
  alt: string;
}

/** Two rows of labels (context above, major below); their font, rows and colours are `.tick` in globals.css. */
function TickRows({ rows, className }: { rows: [TickRow, TickRow]; className: string }) {
  return (
    <div className={className} aria-hidden="true">
      {rows.map((row, r) =>
        row.map(([left, text], i) => (
          <span key={`${r}-${i}`} data-tick-label="" className={r === 0 ? 'tick ctx' : 'tick'} style={{ left: `${left}%` }}>
            {text}
          </span>
        )),
      )}
    </div>
  );
}

/**
 * The server axis's markup (components/timeline/time-axis.tsx lays it out), drawn
 * from plain values: a client component so that the page's RSC payload carries
 * the labels and links once, not a second copy of their element tree beside the
 * HTML (issue 10). The links are plain anchors: they work without JavaScript.
 */
export function StaticAxis({ lanes, laneHrefs, phone, wide, links, linkUnit, imageSrc, alt }: StaticAxisProps) {
  return (
    <div className={AXIS_BOX} style={axisBoxStyle(lanes.length)}>
      <LaneLabels lanes={lanes} hrefs={laneHrefs} />
      <div className="relative min-w-0">
        <div className="relative overflow-hidden" style={{ height: TICKS_HEIGHT }}>
          <TickRows rows={phone} className="md:hidden" />
          <TickRows rows={wide} className="hidden md:block" />
        </div>
        <div className="absolute inset-x-0 bottom-0" style={{ top: TICKS_HEIGHT }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn per filter: nothing for next/image to optimise */}
          <img src={imageSrc} alt={alt} className="absolute inset-0 size-full" fetchPriority="high" />
          <nav aria-label={`Periods (${linkUnit}s with events)`}>
            {links.map(([period, href, label, left, width]) => (
              <a
                key={period}
                data-period={period}
                href={href}
                aria-label={label}
                className="period-link"
                style={{ left: `${left}%`, width: `${width}%` }}
              />
            ))}
          </nav>
        </div>
      </div>
    </div>
  );
}

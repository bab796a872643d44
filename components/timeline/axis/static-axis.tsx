'use client';

import type { CSSProperties } from 'react';
import { AXIS_BOX, axisBoxStyle, TICKS_HEIGHT } from './layout';
import { LaneLabels, type AxisLane, type LaneLink } from './lane-labels';
import { periodLinkHref, periodLinkLabel, type LinkUnit } from '@/lib/timeline/period-link';

/** A row of tick labels: each text once, with its left edge in % of a phone's plot and of a wide one (null: not shown at that width). */
export type TickRow = [text: string, phone: number | null, wide: number | null][];
/** A period link over the image: period start (ISO), left and width in % of the plot (href and name follow from the period). */
export type PeriodLink = [period: string, left: number, width: number];

interface StaticAxisProps {
  lanes: AxisLane[];
  laneLink: LaneLink;
  /** Context and major rows, for a phone's plot width and a wide one at once. */
  ticks: [TickRow, TickRow];
  links: PeriodLink[];
  /** The filter's query string, which each period link narrows. */
  linkBase: string;
  linkUnit: LinkUnit;
  imageSrc: string;
  alt: string;
}

/**
 * Two rows of labels (context above, major below), each text once for both widths: `.tick` in globals.css places
 * it at --p below md and at --w from md (hidden where it has none), and sets its font, row and colour.
 */
function TickRows({ rows }: { rows: [TickRow, TickRow] }) {
  return (
    <div aria-hidden="true">
      {rows.map((row, r) =>
        row.map(([text, phone, wide], i) => (
          <span
            key={`${r}-${i}`}
            data-tick-label=""
            className={`tick${r === 0 ? ' ctx' : ''}${phone === null ? ' w' : wide === null ? ' p' : ''}`}
            style={{ '--p': phone === null ? undefined : `${phone}%`, '--w': wide === null ? undefined : `${wide}%` } as CSSProperties}
          >
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
export function StaticAxis({ lanes, laneLink, ticks, links, linkBase, linkUnit, imageSrc, alt }: StaticAxisProps) {
  return (
    <div className={AXIS_BOX} style={axisBoxStyle(lanes.length)}>
      <LaneLabels lanes={lanes} link={laneLink} />
      <div className="relative min-w-0">
        <div className="relative overflow-hidden" style={{ height: TICKS_HEIGHT }}>
          <TickRows rows={ticks} />
        </div>
        <div className="absolute inset-x-0 bottom-0" style={{ top: TICKS_HEIGHT }}>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn per filter: nothing for next/image to optimise */}
          <img src={imageSrc} alt={alt} className="absolute inset-0 size-full" fetchPriority="high" />
          <nav aria-label={`Periods (${linkUnit}s with events)`}>
            {links.map(([period, left, width]) => (
              <a
                key={period}
                data-period={period}
                href={periodLinkHref(linkBase, period, linkUnit)}
                aria-label={periodLinkLabel(period, linkUnit)}
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

import { timelineHref, type FilterValues, type Kept } from '@/lib/filter-url';

/** What a lane's name narrows: the page's filter and kept parameters (its sector replaced by the lane's). */
export interface LaneLink {
  filter: FilterValues;
  kept: Kept;
}

export interface AxisLane {
  slug: string | null;
  name: string;
  colour: string;
}

/**
 * Lane names beside the lanes, each with its colour swatch, so the column is
 * also the legend. A name too long for its row is cut with an ellipsis and
 * shown whole on hover (and in the tooltip), never truncated in the markup.
 * A sector's name links to the timeline narrowed to that sector, keeping the
 * page's other filters (`link`; drawn here so the RSC payload carries no URL
 * per lane): a plain link, so it works the same with and without JavaScript.
 */
export function LaneLabels({ lanes, link }: { lanes: AxisLane[]; link?: LaneLink }) {
  return (
    // Short class names (`.lanes`, `.lane*` in globals.css; the top padding is TICKS_HEIGHT): each lane's look would repeat.
    <ul aria-label="Sectors (lanes) and their colours" className="lanes">
      {lanes.map((lane) => (
        <li key={lane.slug ?? '-'} title={lane.name} className="lane">
          <span aria-hidden="true" style={{ background: lane.colour }} />
          {lane.slug && link ? (
            <a
              href={timelineHref(link.filter, link.kept, { sector: [lane.slug] })}
              aria-label={`Show only ${lane.name}`}
              className="lane-name"
            >
              {lane.name}
            </a>
          ) : (
            <span className="lane-name">{lane.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

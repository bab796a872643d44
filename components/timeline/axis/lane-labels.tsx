export interface AxisLane {
  slug: string | null;
  name: string;
  colour: string;
}

/**
 * Lane names beside the lanes, each with its colour swatch, so the column is
 * also the legend. A name too long for its row is cut with an ellipsis and
 * shown whole on hover (and in the tooltip), never truncated in the markup.
 * A sector's name links to the timeline narrowed to that sector (`hrefs`, by
 * slug): a plain link, so it works the same with and without JavaScript.
 */
export function LaneLabels({ lanes, hrefs = {} }: { lanes: AxisLane[]; hrefs?: Record<string, string> }) {
  return (
    // Short class names (`.lanes`, `.lane*` in globals.css; the top padding is TICKS_HEIGHT): each lane's look would repeat.
    <ul aria-label="Sectors (lanes) and their colours" className="lanes">
      {lanes.map((lane) => (
        <li key={lane.slug ?? '-'} title={lane.name} className="lane">
          <span aria-hidden="true" style={{ background: lane.colour }} />
          {lane.slug && hrefs[lane.slug] ? (
            <a href={hrefs[lane.slug]} aria-label={`Show only ${lane.name}`} className="lane-name">
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

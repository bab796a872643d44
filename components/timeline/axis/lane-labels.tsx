import { TICKS_HEIGHT } from './layout';

const NAME =
  'truncate hover:absolute hover:left-5 hover:z-10 hover:overflow-visible hover:rounded hover:bg-white hover:px-1 hover:shadow dark:hover:bg-slate-900';

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
    <ul
      aria-label="Sectors (lanes) and their colours"
      className="flex min-w-0 flex-col border-r border-slate-200 dark:border-slate-800"
      style={{ paddingTop: TICKS_HEIGHT }}
    >
      {lanes.map((lane) => (
        <li
          key={lane.slug ?? '-'}
          title={lane.name}
          className="relative flex min-h-0 flex-1 items-center gap-1.5 px-2 text-slate-700 dark:text-slate-300"
        >
          <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ background: lane.colour }} />
          {lane.slug && hrefs[lane.slug] ? (
            <a
              href={hrefs[lane.slug]}
              aria-label={`Show only ${lane.name}`}
              className={`${NAME} underline decoration-slate-300 underline-offset-2 hover:decoration-current focus:absolute focus:left-5 focus:z-10 focus:overflow-visible focus:bg-white focus:px-1 dark:focus:bg-slate-900`}
            >
              {lane.name}
            </a>
          ) : (
            <span className={NAME}>{lane.name}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

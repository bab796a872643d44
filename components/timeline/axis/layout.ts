/**
 * The axis box, shared by the server SVG and the client canvas so that the
 * client can take over in exactly the same place (no layout shift). Its height
 * is set by the server from the number of lanes (axisHeight), so every lane
 * fits: 14 px a lane on phones, 17 px wider, which keeps ten sectors within the
 * first screen (176 px and 206 px).
 */
export const AXIS_BOX =
  'relative grid [--lane-h:14px] sm:[--lane-h:17px] grid-cols-[6.5rem_minmax(0,1fr)] overflow-hidden rounded-lg border border-slate-200 bg-white md:grid-cols-[14rem_minmax(0,1fr)] dark:border-slate-800 dark:bg-slate-950';
/** Height of the two rows of tick labels above the lanes, in pixels. */
export const TICKS_HEIGHT = 34;
/** The font of tick labels; the client measures with it, so it is set inline rather than by class. */
export const TICK_FONT = '11px ui-sans-serif, system-ui, sans-serif';
/** Toolbar row above the box: the same height whether it holds the no-JS links or the buttons. */
export const AXIS_TOOLBAR = 'flex h-8 items-center gap-1 text-sm';

/** The box's height for `lanes` lanes (at least three, so a one-sector view isn't a sliver), borders included. */
export function axisHeight(lanes: number) {
  return `calc(${TICKS_HEIGHT + 2}px + ${Math.max(3, lanes)} * var(--lane-h))`;
}

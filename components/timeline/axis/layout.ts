/**
 * The axis box, shared by the server SVG and the client canvas so that the
 * client can take over in exactly the same place (no layout shift). Heights
 * keep the whole axis within the first screen: 160 px on phones, 208 px wider.
 */
export const AXIS_BOX =
  'relative grid h-[160px] grid-cols-[6.5rem_minmax(0,1fr)] overflow-hidden rounded-lg border border-slate-200 bg-white sm:h-[208px] md:grid-cols-[14rem_minmax(0,1fr)] dark:border-slate-800 dark:bg-slate-950';
/** Height of the two rows of tick labels above the lanes, in pixels. */
export const TICKS_HEIGHT = 34;
/** The font of tick labels; the client measures with it, so it is set inline rather than by class. */
export const TICK_FONT = '11px ui-sans-serif, system-ui, sans-serif';
/** Toolbar row above the box: the same height whether it holds the no-JS links or the buttons. */
export const AXIS_TOOLBAR = 'flex h-8 items-center gap-1 text-sm';

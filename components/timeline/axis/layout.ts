import type React from 'react';

/**
 * The axis box, shared by the server SVG and the client canvas so that the
 * client can take over in exactly the same place (no layout shift). Its height
 * follows the number of lanes (axisBoxStyle; `.axis-box` in globals.css): up to
 * 12 px a lane on phones and 17 px wider, squeezed down to 8 px so that many
 * sectors still fit the first screen (a box of at most 160 px on phones, 220 px
 * wider, below its 32 px toolbar).
 */
export const AXIS_BOX = 'axis-box axis-frame';
/** Height of the two rows of tick labels above the lanes, in pixels. */
export const TICKS_HEIGHT = 34;
/** The font of tick labels; the client measures with it. `.tick` in globals.css sets the same font on the server's labels. */
export const TICK_FONT = '11px ui-sans-serif, system-ui, sans-serif';
/** Toolbar row above the box: the same height whether it holds the no-JS links or the buttons. */
export const AXIS_TOOLBAR = 'flex h-8 items-center gap-1 text-sm';

/** The box's inline style for `lanes` lanes (at least three, so a one-sector view isn't a sliver). */
export function axisBoxStyle(lanes: number) {
  const n = Math.max(3, lanes);
  return { '--lanes': n, height: `calc(${TICKS_HEIGHT + 2}px + ${n} * var(--lane-h))` } as React.CSSProperties;
}

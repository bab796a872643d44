import { dayOf, lastDayOf } from './days';
import { computeTicks } from './ticks';
import { spanOf, type View } from './view';

type Unit = 'year' | 'month' | 'day';

/** A generous width per character of an 11 px label: the server can't measure, so it errs wide. */
export const approxWidth = (text: string) => text.length * 7.2;
/**
 * Plot widths the server lays labels out for: the narrowest plot on a phone, and the
 * narrowest from the md breakpoint up. The real plot is at least that wide, so labels
 * placed in percent never come closer than they were laid out.
 */
export const PHONE_PLOT_PX = 240;
export const WIDE_PLOT_PX = 480;

export interface AxisSvgInput {
  view: View;
  unit: Unit;
  counts: { period: string; span: Unit; sector: string | null; count: number }[];
  lanes: { slug: string | null; colour: string }[];
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The last day a count's period covers, as a day number. */
export function periodLastDay(c: { period: string; span: Unit }) {
  return lastDayOf(c.period, c.span);
}

/**
 * The server axis's marks as a standalone SVG image: a dot per period and
 * lane sized by its count, a dashed band across a coarser period for events
 * dated only to it, lane rules and the wide layout's grid lines. No viewBox:
 * coordinates are percentages of the <img> box, so it fills any width while
 * dots stay round. An image, not inline markup, so `/` carries none of it
 * (neither in the HTML nor in the RSC payload); the page adds tick labels,
 * lane names and period links around it. Colours follow the reader's scheme.
 */
export function axisSvg({ view, unit, counts, lanes }: AxisSvgInput): string {
  const span = spanOf(view);
  const pct = (day: number) => `${(((day - view.start) / span) * 100).toFixed(3)}%`;
  const laneOf = new Map(lanes.map((lane, i) => [lane.slug, i]));
  const inView = counts.filter((c) => periodLastDay(c) >= view.start && dayOf(c.period) <= view.end);
  const max = Math.max(1, ...inView.filter((c) => c.span === unit).map((c) => c.count));
  const rowPct = 100 / Math.max(1, lanes.length);
  const parts: string[] = [];
  for (const x of computeTicks(view, WIDE_PLOT_PX, approxWidth).lines) {
    const at = `${((x / WIDE_PLOT_PX) * 100).toFixed(3)}%`;
    parts.push(`<line x1="${at}" x2="${at}" y1="0" y2="100%" stroke-opacity=".1"/>`);
  }
  lanes.forEach((_, row) => {
    const y = `${((row + 0.5) * rowPct).toFixed(3)}%`;
    parts.push(`<line x1="0" x2="100%" y1="${y}" y2="${y}" stroke-opacity=".12"/>`);
  });
  for (const c of inView) {
    const row = laneOf.get(c.sector);
    if (row === undefined) continue;
    const colour = esc(lanes[row].colour);
    const y = (row + 0.5) * rowPct;
    const first = Math.max(view.start, dayOf(c.period));
    const last = Math.min(view.end + 1, periodLastDay(c) + 1);
    if (c.span !== unit) {
      // Dated only to a coarser period: a band across all of it, never a dot on its first day.
      parts.push(
        `<rect x="${pct(first)}" y="${(y - rowPct * 0.3).toFixed(3)}%" width="${(((last - first) / span) * 100).toFixed(3)}%" height="${(rowPct * 0.6).toFixed(3)}%" rx="3" fill="${colour}" fill-opacity=".25" stroke="${colour}" stroke-dasharray="3 2"/>`,
      );
    } else {
      const r = (2.5 + 4.5 * Math.sqrt(c.count / max)).toFixed(2);
      parts.push(`<circle cx="${pct((first + last) / 2)}" cy="${y.toFixed(3)}%" r="${r}" fill="${colour}" fill-opacity=".85"/>`);
    }
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%">` +
    `<style>svg{color:#334155}line{stroke:currentColor}@media (prefers-color-scheme:dark){svg{color:#cbd5e1}}</style>` +
    `${parts.join('')}</svg>`
  );
}

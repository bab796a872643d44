import { dayFromYmd, dayOf, ymd } from './days';
import { clampView, fitView, parseView, type View } from './view';

export type BucketUnit = 'year' | 'month' | 'day';

/** The server axis draws at most this many periods, so its HTML stays small. */
export const MAX_BUCKETS = 120;

/** How many periods of `unit` the view touches. */
export function bucketCount(view: View, unit: BucketUnit): number {
  if (unit === 'day') return Math.floor(view.end) - Math.floor(view.start) + 1;
  const [y0, m0] = ymd(view.start);
  const [y1, m1] = ymd(view.end);
  return unit === 'year' ? y1 - y0 + 1 : (y1 - y0) * 12 + m1 - m0 + 1;
}

/**
 * The window the page opens on: the `view` in the URL, else the filter's date
 * range, else all events with a margin. A window far off the data or wider
 * than it (a hand-edited `view=0001-01-01..9999-12-31`) is brought back to it,
 * as the client axis would.
 */
export function initialView(params: { view?: string; from?: string; to?: string; extent: { first: string; last: string } }): View {
  const data = { start: dayOf(params.extent.first), end: dayOf(params.extent.last) };
  const given = parseView(params.view);
  if (given) return clampView(given, data);
  if (!params.from && !params.to) return fitView(data.start, data.end);
  const first = dayOf(params.from ?? params.extent.first);
  const last = dayOf(params.to ?? params.extent.last);
  return clampView({ start: Math.min(first, last), end: Math.max(first, last) }, data);
}

/**
 * The server axis's unit and window. Without a `zoom`, the finest unit that fits
 * in MAX_BUCKETS. With one that would need more (days over ten years), the window
 * shrinks to the latest MAX_BUCKETS periods, so "Days" shows the recent days
 * rather than the first days of the range.
 */
export function serverAxis(view: View, zoom?: BucketUnit): { view: View; unit: BucketUnit } {
  if (!zoom) {
    const unit = (['day', 'month', 'year'] as const).find((u) => bucketCount(view, u) <= MAX_BUCKETS) ?? 'year';
    return { view, unit };
  }
  if (bucketCount(view, zoom) <= MAX_BUCKETS) return { view, unit: zoom };
  const [y, m, d] = ymd(view.end);
  const start =
    zoom === 'day'
      ? dayFromYmd(y, m, d - MAX_BUCKETS + 1)
      : zoom === 'month'
        ? dayFromYmd(y, m - MAX_BUCKETS + 1)
        : dayFromYmd(y - MAX_BUCKETS + 1, 0);
  return { view: { start, end: view.end }, unit: zoom };
}

import { dayOf, isoOf } from './days';

/** The visible window of the axis, in day numbers; `end` is the last visible day (inclusive). */
export interface View {
  start: number;
  end: number;
}

/** The narrowest window: a week, so that day labels are always reachable and never absurdly wide. */
const MIN_SPAN_DAYS = 7;
const VIEW_RE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** `view=YYYY-MM-DD..YYYY-MM-DD` from the URL; null when absent, malformed or reversed. */
export function parseView(value: string | null | undefined): View | null {
  const m = value ? VIEW_RE.exec(value) : null;
  if (!m) return null;
  const start = dayOf(m[1]);
  const end = dayOf(m[2]);
  // Date.parse accepts 2025-02-31 by rolling over; insist on a real calendar day.
  if (!Number.isFinite(start) || !Number.isFinite(end) || isoOf(start) !== m[1] || isoOf(end) !== m[2] || end < start) return null;
  return { start, end };
}

export function formatView(view: View): string {
  return `${isoOf(Math.round(view.start))}..${isoOf(Math.round(view.end))}`;
}

/** The span in days, counting both ends (a one-day view spans 1). */
export function spanOf(view: View): number {
  return view.end - view.start + 1;
}

/** A view on a data extent with a little margin, so the first and last marks are not on the edge. */
export function fitView(first: number, last: number): View {
  const span = Math.max(MIN_SPAN_DAYS, last - first + 1);
  const pad = Math.max(1, Math.round(span * 0.03));
  const mid = (first + last) / 2;
  const half = Math.max(span / 2 + pad, MIN_SPAN_DAYS / 2);
  return { start: Math.floor(mid - half), end: Math.ceil(mid + half) };
}

/**
 * Keeps a view sensible for data spanning `data` (first to last day): never
 * narrower than a week, never wider than all the data with its margin, and
 * never panned so far that its centre leaves the data.
 */
export function clampView(view: View, data: View): View {
  const span = Math.min(spanOf(fitView(data.start, data.end)), Math.max(MIN_SPAN_DAYS, spanOf(view)));
  const centre = Math.min(Math.max((view.start + view.end) / 2, data.start), data.end);
  const start = centre - (span - 1) / 2;
  return { start, end: start + span - 1 };
}

/** Zooms by `factor` (>1 zooms in) keeping the day at fraction `at` (0–1) of the width where it is. */
export function zoomView(view: View, factor: number, at = 0.5): View {
  const span = spanOf(view);
  const next = span / factor;
  const pivot = view.start + span * at;
  const start = pivot - next * at;
  return { start, end: start + next - 1 };
}

/** Pans by a fraction of the span (negative = earlier). */
export function panView(view: View, fraction: number): View {
  const shift = spanOf(view) * fraction;
  return { start: view.start + shift, end: view.end + shift };
}

/** Rounds a view to whole days, as the URL and data-view show it. */
export function roundView(view: View): View {
  const start = Math.round(view.start);
  return { start, end: Math.max(start, Math.round(view.end)) };
}

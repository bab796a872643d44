import { lowerBound, type TimelineData } from '@/lib/timeline/compact';
import { spanOf, type View } from '@/lib/timeline/view';

/** What the pointer is over: one event, or several aggregated in a density bin. */
export interface Hit {
  events: number[];
  lane: number;
  from: number;
  to: number;
}

/** Width of a density bin, in CSS pixels. */
const BIN = 3;
const POINT_HIT = 6;

const isPoint = (d: TimelineData, i: number) => (d.flags[i] & 3) === 0 && d.end[i] === d.start[i];
const isApproximate = (d: TimelineData, i: number) => (d.flags[i] & 4) !== 0;

/** The lane's events that may show in the view: [lo, hi) into laneEvents, looking back by its longest event. */
function laneRange(d: TimelineData, lane: number, from: number, to: number): [number, number] {
  const list = d.laneEvents[lane];
  return [lowerBound(list, d.start, Math.floor(from) - d.laneMaxLength[lane]), lowerBound(list, d.start, Math.floor(to) + 1)];
}

/** A lane with more marks than a quarter of its pixels is drawn as density, not one mark per event. */
const isDense = (count: number, width: number) => count > width / 4;

let pointBins = new Float32Array(0);
let bandBins = new Float32Array(0);

/**
 * Draws one frame. Work is bounded by the events in view (binary search on
 * start days, per lane), and at coarse zoom by the number of bins, so 100k
 * events stay within a frame. Bands are honest: an event known only to the
 * month covers the month, dashed when approximate.
 */
export function drawAxis(
  ctx: CanvasRenderingContext2D,
  d: TimelineData,
  view: View,
  width: number,
  height: number,
  lines: number[],
  focus: number,
) {
  ctx.clearRect(0, 0, width, height);
  const lanes = d.lanes.length;
  const laneH = height / Math.max(1, lanes);
  const ppd = width / spanOf(view);
  const xOf = (day: number) => (day - view.start) * ppd;
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1;
  ctx.strokeStyle = 'rgba(100,116,139,0.18)';
  ctx.beginPath();
  for (const x of lines) {
    ctx.moveTo(Math.round(x) + 0.5, 0);
    ctx.lineTo(Math.round(x) + 0.5, height);
  }
  for (let l = 1; l < lanes; l++) {
    ctx.moveTo(0, Math.round(l * laneH) + 0.5);
    ctx.lineTo(width, Math.round(l * laneH) + 0.5);
  }
  ctx.stroke();

  const bins = Math.ceil(width / BIN) + 1;
  if (pointBins.length < bins * lanes) {
    pointBins = new Float32Array(bins * lanes);
    bandBins = new Float32Array(bins * lanes);
  } else {
    pointBins.fill(0);
    bandBins.fill(0);
  }
  const dense: boolean[] = [];
  let maxPoint = 1;
  let maxBand = 1;
  for (let l = 0; l < lanes; l++) {
    const [lo, hi] = laneRange(d, l, view.start, view.end);
    dense[l] = isDense(hi - lo, width);
    if (!dense[l]) continue;
    const list = d.laneEvents[l];
    const base = l * bins;
    for (let k = lo; k < hi; k++) {
      const i = list[k];
      if (d.end[i] < view.start) continue;
      if (isPoint(d, i)) {
        const b = Math.floor(xOf(d.start[i] + 0.5) / BIN);
        if (b >= 0 && b < bins) maxPoint = Math.max(maxPoint, ++pointBins[base + b]);
      } else {
        const b0 = Math.max(0, Math.floor(xOf(d.start[i]) / BIN));
        const b1 = Math.min(bins - 1, Math.floor(xOf(d.end[i] + 1) / BIN));
        for (let b = b0; b <= b1; b++) maxBand = Math.max(maxBand, ++bandBins[base + b]);
      }
    }
  }

  for (let l = 0; l < lanes; l++) {
    const colour = d.lanes[l].colour;
    const mid = (l + 0.5) * laneH;
    const bandH = Math.max(4, laneH * 0.55);
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    if (dense[l]) {
      const base = l * bins;
      for (let b = 0; b < bins; b++) {
        const band = bandBins[base + b];
        if (band) {
          ctx.globalAlpha = 0.12 + 0.4 * Math.sqrt(band / maxBand);
          ctx.fillRect(b * BIN, mid - bandH / 2, BIN, bandH);
        }
        const n = pointBins[base + b];
        if (n) {
          ctx.globalAlpha = 0.9;
          const h = Math.max(2, Math.sqrt(n / maxPoint) * laneH * 0.85);
          ctx.fillRect(b * BIN, mid - h / 2, BIN - 0.5, h);
        }
      }
      continue;
    }
    const [lo, hi] = laneRange(d, l, view.start, view.end);
    const list = d.laneEvents[l];
    const r = Math.max(2, Math.min(4.5, laneH * 0.3));
    for (let k = lo; k < hi; k++) {
      const i = list[k];
      if (d.end[i] < view.start) continue;
      ctx.setLineDash(isApproximate(d, i) ? [3, 2] : []);
      if (isPoint(d, i)) {
        ctx.beginPath();
        ctx.arc(xOf(d.start[i] + 0.5), mid, r, 0, Math.PI * 2);
        ctx.globalAlpha = isApproximate(d, i) ? 0.35 : 0.9;
        ctx.fill();
        if (isApproximate(d, i)) {
          ctx.globalAlpha = 1;
          ctx.stroke();
        }
      } else {
        const x0 = xOf(d.start[i]);
        const w = Math.max(2, xOf(d.end[i] + 1) - x0);
        ctx.globalAlpha = 0.25;
        ctx.fillRect(x0, mid - bandH / 2, w, bandH);
        ctx.globalAlpha = 0.9;
        ctx.strokeRect(x0 + 0.5, mid - bandH / 2 + 0.5, w - 1, bandH - 1);
      }
      if (i === focus) {
        ctx.setLineDash([]);
        ctx.globalAlpha = 1;
        ctx.lineWidth = 2;
        ctx.strokeStyle = '#0f172a';
        ctx.strokeRect(xOf(d.start[i]) - r - 2, mid - laneH / 2 + 1, Math.max(2 * r, xOf(d.end[i] + 1) - xOf(d.start[i])) + 4, laneH - 2);
        ctx.lineWidth = 1;
        ctx.strokeStyle = colour;
      }
    }
    ctx.setLineDash([]);
  }
  ctx.globalAlpha = 1;
}

/** The event(s) under a point of the plot (x, y from the lanes' top-left), or null. */
export function hitTest(d: TimelineData, view: View, width: number, height: number, x: number, y: number): Hit | null {
  const lanes = d.lanes.length;
  const lane = Math.floor(y / (height / Math.max(1, lanes)));
  if (lane < 0 || lane >= lanes || x < 0 || x > width) return null;
  const ppd = width / spanOf(view);
  const dayAt = (px: number) => view.start + px / ppd;
  const list = d.laneEvents[lane];
  const [lo, hi] = laneRange(d, lane, view.start, view.end);
  const dense = isDense(hi - lo, width);
  const reach = dense ? BIN / 2 : POINT_HIT;
  const from = dayAt(x - reach);
  const to = dayAt(x + reach);
  const [a, b] = laneRange(d, lane, from, to);
  const points: number[] = [];
  const bands: number[] = [];
  for (let k = a; k < b; k++) {
    const i = list[k];
    if (d.end[i] + 1 < from) continue;
    if (isPoint(d, i)) {
      if (d.start[i] + 1 >= from && d.start[i] <= to) points.push(i);
    } else if (d.start[i] <= dayAt(x) && d.end[i] + 1 >= dayAt(x)) bands.push(i);
  }
  if (!dense && points.length) {
    // The nearest point, and any others on the very same day.
    const near = points.reduce((best, i) => (Math.abs(d.start[i] + 0.5 - dayAt(x)) < Math.abs(d.start[best] + 0.5 - dayAt(x)) ? i : best));
    const same = points.filter((i) => d.start[i] === d.start[near]);
    return { events: same, lane, from: d.start[near], to: d.start[near] };
  }
  const events = dense ? [...points, ...bands] : bands;
  if (!events.length) return null;
  if (!dense) {
    // The narrowest band under the pointer, with any identical ones.
    const best = events.reduce((p, i) => (d.end[i] - d.start[i] < d.end[p] - d.start[p] ? i : p));
    const same = events.filter((i) => d.start[i] === d.start[best] && d.end[i] === d.end[best]);
    return { events: same, lane, from: d.start[best], to: d.end[best] };
  }
  return { events, lane, from: Math.floor(from), to: Math.floor(to) };
}

/**
 * The axis's data for a whole filtered set, small enough for 100k events:
 * columns of integers instead of objects, start days delta-encoded, no
 * titles (those are fetched for a few events at a time when a card opens).
 * Events are in (start, id) order, the same order as the labels endpoint's offsets.
 */
export interface TimelinePayload {
  v: 1;
  lanes: { slug: string | null; name: string; colour: string }[];
  /** Start day numbers (days since 1970-01-01), each as the difference from the previous one (the first from 0). */
  start: number[];
  /** Last covered day minus start day: 0 for a single day, the rest of the month or year for coarse dates, or the end date. */
  length: number[];
  /** Precision (0 day, 1 month, 2 year) plus 4 when the date is approximate ("c."). */
  flags: number[];
  /** The first lane of each event. */
  lane: number[];
  /** Further lanes, as pairs [event index, lane index], for events in several sectors. */
  more: number[];
}

export const PRECISION_CODE = { day: 0, month: 1, year: 2 } as const;
export const APPROXIMATE_FLAG = 4;

export interface TimelineData {
  lanes: TimelinePayload['lanes'];
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  /** Per lane, the indexes of its events in start order. */
  laneEvents: Int32Array[];
  /** Per lane, the longest event (days), so culling can look back far enough. */
  laneMaxLength: number[];
  first: number;
  last: number;
}

export function decodeTimeline(p: TimelinePayload): TimelineData {
  const count = p.start.length;
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const flags = Uint8Array.from(p.flags);
  let day = 0;
  let last = -Infinity;
  for (let i = 0; i < count; i++) {
    day += p.start[i];
    start[i] = day;
    end[i] = day + p.length[i];
    if (end[i] > last) last = end[i];
  }
  // Two passes over typed arrays (count, then fill) keep decoding 100k events to a few milliseconds.
  // `more` comes in event order, so one cursor walks it alongside the events.
  const lanes = p.lanes.length;
  const sizes = new Int32Array(lanes);
  const laneMaxLength: number[] = new Array(lanes).fill(0);
  const each = (visit: (i: number, lane: number) => void) => {
    let m = 0;
    for (let i = 0; i < count; i++) {
      visit(i, p.lane[i]);
      while (m + 1 < p.more.length && p.more[m] === i) {
        visit(i, p.more[m + 1]);
        m += 2;
      }
    }
  };
  each((i, l) => {
    if (l < 0 || l >= lanes) return;
    sizes[l]++;
    if (end[i] - start[i] > laneMaxLength[l]) laneMaxLength[l] = end[i] - start[i];
  });
  const laneEvents = Array.from(sizes, (n) => new Int32Array(n));
  const filled = new Int32Array(lanes);
  each((i, l) => {
    if (l >= 0 && l < lanes) laneEvents[l][filled[l]++] = i;
  });
  return {
    lanes: p.lanes,
    count,
    start,
    end,
    flags,
    laneEvents,
    laneMaxLength,
    first: count ? start[0] : 0,
    last: count ? last : 0,
  };
}

/** Index of the first entry of `list` whose event starts on or after `day` (binary search). */
export function lowerBound(list: Int32Array, start: Int32Array, day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[list[mid]] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

import { describe, expect, it } from 'vitest';
import { dayOf, isoOf, ymd } from '@/lib/timeline/days';
import { computeTicks, LABEL_GAP, periodStarts, type TickLabel } from '@/lib/timeline/ticks';
import { clampView, fitView, formatView, panView, parseView, spanOf, zoomView } from '@/lib/timeline/view';
import { bucketCount, initialView, MAX_BUCKETS, serverAxis } from '@/lib/timeline/server-window';
import { decodeTimeline, lowerBound } from '@/lib/timeline/compact';
import { hitTest } from '@/components/timeline/axis/draw';

const measure = (text: string) => text.length * 7;
const view = (a: string, b: string) => ({ start: dayOf(a), end: dayOf(b) });

function assertNoOverlap(row: TickLabel[], width: number) {
  for (let i = 0; i + 1 < row.length; i++) expect(row[i + 1].x).toBeGreaterThanOrEqual(row[i].x + measure(row[i].text) + LABEL_GAP);
  for (const l of row) {
    expect(l.x).toBeGreaterThanOrEqual(0);
    expect(l.x + measure(l.text)).toBeLessThanOrEqual(width);
  }
}

describe('view windows', () => {
  it('round-trips the URL form and rejects bad ones', () => {
    expect(formatView(parseView('2024-02-28..2025-03-01')!)).toBe('2024-02-28..2025-03-01');
    expect(parseView('2025-02-31..2025-03-01')).toBeNull();
    expect(parseView('2025-03-02..2025-03-01')).toBeNull();
    expect(parseView('2025-03-01')).toBeNull();
    expect(parseView(undefined)).toBeNull();
  });
  it('zooms around the pivot and pans by a fraction of the span', () => {
    const v = view('2025-01-01', '2025-12-31');
    const z = zoomView(v, 2, 0.25);
    expect(spanOf(z)).toBeCloseTo(spanOf(v) / 2);
    expect(z.start + spanOf(z) * 0.25).toBeCloseTo(v.start + spanOf(v) * 0.25);
    expect(panView(v, 0.5).start).toBeCloseTo(v.start + spanOf(v) / 2);
  });
  it('never zooms below a week nor beyond the data, and keeps data in view', () => {
    const data = view('2020-01-01', '2025-12-31');
    const bounds = fitView(data.start, data.end);
    expect(spanOf(clampView(zoomView(bounds, 10_000), data))).toBe(7);
    expect(spanOf(clampView(zoomView(bounds, 0.01), data))).toBe(spanOf(bounds));
    const far = clampView(panView(zoomView(bounds, 100), 5000), data);
    expect(far.start).toBeLessThanOrEqual(data.end);
    expect(far.end).toBeGreaterThanOrEqual(data.end);
    const inside = view('2023-01-01', '2023-03-31');
    expect(clampView(inside, data)).toEqual(inside);
  });
});

describe('tick labels', () => {
  it('starts weeks on Mondays and quarters on Jan/Apr/Jul/Oct', () => {
    for (const d of periodStarts('week', dayOf('2025-03-01'), dayOf('2025-04-30'))) expect(new Date(d * 86_400_000).getUTCDay()).toBe(1);
    expect(periodStarts('quarter', dayOf('2024-11-15'), dayOf('2025-08-01')).map(isoOf)).toEqual([
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
    ]);
  });
  it('adapts from decades to days and never overlaps, on a phone and on a desktop', () => {
    const seen = new Set<string>();
    for (const width of [250, 1100]) {
      // From 120 years down to a week, halving.
      for (let span = 365 * 120; span >= 7; span = Math.floor(span / 1.7)) {
        const end = dayOf('2025-06-15');
        const ticks = computeTicks({ start: end - span + 1, end }, width, measure);
        seen.add(ticks.step);
        assertNoOverlap(ticks.major, width);
        assertNoOverlap(ticks.context, width);
        expect(ticks.major.length).toBeGreaterThan(0);
      }
    }
    for (const step of ['day', 'week', 'month', 'quarter', 'year', 'decade']) expect(seen).toContain(step);
  });
  it('chooses the finest step that fits', () => {
    expect(computeTicks(view('2025-03-01', '2025-03-20'), 1100, measure).step).toBe('day');
    expect(computeTicks(view('2024-01-01', '2025-12-31'), 1100, measure).step).toBe('month');
    expect(computeTicks(view('2015-01-01', '2025-12-31'), 1100, measure).step).toBe('year');
    // The same two years on a phone: no room for months.
    expect(['quarter', 'year']).toContain(computeTicks(view('2024-01-01', '2025-12-31'), 250, measure).step);
  });
  it('labels the period under way at the left edge in the context row', () => {
    const ticks = computeTicks(view('2025-03-10', '2025-03-30'), 1100, measure);
    expect(ticks.context[0]).toMatchObject({ text: 'Mar 2025', x: 3 });
  });
});

describe('the server axis window', () => {
  const extent = { first: '2014-05-01', last: '2025-11-20' };
  it('opens on the view in the URL, else the filter dates, else everything', () => {
    expect(formatView(initialView({ view: '2025-01-01..2025-02-01', extent }))).toBe('2025-01-01..2025-02-01');
    expect(formatView(initialView({ from: '2025-03-01', to: '2025-03-31', extent }))).toBe('2025-03-01..2025-03-31');
    // Hand-edited windows far off or wider than the data come back to it.
    const wild = initialView({ view: '0001-01-01..9999-12-31', extent });
    expect(spanOf(wild)).toBe(spanOf(initialView({ extent })));
    expect(wild.start).toBeLessThanOrEqual(dayOf(extent.last));
    const off = initialView({ view: '1700-01-01..1700-02-01', extent });
    expect(off.end).toBeGreaterThanOrEqual(dayOf(extent.first));
    const all = initialView({ extent });
    expect(all.start).toBeLessThanOrEqual(dayOf(extent.first));
    expect(all.end).toBeGreaterThanOrEqual(dayOf(extent.last));
  });
  it('keeps at most MAX_BUCKETS periods, showing the latest ones when a fine zoom is asked for a long range', () => {
    const v = initialView({ extent });
    expect(serverAxis(v).unit).toBe('year'); // 140 months: too many
    expect(serverAxis(view('2021-01-01', '2025-12-31')).unit).toBe('month');
    expect(serverAxis(view('2025-03-01', '2025-03-31')).unit).toBe('day');
    const days = serverAxis(v, 'day');
    expect(bucketCount(days.view, 'day')).toBe(MAX_BUCKETS);
    expect(days.view.end).toBe(v.end);
    expect(ymd(serverAxis(view('1800-01-01', '2025-01-01'), 'year').view.start)[0]).toBe(2025 - MAX_BUCKETS + 1);
    expect(isoOf(serverAxis(view('0001-01-01', '0050-06-01'), 'day').view.start)).toBe('0050-02-02');
  });
});

describe('the compact columns', () => {
  it('decode to start and end days per event and per-lane lists, with events in several lanes in each', () => {
    const d = decodeTimeline({
      v: 1,
      lanes: [
        { slug: 'a', name: 'A', colour: '#000' },
        { slug: null, name: 'No sector', colour: '#111' },
      ],
      start: [dayOf('2025-01-01'), 0, 31],
      length: [30, 0, 0],
      flags: [1, 4, 0],
      lane: [0, 1, 0],
      more: [0, 1],
    });
    expect(Array.from(d.start).map(isoOf)).toEqual(['2025-01-01', '2025-01-01', '2025-02-01']);
    expect(isoOf(d.end[0])).toBe('2025-01-31');
    expect(Array.from(d.laneEvents[0])).toEqual([0, 2]);
    expect(Array.from(d.laneEvents[1])).toEqual([0, 1]);
    expect(d.laneMaxLength).toEqual([30, 30]);
    expect(lowerBound(d.laneEvents[0], d.start, dayOf('2025-01-15'))).toBe(1);
  });
});

describe('hit testing the canvas', () => {
  const payload = (start: number[], length: number[], flags: number[]) => ({
    v: 1 as const,
    lanes: [{ slug: 'a', name: 'A', colour: '#000' }],
    start,
    length,
    flags,
    lane: start.map(() => 0),
    more: [],
  });
  const march = dayOf('2025-03-01');
  // A month-precision event (all of March) and a day event on 20 March.
  const d = decodeTimeline(payload([march, 19], [30, 0], [1, 0]));
  const v = { start: march, end: march + 30 }; // 31 days over 310 px: 10 px a day
  it('finds the day mark near the pointer, and the month band elsewhere in the month', () => {
    expect(hitTest(d, v, 310, 40, 19 * 10 + 5 + 4, 20)).toMatchObject({ events: [1] });
    expect(hitTest(d, v, 310, 40, 3 * 10, 20)).toMatchObject({ events: [0], from: march, to: march + 30 });
    expect(hitTest(d, v, 310, 40, 3 * 10, 60)).toBeNull();
  });
  it('aggregates at coarse zoom: a bin holds every event under it', () => {
    const many = decodeTimeline(payload([march, ...Array.from({ length: 999 }, () => 0)], Array(1000).fill(0), Array(1000).fill(0)));
    const hit = hitTest(many, { start: march - 1000, end: march + 1000 }, 400, 40, 200, 20);
    expect(hit?.events).toHaveLength(1000);
  });
});

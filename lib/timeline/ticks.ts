import { dayFromYmd, MONTH_SHORT, ymd } from './days';
import { spanOf, type View } from './view';

/** Tick steps from finest to coarsest; the axis picks the finest whose labels fit. */
export type TickStep = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'year2' | 'year5' | 'decade' | 'year20' | 'year50' | 'century';

const TICK_STEPS: TickStep[] = ['day', 'week', 'month', 'quarter', 'year', 'year2', 'year5', 'decade', 'year20', 'year50', 'century'];

const APPROX_DAYS: Record<TickStep, number> = {
  day: 1,
  week: 7,
  month: 30.4,
  quarter: 91.3,
  year: 365.25,
  year2: 730.5,
  year5: 1826,
  decade: 3652,
  year20: 7305,
  year50: 18262,
  century: 36525,
};
const YEARS: Partial<Record<TickStep, number>> = { year: 1, year2: 2, year5: 5, decade: 10, year20: 20, year50: 50, century: 100 };

export interface TickLabel {
  day: number; // the day the label belongs to (its period's first day)
  x: number; // left edge of the label box, in pixels from the plot's left edge
  text: string;
}

export interface Ticks {
  step: TickStep;
  /** Period boundaries to draw as grid lines (x in pixels). */
  lines: number[];
  major: TickLabel[];
  /** The coarser context row ("2025" above months, "March 2025" above days); may be empty. */
  context: TickLabel[];
}

/** Gap kept between neighbouring labels, in pixels. */
export const LABEL_GAP = 10;
/** Labels start this far right of their grid line. */
const LABEL_INSET = 3;

/** Every period start of `step` within [from, to] (day numbers). */
export function periodStarts(step: TickStep, from: number, to: number): number[] {
  const out: number[] = [];
  const [y0, m0] = ymd(from);
  if (step === 'day') {
    for (let d = Math.ceil(from); d <= to; d++) out.push(d);
  } else if (step === 'week') {
    // ISO weeks start on Monday; day 0 (1970-01-01) was a Thursday.
    const first = Math.ceil(from);
    const weekday = (((first + 3) % 7) + 7) % 7; // 0 = Monday
    for (let d = first + ((7 - weekday) % 7); d <= to; d += 7) out.push(d);
  } else if (step === 'month' || step === 'quarter') {
    const every = step === 'month' ? 1 : 3;
    let m = Math.floor(m0 / every) * every;
    let y = y0;
    for (;;) {
      const d = dayFromYmd(y, m);
      if (d > to) break;
      if (d >= from) out.push(d);
      m += every;
      if (m > 11) {
        m -= 12;
        y += 1;
      }
    }
  } else {
    const every = YEARS[step] ?? 1;
    for (let y = Math.floor(y0 / every) * every; ; y += every) {
      const d = dayFromYmd(y, 0);
      if (d > to) break;
      if (d >= from) out.push(d);
    }
  }
  return out;
}

function majorText(step: TickStep, day: number): string {
  const [y, m, d] = ymd(day);
  if (step === 'day') return String(d);
  if (step === 'week') return `${d} ${MONTH_SHORT[m]}`;
  if (step === 'month') return MONTH_SHORT[m];
  if (step === 'quarter') return `Q${m / 3 + 1}`;
  return String(y);
}

/** The coarser row above: months above days, years above weeks, months and quarters. */
function contextOf(step: TickStep): { step: TickStep; text: (day: number) => string } | null {
  if (step === 'day') return { step: 'month', text: (day) => `${MONTH_SHORT[ymd(day)[1]]} ${ymd(day)[0]}` };
  if (step === 'week' || step === 'month' || step === 'quarter') return { step: 'year', text: (day) => String(ymd(day)[0]) };
  return null;
}

/** Drops labels that would touch their left neighbour, so the survivors never overlap. */
function thin(labels: TickLabel[], measure: (text: string) => number): TickLabel[] {
  const kept: TickLabel[] = [];
  let right = -Infinity;
  for (const label of labels) {
    if (label.x < right + LABEL_GAP) continue;
    kept.push(label);
    right = label.x + measure(label.text);
  }
  return kept;
}

/**
 * Chooses the finest step whose labels all fit without overlapping at this
 * width (every neighbouring pair is checked with the measured widths, since
 * months differ in length and labels in width), and lays out both rows.
 */
export function computeTicks(view: View, width: number, measure: (text: string) => number): Ticks {
  const span = spanOf(view);
  const pxPerDay = width / span;
  const xOf = (day: number) => (day - view.start) * pxPerDay;
  let chosen: TickStep = 'century';
  let starts: number[] = [];
  for (const step of TICK_STEPS) {
    // Skip steps that would put more than one label per 12 px before measuring anything.
    if (APPROX_DAYS[step] * pxPerDay < 12) continue;
    const candidate = periodStarts(step, view.start - APPROX_DAYS[step], view.end + 1);
    let fits = true;
    for (let i = 0; i + 1 < candidate.length && fits; i++) {
      const room = (candidate[i + 1] - candidate[i]) * pxPerDay;
      if (measure(majorText(step, candidate[i])) + LABEL_INSET + LABEL_GAP > room) fits = false;
    }
    if (fits) {
      chosen = step;
      starts = candidate;
      break;
    }
  }
  if (!starts.length) starts = periodStarts(chosen, view.start - APPROX_DAYS[chosen], view.end + 1);
  const lines = starts.map(xOf).filter((x) => x >= 0 && x <= width);
  const major = thin(
    starts
      .filter((d) => xOf(d) >= 0 && xOf(d) < width)
      .map((day) => ({ day, x: xOf(day) + LABEL_INSET, text: majorText(chosen, day) }))
      .filter((l) => l.x + measure(l.text) <= width),
    measure,
  );
  const ctx = contextOf(chosen);
  let context: TickLabel[] = [];
  if (ctx) {
    const cStarts = periodStarts(ctx.step, view.start - APPROX_DAYS[ctx.step] - 1, view.end + 1);
    // The period already under way at the left edge is labelled at the edge ("sticky"), unless the next one is too close.
    const labels = cStarts
      .map((day) => ({ day, x: Math.max(0, xOf(day)) + LABEL_INSET, text: ctx.text(day) }))
      .filter((l, i, all) => xOf(l.day) >= 0 || !all[i + 1] || xOf(all[i + 1].day) >= 0)
      .filter((l) => l.x < width && l.x + measure(l.text) <= width);
    const sticky = labels[0] && xOf(labels[0].day) < 0 ? labels[0] : null;
    const rest = sticky ? labels.slice(1) : labels;
    const keepSticky = sticky && (!rest[0] || rest[0].x >= sticky.x + measure(sticky.text) + LABEL_GAP);
    context = thin(keepSticky && sticky ? [sticky, ...rest] : rest, measure);
  }
  return { step: chosen, lines, major, context };
}

/**
 * Medians, ratios and the targets, as a markdown table per size.
 */
import type { RunResult } from './measure-run';

export const LIBRARIES = ['timelinejs', 'vis', 'backchannel'] as const;
export type Library = (typeof LIBRARIES)[number];
export const LIBRARY_NAMES: Record<Library, string> = { timelinejs: 'TimelineJS3', vis: 'vis-timeline', backchannel: 'Backchannel' };

export interface LibrarySize {
  runs: RunResult[];
  /** Runs not made, and why (e.g. over the cap at a smaller size). */
  skipped?: string;
}

export interface SizeReport {
  events: number;
  libraries: Record<Library, LibrarySize>;
}

export interface Verdict {
  size: number | null;
  target: string;
  value: string;
  pass: boolean | null;
  reason?: string;
}

type Metric = keyof Omit<RunResult, 'notes'>;

/**
 * Median over runs; a run without the value (not rendered within the cap)
 * counts as +Infinity for the time metrics, so that a median over the cap
 * reads "> cap" rather than the median of the lucky runs.
 */
export function median(runs: RunResult[], metric: Metric, missingIsInfinite = false): number | null {
  const values = runs
    .map((r) => r[metric])
    .map((v) => (v === null ? (missingIsInfinite ? Infinity : null) : v))
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  if (!values.length) return null;
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

const ms = (v: number | null, capMs: number) => (v === null ? 'n/a' : v === Infinity ? `> ${capMs / 1000} s` : `${Math.round(v)}`);
const kb = (v: number | null) => (v === null ? 'n/a' : `${(v / 1000).toFixed(1)}`);
const mb = (v: number | null) => (v === null ? 'n/a' : `${(v / 1e6).toFixed(1)}`);

export function sizeLabel(n: number) {
  return n % 1_000 === 0 ? `${n / 1_000}k` : String(n);
}

function renderedOf(s: LibrarySize) {
  return s.runs.length ? median(s.runs, 'renderedMs', true) : null;
}

/** "x÷y" as text; a numerator over the cap gives a lower bound. */
function ratioText(num: number | null, den: number | null, capMs: number): { text: string; value: number | null; lowerBound: boolean } {
  if (num === null || den === null || den === Infinity || den === 0) return { text: 'n/a', value: null, lowerBound: false };
  if (num === Infinity) {
    const v = capMs / den;
    return { text: `> ${v.toFixed(1)}×`, value: v, lowerBound: true };
  }
  const v = num / den;
  return { text: `${v.toFixed(2)}×`, value: v, lowerBound: false };
}

export function verdicts(sizes: SizeReport[], capMs: number, jsCssBudget: number, floorBytes: number | null): Verdict[] {
  const out: Verdict[] = [];
  const loadTargets: Record<number, { vis: number; timelinejs: number }> = {
    1_000: { vis: 5, timelinejs: 10 },
    10_000: { vis: 10, timelinejs: 40 },
  };
  for (const s of sizes) {
    const b = renderedOf(s.libraries.backchannel);
    const t = loadTargets[s.events];
    if (t) {
      for (const peer of ['vis', 'timelinejs'] as const) {
        const r = ratioText(renderedOf(s.libraries[peer]), b, capMs);
        // A lower bound that already meets the target is a pass; one that does not proves nothing either way.
        const pass = r.value === null ? null : r.value >= t[peer] ? true : r.lowerBound ? null : false;
        out.push({
          size: s.events,
          target: `load → rendered ≥ ${t[peer]}× faster than ${LIBRARY_NAMES[peer]}`,
          value: r.text,
          pass,
        });
      }
    }
    const bz = median(s.libraries.backchannel.runs, 'zoomMs');
    const vz = median(s.libraries.vis.runs, 'zoomMs');
    out.push({
      size: s.events,
      target: 'zoom settled ≤ ½ of vis-timeline’s',
      value: bz !== null && vz ? `${(bz / vz).toFixed(2)}×` : 'n/a',
      pass: bz !== null && vz ? bz <= vz / 2 : null,
    });
    // Each run's longest task of the load and of the zoom together, then the median over runs.
    const overall = s.libraries.backchannel.runs.map((r) => ({
      ...r,
      longestTaskMs: r.longestTaskMs === null ? null : Math.max(r.longestTaskMs, r.zoomLongestTaskMs ?? 0),
    }));
    const longest = median(overall, 'longestTaskMs');
    out.push({
      size: s.events,
      target: 'no long task over 50 ms (longest of load and zoom, median run)',
      value: `${ms(longest, capMs)} ms`,
      pass: longest === null ? null : longest <= 50,
    });
    const shipped = median(s.libraries.backchannel.runs, 'jsCssGzipBytes');
    out.push({
      size: s.events,
      target: `JS+CSS ≤ ${jsCssBudget / 1000} KB gzip`,
      value: `${kb(shipped)} KB`,
      pass: shipped === null ? null : shipped <= jsCssBudget,
      reason:
        shipped !== null && shipped > jsCssBudget && floorBytes !== null
          ? `framework floor (a route with no app client code) is ${kb(floorBytes)} KB; app code on / adds ${kb(shipped - floorBytes)} KB`
          : undefined,
    });
    const lcp = median(s.libraries.backchannel.runs, 'lcpMs');
    const cls = median(s.libraries.backchannel.runs, 'cls');
    out.push({ size: s.events, target: 'LCP ≤ 1 s', value: `${ms(lcp, capMs)} ms`, pass: lcp === null ? null : lcp <= 1000 });
    out.push({
      size: s.events,
      target: 'CLS ≤ 0.02',
      value: cls === null ? 'n/a' : cls.toFixed(3),
      pass: cls === null ? null : cls <= 0.02,
    });
  }
  const at100k = sizes.find((s) => s.events === 100_000);
  const b100k = at100k ? renderedOf(at100k.libraries.backchannel) : null;
  out.push({
    size: 100_000,
    target: '100k events measured and reported',
    value: at100k ? `Backchannel rendered in ${ms(b100k, capMs)} ms` : 'not in --sizes',
    pass: at100k ? b100k !== null && b100k !== Infinity : null,
  });
  return out;
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function sizeTable(s: SizeReport, capMs: number): string {
  const cols = LIBRARIES.map((l) => s.libraries[l]);
  const row = (name: string, f: (x: LibrarySize) => string) => [
    name,
    ...cols.map((c) => (c.runs.length ? f(c) : (c.skipped ?? 'not run'))),
  ];
  const rows = [
    row('runs', (c) => String(c.runs.length)),
    row('load → rendered (ms)', (c) => ms(renderedOf(c), capMs)),
    row('longest task, load (ms)', (c) => ms(median(c.runs, 'longestTaskMs'), capMs)),
    row('sum of long tasks, load (ms)', (c) => ms(median(c.runs, 'longTasksSumMs'), capMs)),
    row('zoom → first frame (ms)', (c) => ms(median(c.runs, 'zoomFirstFrameMs'), capMs)),
    row('zoom → settled (ms)', (c) => ms(median(c.runs, 'zoomMs'), capMs)),
    row('longest task, zoom (ms)', (c) => ms(median(c.runs, 'zoomLongestTaskMs'), capMs)),
    row('heap after GC (MB)', (c) => mb(median(c.runs, 'heapBytes'))),
    row('DOM elements', (c) => ms(median(c.runs, 'domElements'), capMs)),
    row('JS+CSS shipped, gzip (KB)', (c) => kb(median(c.runs, 'jsCssGzipBytes'))),
    row('LCP (ms)', (c) => ms(median(c.runs, 'lcpMs'), capMs)),
    row('CLS', (c) => {
      const v = median(c.runs, 'cls');
      return v === null ? 'n/a' : v.toFixed(3);
    }),
  ];
  const b = s.libraries.backchannel;
  const ratioRow = (label: string, metric: 'renderedMs' | 'zoomMs') => {
    const of = (x: LibrarySize) => (metric === 'renderedMs' ? renderedOf(x) : median(x.runs, metric));
    return [label, ...(['timelinejs', 'vis'] as const).map((peer) => ratioText(of(s.libraries[peer]), of(b), capMs).text), ''];
  };
  rows.push(ratioRow('load → rendered, peer ÷ Backchannel', 'renderedMs'), ratioRow('zoom → settled, peer ÷ Backchannel', 'zoomMs'));
  return table(['', ...LIBRARIES.map((l) => LIBRARY_NAMES[l])], rows);
}

export function verdictTable(list: Verdict[]): string {
  return table(
    ['events', 'target (Backchannel)', 'measured', 'verdict'],
    list.map((v) => [
      v.size === null ? '' : sizeLabel(v.size),
      v.target,
      v.value,
      (v.pass === null ? 'n/a' : v.pass ? 'PASS' : 'MISS') + (v.reason ? ` (${v.reason})` : ''),
    ]),
  );
}

/** Notes of runs (timeouts, busy network, page errors), so no number hides its caveat. */
export function runNotes(s: SizeReport): string[] {
  const out: string[] = [];
  for (const l of LIBRARIES) {
    s.libraries[l].runs.forEach((r, i) => {
      for (const n of r.notes) out.push(`${sizeLabel(s.events)} ${LIBRARY_NAMES[l]} run ${i + 1}: ${n}`);
    });
  }
  return out;
}

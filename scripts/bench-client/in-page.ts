/**
 * What the benchmark installs in every page before any of the page's own
 * scripts run (Playwright's addInitScript), identical for the three libraries
 * so that every number is taken by the same code:
 *
 * - long tasks, LCP and layout shifts, from buffered PerformanceObservers;
 * - "rendered": when the page's condition first holds, two animation frames
 *   later (the second rAF runs after the first frame was presented), in
 *   performance.now() time, i.e. milliseconds since navigation start;
 * - "zoom first frame" and "zoom settled": the time from the zoom input's event timestamp to two
 *   animation frames after the library's first and last change signal (see armZoom).
 *
 * It is plain JavaScript in a string, not a function: tsx would wrap a
 * function's inner helpers in its own `__name` calls, which do not exist in
 * the page.
 */

export interface InPageOptions {
  /** A CSS selector whose presence means "rendered" (Backchannel); peers call __bench.markRendered() themselves. */
  readySelector?: string;
}

export interface InPageResult {
  renderedAt: number | null;
  longTasks: { start: number; duration: number }[];
  lcp: number | null;
  cls: number;
  error: string | null;
}

export interface ZoomState {
  t0: number | null;
  signals: number;
  lastSignalAt: number | null;
  /** Two frames after the first change signal: the first visible response. */
  firstFrameAt: number | null;
  settledAt: number | null;
  /** Double-rAFs scheduled and not yet run: settled is final only when none is pending. */
  pending: number;
}

/** The change signal that ends a zoom: the axis's data-view, vis-timeline's 'changed' event, or any DOM mutation. */
export type ZoomSignal =
  { kind: 'attribute'; selector: string; attribute: string } | { kind: 'event' } | { kind: 'mutations'; selector: string };

export function inPageScript(options: InPageOptions): string {
  return `(() => {
  const options = ${JSON.stringify(options)};
  const afterTwoFrames = (done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
  const b = {
    renderedAt: null,
    renderRequested: false,
    longTasks: [],
    lcp: null,
    shifts: [],
    error: null,
    zoom: null,
  };
  window.__bench = b;
  b.markRendered = () => {
    if (b.renderRequested) return;
    b.renderRequested = true;
    afterTwoFrames((t) => { b.renderedAt = t; });
  };
  window.addEventListener('error', (e) => { if (!b.error) b.error = String(e.message || e.error); });
  window.addEventListener('unhandledrejection', (e) => { if (!b.error) b.error = 'unhandled rejection: ' + String(e.reason && (e.reason.stack || e.reason)); });
  const observe = (type, onEntry) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true });
    } catch (e) { /* type not supported: the metric stays empty */ }
  };
  observe('longtask', (e) => b.longTasks.push({ start: e.startTime, duration: e.duration }));
  observe('largest-contentful-paint', (e) => { b.lcp = e.renderTime || e.loadTime || e.startTime; });
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shifts.push({ t: e.startTime, v: e.value }); });

  // CLS as Chromium reports it: the largest session window of shifts (gaps
  // under 1 s, windows at most 5 s long).
  b.cls = () => {
    let best = 0, sum = 0, first = -Infinity, prev = -Infinity;
    for (const s of b.shifts) {
      if (s.t - prev > 1000 || s.t - first > 5000) { sum = 0; first = s.t; }
      sum += s.v; prev = s.t;
      if (sum > best) best = sum;
    }
    return best;
  };

  if (options.readySelector) {
    let scheduled = false;
    const check = () => {
      scheduled = false;
      if (b.renderRequested) return;
      if (document.querySelector(options.readySelector)) { b.markRendered(); observer.disconnect(); }
    };
    const observer = new MutationObserver(() => { if (!scheduled) { scheduled = true; queueMicrotask(check); } });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  }

  b.result = () => ({ renderedAt: b.renderedAt, longTasks: b.longTasks, lcp: b.lcp, cls: b.cls(), error: b.error });

  // Zoom: t0 is the timestamp of the first input event of the interaction
  // (its creation time, so a busy main thread's queueing counts); every
  // change signal after it schedules a double rAF whose time becomes the
  // settled time. The caller decides the signals have stopped (a quiet period).
  b.armZoom = (signal) => {
    const z = { t0: null, signals: 0, lastSignalAt: null, firstFrameAt: null, settledAt: null, pending: 0 };
    b.zoom = z;
    const onInput = (e) => { if (z.t0 === null) z.t0 = e.timeStamp || performance.now(); };
    for (const type of ['keydown', 'wheel', 'pointerdown', 'mousedown', 'click']) window.addEventListener(type, onInput, { capture: true, passive: true });
    b.zoomSignal = () => {
      if (z.t0 === null) return;
      z.signals++;
      z.lastSignalAt = performance.now();
      z.pending++;
      afterTwoFrames((t) => { z.pending--; z.settledAt = t; if (z.firstFrameAt === null) z.firstFrameAt = t; });
    };
    if (signal.kind === 'attribute') {
      const root = document.querySelector(signal.selector);
      if (!root) throw new Error('zoom: nothing matches ' + signal.selector);
      let before = root.getAttribute(signal.attribute);
      new MutationObserver(() => {
        const now = root.getAttribute(signal.attribute);
        if (now !== before) { before = now; b.zoomSignal(); }
      }).observe(root, { attributes: true, attributeFilter: [signal.attribute] });
    } else if (signal.kind === 'mutations') {
      const root = document.querySelector(signal.selector) || document.body;
      new MutationObserver(() => b.zoomSignal()).observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    }
    // kind 'event': the peer page calls __bench.zoomSignal() from the library's change event.
  };
  b.zoomState = () => b.zoom && { t0: b.zoom.t0, signals: b.zoom.signals, lastSignalAt: b.zoom.lastSignalAt, firstFrameAt: b.zoom.firstFrameAt, settledAt: b.zoom.settledAt, pending: b.zoom.pending };
})();`;
}

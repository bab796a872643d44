/**
 * One run of one library: a fresh browser context at 1280×800, load until
 * rendered, let first-load requests finish, take heap and DOM, then one zoom
 * interaction until its settled frame. The same code path measures all three
 * libraries; only the URL, the ready condition and the zoom input differ.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { inPageScript, type InPageResult, type ZoomSignal, type ZoomState } from './in-page';

export type ZoomAction =
  { kind: 'key'; focus: string; key: string } | { kind: 'wheel'; target: string } | { kind: 'click'; target: string };

export interface LibrarySetup {
  url: string;
  /** For pages that do not call __bench.markRendered() themselves. */
  readySelector?: string;
  zoom: { action: ZoomAction; signal: ZoomSignal };
}

export interface RunResult {
  /** null when not rendered within the cap. */
  renderedMs: number | null;
  longestTaskMs: number | null;
  longTasksSumMs: number | null;
  longTaskCount: number | null;
  /** Input to two frames after the first change signal. */
  zoomFirstFrameMs: number | null;
  /** Input to two frames after the last change signal (none for 750 ms after it). */
  zoomMs: number | null;
  zoomLongestTaskMs: number | null;
  heapBytes: number | null;
  domElements: number | null;
  jsCssGzipBytes: number;
  jsCssFiles: number;
  lcpMs: number | null;
  cls: number | null;
  /** Why a metric is missing, when it is. */
  notes: string[];
}

export class PageFailure extends Error {}

const FIRST_LOAD_QUIET_MS = 1_000;
const FIRST_LOAD_MAX_MS = 15_000;
const ZOOM_QUIET_MS = 750;
const ZOOM_CAP_MS = 60_000;
// A main thread busy with a long task handles the input late; its timestamp still says when it was given.
const INPUT_WAIT_MS = ZOOM_CAP_MS;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Follows requests so that "first load" ends when the network has been quiet for a while. */
function trackNetwork(page: Page) {
  let inflight = 0;
  let lastChange = Date.now();
  const files: Promise<number>[] = [];
  let counting = true;
  page.on('request', () => {
    inflight++;
    lastChange = Date.now();
  });
  const done = () => {
    inflight = Math.max(0, inflight - 1);
    lastChange = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (!counting || (type !== 'script' && type !== 'stylesheet')) return;
    // Gzipped here, at the same level for all three, whatever the server sent.
    files.push(
      response
        .body()
        .then((body) => gzipSync(body).length)
        .catch(() => 0),
    );
  });
  return {
    async quiet(maxMs: number) {
      const deadline = Date.now() + maxMs;
      while (Date.now() < deadline) {
        if (inflight === 0 && Date.now() - lastChange >= FIRST_LOAD_QUIET_MS) return true;
        await sleep(100);
      }
      return false;
    },
    async stopCounting() {
      counting = false;
      const sizes = await Promise.all(files);
      return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
    },
  };
}

async function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new PageFailure(`zoom did not settle within ${ZOOM_CAP_MS / 1000}s`)),
          Math.max(0, deadline - Date.now()),
        );
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** Performs the zoom input and waits for its settled frame; returns page times (ms since navigation). */
async function zoom(page: Page, setup: LibrarySetup): Promise<{ t0: number; firstFrameAt: number; settledAt: number }> {
  await page.evaluate(
    (signal) => (window as unknown as { __bench: { armZoom(s: ZoomSignal): void } }).__bench.armZoom(signal),
    setup.zoom.signal,
  );
  const action = setup.zoom.action;
  try {
    if (action.kind === 'key') {
      await page.locator(action.focus).first().focus({ timeout: ZOOM_CAP_MS });
      await page.keyboard.press(action.key);
    } else if (action.kind === 'wheel') {
      const box = await page.locator(action.target).first().boundingBox({ timeout: ZOOM_CAP_MS });
      if (!box) throw new Error(`${action.target} has no box`);
      // The centre of the part in the viewport: vis-timeline's default auto height can run far below the fold.
      const viewport = page.viewportSize()!;
      const top = Math.max(0, box.y);
      const bottom = Math.min(viewport.height, box.y + box.height);
      if (bottom <= top) throw new Error(`${action.target} is outside the viewport`);
      await page.mouse.move(box.x + box.width / 2, (top + bottom) / 2);
      await page.mouse.wheel(0, -300);
    } else {
      await page.locator(action.target).first().click({ timeout: ZOOM_CAP_MS });
    }
  } catch (error) {
    throw new PageFailure(`zoom: ${(error as Error).message.split('\n')[0]}`);
  }
  // Playwright returns before Chromium has delivered a wheel event to the page, so t0 may come a little later.
  const inputDeadline = Date.now() + INPUT_WAIT_MS;
  const deadline = Date.now() + ZOOM_CAP_MS;
  for (;;) {
    // A page stuck in one task does not answer evaluate(); the cap must not wait for it.
    const state = (await beforeDeadline(
      page.evaluate('({ ...window.__bench.zoomState(), now: performance.now() })'),
      deadline,
    )) as ZoomState & { now: number };
    if (state.t0 === null) {
      if (Date.now() > inputDeadline)
        throw new PageFailure(`zoom: the input reached no listener on the page within ${INPUT_WAIT_MS / 1000}s`);
      await sleep(100);
      continue;
    }
    if (state.settledAt !== null && state.pending === 0 && state.now - state.lastSignalAt! >= ZOOM_QUIET_MS) {
      return { t0: state.t0, firstFrameAt: state.firstFrameAt!, settledAt: state.settledAt };
    }
    if (Date.now() > deadline) {
      throw new PageFailure(state.signals ? `zoom did not settle within ${ZOOM_CAP_MS / 1000}s` : 'zoom: no change signal after the input');
    }
    await sleep(100);
  }
}

export async function measureRun(browser: Browser, setup: LibrarySetup, capMs: number): Promise<RunResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript(inPageScript({ readySelector: setup.readySelector }));
    const cdp = await context.newCDPSession(page);
    const network = trackNetwork(page);
    const notes: string[] = [];

    await page.goto(setup.url, { waitUntil: 'commit', timeout: 60_000 });
    // Playwright's own timeout does not fire while the page is stuck in one long task (TimelineJS3 at 100k
    // stays in one for minutes), so the cap is a timer here; closing the context ends the pending wait.
    let capTimer: NodeJS.Timeout | undefined;
    const rendered = await Promise.race([
      page
        .waitForFunction('window.__bench && (window.__bench.renderedAt !== null || window.__bench.error !== null)', undefined, {
          polling: 100,
          timeout: 0,
        })
        .then(
          () => true,
          () => false,
        ),
      new Promise<boolean>((resolve) => (capTimer = setTimeout(() => resolve(false), capMs))),
    ]);
    clearTimeout(capTimer);
    const snapshot = async () => (await page.evaluate('window.__bench.result()')) as InPageResult;
    if (!rendered) {
      const shipped = await network.stopCounting();
      if (pageErrors.length) throw new PageFailure(`page error before rendering: ${pageErrors[0]}`);
      notes.push(`not rendered within ${capMs / 1000}s`);
      return {
        renderedMs: null,
        longestTaskMs: null,
        longTasksSumMs: null,
        longTaskCount: null,
        zoomFirstFrameMs: null,
        zoomMs: null,
        zoomLongestTaskMs: null,
        heapBytes: null,
        domElements: null,
        jsCssGzipBytes: shipped.bytes,
        jsCssFiles: shipped.files,
        lcpMs: null,
        cls: null,
        notes,
      };
    }
    const first = await snapshot();
    if (first.renderedAt === null) throw new PageFailure(`page error before rendering: ${first.error}`);

    if (!(await network.quiet(FIRST_LOAD_MAX_MS))) notes.push(`network still busy ${FIRST_LOAD_MAX_MS / 1000}s after rendering`);
    const shipped = await network.stopCounting();
    const load = await snapshot();
    const domElements = (await page.evaluate('document.getElementsByTagName("*").length')) as number;
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');

    let zoomMs: number | null = null;
    let zoomFirstFrameMs: number | null = null;
    let zoomLongestTaskMs: number | null = null;
    try {
      const z = await zoom(page, setup);
      zoomMs = z.settledAt - z.t0;
      zoomFirstFrameMs = z.firstFrameAt - z.t0;
      // Only the tasks of the interaction itself, not what ran during the quiet period after it.
      const zoomTasks = (await snapshot()).longTasks.filter((t) => t.start + t.duration > z.t0 && t.start < z.settledAt);
      zoomLongestTaskMs = Math.max(0, ...zoomTasks.map((t) => t.duration));
    } catch (error) {
      if (!(error instanceof PageFailure)) throw error;
      notes.push(error.message);
    }
    if (pageErrors.length) notes.push(`page errors: ${pageErrors.slice(0, 3).join(' | ')}`);

    const durations = load.longTasks.map((t) => t.duration);
    return {
      renderedMs: load.renderedAt,
      longestTaskMs: Math.max(0, ...durations),
      longTasksSumMs: durations.reduce((a, b) => a + b, 0),
      longTaskCount: durations.length,
      zoomFirstFrameMs,
      zoomMs,
      zoomLongestTaskMs,
      heapBytes: heap.usedSize,
      domElements,
      jsCssGzipBytes: shipped.bytes,
      jsCssFiles: shipped.files,
      lcpMs: load.lcp,
      cls: load.cls,
      notes,
    };
  } finally {
    await context.close();
  }
}

/** JS+CSS gzip of one page's first load (fresh context, until the network is quiet), for the framework floor. */
export async function measureShipped(browser: Browser, url: string): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const network = trackNetwork(page);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await network.quiet(FIRST_LOAD_MAX_MS);
    return await network.stopCounting();
  } finally {
    await context.close();
  }
}

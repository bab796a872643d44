'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { decodeTimeline, type TimelineData, type TimelinePayload } from '@/lib/timeline/compact';
import { clampView, fitView, formatView, panView, parseView, roundView, spanOf, zoomView, type View } from '@/lib/timeline/view';
import { isoOf } from '@/lib/timeline/days';
import { AXIS_BOX, axisBoxStyle, AXIS_TOOLBAR, TICK_FONT, TICKS_HEIGHT } from './axis/layout';
import { LaneLabels, type LaneLink } from './axis/lane-labels';
import { drawAxis, hitTest, type Hit } from './axis/draw';
import { renderTicks } from './axis/tick-labels';
import { useEventLabels, type EventLabel } from './axis/use-event-labels';

const HINT =
  'Drag or scroll to pan, pinch or ctrl+scroll to zoom, shift+drag to list a range. Keys: + − ← → Home End, [ ] to step through events.';

interface Card {
  x: number;
  y: number;
  hit: Hit;
}

/**
 * The client time axis. It fetches the filtered set's compact columns once
 * (GET /api/v1/timeline), then zooms and pans with no server request, drawing
 * marks on a canvas and tick labels as DOM. Until its first frame is painted
 * the server SVG (children) is shown in the same box; the client box sits on
 * top of it, invisible, so the switch moves nothing. The window lives in the
 * URL as `view`: one history entry per interaction, restored by Back.
 */
export function TimeAxisClient({
  query,
  initialView,
  toolbar,
  laneLink,
  children,
}: {
  query: string;
  laneLink: LaneLink;
  initialView: string;
  toolbar: ReactNode;
  children: ReactNode;
}) {
  const router = useRouter();
  const rootRef = useRef<HTMLDivElement>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const ticksRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<HTMLDivElement>(null);
  const dataRef = useRef<TimelineData | null>(null);
  const viewRef = useRef<View>(parseView(initialView) ?? { start: 0, end: 1 });
  const frameRef = useRef(0);
  const focusRef = useRef(-1);
  const dwell = useRef(0);
  const [data, setData] = useState<TimelineData | null>(null);
  const [ready, setReady] = useState(false);
  const [card, setCard] = useState<Card | null>(null);
  const labels = useEventLabels(query);

  // Imperative actions, rebuilt each render but reached through a ref by the long-lived listeners.
  const act = useRef({
    draw: () => {},
    setView: (_v: View, _mode: 'replace' | 'push' | 'none') => {},
  });

  act.current.draw = () => {
    frameRef.current = 0;
    const d = dataRef.current;
    const canvas = canvasRef.current;
    const plot = plotRef.current;
    const root = rootRef.current;
    if (!d || !canvas || !plot || !root || !ticksRef.current) return;
    const width = plot.clientWidth;
    const height = plot.clientHeight - TICKS_HEIGHT;
    if (width <= 0 || height <= 0) return;
    const dpr = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * dpr) || canvas.height !== Math.round(height * dpr)) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    const view = viewRef.current;
    const ticks = renderTicks(ticksRef.current, view, width, ctx);
    drawAxis(ctx, d, view, width, height, ticks.lines, focusRef.current);
    root.dataset.view = formatView(roundView(view));
    setReady(true);
  };

  const schedule = () => {
    if (!frameRef.current) frameRef.current = requestAnimationFrame(() => act.current.draw());
  };

  // History: the first change of an interaction pushes an entry, later ones replace it,
  // so Back returns to the window before the interaction and not to each frame of it.
  const gesture = useRef({ pushed: false, timer: 0, lastUrl: 0 });
  act.current.setView = (next, mode) => {
    const d = dataRef.current;
    viewRef.current = d ? clampView(next, { start: d.first, end: d.last }) : next;
    setCard(null);
    schedule();
    if (mode === 'none') return;
    const url = new URL(window.location.href);
    url.searchParams.set('view', formatView(roundView(viewRef.current)));
    if (url.href === window.location.href) return;
    const g = gesture.current;
    if (!g.pushed) {
      window.history.pushState(null, '', url);
      g.pushed = true;
    } else if (mode === 'push' || performance.now() - g.lastUrl > 200) {
      // Browsers throttle history calls, so a long drag updates the URL a few times a second.
      window.history.replaceState(null, '', url);
      g.lastUrl = performance.now();
    }
    if (mode === 'push') g.pushed = false;
  };
  const endGesture = () => {
    const g = gesture.current;
    if (g.pushed) act.current.setView(viewRef.current, 'push');
    g.pushed = false;
  };

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/v1/timeline${query ? `?${query}` : ''}`)
      .then((r) => (r.ok ? (r.json() as Promise<TimelinePayload>) : null))
      .then((payload) => {
        if (cancelled || !payload) return;
        const decoded = decodeTimeline(payload);
        dataRef.current = decoded;
        setData(decoded);
      })
      .catch(() => {
        // Offline or the server is away: the server-rendered axis stays, which is the no-JS axis.
      });
    return () => {
      cancelled = true;
    };
  }, [query]);

  useEffect(() => {
    viewRef.current = parseView(initialView) ?? viewRef.current;
    schedule();
  }, [initialView]);

  useEffect(() => {
    if (!data) return;
    schedule();
    const plot = plotRef.current;
    const root = rootRef.current;
    if (!plot || !root) return;
    const resize = new ResizeObserver(() => schedule());
    resize.observe(plot);
    const onPop = () => {
      const v = parseView(new URLSearchParams(window.location.search).get('view'));
      act.current.setView(v ?? parseView(initialView) ?? fitView(data.first, data.last), 'none');
    };
    window.addEventListener('popstate', onPop);
    // Wheel must be non-passive to keep the page from scrolling while the axis zooms.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      window.clearTimeout(dwell.current);
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? plot.clientWidth : 1;
      const dx = e.deltaX * unit;
      const dy = e.deltaY * unit;
      const rect = plot.getBoundingClientRect();
      const view = viewRef.current;
      if (!e.ctrlKey && Math.abs(dx) > Math.abs(dy)) {
        act.current.setView(panView(view, dx / rect.width), 'replace');
      } else {
        // ctrl+wheel is what trackpads send for a pinch; it and a plain wheel zoom around the pointer.
        const at = Math.min(1, Math.max(0, (e.clientX - rect.left) / rect.width));
        act.current.setView(zoomView(view, Math.exp(-dy * (e.ctrlKey ? 0.01 : 0.002)), at), 'replace');
      }
      window.clearTimeout(gesture.current.timer);
      gesture.current.timer = window.setTimeout(endGesture, 300);
    };
    plot.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      resize.disconnect();
      window.removeEventListener('popstate', onPop);
      plot.removeEventListener('wheel', onWheel);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data]);

  // Pointers: one drags (pans), two pinch (zoom around their midpoint), shift+drag brushes a range.
  const pointers = useRef(new Map<number, number>());
  const drag = useRef<{ x0: number; view: View; moved: boolean; brush: boolean; pinch?: { dist: number; mid: number } } | null>(null);
  const plotX = (clientX: number) => clientX - (plotRef.current?.getBoundingClientRect().left ?? 0);
  const dayAt = (x: number) => viewRef.current.start + (x / (plotRef.current?.clientWidth || 1)) * spanOf(viewRef.current);

  const onPointerDown = (e: React.PointerEvent) => {
    window.clearTimeout(dwell.current);
    if (!dataRef.current || e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    pointers.current.set(e.pointerId, e.clientX);
    const xs = [...pointers.current.values()];
    drag.current = {
      x0: plotX(e.clientX),
      view: viewRef.current,
      moved: false,
      brush: e.shiftKey && xs.length === 1,
      pinch: xs.length === 2 ? { dist: Math.abs(xs[0] - xs[1]) || 1, mid: plotX((xs[0] + xs[1]) / 2) } : undefined,
    };
  };
  const onPointerMove = (e: React.PointerEvent) => {
    const d = drag.current;
    const width = plotRef.current?.clientWidth || 1;
    if (!d) {
      hover(e.clientX, e.clientY);
      return;
    }
    pointers.current.set(e.pointerId, e.clientX);
    const x = plotX(e.clientX);
    if (Math.abs(x - d.x0) > 3) d.moved = true;
    if (!d.moved) return;
    if (d.brush && brushRef.current) {
      const [a, b] = [Math.min(d.x0, x), Math.max(d.x0, x)];
      Object.assign(brushRef.current.style, { display: 'block', left: `${a}px`, width: `${b - a}px` });
      return;
    }
    const xs = [...pointers.current.values()];
    if (d.pinch && xs.length === 2) {
      const factor = (Math.abs(xs[0] - xs[1]) || 1) / d.pinch.dist;
      act.current.setView(zoomView(d.view, factor, d.pinch.mid / width), 'replace');
    } else {
      act.current.setView(panView(d.view, -(x - d.x0) / width), 'replace');
    }
  };
  const onPointerUp = (e: React.PointerEvent) => {
    const d = drag.current;
    pointers.current.delete(e.pointerId);
    if (pointers.current.size > 0) {
      // One finger of a pinch lifted: continue as a drag from here.
      const [x] = [...pointers.current.values()];
      drag.current = d ? { x0: plotX(x), view: viewRef.current, moved: true, brush: false } : null;
      return;
    }
    drag.current = null;
    if (!d) return;
    if (d.brush && d.moved) {
      if (brushRef.current) brushRef.current.style.display = 'none';
      const [a, b] = [dayAt(Math.min(d.x0, plotX(e.clientX))), dayAt(Math.max(d.x0, plotX(e.clientX)))].map((v) => isoOf(Math.round(v)));
      const url = new URL(window.location.href);
      for (const key of ['after', 'before', 'cursor', 'at']) url.searchParams.delete(key);
      url.searchParams.set('from', a);
      url.searchParams.set('to', b);
      url.searchParams.set('view', `${a}..${b}`);
      router.push(`${url.pathname}${url.search}`);
    } else if (d.moved) {
      endGesture();
    } else {
      const hit = dataRef.current && hitAt(e.clientX, e.clientY);
      if (hit && hit.events.length === 1) void open(hit.events[0]);
      else if (hit) act.current.setView(zoomView(viewRef.current, 4, plotX(e.clientX) / (plotRef.current?.clientWidth || 1)), 'push');
    }
  };

  const hitAt = (clientX: number, clientY: number): Hit | null => {
    const plot = plotRef.current;
    const d = dataRef.current;
    if (!plot || !d) return null;
    const rect = plot.getBoundingClientRect();
    return hitTest(d, viewRef.current, rect.width, rect.height - TICKS_HEIGHT, clientX - rect.left, clientY - rect.top - TICKS_HEIGHT);
  };
  const hover = (clientX: number, clientY: number) => {
    const hit = hitAt(clientX, clientY);
    const rect = plotRef.current?.getBoundingClientRect();
    setCard(hit && rect ? { x: clientX - rect.left, y: clientY - rect.top, hit } : null);
    // Titles are fetched only once the pointer rests on a mark, never while it merely passes on the way to a drag or wheel.
    window.clearTimeout(dwell.current);
    if (hit && hit.events.length <= 3) dwell.current = window.setTimeout(() => hit.events.forEach((i) => labels.want(i)), 150);
  };
  const open = async (index: number) => {
    const label = await labels.get(index);
    if (label) router.push(`/events/${encodeURIComponent(label.slug)}`);
  };

  // Keyboard: the contract's keys, plus [ and ] to move a focus card through the events in view.
  const onKeyDown = (e: React.KeyboardEvent) => {
    const d = dataRef.current;
    if (!d) return;
    window.clearTimeout(dwell.current);
    const view = viewRef.current;
    const span = spanOf(view);
    let next: View | null = null;
    if (e.key === '+' || e.key === '=') next = zoomView(view, 2);
    else if (e.key === '-' || e.key === '_') next = zoomView(view, 0.5);
    else if (e.key === 'ArrowLeft') next = panView(view, -0.25);
    else if (e.key === 'ArrowRight') next = panView(view, 0.25);
    else if (e.key === 'Home') next = { start: d.first - span * 0.05, end: d.first + span * 0.95 - 1 };
    else if (e.key === 'End') next = { start: d.last - span * 0.95 + 1, end: d.last + span * 0.05 };
    else if (e.key === '[' || e.key === ']') {
      stepFocus(e.key === ']' ? 1 : -1);
      e.preventDefault();
      return;
    } else if (e.key === 'Enter' && e.target === e.currentTarget && focusRef.current >= 0) {
      void open(focusRef.current);
    } else if (e.key === 'Escape') {
      focusRef.current = -1;
      setCard(null);
      schedule();
    }
    if (!next) return;
    e.preventDefault();
    act.current.setView(next, 'push');
  };
  const stepFocus = (dir: 1 | -1) => {
    const d = dataRef.current;
    const plot = plotRef.current;
    if (!d || !plot || d.count === 0) return;
    const view = viewRef.current;
    let i = focusRef.current;
    if (i < 0 || d.start[i] > view.end || d.end[i] < view.start) {
      // Start from the first (or last) event in view.
      i = -1;
      for (let k = 0; k < d.count; k++) {
        if (d.end[k] < view.start) continue;
        if (d.start[k] > view.end) break;
        i = k;
        if (dir > 0) break;
      }
    } else i = Math.min(d.count - 1, Math.max(0, i + dir));
    if (i < 0) return;
    focusRef.current = i;
    if (d.start[i] > view.end || d.end[i] < view.start)
      act.current.setView(panView(view, (d.start[i] - (view.start + view.end) / 2) / spanOf(view)), 'push');
    else schedule();
    labels.want(i);
    const x = ((d.start[i] - viewRef.current.start) / spanOf(viewRef.current)) * plot.clientWidth;
    const laneIndex = d.laneEvents.findIndex((list) => list.includes(i));
    const laneH = (plot.clientHeight - TICKS_HEIGHT) / Math.max(1, d.lanes.length);
    setCard({ x, y: TICKS_HEIGHT + (laneIndex + 0.5) * laneH, hit: { events: [i], lane: laneIndex, from: d.start[i], to: d.end[i] } });
  };

  const button = (label: string, text: string, run: () => View) => (
    <button
      type="button"
      aria-label={label}
      title={label}
      onClick={() => act.current.setView(run(), 'push')}
      className="btn-line min-w-8 px-2 py-0.5"
    >
      {text}
    </button>
  );
  const v = () => viewRef.current;

  return (
    <div
      ref={rootRef}
      data-timeline-axis=""
      // Flips in the same commit that shows the drawn canvas, so it never says "ready" over the server axis.
      data-state={ready ? 'ready' : 'static'}
      data-view={initialView}
      tabIndex={0}
      role="region"
      aria-label="Time axis by sector"
      aria-describedby="time-axis-hint"
      onKeyDown={onKeyDown}
      className="rounded-lg outline-offset-2 focus-visible:outline-2 focus-visible:outline-blue-600"
    >
      <div className={AXIS_TOOLBAR}>
        {ready && data ? (
          <>
            {button('Zoom in', '+', () => zoomView(v(), 2))}
            {button('Zoom out', '−', () => zoomView(v(), 0.5))}
            {button('Earlier', '←', () => panView(v(), -0.5))}
            {button('Later', '→', () => panView(v(), 0.5))}
            {button('Show all', 'All', () => fitView(data.first, data.last))}
          </>
        ) : (
          toolbar
        )}
        <p id="time-axis-hint" className="ml-2 hidden truncate text-xs text-slate-600 sm:block dark:text-slate-400" title={HINT}>
          {ready ? HINT : 'Select a period to narrow the timeline to it, or a sector name to that sector.'}
        </p>
      </div>
      <div className="relative">
        <div className={ready ? 'invisible' : undefined} aria-hidden={ready || undefined}>
          {children}
        </div>
        {data ? (
          <div
            className={`${AXIS_BOX} absolute! inset-0 ${ready ? '' : 'invisible'}`}
            style={{ ...axisBoxStyle(data.lanes.length), height: undefined }}
          >
            <LaneLabels lanes={data.lanes} link={laneLink} />
            <div
              ref={plotRef}
              className="relative min-w-0 cursor-grab touch-none select-none active:cursor-grabbing"
              onPointerDown={onPointerDown}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onPointerCancel={onPointerUp}
              onPointerLeave={() => {
                window.clearTimeout(dwell.current);
                if (!drag.current) setCard(null);
              }}
            >
              <div
                ref={ticksRef}
                aria-hidden="true"
                className="absolute inset-x-0 top-0 overflow-hidden"
                style={{ height: TICKS_HEIGHT, font: TICK_FONT }}
              />
              <canvas ref={canvasRef} aria-hidden="true" className="absolute inset-x-0 bottom-0 block h-[calc(100%-34px)] w-full" />
              <div ref={brushRef} className="pointer-events-none absolute inset-y-0 hidden bg-blue-500/20" />
              {card ? <AxisCard card={card} data={data} label={(i) => labels.peek(i)} /> : null}
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function AxisCard({ card, data, label }: { card: Card; data: TimelineData; label: (index: number) => EventLabel | null | undefined }) {
  const { events, lane, from, to } = card.hit;
  const left = card.x > 200 ? undefined : card.x + 12;
  const right = card.x > 200 ? `calc(100% - ${card.x - 12}px)` : undefined;
  const single = events.length === 1 ? label(events[0]) : null;
  const sectors =
    events.length === 1 ? data.lanes.filter((_, l) => data.laneEvents[l].includes(events[0])).map((l) => l.name) : [data.lanes[lane]?.name];
  return (
    <div
      role="status"
      className="pointer-events-none absolute z-20 max-w-64 rounded border border-slate-300 bg-white p-2 text-xs shadow-lg dark:border-slate-600 dark:bg-slate-900"
      style={{ left, right, top: Math.min(card.y, 60) }}
    >
      {events.length === 1 ? (
        <>
          <p className="font-semibold">{single ? single.title : 'Loading…'}</p>
          <p>{single?.label ?? `${isoOf(from)}${to > from ? ` – ${isoOf(to)}` : ''}`}</p>
        </>
      ) : (
        <p className="font-semibold">
          {events.length} events, {isoOf(from)}
          {to > from ? ` – ${isoOf(to)}` : ''}. Select to zoom in.
        </p>
      )}
      <p className="text-slate-600 dark:text-slate-400">{sectors.join(', ')}</p>
    </div>
  );
}

'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
// Type only: erased from the build, so recharts stays out of this chunk.
import type { ChartBars } from './period-bars';
import { ChartNumbers } from '../timeline/chart-numbers';

const subscribeNothing = () => () => {};

/**
 * The chart's box and its numbers table. Neither the columns nor the table are
 * in the page (issue 10: the table was a third of `/` at 10k events, the
 * columns another 7 KB of its RSC payload). The box is server-rendered at its
 * final size (no layout shift); after the page's load event and once the box
 * enters the viewport, it fetches the columns (`dataHref`, one request) and
 * recharts (period-bars.tsx, its own chunk). "Show the numbers" is a plain
 * link to the table's own page (`numbersHref`) in the server's HTML; once
 * hydrated it becomes a disclosure that draws the table from the same columns
 * (fetching them then if the chart has not yet). If the columns can't be
 * fetched, the disclosure links to that page.
 */
export function LazyEventsChart({
  label,
  heading,
  one,
  numbersHref,
  dataHref,
}: {
  label: string;
  heading: string;
  one: string;
  numbersHref: string;
  dataHref: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [Bars, setBars] = useState<ComponentType<ChartBars> | null>(null);
  const [columns, setColumns] = useState<ChartBars | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const pending = useRef<Promise<void> | null>(null);
  const enhanced = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );

  // One fetch of the columns, whoever asks first (the chart coming into view, or the numbers opening).
  // The parent keys this component by its filter, so `dataHref` is fixed for its life.
  const loadColumns = useCallback(
    () =>
      (pending.current ??= fetch(dataHref)
        .then((r) => (r.ok ? (r.json() as Promise<ChartBars>) : Promise.reject(new Error(`chart data: ${r.status}`))))
        .then(
          (data) => setColumns({ labels: data.labels, series: data.series }),
          () => setFailed(true), // offline or the server away: the numbers' own page still has them
        )),
    [dataHref],
  );

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let gone = false;
    let observer: IntersectionObserver | undefined;
    const watch = () => {
      observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer?.disconnect();
          void loadColumns();
          import('./period-bars').then(
            (m) => !gone && setBars(() => m.PeriodBars),
            () => undefined, // offline or a stale deploy: the numbers are still there
          );
        },
        { rootMargin: '0px' },
      );
      observer.observe(element);
    };
    // After the load event, so the chart never competes with the first paint.
    if (document.readyState === 'complete') watch();
    else window.addEventListener('load', watch, { once: true });
    return () => {
      gone = true;
      observer?.disconnect();
      window.removeEventListener('load', watch);
    };
  }, [loadColumns]);

  const ready = Bars !== null && columns !== null;
  return (
    <>
      <div ref={box} className="h-72 w-full" role="img" aria-label={label} data-chart-state={ready ? 'ready' : 'waiting'}>
        {ready ? <Bars {...columns} /> : null}
      </div>
      {enhanced ? (
        <details
          className="mt-2 text-sm"
          onToggle={(e) => {
            const isOpen = e.currentTarget.open;
            setOpen(isOpen);
            if (isOpen) void loadColumns();
          }}
        >
          <summary className="cursor-pointer">Show the numbers</summary>
          {!open ? null : columns ? (
            <ChartNumbers heading={heading} one={one} labels={columns.labels} series={columns.series} />
          ) : failed ? (
            <p className="mt-2">
              The numbers could not be loaded here.{' '}
              <a href={numbersHref} className="underline">
                See them on their own page
              </a>
              .
            </p>
          ) : (
            <p className="mt-2" role="status">
              Loading the numbers…
            </p>
          )}
        </details>
      ) : (
        <p className="mt-2 text-sm">
          <a href={numbersHref} className="underline" data-numbers-link>
            Show the numbers
          </a>
        </p>
      )}
    </>
  );
}

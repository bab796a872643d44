'use client';

import { useEffect, useRef, useState, type ComponentType } from 'react';
// Type only: erased from the build, so recharts stays out of this chunk.
import type { ChartBars } from './period-bars';
import { ChartNumbers } from '../timeline/chart-numbers';

/**
 * The chart's box and its numbers table, from one copy of the columns: the
 * table is drawn here rather than by the server so that the page's RSC payload
 * carries the numbers once (as these props), not again as a table's element
 * tree (issue 10). The box is server-rendered at its final size (no layout shift), and
 * fetches recharts (period-bars.tsx, its own chunk) only after the page's
 * load event and once the box enters the viewport. Until then,
 * and if that chunk fails to load, the numbers table beside it carries the data.
 */
export function LazyEventsChart({ label, heading, one, ...bars }: ChartBars & { label: string; heading: string; one: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [Bars, setBars] = useState<ComponentType<ChartBars> | null>(null);

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
          import('./period-bars').then(
            (m) => !gone && setBars(() => m.PeriodBars),
            () => undefined, // offline or a stale deploy: the table still has the numbers
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
  }, []);

  return (
    <>
      <div ref={box} className="h-72 w-full" role="img" aria-label={label} data-chart-state={Bars ? 'ready' : 'waiting'}>
        {Bars ? <Bars {...bars} /> : null}
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">Show the numbers</summary>
        <ChartNumbers heading={heading} one={one} labels={bars.labels} series={bars.series} />
      </details>
    </>
  );
}

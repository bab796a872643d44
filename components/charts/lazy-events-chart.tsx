'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ComponentType } from 'react';
// Type only: erased from the build, so recharts stays out of this chunk.
import type { ChartBars } from './period-bars';
import { ChartNumbers } from '../timeline/chart-numbers';

const subscribeNothing = () => () => {};

/**
 * The chart's box and its numbers table, from one copy of the columns. The
 * table is not in the page's HTML (issue 10: it was a third of `/` at 10k
 * events): the server renders a plain link to its own page
 * (/timeline/numbers, for readers without JS), and once hydrated that link
 * becomes a disclosure that draws the table from these props when opened, so
 * no extra request. The box is server-rendered at its final size (no layout shift), and
 * fetches recharts (period-bars.tsx, its own chunk) only after the page's
 * load event and once the box enters the viewport. Until then,
 * and if that chunk fails to load, the numbers table carries the data.
 */
export function LazyEventsChart({
  label,
  heading,
  one,
  numbersHref,
  ...bars
}: ChartBars & { label: string; heading: string; one: string; numbersHref: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [Bars, setBars] = useState<ComponentType<ChartBars> | null>(null);
  // The server's HTML has the link (no JS: the table's own page); once hydrated it becomes a disclosure.
  const enhanced = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [open, setOpen] = useState(false);

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
      {enhanced ? (
        <details className="mt-2 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
          <summary className="cursor-pointer">Show the numbers</summary>
          {open ? <ChartNumbers heading={heading} one={one} labels={bars.labels} series={bars.series} /> : null}
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

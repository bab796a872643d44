'use client';

import { useEffect, useRef, useState } from 'react';
import Link from 'next/link';
import type { PanelData, PanelFacet } from '@/lib/facet-panel';
import { FacetOptions } from './facet-options';
import { DatePresets } from './date-presets';

/** Panel data by request URL (one fetch per facet and view), and the last data of each facet. */
const loaded = new Map<string, Promise<PanelData | null>>();
const lastOf = new Map<PanelFacet, PanelData>();

function load(url: string) {
  let request = loaded.get(url);
  if (!request) {
    request = fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<PanelData>) : null))
      .catch(() => null);
    // A failed fetch is not kept: the next open tries again.
    request.then((data) => (data ? undefined : loaded.delete(url)));
    loaded.set(url, request);
  }
  return request;
}

const what = { actor: 'actors', sector: 'sectors', type: 'types', date: 'a period' } as const;

/**
 * The inside of a filter-bar panel, filled when it is first opened (or when
 * the pointer or focus comes to its summary, to hide the fetch): the page's
 * HTML carries no options (issue 10). `search` is the view's filter and kept
 * parameters; a new view refetches a panel already filled, showing the
 * last options meanwhile so a ticked box keeps its focus. Without JavaScript
 * (or until the options come) a link leads to the same list on a page of its own.
 */
export function FacetPanel({ facet, search, selected = [] }: { facet: PanelFacet; search: string; selected?: readonly string[] }) {
  const url = `/timeline/facets?${new URLSearchParams({ facet })}${search ? `&${search}` : ''}`;
  const [shown, setShown] = useState<{ url: string; data: PanelData } | null>(() => {
    const last = lastOf.get(facet);
    return last ? { url: '', data: last } : null;
  });
  const ref = useRef<HTMLDivElement>(null);
  const focusFirst = useRef(false);
  const fresh = shown?.url === url;

  useEffect(() => {
    const details = ref.current?.closest('details');
    if (!details || fresh) return;
    let done = false;
    let gone = false;
    const fill = () => {
      if (done) return;
      done = true;
      void load(url).then((data) => {
        if (!data || gone) return;
        lastOf.set(facet, data);
        // Focus on the placeholder link would be lost when the options replace it: it moves to the first option.
        focusFirst.current = Boolean(ref.current?.contains(document.activeElement) && document.activeElement?.tagName === 'A');
        setShown({ url, data });
      });
    };
    // Shown options of an older view, or an open panel: refresh now. Otherwise on the first sign of interest.
    const cleanup = () => {
      gone = true;
    };
    if (shown || details.open) {
      fill();
      return cleanup;
    }
    const summary = details.querySelector('summary');
    const onToggle = () => details.open && fill();
    details.addEventListener('toggle', onToggle);
    summary?.addEventListener('pointerenter', fill);
    summary?.addEventListener('focus', fill);
    summary?.addEventListener('touchstart', fill, { passive: true });
    return () => {
      gone = true;
      details.removeEventListener('toggle', onToggle);
      summary?.removeEventListener('pointerenter', fill);
      summary?.removeEventListener('focus', fill);
      summary?.removeEventListener('touchstart', fill);
    };
  }, [url, facet, fresh, shown]);

  useEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    ref.current?.querySelector<HTMLElement>('input, a')?.focus();
  }, [shown]);

  const data = shown?.data;
  return (
    <div ref={ref}>
      {!data ? (
        <p className="px-2 py-1 text-sm">
          <a href={`/timeline/filters?${url.split('?')[1]}`} className="underline">
            {`Choose ${what[facet]}…`}
          </a>
        </p>
      ) : 'presets' in data ? (
        <DatePresets presets={data.presets} />
      ) : (
        <>
          {data.options.length === 0 ? <p className="px-2 py-1 text-sm">No values in this view.</p> : null}
          <FacetOptions name={facet} options={data.options} selected={selected} />
          {data.hidden > 0 && facet === 'actor' ? (
            <p className="muted px-2 pt-1 text-xs" data-more-actors={data.hidden}>
              More actors:{' '}
              <a href="#f-q" className="underline">
                search by name
              </a>
              , or{' '}
              <Link prefetch={false} href="/actors" className="underline">
                browse all actors
              </Link>
              .
            </p>
          ) : data.hidden > 0 ? (
            <p className="muted px-2 pt-1 text-xs">{data.hidden} more with fewer events: search for a name to find them.</p>
          ) : null}
        </>
      )}
    </div>
  );
}

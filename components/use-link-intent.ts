'use client';

import { useRouter } from 'next/navigation';
import { useRef, type MouseEvent, type SyntheticEvent } from 'react';

/**
 * The path of the same-origin link an event happened in, if any, for the router (a link with a target or a
 * download is left to the browser).
 */
function hrefOf(event: SyntheticEvent): string | null {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return null;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  // A path starting with // would be read by the router as another host.
  return link.origin === window.location.origin && !link.pathname.startsWith('//') ? link.pathname + link.search + link.hash : null;
}

/**
 * What IntentLink does for every link, as props for the element that holds
 * the links: prefetch on the first hover, focus or touch, and navigate on
 * the client when clicked. For long lists of plain <a> elements (the event
 * list on `/`): one handler for all of them, where a next/link per row made
 * every row cost a component with its hooks on each render (issue 9).
 * A click with a modifier key or another button stays the browser's.
 */
export function useLinkIntent() {
  const router = useRouter();
  const asked = useRef(new Set<string>());
  const intent = (event: SyntheticEvent) => {
    const href = hrefOf(event);
    if (!href || asked.current.has(href)) return;
    asked.current.add(href);
    router.prefetch(href);
  };
  return {
    onMouseOver: intent,
    onFocus: intent,
    onTouchStart: intent,
    onClick: (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const href = hrefOf(event);
      if (!href) return;
      event.preventDefault();
      router.push(href);
    },
  };
}

'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useRef, type ComponentProps } from 'react';

/**
 * next/link that prefetches only when the reader shows intent: hover, focus
 * or touch. A plain <Link> prefetches every link that scrolls into view, and
 * on `/` each prefetch is a full server render (a hundred per page view).
 * The link never prefetches by itself; the first sign of intent asks the
 * router for that one route (the router dedupes repeated requests).
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, href, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const router = useRouter();
  const asked = useRef(false);
  const intent = () => {
    if (asked.current) return;
    asked.current = true;
    if (typeof href === 'string') router.prefetch(href);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onMouseEnter={(event) => {
        intent();
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        intent();
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        intent();
        onTouchStart?.(event);
      }}
    />
  );
}

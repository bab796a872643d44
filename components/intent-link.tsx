'use client';

import Link from 'next/link';
import { useState, type ComponentProps } from 'react';

/**
 * next/link that prefetches only when the reader shows intent: hover, focus
 * or touch. A plain <Link> prefetches every link that scrolls into view, and
 * on `/` each prefetch is a full server render (a hundred per page view).
 * Until intent, prefetch is off; then it falls back to Next's default, which
 * fetches the one route the reader is reaching for (the pattern in the
 * Next.js prefetching guide).
 */
export function IntentLink({ onMouseEnter, onFocus, onTouchStart, ...props }: Omit<ComponentProps<typeof Link>, 'prefetch'>) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onMouseEnter={(event) => {
        setIntent(true);
        onMouseEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}

'use client';

import Link from 'next/link';

/** A date preset as plain values: its name, its link, its event count (if it has one), and whether it is the range shown. */
export type DatePreset = [label: string, href: string, count: number | null, active: boolean];

/**
 * The date presets of the filter bar, drawn from compact values: a client
 * component so that the page's RSC payload carries each preset once, not a
 * second copy of its markup beside the HTML (issue 10). Plain links: they work
 * without JavaScript.
 */
export function DatePresets({ presets }: { presets: DatePreset[] }) {
  return (
    <ul aria-label="Date presets" className="max-h-56 overflow-y-auto">
      {presets.map(([label, href, count, active]) => (
        <li key={label}>
          <Link
            prefetch={false}
            href={href}
            aria-current={active ? 'true' : undefined}
            className={`menu-item flex justify-between gap-2${active ? ' font-semibold' : ''}`}
          >
            <span>{label}</span>{' '}
            {count !== null ? (
              <span className="muted tabular-nums">
                {count}
                <span className="sr-only">{count === 1 ? ' event' : ' events'}</span>
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

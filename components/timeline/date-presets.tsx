'use client';

import Link from 'next/link';

/** A date preset as plain values: its name, its link, its event count (if it has one), and whether it is the range shown. */
export type DatePreset = [label: string, href: string, count: number | null, active: boolean];

/**
 * The date presets of the filter bar, drawn from compact values: a client
 * component so that the page's RSC payload carries each preset once, not a
 * second copy of its markup beside the HTML (issue 10). Plain links: they work
 * without JavaScript. Looks: `.dp-list` in globals.css, by each part's place (no class per preset).
 */
export function DatePresets({ presets }: { presets: DatePreset[] }) {
  return (
    <ul aria-label="Date presets" className="dp-list">
      {presets.map(([label, href, count, active]) => (
        <li key={label}>
          <Link prefetch={false} href={href} aria-current={active ? 'true' : undefined}>
            <span>{label}</span>{' '}
            {count !== null ? (
              <span>
                {count}
                <span>{count === 1 ? ' event' : ' events'}</span>
              </span>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}

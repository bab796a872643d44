'use client';

import Link from 'next/link';
import type { DatePreset } from '@/lib/facet-panel';

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

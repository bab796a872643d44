'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { filterSearchOf } from '@/lib/filter-url';

/**
 * The footer's CSV link: on the timeline it exports the view on screen (the
 * address bar's filters), elsewhere everything. Read from the address bar so
 * it follows client-side filter changes.
 */
export function FilterExportLink() {
  const pathname = usePathname();
  const params = useSearchParams();
  const search = pathname === '/' ? filterSearchOf(params) : '';
  return (
    <a className="underline" href={search ? `/api/v1/events.csv?${search}` : '/api/v1/events.csv'}>
      {search ? 'CSV export of this view' : 'CSV export'}
    </a>
  );
}

import Link from 'next/link';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { serverAxisModel } from '@/lib/data/timeline-axis';
import type { PageReader } from '@/lib/page-read';
import { filterSearch, keptOf, timelineHref } from '@/lib/filter-url';
import { formatView } from '@/lib/timeline/view';
import { TimeAxis } from './time-axis';
import { TimeAxisClient } from './time-axis-client';
import { AXIS_TOOLBAR } from './axis/layout';

/**
 * The time axis section of `/`: the server SVG for the window in the URL
 * (`view`, else the filter's dates, else everything), wrapped by the client
 * axis that takes over once it has drawn. The Years / Months / Days links are
 * the no-JS zoom; the client swaps them for its buttons.
 */
export async function TimeAxisSection({
  filter,
  params,
  here,
  read,
}: {
  filter: EventFilter;
  params: Record<string, string | string[] | undefined>;
  here: string;
  read: PageReader;
}) {
  const kept = keptOf(params);
  const model = await read(here, () => serverAxisModel(filter, kept));
  if (!model) return null;
  const { view, unit, counts, lanes } = model;

  // A lane's name narrows the timeline to that sector alone, keeping the other filters, the order and the view.
  const laneLink = { filter, kept };

  const zoomLinks = (
    <nav aria-label="Zoom" className={AXIS_TOOLBAR}>
      {(['year', 'month', 'day'] as const).map((u) => (
        <Link
          key={u}
          prefetch={false}
          href={timelineHref(filter, { ...kept, zoom: u })}
          aria-current={u === unit ? 'true' : undefined}
          className={u === unit ? 'seg-zoom bg-blue-700 text-white' : 'seg-zoom seg-zoom-off'}
        >
          {u === 'year' ? 'Years' : u === 'month' ? 'Months' : 'Days'}
        </Link>
      ))}
    </nav>
  );

  const query = filterSearch(filter);
  // The same filter and window parameters, so the image draws exactly this axis.
  const imageQuery = new URLSearchParams(query);
  if (kept.view) imageQuery.set('view', kept.view);
  if (kept.zoom) imageQuery.set('zoom', kept.zoom);
  const imageSrc = `/timeline/axis-image${imageQuery.size ? `?${imageQuery}` : ''}`;

  return (
    <section aria-labelledby="axis-heading">
      <h2 id="axis-heading" className="sr-only">
        Time axis by sector
      </h2>
      <TimeAxisClient query={query} initialView={formatView(view)} toolbar={zoomLinks} laneLink={laneLink}>
        <TimeAxis counts={counts} lanes={lanes} view={view} unit={unit} filter={filter} laneLink={laneLink} imageSrc={imageSrc} />
      </TimeAxisClient>
    </section>
  );
}

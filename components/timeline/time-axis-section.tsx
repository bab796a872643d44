import Link from 'next/link';
import { z } from 'zod';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { getEventExtent, getPeriodCounts } from '@/lib/data/events';
import { getSectorLanes } from '@/lib/data/sectors';
import { laneColours, noSectorColour } from '@/lib/labels';
import { pageRead } from '@/lib/page-read';
import { filterSearch, keptOf, timelineHref } from '@/lib/filter-url';
import { initialView, serverAxis } from '@/lib/timeline/server-window';
import { formatView } from '@/lib/timeline/view';
import { TimeAxis } from './time-axis';
import { TimeAxisClient } from './time-axis-client';
import { AXIS_TOOLBAR } from './axis/layout';
import type { AxisLane } from './axis/lane-labels';

const zoomSchema = z.enum(['year', 'month', 'day']).optional().catch(undefined);

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
}: {
  filter: EventFilter;
  params: Record<string, string | string[] | undefined>;
  here: string;
}) {
  const kept = keptOf(params);
  const [extent, sectors] = await pageRead(here, () => Promise.all([getEventExtent(filter), getSectorLanes()]));
  if (!extent) return null;
  const zoom = zoomSchema.parse(kept.zoom);
  const { view, unit } = serverAxis(initialView({ view: kept.view, from: filter.from, to: filter.to, extent }), zoom);
  const counts = await pageRead(here, () => getPeriodCounts(filter, unit));
  const used = new Set(counts.map((c) => c.sector));
  const lanes: AxisLane[] = [
    ...sectors.map((s, i) => ({ slug: s.slug as string | null, name: s.name, colour: laneColours[i % laneColours.length] })),
    { slug: null, name: 'No sector', colour: noSectorColour },
  ].filter((lane) => used.has(lane.slug));

  // A lane's name narrows the timeline to that sector alone, keeping the other filters, the order and the view.
  const laneHrefs = Object.fromEntries(sectors.map((s) => [s.slug, timelineHref(filter, kept, { sector: [s.slug] })]));

  const zoomLinks = (
    <nav aria-label="Zoom" className={AXIS_TOOLBAR}>
      {(['year', 'month', 'day'] as const).map((u) => (
        <Link
          key={u}
          prefetch={false}
          href={timelineHref(filter, { ...kept, zoom: u })}
          aria-current={u === unit ? 'true' : undefined}
          className={`rounded px-3 py-0.5 ${u === unit ? 'bg-blue-700 text-white' : 'border border-slate-300 dark:border-slate-600'}`}
        >
          {u === 'year' ? 'Years' : u === 'month' ? 'Months' : 'Days'}
        </Link>
      ))}
    </nav>
  );

  const query = filterSearch(filter);

  return (
    <section aria-labelledby="axis-heading">
      <h2 id="axis-heading" className="sr-only">
        Time axis by sector
      </h2>
      <TimeAxisClient query={query} initialView={formatView(view)} toolbar={zoomLinks} laneHrefs={laneHrefs}>
        <TimeAxis counts={counts} lanes={lanes} view={view} unit={unit} filter={filter} laneHrefs={laneHrefs} />
      </TimeAxisClient>
    </section>
  );
}

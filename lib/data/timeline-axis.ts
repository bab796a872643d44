import 'server-only';
import { z } from 'zod';
import type { EventFilter } from '../schemas/event-filter';
import { laneColours, noSectorColour } from '../labels';
import type { Kept } from '../filter-url';
import { initialView, serverAxis } from '../timeline/server-window';
import type { View } from '../timeline/view';
import { getEventExtent, getPeriodCounts, type PeriodCount, type PeriodUnit } from './events';
import { getSectorLanes } from './sectors';

const zoomSchema = z.enum(['year', 'month', 'day']).optional().catch(undefined);

interface AxisLaneModel {
  slug: string | null;
  name: string;
  colour: string;
}

export interface ServerAxisModel {
  view: View;
  unit: PeriodUnit;
  counts: PeriodCount[];
  /** Lanes with events in this filtered set, in sector order, "No sector" last. */
  lanes: AxisLaneModel[];
}

/**
 * What the server axis draws for a filter and the URL's view/zoom: shared by
 * the page (tick labels, lane names, period links) and the axis image route
 * (the marks), so both describe the same window. Null when nothing matches.
 */
export async function serverAxisModel(filter: EventFilter, kept: Kept): Promise<ServerAxisModel | null> {
  const [extent, sectors] = await Promise.all([getEventExtent(filter), getSectorLanes()]);
  if (!extent) return null;
  const { view, unit } = serverAxis(
    initialView({ view: kept.view, from: filter.from, to: filter.to, extent }),
    zoomSchema.parse(kept.zoom),
  );
  const counts = await getPeriodCounts(filter, unit);
  const used = new Set(counts.map((c) => c.sector));
  const lanes = [
    ...sectors.map((s, i) => ({ slug: s.slug as string | null, name: s.name, colour: laneColours[i % laneColours.length] })),
    { slug: null, name: 'No sector', colour: noSectorColour },
  ].filter((lane) => used.has(lane.slug));
  return { view, unit, counts, lanes };
}

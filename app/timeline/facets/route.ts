import { z } from 'zod';
import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { getEventFacets } from '@/lib/data/events';
import { PANEL_FACETS, datePresets, facetOptions, facetValues, type PanelData } from '@/lib/facet-panel';
import { keptOf } from '@/lib/filter-url';
import { isoDay } from '@/lib/dates';
import { apiRoute, badRequest, json, searchParamsOf } from '@/lib/api';

const facetSchema = z.object({ facet: z.enum(PANEL_FACETS, { error: 'facet must be one of actor, sector, type, date' }) });

/**
 * What a filter-bar panel on `/` lists, for the filter in the query: fetched when the panel first opens
 * (components/timeline/facet-panel.tsx), so the page itself doesn't carry the options (issue 10). Public, with an ETag.
 */
export const GET = apiRoute(async (request: Request) => {
  const query = searchParamsOf(request);
  const facet = facetSchema.safeParse(query);
  if (!facet.success) return badRequest(facet.error);
  const filter = eventFilterSchema.safeParse(query);
  if (!filter.success) return badRequest(filter.error);
  const facets = await getEventFacets(filter.data);
  const name = facet.data.facet;
  const data: PanelData =
    name === 'date'
      ? { presets: datePresets(filter.data, keptOf(query), isoDay(new Date()), facets.years) }
      : facetOptions(facetValues(facets, name), name, filter.data[name] ?? []);
  return json(data);
});

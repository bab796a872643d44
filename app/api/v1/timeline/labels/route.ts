import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { timelineSliceSchema } from '@/lib/schemas/timeline';
import { getTimelineLabels } from '@/lib/data/timeline';
import { apiRoute, badRequest, json, searchParamsOf } from '@/lib/api';

/** Titles, slugs and date labels of events offset…offset+limit of the axis's ordered set. */
export const GET = apiRoute(async (request: Request) => {
  const params = searchParamsOf(request);
  const filter = eventFilterSchema.safeParse(params);
  if (!filter.success) return badRequest(filter.error);
  const slice = timelineSliceSchema.safeParse(params);
  if (!slice.success) return badRequest(slice.error);
  return json({ data: await getTimelineLabels(filter.data, slice.data.offset, slice.data.limit) });
});

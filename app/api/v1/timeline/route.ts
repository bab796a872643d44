import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { getTimelineData } from '@/lib/data/timeline';
import { apiRoute, badRequest, json, searchParamsOf } from '@/lib/api';

/** The client time axis's compact columns for the whole filtered set (lib/timeline/compact.ts). */
export const GET = apiRoute(async (request: Request) => {
  const filter = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!filter.success) return badRequest(filter.error);
  return json(await getTimelineData(filter.data));
});

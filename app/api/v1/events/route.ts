import { eventFilterSchema, eventPageSchema } from '@/lib/schemas/event-filter';
import { listEvents, toApiEvent } from '@/lib/data/events';
import { apiRoute, badRequest, json, searchParamsOf } from '@/lib/api';

export const GET = apiRoute(async (request: Request) => {
  const params = searchParamsOf(request);
  const filter = eventFilterSchema.safeParse(params);
  if (!filter.success) return badRequest(filter.error);
  const page = eventPageSchema.safeParse(params);
  if (!page.success) return badRequest(page.error);
  const result = await listEvents(filter.data, page.data);
  return json({ data: result.data.map(toApiEvent), nextCursor: result.nextCursor });
});

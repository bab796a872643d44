import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { allEvents, toApiEvent, type EventDTO } from '@/lib/data/events';
import { apiRoute, badRequest, searchParamsOf } from '@/lib/api';
import { batchStream } from '@/lib/batch-stream';

const jsonRows = (batch: EventDTO[], first: boolean) => (first ? '' : ',') + batch.map((e) => JSON.stringify(toApiEvent(e))).join(',');

/**
 * The whole filtered set (the same filter parameters as /api/v1/events) as
 * one JSON document `{"data":[Event…]}` in the API's Event shape, streamed a
 * keyset batch at a time: "Download this view" without paging.
 */
export const GET = apiRoute(async (request: Request) => {
  const filter = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!filter.success) return badRequest(filter.error);
  const stream = await batchStream(allEvents(filter.data), { head: '{"data":[', rows: jsonRows, tail: ']}\n', what: 'JSON' });
  return new Response(stream, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="backchannel-events.json"',
    },
  });
});

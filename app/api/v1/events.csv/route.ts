import { EVENT_CSV_COLUMNS, toCsv } from '@/lib/csv';
import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { allEvents } from '@/lib/data/events';
import type { EventDTO } from '@/lib/data/events';
import { apiRoute, badRequest, searchParamsOf } from '@/lib/api';
import { logger } from '@/lib/log/logger';

function csvRows(batch: EventDTO[]) {
  return toCsv(
    batch.map((e) => [
      e.slug,
      e.title,
      e.type,
      e.date.start,
      e.date.precision,
      e.date.end ?? '',
      e.date.approximate ? 'true' : 'false',
      e.date.label,
      e.location ?? '',
      e.summary,
      e.actors.map((a) => `${a.name} (${a.role}${a.title ? `, ${a.title}` : ''})`).join('; '),
      e.sectors.map((s) => s.name).join('; '),
      e.proposals.map((p) => `${p.title} (${p.status})`).join('; '),
      [...new Set(e.citations.map((c) => c.source.title))].join('; '),
      e.url,
    ]),
  );
}

/**
 * The whole filtered set as CSV, one event a row, streamed a batch at a time.
 * The parameters are validated and the first batch read before the 200 goes
 * out, so bad input and an unreachable database get a complete error answer
 * instead of a 200 that breaks off.
 */
export const GET = apiRoute(async (request: Request) => {
  const filter = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!filter.success) return badRequest(filter.error);
  const batches = allEvents(filter.data);
  // Read before answering: an unavailable database gets apiRoute's 503, not a 200 that breaks off.
  const first = await batches.next();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(toCsv([[...EVENT_CSV_COLUMNS]])));
      if (!first.done) controller.enqueue(encoder.encode(csvRows(first.value)));
    },
    async pull(controller) {
      if (first.done) return controller.close();
      try {
        const next = await batches.next();
        if (next.done) return controller.close();
        controller.enqueue(encoder.encode(csvRows(next.value)));
      } catch (error) {
        // A later batch failed after the 200 went out: breaking the stream
        // is the only honest signal left (a closed file would look whole).
        logger().error({ err: error }, 'CSV export broke off after the 200');
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="backchannel-events.csv"',
    },
  });
});

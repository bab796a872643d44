import { EVENT_CSV_COLUMNS, toCsv } from '@/lib/csv';
import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { allEvents } from '@/lib/data/events';
import type { EventDTO } from '@/lib/data/events';
import { apiRoute, badRequest, searchParamsOf } from '@/lib/api';
import { batchStream } from '@/lib/batch-stream';

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
 * The whole filtered set (the same filter parameters as /api/v1/events) as
 * CSV, one event a row, streamed a batch at a time.
 */
export const GET = apiRoute(async (request: Request) => {
  const filter = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!filter.success) return badRequest(filter.error);
  const stream = await batchStream(allEvents(filter.data), {
    head: toCsv([[...EVENT_CSV_COLUMNS]]),
    rows: csvRows,
    tail: '',
    what: 'CSV',
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="backchannel-events.csv"',
    },
  });
});

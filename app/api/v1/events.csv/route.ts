import { toCsv } from '@/lib/csv';
import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { allEvents } from '@/lib/data/events';
import { badRequest, searchParamsOf } from '@/lib/api';

const columns = [
  'slug', 'title', 'type', 'date_start', 'date_precision', 'date_end', 'date_approximate', 'date_label',
  'location', 'summary', 'actors', 'sectors', 'proposals', 'sources', 'url',
];

/** The whole filtered set as CSV, one event a row, streamed a batch at a time. */
export async function GET(request: Request) {
  const filter = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!filter.success) return badRequest(filter.error);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(toCsv([columns])));
        for await (const batch of allEvents(filter.data)) {
          const rows = batch.map((e) => [
            e.slug, e.title, e.type, e.date.start, e.date.precision, e.date.end ?? '', e.date.approximate ? 'true' : 'false', e.date.label,
            e.location ?? '', e.summary,
            e.actors.map((a) => `${a.name} (${a.role}${a.title ? `, ${a.title}` : ''})`).join('; '),
            e.sectors.map((s) => s.name).join('; '),
            e.proposals.map((p) => `${p.title} (${p.status})`).join('; '),
            [...new Set(e.citations.map((c) => c.source.title))].join('; '),
            e.url,
          ]);
          controller.enqueue(encoder.encode(toCsv(rows)));
        }
        controller.close();
      } catch (error) {
        controller.error(error);
      }
    },
  });
  return new Response(stream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="backchannel-events.csv"',
    },
  });
}

import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { getEventChart } from '@/lib/data/event-chart';
import { getSectorLanes } from '@/lib/data/sectors';
import { chartColumns } from '@/lib/chart-columns';
import { apiRoute, badRequest, json, searchParamsOf } from '@/lib/api';

/**
 * The events chart's columns for the filter in the query: what `/` fetches when
 * its chart comes into view (components/charts/lazy-events-chart.tsx), so the
 * page itself doesn't carry them (issue 10). Public, with an ETag.
 */
export const GET = apiRoute(async (request: Request) => {
  const filter = eventFilterSchema.safeParse(searchParamsOf(request));
  if (!filter.success) return badRequest(filter.error);
  const [chart, lanes] = await Promise.all([getEventChart(filter.data), getSectorLanes()]);
  const columns = chart ? chartColumns(chart, lanes) : null;
  return json({ unit: chart?.unit ?? null, labels: columns?.labels ?? [], series: columns?.series ?? [] });
});

import { eventFilterSchema } from '@/lib/schemas/event-filter';
import { serverAxisModel } from '@/lib/data/timeline-axis';
import { keptOf } from '@/lib/filter-url';
import { axisSvg } from '@/lib/timeline/axis-svg';
import { apiRoute, badRequest, cachedBody, searchParamsOf } from '@/lib/api';

/** The no-JS time axis's marks as an SVG image, for the filter and the view/zoom in the query (components/timeline/time-axis.tsx). */
export const GET = apiRoute(async (request: Request) => {
  const params = searchParamsOf(request);
  const filter = eventFilterSchema.safeParse(params);
  if (!filter.success) return badRequest(filter.error);
  const model = await serverAxisModel(filter.data, keptOf(params));
  const svg = model ? axisSvg(model) : '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="100%"/>';
  return cachedBody(svg, 'image/svg+xml');
});

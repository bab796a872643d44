import { getEventCached, toApiEvent } from '@/lib/data/events';
import { apiRoute, json, notFoundJson } from '@/lib/api';

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const event = await getEventCached(slug);
  if (!event) return notFoundJson('Event');
  const { previous, next, updatedAt, actorDetails, ...dto } = event;
  void previous;
  void next;
  void updatedAt;
  void actorDetails;
  return json(toApiEvent(dto));
});

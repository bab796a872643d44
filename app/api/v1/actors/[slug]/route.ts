import { getActor } from '@/lib/data/actors';
import { apiRoute, json, notFoundJson } from '@/lib/api';
import { toApiEvent } from '@/lib/data/events';

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await getActor((await params).slug);
  if (!actor) return notFoundJson('Actor');
  return json({ ...actor, events: actor.events.map((e) => ({ ...toApiEvent(e), role: e.role, titleAtTime: e.titleAtTime })) });
});

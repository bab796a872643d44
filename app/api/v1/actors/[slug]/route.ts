import { getActor } from '@/lib/data/actors';
import { apiRoute, json, notFoundJson } from '@/lib/api';
import { toApiEvent } from '@/lib/data/events';
import { actorSanctions, sanctionsToApi } from '@/lib/data/sanctions';

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const actor = await getActor((await params).slug);
  if (!actor) return notFoundJson('Actor');
  const sanctions = sanctionsToApi(await actorSanctions(actor.slug));
  return json({ ...actor, events: actor.events.map((e) => ({ ...toApiEvent(e), role: e.role, titleAtTime: e.titleAtTime })), sanctions });
});

import { getActor } from '@/lib/data/actors';
import { json, notFoundJson } from '@/lib/api';
import { toApiEvent } from '@/lib/data/events';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const actor = await getActor((await params).slug);
  if (!actor) return notFoundJson('Actor');
  return json({ ...actor, events: actor.events.map((e) => ({ ...toApiEvent(e), role: e.role, titleAtTime: e.titleAtTime })) });
}

import 'server-only';
import { db } from '../db';
import { actorsCalledIn } from './references';

/** Found by actorsCalled: enough to name the actor and put it into an actor field. */
export interface ExistingActor {
  slug: string;
  name: string;
  /** "Sergei Lavrov, person, RU, sergei-lavrov": tells namesakes apart. */
  label: string;
}

/**
 * Live actors already called one of `texts` (name, alias or slug), for the
 * "New actor" dialog to offer before it creates a second one ("…-2").
 */
export async function actorsCalled(texts: string[]): Promise<ExistingActor[]> {
  const prisma = await db();
  return prisma.$transaction(async (tx) => {
    const found = await actorsCalledIn(tx, texts);
    const names = new Map(
      (await tx.actor.findMany({ where: { id: { in: found.map((f) => f.id) } }, select: { id: true, name: true } })).map((a) => [
        a.id,
        a.name,
      ]),
    );
    return found.map((f) => ({ slug: f.slug, name: names.get(f.id) ?? f.slug, label: f.label }));
  });
}

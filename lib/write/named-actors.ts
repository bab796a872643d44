import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { EventInput } from '../schemas/event';
import { writeActor } from './actor';

type Tx = Prisma.TransactionClient;

/**
 * The actors an event form asked to create by name (an unknown name with
 * "create a new actor named …" ticked), written through the actor writer in
 * the event's transaction, so each gets its slug, revision and audit entry
 * and nothing is left behind when the event fails. `ids` (name → id, from
 * the resolver) receives them. They take the event's status: an editor
 * publishing the event means its actors to be seen with it.
 */
export async function createNamedActors(tx: Tx, userId: string, input: EventInput, ids: Map<string, string>) {
  for (const row of input.actors) {
    if (row.create !== true || ids.has(row.actor)) continue;
    const saved = await writeActor(
      tx,
      userId,
      {},
      {
        slug: '',
        name: row.actor.replace(/\s+/g, ' ').trim(),
        kind: row.createKind ?? 'person',
        aliases: [],
        country: undefined,
        description: undefined,
        status: input.status,
        roles: [],
        message: 'Created from the event form',
      },
    );
    ids.set(row.actor, saved.id);
  }
}

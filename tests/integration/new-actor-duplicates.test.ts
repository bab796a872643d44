/**
 * "New actor" never silently makes a second actor of a name that exists:
 * the inline dialog's lookup (actorsCalled) finds an actor by name, alias
 * or slug, ignoring case, accents and script case, and the no-JavaScript
 * "create a new actor named …" checkbox resolves such a name to the actor
 * that has it instead of creating "…-2".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { eventInputSchema } from '@/lib/schemas/event';
import { writeDataset } from '@/lib/seed/write';
import { actorsCalled } from '@/lib/write/actor-duplicates';
import { saveEvent } from '@/lib/write/event-ops';
import { buildActor, buildDataset, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

const P = 'zz-dup';
const source = buildSource({ id: `${P}-source` });
let userId: string;

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } })).id;
  await writeDataset(
    prisma,
    buildDataset({
      sources: [source],
      actors: [buildActor({ slug: `${P}-lavrov`, name: 'Sergei Duplavrov', aliases: ['Сергей Дуплавров', 'Foreign Dupminister'] })],
    }),
    { status: 'draft' },
  );
});

describe('an actor name that already exists', () => {
  it('is found by name, alias (any script or case) and slug; a new name finds nothing', async () => {
    for (const typed of ['Sergei Duplavrov', 'sergei  duplavrov', 'СЕРГЕЙ ДУПЛАВРОВ', 'foreign dupminister', `${P}-lavrov`]) {
      expect((await actorsCalled([typed])).map((a) => [a.slug, a.name])).toEqual([[`${P}-lavrov`, 'Sergei Duplavrov']]);
    }
    // A new actor whose alias is an existing name is a duplicate too.
    expect((await actorsCalled(['Somebody Else Dup', 'Sergei Duplavrov'])).map((a) => a.slug)).toEqual([`${P}-lavrov`]);
    expect(await actorsCalled(['Sergei Duplavrov Junior Nobody'])).toEqual([]);
  });

  it('ticked "create a new actor" without JavaScript, resolves to the existing actor, not a second one', async () => {
    const prisma = await db();
    const saved = await saveEvent(
      userId,
      {},
      eventInputSchema.parse({
        title: `${P} event`,
        type: 'call',
        startDate: '2025-03-04',
        precision: 'day',
        summary: 'Saved by a test.',
        status: 'draft',
        actors: [
          { actor: 'Sergei Duplavrov', role: 'participant', create: 'on', createKind: 'person' },
          { actor: 'Foreign Dupminister', role: 'host', create: 'on', createKind: 'person' },
        ],
        citations: [{ source: source.id, quote: 'A quote' }],
      }),
    ).catch((e: unknown) => e);
    // Both rows name the same actor: the form says so rather than creating one.
    expect(saved).toMatchObject({ fieldErrors: { 'actors.1.actor': ['This actor is listed twice'] } });
    expect(await prisma.actor.count({ where: { name: 'Sergei Duplavrov' } })).toBe(1);
    expect(await prisma.actor.count({ where: { name: 'Foreign Dupminister' } })).toBe(0);
  });
});

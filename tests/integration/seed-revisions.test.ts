import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { actorInputSchema } from '@/lib/schemas/actor';
import { eventInputSchema } from '@/lib/schemas/event';
import { loadSeedDataset } from '@/lib/seed/load';
import { writeDataset } from '@/lib/seed/write';
import { writeActor } from '@/lib/write/actor';
import { ConflictError } from '@/lib/write/errors';
import { eventSnapshot } from '@/lib/data/snapshots';
import { writeEvent } from '@/lib/write/event';
import { recordSnapshots } from '@/lib/data/snapshots';
import { SEED_AUTHOR } from '@/lib/write/users';
import { buildActor, buildDataset, buildEvent, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

/*
 * The seed writes through lib/write: every record it creates has revision 1
 * and an audit entry by the seed author, so the history (and a conflict's
 * "their changes") starts from what was seeded, not from nothing.
 */

const seed = loadSeedDataset();

async function seedAuthorId() {
  return (await (await db()).user.findUniqueOrThrow({ where: { email: SEED_AUTHOR.email } })).id;
}

// The events these tests publish would change what the seeded-dataset tests count (they share one database): hide them after.
afterAll(async () => {
  const prisma = await db();
  await prisma.event.updateMany({ where: { slug: { startsWith: 'zz-sr-' } }, data: { status: 'draft' } });
});

describe('seeded records', () => {
  it('each have revision 1 and a create audit entry by the seed author', async () => {
    const prisma = await db();
    const author = await seedAuthorId();
    const ids = {
      event: (await prisma.event.findMany({ where: { slug: { in: seed.events.map((e) => e.slug) } }, select: { id: true } })).map(
        (r) => r.id,
      ),
      actor: (await prisma.actor.findMany({ where: { slug: { in: seed.actors.map((e) => e.slug) } }, select: { id: true } })).map(
        (r) => r.id,
      ),
      sector: (await prisma.sector.findMany({ where: { slug: { in: seed.sectors.map((e) => e.slug) } }, select: { id: true } })).map(
        (r) => r.id,
      ),
      source: seed.sources.map((s) => s.id),
      proposal: (await prisma.proposal.findMany({ where: { slug: { in: seed.proposals.map((e) => e.slug) } }, select: { id: true } })).map(
        (r) => r.id,
      ),
      figure: (await prisma.figure.findMany({ where: { slug: { in: seed.figures.map((e) => e.slug) } }, select: { id: true } })).map(
        (r) => r.id,
      ),
    };
    expect(ids.event).toHaveLength(seed.events.length);
    expect(ids.actor).toHaveLength(seed.actors.length);
    for (const [entityType, list] of Object.entries(ids) as [keyof typeof ids, string[]][]) {
      const firsts = await prisma.revision.findMany({
        where: { entityType, entityId: { in: list }, version: 1 },
        select: { entityId: true, userId: true, action: true },
      });
      expect(firsts.map((r) => r.entityId).sort(), entityType).toEqual([...list].sort());
      for (const r of firsts) expect(r, `${entityType} ${r.entityId}`).toMatchObject({ userId: author, action: 'create' });
      const audit = await prisma.auditEntry.findMany({
        where: { entityType, entityId: { in: list }, action: 'create', userId: author },
        select: { entityId: true },
      });
      expect(new Set(audit.map((a) => a.entityId)), entityType).toEqual(new Set(list));
    }
    // The seed author cannot sign in: disabled, and its hash is no password's.
    const user = await prisma.user.findUniqueOrThrow({ where: { id: author } });
    expect(user.disabledAt).not.toBeNull();
    expect(user.passwordHash.startsWith('scrypt$')).toBe(false);
  });

  it('a conflict on a never-edited seeded event or actor lists only the fields the other editor changed', async () => {
    const prisma = await db();
    const editor = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } })).id;
    const source = buildSource({ id: 'zz-sr-source' });
    const actor = buildActor({
      slug: 'zz-sr-actor',
      roles: [{ title: 'Envoy', organisation: null, from: { date: '2025-03-01', precision: 'month' }, to: null }],
    });
    const event = buildEvent(source.id, {
      slug: 'zz-sr-event',
      actors: [{ actor: actor.slug, role: 'host', title: 'Host' }],
      sectors: [seed.sectors[0].slug],
    });
    await writeDataset(prisma, buildDataset({ sources: [source], actors: [actor], events: [event] }));
    const eventId = (await prisma.event.findUniqueOrThrow({ where: { slug: event.slug } })).id;
    const actorId = (await prisma.actor.findUniqueOrThrow({ where: { slug: actor.slug } })).id;

    // Someone else saves the seeded version 1 with one change…
    await prisma.$transaction(async (tx) => {
      const snap = (await eventSnapshot(tx, eventId))!;
      await writeEvent(
        tx,
        editor,
        { id: eventId, version: 1 },
        eventInputSchema.parse({ ...snap, approximate: snap.approximate ? 'on' : '', title: 'Renamed by another editor' }),
      );
      const a = (await recordSnapshots.actor(tx, actorId))!;
      await writeActor(
        tx,
        editor,
        { id: actorId, version: 1 },
        actorInputSchema.parse({ ...a, description: 'Described by another editor' }),
      );
    });
    // …then an editor who opened version 1 saves: only that one change is theirs.
    const stale = await prisma
      .$transaction(async (tx) => {
        const snap = (await eventSnapshot(tx, eventId))!;
        await writeEvent(tx, editor, { id: eventId, version: 1 }, eventInputSchema.parse({ ...snap, approximate: '', summary: 'Mine' }));
      })
      .catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).theirChanges).toEqual([{ field: 'title', before: event.title, after: 'Renamed by another editor' }]);

    const staleActor = await prisma
      .$transaction(async (tx) =>
        writeActor(
          tx,
          editor,
          { id: actorId, version: 1 },
          actorInputSchema.parse({ ...(await recordSnapshots.actor(tx, actorId))!, name: 'Mine' }),
        ),
      )
      .catch((e: unknown) => e);
    expect(staleActor).toBeInstanceOf(ConflictError);
    expect((staleActor as ConflictError).theirChanges).toEqual([
      { field: 'description', before: actor.description, after: 'Described by another editor' },
    ]);
  });

  it('re-seeding writes no revision for an unchanged record and the next revision, by the seed author, for a changed one', async () => {
    const prisma = await db();
    const author = await seedAuthorId();
    const source = buildSource({ id: 'zz-sr-reseed-source' });
    const event = buildEvent(source.id, { slug: 'zz-sr-reseed-event' });
    await writeDataset(prisma, buildDataset({ sources: [source], events: [event] }));
    const id = (await prisma.event.findUniqueOrThrow({ where: { slug: event.slug } })).id;
    const first = await prisma.revision.findFirstOrThrow({ where: { entityType: 'event', entityId: id, version: 1 } });
    expect(first.snapshot).toEqual(JSON.parse(JSON.stringify(await prisma.$transaction((tx) => eventSnapshot(tx, id)))));
    await writeDataset(prisma, buildDataset({ sources: [source], events: [event] }));
    expect(await prisma.revision.count({ where: { entityType: 'event', entityId: id } })).toBe(1);
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).version).toBe(1);

    await writeDataset(prisma, buildDataset({ sources: [source], events: [{ ...event, summary: 'A corrected summary.' }] }));
    const revisions = await prisma.revision.findMany({ where: { entityType: 'event', entityId: id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => [r.version, r.userId])).toEqual([
      [1, author],
      [2, author],
    ]);
    expect((await prisma.event.findUniqueOrThrow({ where: { id } })).version).toBe(2);
    expect(await prisma.revision.count({ where: { entityType: 'source', entityId: source.id } })).toBe(1);
  });
});

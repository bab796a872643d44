/**
 * Events with a known history for the revision tests: each step goes through
 * the real event writer (lib/write/event.ts), which writes the revision the
 * "as of" pages read, in the same transaction as the change.
 */
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { writeEvent, trashEvent } from '@/lib/write/event';
import { eventSnapshot, type EventSnapshot } from '@/lib/data/snapshots';
import type { EventInput } from '@/lib/schemas/event';
import { writeDataset } from '@/lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildSource } from './factories';
import { testUsers } from './users';

export const tag = () => Math.random().toString(36).slice(2, 8);

export async function adminId(prisma: PrismaClient) {
  return (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } })).id;
}

/** A published event (revision 1) citing one new source, with one new actor as participant. */
export async function publishedEvent(prisma: PrismaClient, prefix: string) {
  const t = tag();
  const source = buildSource({ id: `${prefix}-source-${t}` });
  const actor = buildActor({ slug: `${prefix}-actor-${t}` });
  const event = buildEvent(source.id, {
    slug: `${prefix}-event-${t}`,
    title: `First title ${t}`,
    actors: [{ actor: actor.slug, role: 'participant', title: null }],
  });
  await writeDataset(prisma, buildDataset({ sources: [source], actors: [actor], events: [event] }));
  const { id } = await prisma.event.findUniqueOrThrow({ where: { slug: event.slug }, select: { id: true } });
  return { id, slug: event.slug, actor: actor.slug, source: source.id, title: event.title };
}

/** One save of the event through the editor's write path, with some fields changed. */
export async function edit(prisma: PrismaClient, id: string, changes: Partial<EventSnapshot>) {
  const userId = await adminId(prisma);
  return prisma.$transaction(async (tx) => {
    const current = await tx.event.findUniqueOrThrow({ where: { id }, select: { version: true } });
    const snapshot = (await eventSnapshot(tx, id))!;
    return writeEvent(tx, userId, { id, version: current.version }, { ...snapshot, ...changes } satisfies EventInput);
  });
}

export async function trash(prisma: PrismaClient, id: string) {
  const userId = await adminId(prisma);
  await prisma.$transaction((tx) => trashEvent(tx, userId, id, undefined));
}

import 'server-only';
import { db } from '../db';
import { eventInputSchema, type EventInput } from '../schemas/event';
import { NotFoundError } from './errors';
import type { EventSnapshot } from '../data/snapshots';
import { trashEvent, untrashEvent, writeEvent } from './event';
import type { Revalidate } from './record-ops';
import { notifySlugChange, slugChangeApplied } from '../notify/slug-states';

const SAVED_KINDS: Revalidate['kinds'] = ['events', 'sources', 'proposals'];
const slugs = (saved: { slug: string; previousSlug: string | null }) => [saved.slug, ...(saved.previousSlug ? [saved.previousSlug] : [])];

/** Creates (no meta.id) or updates an event in one transaction; its permalink (and a former one) is revalidated. */
export async function saveEvent(userId: string, meta: { id?: string; version?: number }, input: EventInput) {
  const prisma = await db();
  // Any save may change a slug or the status; NOTIFY is cheap, and the set reload it causes is small.
  const { token, ...saved } = await prisma.$transaction(async (tx) => ({
    ...(await writeEvent(tx, userId, meta, input)),
    token: await notifySlugChange(tx),
  }));
  await slugChangeApplied(token);
  return { ...saved, revalidate: { kinds: SAVED_KINDS, eventSlugs: slugs(saved) } satisfies Revalidate };
}

/** Moves an event to the trash (its permalink then answers 410). */
export async function trashEventById(userId: string, id: string, version: number | undefined) {
  const prisma = await db();
  const { slug, token } = await prisma.$transaction(async (tx) => ({
    slug: await trashEvent(tx, userId, id, version),
    token: await notifySlugChange(tx),
  }));
  await slugChangeApplied(token);
  return { slug, revalidate: { kinds: ['events'], eventSlugs: [slug] } satisfies Revalidate };
}

export async function restoreEvent(userId: string, id: string) {
  const prisma = await db();
  const { slug, token } = await prisma.$transaction(async (tx) => ({
    slug: await untrashEvent(tx, userId, id),
    token: await notifySlugChange(tx),
  }));
  await slugChangeApplied(token);
  return { slug, revalidate: { kinds: ['events'], eventSlugs: [slug] } satisfies Revalidate };
}

/** Restores an old revision as a new one, validated again (its sources may have gone). */
export async function restoreEventRevision(userId: string, revisionId: string, id: string) {
  const prisma = await db();
  const { token, ...saved } = await prisma.$transaction(async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: 'event', entityId: id } });
    if (!revision) throw new NotFoundError('No such revision');
    const current = await tx.event.findFirst({ where: { id: revision.entityId, deletedAt: null }, select: { version: true } });
    if (!current) throw new NotFoundError('The event is in the trash; restore it from the trash first.');
    const snapshot = revision.snapshot as unknown as EventSnapshot;
    const parsed = eventInputSchema.safeParse({
      ...snapshot,
      approximate: snapshot.approximate ? 'on' : '',
      message: `Restored revision ${revision.version}`,
    });
    if (!parsed.success) throw new NotFoundError(`This revision can no longer be restored: ${parsed.error.issues[0].message}`);
    const written = await writeEvent(tx, userId, { id: revision.entityId, version: current.version }, parsed.data, 'restore-revision');
    return { ...written, token: await notifySlugChange(tx) };
  });
  await slugChangeApplied(token);
  return { ...saved, revalidate: { kinds: SAVED_KINDS, eventSlugs: slugs(saved) } satisfies Revalidate };
}

'use server';

import { z } from 'zod';
import { db } from '../db';
import type { ActionState } from '../forms/action-state';
import { eventInputSchema } from '../schemas/event';
import { runForm } from '../write/run-form';
import { runButton } from '../write/run-button';
import { trashEvent, untrashEvent, writeEvent, type EventSnapshot } from '../write/events';
import { revalidateAfterWrite } from '../write/revalidate';
import { NotFoundError } from '../write/errors';

export async function saveEvent(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, eventInputSchema, async (user, input, meta) => {
    const prisma = await db();
    const saved = await prisma.$transaction((tx) => writeEvent(tx, user.id, meta, input), { timeout: 20_000 });
    revalidateAfterWrite(['events', 'sources', 'proposals'], [saved.slug, ...(saved.previousSlug ? [saved.previousSlug] : [])]);
    return `/admin/events/${saved.id}?saved=${saved.version}`;
  });
}

const idSchema = z.object({ id: z.string().min(1).max(64), version: z.coerce.number().int().min(1).optional() });

export async function trashEventAction(formData: FormData) {
  const back = `/admin/events/${String(formData.get('id') ?? '')}`;
  await runButton(formData, idSchema, back, async (user, { id, version }) => {
    const prisma = await db();
    const slug = await prisma.$transaction((tx) => trashEvent(tx, user.id, id, version));
    revalidateAfterWrite(['events'], [slug]);
    return '/admin/events?trashed=1';
  });
}

export async function untrashEventAction(formData: FormData) {
  await runButton(formData, idSchema, '/admin/trash', async (user, { id }) => {
    const prisma = await db();
    const slug = await prisma.$transaction((tx) => untrashEvent(tx, user.id, id));
    revalidateAfterWrite(['events'], [slug]);
    return `/admin/events/${id}?restored=1`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreEventRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(64) });
  const back = `/admin/events/${String(formData.get('id') ?? '')}/history`;
  await runButton(formData, schema, back, async (user, { revisionId }) => {
    const prisma = await db();
    const saved = await prisma.$transaction(async (tx) => {
      const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: 'event' } });
      if (!revision) throw new NotFoundError('No such revision');
      const current = await tx.event.findFirst({ where: { id: revision.entityId, deletedAt: null }, select: { version: true } });
      if (!current) throw new NotFoundError('The event is in the trash; restore it from the trash first.');
      const snapshot = revision.snapshot as unknown as EventSnapshot;
      // Re-validate: what was valid then must still be valid now (its sources may have gone).
      const parsed = eventInputSchema.safeParse({ ...snapshot, approximate: snapshot.approximate ? 'on' : '', message: `Restored revision ${revision.version}` });
      if (!parsed.success) throw new NotFoundError(`This revision can no longer be restored: ${parsed.error.issues[0].message}`);
      return writeEvent(tx, user.id, { id: revision.entityId, version: current.version }, parsed.data, 'restore-revision');
    });
    revalidateAfterWrite(['events', 'sources', 'proposals'], [saved.slug, ...(saved.previousSlug ? [saved.previousSlug] : [])]);
    return `/admin/events/${saved.id}/history?restored=${saved.version}`;
  });
}

'use server';

import { z } from 'zod';
import { db } from '../db';
import type { ActionState } from '../forms/action-state';
import { sourceInputSchema } from '../schemas/source';
import { runForm } from '../write/run-form';
import { runButton } from '../write/run-button';
import { writeSource } from '../write/source';
import { revalidateAfterWrite } from '../write/revalidate';
import { NotFoundError } from '../write/errors';

export async function saveSource(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, sourceInputSchema, async (user, input, meta) => {
    // The form's "id" field is the source's own id, so it is also what runForm reads as the record to
    // edit; only an edit form carries a version, so without one this is a new source.
    const target = meta.version === undefined ? {} : { id: meta.id, version: meta.version };
    const prisma = await db();
    const saved = await prisma.$transaction((tx) => writeSource(tx, user.id, target, input), { timeout: 20_000 });
    revalidateAfterWrite(['sources', 'events']);
    return `/admin/sources/${encodeURIComponent(saved.id)}?saved=${saved.version}`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreSourceRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(120) });
  const back = `/admin/sources/${encodeURIComponent(String(formData.get('id') ?? ''))}/history`;
  await runButton(formData, schema, back, async (user, { revisionId, id }) => {
    const prisma = await db();
    const saved = await prisma.$transaction(async (tx) => {
      const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: 'source', entityId: id } });
      if (!revision) throw new NotFoundError('No such revision');
      const current = await tx.source.findFirst({ where: { id: revision.entityId, deletedAt: null }, select: { version: true } });
      if (!current) throw new NotFoundError('The source is in the trash; restore it from the trash first.');
      // Re-validate: what was valid then must still be valid now (a cited source or linked record may have gone).
      // Sources created from the event form were first recorded with nulls and full timestamps.
      const snapshot = Object.fromEntries(
        Object.entries(revision.snapshot as Record<string, unknown>)
          .filter(([, v]) => v !== null)
          .map(([k, v]) => [k, k === 'publishedAt' && typeof v === 'string' ? v.slice(0, 10) : v]),
      );
      const parsed = sourceInputSchema.safeParse({ ...snapshot, message: `Restored revision ${revision.version}` });
      if (!parsed.success) throw new NotFoundError(`This revision can no longer be restored: ${parsed.error.issues[0].message}`);
      return writeSource(tx, user.id, { id: revision.entityId, version: current.version }, parsed.data, 'restore-revision');
    }, { timeout: 20_000 });
    revalidateAfterWrite(['sources', 'events']);
    return `/admin/sources/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

'use server';

import { z } from 'zod';
import { db } from '../db';
import type { ActionState } from '../forms/action-state';
import { figureInputSchema } from '../schemas/figure';
import { runForm } from '../write/run-form';
import { runButton } from '../write/run-button';
import { writeFigure } from '../write/figure';
import { revalidateAfterWrite } from '../write/revalidate';
import { NotFoundError } from '../write/errors';

export async function saveFigure(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, figureInputSchema, async (user, input, meta) => {
    const prisma = await db();
    const saved = await prisma.$transaction((tx) => writeFigure(tx, user.id, meta, input), { timeout: 20_000 });
    revalidateAfterWrite(['figures', 'sectors']);
    return `/admin/figures/${saved.id}?saved=${saved.version}`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreFigureRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(120) });
  const back = `/admin/figures/${encodeURIComponent(String(formData.get('id') ?? ''))}/history`;
  await runButton(formData, schema, back, async (user, { revisionId, id }) => {
    const prisma = await db();
    const saved = await prisma.$transaction(async (tx) => {
      const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: 'figure', entityId: id } });
      if (!revision) throw new NotFoundError('No such revision');
      const current = await tx.figure.findFirst({ where: { id: revision.entityId, deletedAt: null }, select: { version: true } });
      if (!current) throw new NotFoundError('The figure is in the trash; restore it from the trash first.');
      // Re-validate: what was valid then must still be valid now (a cited source or linked record may have gone).
      const parsed = figureInputSchema.safeParse({ ...(revision.snapshot as Record<string, unknown>), message: `Restored revision ${revision.version}` });
      if (!parsed.success) throw new NotFoundError(`This revision can no longer be restored: ${parsed.error.issues[0].message}`);
      return writeFigure(tx, user.id, { id: revision.entityId, version: current.version }, parsed.data, 'restore-revision');
    }, { timeout: 20_000 });
    revalidateAfterWrite(['figures', 'sectors']);
    return `/admin/figures/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

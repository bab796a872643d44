'use server';

import { z } from 'zod';
import { db } from '../db';
import type { ActionState } from '../forms/action-state';
import { proposalInputSchema } from '../schemas/proposal';
import { runForm } from '../write/run-form';
import { runButton } from '../write/run-button';
import { writeProposal } from '../write/proposal';
import { revalidateAfterWrite } from '../write/revalidate';
import { NotFoundError } from '../write/errors';

export async function saveProposal(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, proposalInputSchema, async (user, input, meta) => {
    const prisma = await db();
    const saved = await prisma.$transaction((tx) => writeProposal(tx, user.id, meta, input), { timeout: 20_000 });
    revalidateAfterWrite(['proposals', 'sectors', 'events']);
    return `/admin/proposals/${saved.id}?saved=${saved.version}`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreProposalRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(120) });
  const back = `/admin/proposals/${encodeURIComponent(String(formData.get('id') ?? ''))}/history`;
  await runButton(formData, schema, back, async (user, { revisionId, id }) => {
    const prisma = await db();
    const saved = await prisma.$transaction(async (tx) => {
      const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: 'proposal', entityId: id } });
      if (!revision) throw new NotFoundError('No such revision');
      const current = await tx.proposal.findFirst({ where: { id: revision.entityId, deletedAt: null }, select: { version: true } });
      if (!current) throw new NotFoundError('The proposal is in the trash; restore it from the trash first.');
      // Re-validate: what was valid then must still be valid now (a cited source or linked record may have gone).
      const parsed = proposalInputSchema.safeParse({ ...(revision.snapshot as Record<string, unknown>), message: `Restored revision ${revision.version}` });
      if (!parsed.success) throw new NotFoundError(`This revision can no longer be restored: ${parsed.error.issues[0].message}`);
      return writeProposal(tx, user.id, { id: revision.entityId, version: current.version }, parsed.data, 'restore-revision');
    }, { timeout: 20_000 });
    revalidateAfterWrite(['proposals', 'sectors', 'events']);
    return `/admin/proposals/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

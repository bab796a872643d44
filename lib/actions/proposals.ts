'use server';

import { z } from 'zod';
import type { ActionState } from '../forms/action-state';
import { proposalInputSchema } from '../schemas/proposal';
import { runForm } from './support/run-form';
import { runButton } from './support/run-button';
import { restoreRecordRevision, saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveProposal(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, proposalInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('proposal', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/proposals/${saved.id}?saved=${saved.version}`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreProposalRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(120) });
  const back = `/admin/proposals/${encodeURIComponent(String(formData.get('id') ?? ''))}/history`;
  await runButton(formData, schema, back, async (user, { revisionId, id }) => {
    const saved = await restoreRecordRevision('proposal', user.id, revisionId, id);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/proposals/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

'use server';

import type { ActionState } from '../forms/action-state';
import { proposalInputSchema } from '../schemas/proposal';
import { runForm } from './support/run-form';
import { saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveProposal(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, proposalInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('proposal', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/proposals/${saved.id}?saved=${saved.version}`;
  });
}

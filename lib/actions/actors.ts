'use server';

import { z } from 'zod';
import type { ActionState } from '../forms/action-state';
import { actorInputSchema } from '../schemas/actor';
import { runForm } from './support/run-form';
import { runButton } from './support/run-button';
import { restoreRecordRevision, saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveActor(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, actorInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('actor', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/actors/${saved.id}?saved=${saved.version}`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreActorRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(120) });
  const back = `/admin/actors/${encodeURIComponent(String(formData.get('id') ?? ''))}/history`;
  await runButton(formData, schema, back, async (user, { revisionId, id }) => {
    const saved = await restoreRecordRevision('actor', user.id, revisionId, id);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/actors/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

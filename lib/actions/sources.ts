'use server';

import { z } from 'zod';
import type { ActionState } from '../forms/action-state';
import { sourceInputSchema } from '../schemas/source';
import { runForm } from './support/run-form';
import { runButton } from './support/run-button';
import { restoreRecordRevision, saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveSource(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, sourceInputSchema, async (user, input, meta) => {
    // The form's "id" field is the source's own id, so it is also what runForm reads as the record to
    // edit; only an edit form carries a version, so without one this is a new source.
    const target = meta.version === undefined ? {} : { id: meta.id, version: meta.version };
    const saved = await saveRecord('source', user.id, target, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/sources/${encodeURIComponent(saved.id)}?saved=${saved.version}`;
  });
}

/** Restores an old revision as a new one (history is never rewritten). */
export async function restoreSourceRevision(formData: FormData) {
  const schema = z.object({ revisionId: z.string().min(1).max(64), id: z.string().min(1).max(120) });
  const back = `/admin/sources/${encodeURIComponent(String(formData.get('id') ?? ''))}/history`;
  await runButton(formData, schema, back, async (user, { revisionId, id }) => {
    const saved = await restoreRecordRevision('source', user.id, revisionId, id);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/sources/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

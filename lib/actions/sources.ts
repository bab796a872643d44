'use server';

import type { ActionState } from '../forms/action-state';
import { sourceInputSchema } from '../schemas/source';
import { runForm } from './support/run-form';
import { saveRecord } from '../write/record-ops';
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

'use server';

import type { ActionState } from '../forms/action-state';
import { actorInputSchema } from '../schemas/actor';
import { runForm } from './support/run-form';
import { saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveActor(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, actorInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('actor', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/actors/${saved.id}?saved=${saved.version}`;
  });
}

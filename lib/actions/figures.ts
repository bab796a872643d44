'use server';

import type { ActionState } from '../forms/action-state';
import { figureInputSchema } from '../schemas/figure';
import { runForm } from './support/run-form';
import { saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveFigure(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, figureInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('figure', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/figures/${saved.id}?saved=${saved.version}`;
  });
}

'use server';

import type { ActionState } from '../forms/action-state';
import { sectorInputSchema } from '../schemas/sector';
import { runForm } from './support/run-form';
import { saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveSector(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, sectorInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('sector', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/sectors/${saved.id}?saved=${saved.version}`;
  });
}

'use server';

import type { ActionState } from '../forms/action-state';
import { designationInputSchema, waiverInputSchema } from '../schemas/sanction';
import { runForm } from './support/run-form';
import { saveRecord } from '../write/record-ops';
import { revalidateAfterWrite } from './support/revalidate';

// Trash, restore from the trash and restore-a-revision go through lib/actions/records.ts like every record's.

export async function saveDesignation(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, designationInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('designation', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/sanctions/designations/${saved.id}?saved=${saved.version}`;
  });
}

export async function saveWaiver(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, waiverInputSchema, async (user, input, meta) => {
    const saved = await saveRecord('waiver', user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/sanctions/waivers/${saved.id}?saved=${saved.version}`;
  });
}

'use server';

import { z } from 'zod';
import type { ActionState } from '../forms/action-state';
import { recordIdSchema } from '../schemas/common';
import { eventInputSchema } from '../schemas/event';
import { fieldOf } from './support/field-of';
import { runForm } from './support/run-form';
import { runButton } from './support/run-button';
import { restoreEvent, saveEvent as save, trashEventById } from '../write/event-ops';
import { revalidateAfterWrite } from './support/revalidate';

export async function saveEvent(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(formData, eventInputSchema, async (user, input, meta) => {
    const saved = await save(user.id, meta, input);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/events/${saved.id}?saved=${saved.version}`;
  });
}

const idSchema = z.object({ id: recordIdSchema.max(64), version: z.coerce.number().int().min(1).optional() });

export async function trashEventAction(formData: FormData) {
  // Back to the event's page, unless the posted id is not one (then runButton refuses it anyway).
  const id = fieldOf(formData, 'id');
  const back = idSchema.shape.id.safeParse(id).success ? `/admin/events/${encodeURIComponent(id)}` : '/admin/events';
  await runButton(formData, idSchema, back, async (user, { id, version }) => {
    const { revalidate } = await trashEventById(user.id, id, version);
    revalidateAfterWrite(revalidate.kinds, revalidate.eventSlugs);
    // The id lets the list offer an undo.
    return `/admin/events?trashed=${encodeURIComponent(id)}`;
  });
}

export async function untrashEventAction(formData: FormData) {
  await runButton(formData, idSchema, '/admin/trash', async (user, { id }) => {
    const { revalidate } = await restoreEvent(user.id, id);
    revalidateAfterWrite(revalidate.kinds, revalidate.eventSlugs);
    return `/admin/events/${id}?restored=1`;
  });
}

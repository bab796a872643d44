'use server';

import { authorize, AuthorizationError } from '../auth/authorize';
import { fieldErrors, formDataToObject, NUL_FORM_ERROR, nulFieldErrors } from '../forms/form-data';
import { NOT_UNDERSTOOD } from '../forms/action-state';
import { actorInputSchema } from '../schemas/actor';
import { ValidationError } from '../write/errors';
import { saveRecord } from '../write/record-ops';
import { BUSY_MESSAGE, isBusyError } from './support/busy';
import { revalidateAfterWrite } from './support/revalidate';

export type InlineActorState =
  | { status: 'idle' }
  | { status: 'ok'; actor: { slug: string; name: string } }
  | { status: 'error'; formError: string; fieldErrors: Record<string, string[]> };

/**
 * Creates an actor from the event form's "New actor" dialog, through the
 * same write path as the actor form (schema, writer, revision, audit), and
 * answers with the new actor instead of redirecting, so the event form
 * stays open and puts it into an actor field.
 */
export async function createActorInline(_previous: InlineActorState, formData: FormData): Promise<InlineActorState> {
  if (!(formData instanceof FormData)) return { status: 'error', formError: NOT_UNDERSTOOD, fieldErrors: {} };
  const nul = nulFieldErrors(formData);
  if (nul) return { status: 'error', formError: NUL_FORM_ERROR, fieldErrors: nul };
  const parsed = actorInputSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { status: 'error', formError: 'Some fields need attention.', fieldErrors: fieldErrors(parsed.error.issues) };
  let userId: string;
  try {
    userId = (await authorize('editor')).id;
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: 'error', formError: error.message, fieldErrors: {} };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {} };
    throw error;
  }
  try {
    const saved = await saveRecord('actor', userId, {}, parsed.data);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return { status: 'ok', actor: { slug: saved.slug ?? saved.id, name: parsed.data.name } };
  } catch (error) {
    if (error instanceof ValidationError)
      return { status: 'error', formError: 'Some fields need attention.', fieldErrors: error.fieldErrors };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {} };
    throw error;
  }
}

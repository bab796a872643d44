'use server';

import { authorize, AuthorizationError } from '../auth/authorize';
import { fieldErrors, formDataToObject, NUL_FORM_ERROR, nulFieldErrors } from '../forms/form-data';
import { NOT_UNDERSTOOD } from '../forms/action-state';
import { CREATE_ANYWAY } from '../forms/choices';
import { actorInputSchema } from '../schemas/actor';
import { ValidationError } from '../write/errors';
import { actorsCalled, type ExistingActor } from '../write/actor-duplicates';
import { echo } from '../schemas/error-map';
import { saveRecord } from '../write/record-ops';
import { BUSY_MESSAGE, isBusyError } from './support/busy';
import { revalidateAfterWrite } from './support/revalidate';

export type InlineActorState =
  | { status: 'idle' }
  | { status: 'ok'; actor: { slug: string; name: string } }
  | {
      status: 'error';
      formError: string;
      fieldErrors: Record<string, string[]>;
      /** Actors already called this name (or one of the aliases): offered instead of a second one. */
      existing?: ExistingActor[];
      /** What was posted, to fill the dialog again (React resets a form after its action). */
      values?: Record<string, string>;
    };

/**
 * Creates an actor from the event form's "New actor" dialog, through the
 * same write path as the actor form (schema, writer, revision, audit), and
 * answers with the new actor instead of redirecting, so the event form
 * stays open and puts it into an actor field. A name or alias an actor
 * already has is not created again unless the editor ticks "create a new
 * actor anyway" (a namesake): the answer lists the existing actors to use.
 */
export async function createActorInline(_previous: InlineActorState, formData: FormData): Promise<InlineActorState> {
  if (!(formData instanceof FormData)) return { status: 'error', formError: NOT_UNDERSTOOD, fieldErrors: {} };
  const nul = nulFieldErrors(formData);
  if (nul) return { status: 'error', formError: NUL_FORM_ERROR, fieldErrors: nul };
  const anyway = formData.get(CREATE_ANYWAY) === 'on';
  formData.delete(CREATE_ANYWAY);
  const values = Object.fromEntries(
    [...formData.entries()].filter((e): e is [string, string] => typeof e[1] === 'string' && !e[0].startsWith('$')),
  );
  const parsed = actorInputSchema.safeParse(formDataToObject(formData));
  if (!parsed.success)
    return { status: 'error', formError: 'Some fields need attention.', fieldErrors: fieldErrors(parsed.error.issues), values };
  let userId: string;
  try {
    userId = (await authorize('editor')).id;
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: 'error', formError: error.message, fieldErrors: {} };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {} };
    throw error;
  }
  try {
    if (!anyway) {
      const existing = await actorsCalled([parsed.data.name, ...parsed.data.aliases]);
      if (existing.length)
        return {
          status: 'error',
          formError: `An actor called “${echo(parsed.data.name)}”${parsed.data.aliases.length ? ' (or one of its other names)' : ''} already exists. Use it, or tick “Create a new actor anyway” for a different one with the same name.`,
          fieldErrors: {},
          existing,
          values,
        };
    }
    const saved = await saveRecord('actor', userId, {}, parsed.data);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return { status: 'ok', actor: { slug: saved.slug ?? saved.id, name: parsed.data.name } };
  } catch (error) {
    if (error instanceof ValidationError)
      return { status: 'error', formError: 'Some fields need attention.', fieldErrors: error.fieldErrors, values };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {} };
    throw error;
  }
}

import 'server-only';
import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { authorize, AuthorizationError } from '../../auth/authorize';
import type { SessionUser } from '../../auth/session';
import { NOT_UNDERSTOOD, type ActionState } from '../../forms/action-state';
import { fieldErrors, formDataToObject, NUL_FORM_ERROR, nulFieldErrors } from '../../forms/form-data';
import { editMetaSchema } from '../../schemas/event';
import { BUSY_MESSAGE, isBusyError } from './busy';
import { ConflictError, NotFoundError, ValidationError } from '../../write/errors';

/**
 * The flow of every form action: parse → authorize → write (the handler runs
 * its own transaction) → redirect. Every failure comes back as form state
 * with the editor's input, never as a thrown error or a 500.
 */
export async function runForm<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  handler: (user: SessionUser, input: z.infer<S>, meta: { id?: string; version?: number }) => Promise<string>,
  role: 'editor' | 'admin' = 'editor',
): Promise<ActionState> {
  // A crafted request can call the action with anything (Next decodes the arguments before app code).
  if (!(formData instanceof FormData)) return { status: 'error', formError: NOT_UNDERSTOOD, fieldErrors: {}, values: {} };
  const values = formDataToObject(formData);
  const nul = nulFieldErrors(formData);
  if (nul) return { status: 'error', formError: NUL_FORM_ERROR, fieldErrors: nul, values };
  const meta = editMetaSchema.safeParse({ id: values.id || undefined, version: values.version || undefined });
  const parsed = schema.safeParse(values);
  if (!parsed.success || !meta.success) {
    const issues = [...(parsed.success ? [] : parsed.error.issues), ...(meta.success ? [] : meta.error.issues)];
    return { status: 'error', formError: 'Some fields need attention.', fieldErrors: fieldErrors(issues), values };
  }
  let user: SessionUser;
  try {
    user = await authorize(role);
  } catch (error) {
    if (error instanceof AuthorizationError) return { status: 'error', formError: error.message, fieldErrors: {}, values };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {}, values, busy: true };
    throw error;
  }
  let destination: string;
  try {
    destination = await handler(user, parsed.data, meta.data);
  } catch (error) {
    if (error instanceof ValidationError)
      return { status: 'error', formError: 'Some fields need attention.', fieldErrors: error.fieldErrors, values };
    if (error instanceof ConflictError) {
      // The page around the form (its "Version N" line) shows the current version, not the one opened.
      if (process.env.NEXT_RUNTIME) refresh();
      return {
        status: 'conflict',
        formError: `${error.by ?? 'Another editor'} saved this record after you opened it. Your changes are still in the form; their changes are listed below. Review them, then save again to apply yours on top.`,
        fieldErrors: {},
        theirChanges: error.theirChanges,
        currentVersion: error.currentVersion,
        yourVersion: error.yourVersion,
        saves: error.saves,
        by: error.by,
        values: { ...values, version: String(error.currentVersion) },
      };
    }
    if (error instanceof NotFoundError) return { status: 'error', formError: error.message, fieldErrors: {}, values };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {}, values, busy: true };
    throw error;
  }
  redirect(destination);
}

import 'server-only';
import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { authorize, AuthorizationError } from '../../auth/authorize';
import type { SessionUser } from '../../auth/session';
import { NOT_UNDERSTOOD } from '../../forms/action-state';
import { formDataToObject } from '../../forms/form-data';
import { CONTROL_CHARACTER } from '../../schemas/common';
import { BUSY_MESSAGE, isBusyError } from './busy';
import { ConflictError, NotFoundError, ValidationError } from '../../write/errors';

/**
 * For one-button forms (trash, restore, publish…): parse → authorize → write
 * → redirect. A tampered field, a lost session or a stale version sends the
 * editor back with a message instead of a 500.
 */
export async function runButton<S extends z.ZodType>(
  formData: FormData,
  schema: S,
  back: string,
  handler: (user: SessionUser, input: z.infer<S>) => Promise<string>,
  role: 'editor' | 'admin' = 'editor',
): Promise<never> {
  // A crafted request can call the action with anything (Next decodes the arguments before app code).
  // These forms post only machine-made hidden values (ids, types, versions): a control character in
  // any of them is tampering, refused before it can reach the database (which fails on NUL). Names
  // are read the same safe way as every other form's.
  const clean = formData instanceof FormData && ![...formData.values()].some((v) => typeof v === 'string' && CONTROL_CHARACTER.test(v));
  const parsed = clean ? schema.safeParse(formDataToObject(formData)) : ({ success: false } as const);
  if (!parsed.success) redirect(withError(back, NOT_UNDERSTOOD));
  let user: SessionUser;
  try {
    user = await authorize(role);
  } catch (error) {
    if (error instanceof AuthorizationError) {
      redirect(error.reason === 'unauthenticated' ? `/sign-in?next=${encodeURIComponent(back)}` : withError(back, error.message));
    }
    if (isBusyError(error)) redirect(withError(back, BUSY_MESSAGE));
    throw error;
  }
  let destination: string;
  try {
    destination = await handler(user, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ConflictError || error instanceof ValidationError) {
      redirect(withError(back, error.message));
    }
    if (isBusyError(error)) redirect(withError(back, BUSY_MESSAGE));
    throw error;
  }
  redirect(destination);
}

function withError(path: string, message: string) {
  const url = new URL(path, 'http://x');
  url.searchParams.set('error', message);
  return `${url.pathname}${url.search}`;
}

'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { db } from '../db';
import { hashPassword } from '../auth/password';
import { createSession, SESSION_COOKIE, sessionCookieOptions } from '../auth/session';
import { NOT_UNDERSTOOD, type ActionState } from '../forms/action-state';
import { fieldErrors, formDataToObject, NUL_FORM_ERROR, nulFieldErrors } from '../forms/form-data';
import { setupSchema } from '../schemas/auth';
import { NotFoundError, ValidationError } from '../write/errors';
import { createFirstAdmin } from '../write/setup';
import { BUSY_MESSAGE, isBusyError } from './support/busy';

/**
 * Creates the first admin from /setup and signs them in. There is no session
 * to authorize with yet: the one-time token is the authorization, checked
 * inside the write's transaction together with "no account exists".
 */
export async function completeSetup(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!(formData instanceof FormData)) return { status: 'error', formError: NOT_UNDERSTOOD, fieldErrors: {}, values: {} };
  const { password: _password, ...values } = formDataToObject(formData);
  void _password; // never sent back to the browser
  const nul = nulFieldErrors(formData);
  if (nul) return { status: 'error', formError: NUL_FORM_ERROR, fieldErrors: nul, values };
  const parsed = setupSchema.safeParse(formDataToObject(formData));
  if (!parsed.success)
    return { status: 'error', formError: 'Some fields need attention.', fieldErrors: fieldErrors(parsed.error.issues), values };
  const { token, email, name, password } = parsed.data;
  let userId: string;
  try {
    const passwordHash = await hashPassword(password);
    const prisma = await db();
    userId = (await prisma.$transaction((tx) => createFirstAdmin(tx, token, { email, name, passwordHash }))).id;
  } catch (error) {
    if (error instanceof NotFoundError) return { status: 'error', formError: error.message, fieldErrors: {}, values };
    if (error instanceof ValidationError)
      return { status: 'error', formError: 'Some fields need attention.', fieldErrors: error.fieldErrors, values };
    if (isBusyError(error)) return { status: 'error', formError: BUSY_MESSAGE, fieldErrors: {}, values, busy: true };
    throw error;
  }
  const session = await createSession(userId, (await headers()).get('user-agent'));
  (await cookies()).set({ name: SESSION_COOKIE, value: session.token, ...sessionCookieOptions(session.expiresAt) });
  redirect('/admin?welcome=1');
}

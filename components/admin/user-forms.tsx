'use client';

import { useActionState } from 'react';
import { createUser, resetUserPassword } from '@/lib/actions/users';
import { idle, type ActionState } from '@/lib/forms/action-state';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';

const errorsOf = (state: ActionState) => (state.status === 'error' || state.status === 'conflict' ? state.fieldErrors : {});
const valueOf = (state: ActionState, key: string) =>
  state.status === 'error' && typeof state.values[key] === 'string' ? (state.values[key] as string) : '';

export function CreateUserForm() {
  const [state, action] = useActionState<ActionState, FormData>(createUser, idle);
  const errors = errorsOf(state);
  return (
    <form
      action={action}
      className="grid gap-3 sm:grid-cols-2"
      aria-describedby="create-user-status"
      key={state.status === 'error' ? JSON.stringify(state.values) : 'fresh'}
    >
      <div className="sm:col-span-2">
        <FormStatus state={state} id="create-user-status" />
      </div>
      <Field id="new-email" label="Email" errors={errors.email}>
        {(p) => <input {...p} name="email" type="email" defaultValue={valueOf(state, 'email')} className={inputClass} />}
      </Field>
      <Field id="new-name" label="Name" errors={errors.name}>
        {(p) => <input {...p} name="name" defaultValue={valueOf(state, 'name')} className={inputClass} />}
      </Field>
      <Field id="new-password" label="Initial password" errors={errors.password} hint="At least 12 characters; share it privately.">
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <Field id="new-role" label="Role" errors={errors.role}>
        {(p) => (
          <select {...p} name="role" defaultValue={valueOf(state, 'role') || 'editor'} className={inputClass}>
            <option value="editor">Editor (content)</option>
            <option value="admin">Admin (content, users, audit log)</option>
          </select>
        )}
      </Field>
      <div>
        <SubmitButton>Create account</SubmitButton>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ id, email }: { id: string; email: string }) {
  const [state, action] = useActionState<ActionState, FormData>(resetUserPassword, idle);
  const errors = errorsOf(state);
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-describedby={`reset-${id}-status`}>
      <FormStatus state={state} id={`reset-${id}-status`} />
      <input type="hidden" name="id" value={id} />
      <Field id={`reset-${id}`} label={`New password for ${email}`} errors={errors.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" className={inputClass} />}
      </Field>
      <SubmitButton pendingText="Resetting…">Reset password</SubmitButton>
    </form>
  );
}

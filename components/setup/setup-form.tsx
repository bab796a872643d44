'use client';

import { useActionState } from 'react';
import { completeSetup } from '@/lib/actions/setup';
import { idle, type ActionState } from '@/lib/forms/action-state';
import { Field, inputClass } from '@/components/admin/field';
import { FormStatus } from '@/components/admin/form-status';
import { SubmitButton } from '@/components/admin/submit-button';

const valueOf = (state: ActionState, key: string) =>
  state.status === 'error' && typeof state.values[key] === 'string' ? (state.values[key] as string) : '';

/** The first admin's account; a plain form that works without JavaScript. */
export function SetupForm({ token }: { token: string }) {
  const [state, action] = useActionState<ActionState, FormData>(completeSetup, idle);
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return (
    <form action={action} className="mt-6 space-y-4" aria-describedby="setup-status">
      <FormStatus state={state} id="setup-status" />
      <input type="hidden" name="token" value={token} />
      <Field id="setup-email" label="Email" errors={errors.email}>
        {(p) => (
          <input
            {...p}
            name="email"
            type="email"
            autoComplete="username"
            required
            defaultValue={valueOf(state, 'email')}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="setup-name" label="Name" errors={errors.name}>
        {(p) => <input {...p} name="name" autoComplete="name" required defaultValue={valueOf(state, 'name')} className={inputClass} />}
      </Field>
      <Field id="setup-password" label="Password" errors={errors.password} hint="At least 12 characters.">
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" required minLength={12} className={inputClass} />}
      </Field>
      {errors.token ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {errors.token.join(' ')}
        </p>
      ) : null}
      <SubmitButton pendingText="Creating…">Create the admin account</SubmitButton>
    </form>
  );
}

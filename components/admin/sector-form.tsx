'use client';

import { saveSector } from '@/lib/actions/sectors';
import type { ActionState } from '@/lib/forms/action-state';
import { slugify } from '@/lib/slug';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';
import { MessageField, StatusSelect, VersionField, str, useRecordForm, useSlug, type Values } from './record-form-parts';

/** The sector form. Works without JavaScript, keeps the input on every error, carries the version. */
export function SectorForm({ id, version, initial }: { id?: string; version?: number; initial: Values }) {
  const { state, action, values, errors, formKey } = useRecordForm(saveSector, initial);
  return <SectorFields key={formKey} {...{ id, version, values, errors, state, action }} />;
}

function SectorFields({
  id,
  version,
  values,
  errors,
  state,
  action,
}: {
  id?: string;
  version?: number;
  values: Values;
  errors: Record<string, string[]>;
  state: ActionState;
  action: (formData: FormData) => void;
}) {
  const slug = useSlug(str(values.slug));
  const err = (key: string) => errors[key];
  return (
    <form action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The sector</legend>
        <Field id="name" label="Name" errors={err('name')}>
          {(p) => (
            <input
              {...p}
              name="name"
              defaultValue={str(values.name)}
              maxLength={120}
              className={inputClass}
              onChange={(e) => slug.follow(e.target.value, slugify)}
            />
          )}
        </Field>
        <Field
          id="slug"
          label="Slug"
          errors={err('slug')}
          hint="Generated from the name. Events, proposals and figures stay linked if it changes."
        >
          {(p) => (
            <input
              {...p}
              name="slug"
              value={slug.slug}
              onChange={(e) => slug.edit(e.target.value)}
              maxLength={120}
              className={inputClass}
            />
          )}
        </Field>
        <StatusSelect value={str(values.status)} errors={err('status')} />
        <div className="sm:col-span-2">
          <Field id="description" label="Description" errors={err('description')}>
            {(p) => (
              <textarea {...p} name="description" defaultValue={str(values.description)} rows={5} maxLength={2000} className={inputClass} />
            )}
          </Field>
        </div>
      </fieldset>

      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create sector'}</SubmitButton>
    </form>
  );
}

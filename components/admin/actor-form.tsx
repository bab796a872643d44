'use client';

import { useState } from 'react';
import { saveActor } from '@/lib/actions/actors';
import type { ActionState } from '@/lib/forms/action-state';
import { slugify } from '@/lib/slug';
import type { Option } from './record-form-parts';
import { choicesOf } from '@/lib/forms/choices';
import { Field, inputClass } from './field';
import { NamePicker } from './name-picker';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';
import {
  AddRowButton,
  GroupErrors,
  MessageField,
  PrecisionOptions,
  StatusSelect,
  VersionField,
  rows,
  str,
  useRecordForm,
  useSlug,
  type Values,
} from './record-form-parts';

/**
 * The actor form: profile, aliases (one per line) and roles over time.
 * Works without JavaScript (a spare blank role row; blank rows are
 * ignored), keeps the input on every error, carries the version.
 */
export function ActorForm({ id, version, initial, actors }: { id?: string; version?: number; initial: Values; actors: Option[] }) {
  const { state, action, values, errors, formKey } = useRecordForm(saveActor, initial);
  return <ActorFields key={formKey} {...{ id, version, values, errors, state, action, actors }} />;
}

function ActorFields({
  id,
  version,
  values,
  errors,
  state,
  action,
  actors,
}: {
  id?: string;
  version?: number;
  values: Values;
  errors: Record<string, string[]>;
  state: ActionState;
  action: (formData: FormData) => void;
  actors: Option[];
}) {
  const slug = useSlug(str(values.slug));
  const [roleRows, setRoleRows] = useState(rows(values.roles).length + 1);
  const err = (key: string) => errors[key];
  const aliases = Array.isArray(values.aliases) ? (values.aliases as string[]).join('\n') : str(values.aliases);

  return (
    <form action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The actor</legend>
        <Field id="name" label="Name" errors={err('name')}>
          {(p) => (
            <input
              {...p}
              name="name"
              defaultValue={str(values.name)}
              maxLength={200}
              className={inputClass}
              onChange={(e) => slug.follow(e.target.value, slugify)}
            />
          )}
        </Field>
        <Field id="slug" label="Slug" errors={err('slug')} hint="Generated from the name. Events and proposals stay linked if it changes.">
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
        <Field id="kind" label="Kind" errors={err('kind')}>
          {(p) => (
            <select {...p} name="kind" defaultValue={str(values.kind) || 'person'} className={inputClass}>
              <option value="person">Person</option>
              <option value="organisation">Organisation</option>
            </select>
          )}
        </Field>
        <Field id="country" label="Country (optional)" errors={err('country')} hint="Two-letter ISO code, such as US or RU.">
          {(p) => (
            <input
              {...p}
              name="country"
              defaultValue={str(values.country)}
              maxLength={2}
              autoComplete="off"
              className={`${inputClass} uppercase`}
            />
          )}
        </Field>
        <StatusSelect value={str(values.status)} errors={err('status')} />
        <Field
          id="aliases"
          label="Aliases (optional)"
          errors={err('aliases')}
          hint="One per line: other spellings, short names, transliterations."
        >
          {(p) => <textarea {...p} name="aliases" defaultValue={aliases} rows={3} className={inputClass} />}
        </Field>
        <div className="sm:col-span-2">
          <Field id="description" label="Description (optional)" errors={err('description')} hint="Neutral and attributed.">
            {(p) => (
              <textarea {...p} name="description" defaultValue={str(values.description)} rows={5} maxLength={2000} className={inputClass} />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">Roles over time</legend>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Leave “known to the” at “—” for an exact day; for a month or a year, use its first day.
        </p>
        <GroupErrors id="roles-errors" errors={err('roles')} />
        {Array.from({ length: roleRows }, (_, i) => {
          const row = rows(values.roles)[i] ?? {};
          return (
            <div key={i} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-4 dark:border-slate-800">
              <div className="sm:col-span-2">
                <Field id={`roles-${i}-title`} label={`Role ${i + 1}: title`} errors={err(`roles.${i}.title`)}>
                  {(p) => <input {...p} name={`roles[${i}].title`} defaultValue={str(row.title)} maxLength={200} className={inputClass} />}
                </Field>
              </div>
              <div className="sm:col-span-2">
                <NamePicker
                  id={`roles-${i}-organisation`}
                  name={`roles[${i}].organisation`}
                  label="At (organisation name, optional)"
                  kind="actor"
                  defaultValue={str(row.organisation)}
                  options={actors}
                  errors={err(`roles.${i}.organisation`)}
                  choices={choicesOf(errors, `roles.${i}.organisation`)}
                />
              </div>
              <Field id={`roles-${i}-from`} label="From (optional)" errors={err(`roles.${i}.from`)}>
                {(p) => <input {...p} type="date" name={`roles[${i}].from`} defaultValue={str(row.from)} className={inputClass} />}
              </Field>
              <Field id={`roles-${i}-fromPrecision`} label="Start known to the" errors={err(`roles.${i}.fromPrecision`)}>
                {(p) => (
                  <select {...p} name={`roles[${i}].fromPrecision`} defaultValue={str(row.fromPrecision)} className={inputClass}>
                    <PrecisionOptions blank="—" />
                  </select>
                )}
              </Field>
              <Field id={`roles-${i}-to`} label="To (optional)" errors={err(`roles.${i}.to`)}>
                {(p) => <input {...p} type="date" name={`roles[${i}].to`} defaultValue={str(row.to)} className={inputClass} />}
              </Field>
              <Field id={`roles-${i}-toPrecision`} label="End known to the" errors={err(`roles.${i}.toPrecision`)}>
                {(p) => (
                  <select {...p} name={`roles[${i}].toPrecision`} defaultValue={str(row.toPrecision)} className={inputClass}>
                    <PrecisionOptions blank="—" />
                  </select>
                )}
              </Field>
            </div>
          );
        })}
        <AddRowButton onClick={() => setRoleRows((n) => n + 1)}>Add another role</AddRowButton>
      </fieldset>

      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create actor'}</SubmitButton>
    </form>
  );
}
